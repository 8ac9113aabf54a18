using System.Collections.Generic;
using System.Linq;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests;

/// <summary>
/// The fixes a finding carries (<see cref="Finding.Fixes"/>): what each edit does in k0s's terms, and that a rule
/// offers a fix only when the configuration after it has no new error or warning.
/// </summary>
public class FindingFixTests
{
    [Fact]
    public void A_fix_that_one_value_makes_is_also_the_replacement()
    {
        Finding finding = Network(n => n.PodCidr("10.244.0.1/16")).Single(f => f.RuleId == "K0S102");
        FindingFix fix = Assert.Single(finding.Fixes);
        Assert.Equal("Write 10.244.0.0/16", fix.Title);
        FixEdit edit = Assert.Single(fix.Edits);
        Assert.Equal(FixEditKind.Replace, edit.Kind);
        Assert.Equal("10.244.0.0/16", edit.Value);
        Assert.Equal("10.244.0.0/16", finding.Replacement);
    }

    [Fact]
    public void Two_equally_right_fixes_are_both_offered()
    {
        Finding finding = Validate(c => c.Network(n => n.PodCidr("10.244.0.0/21")).ControllerManager(cm => cm.NodeCidrMaskSize(20)))
            .Single(f => f.RuleId == "K0S402");
        Assert.Equal(new[] { "shorten-pod-cidr", "set-node-mask" }, finding.Fixes.Select(f => f.Key));
        Assert.Equal(new[] { "10.244.0.0/20", "21" }, finding.Fixes.Select(f => f.Edits.Single().Value));
        Assert.Null(finding.Fixes[0].Edits[0].Path);
    }

    [Fact]
    public void A_fix_that_would_make_a_new_error_is_not_offered()
    {
        // Dual-stack on with Calico's default vxlan mode would be K0S301: only removing the ignored range is offered.
        IReadOnlyList<Finding> withCalico = Network(n => n.Calico().DualStack(ds => ds.Enabled(false).IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
        Assert.All(withCalico.Where(f => f.RuleId == "K0S204"), f => Assert.Equal(new[] { "remove" }, f.Fixes.Select(x => x.Key)));

        IReadOnlyList<Finding> withKubeRouter = Network(n => n.DualStack(ds => ds.Enabled(false).IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
        Assert.All(withKubeRouter.Where(f => f.RuleId == "K0S204"), f => Assert.Equal(new[] { "enable", "remove" }, f.Fixes.Select(x => x.Key)));
    }

    [Fact]
    public void A_fix_that_would_make_a_new_warning_is_not_offered()
    {
        // 10.96.0.128/25 widened to /24 would overlap the service range 10.96.0.0/25 (K0S501, a warning when partial).
        Finding finding = Network(n => n.PodCidr("10.96.0.128/25").ServiceCidr("10.96.0.0/25")).Single(f => f.RuleId == "K0S402");
        Assert.Empty(finding.Fixes);
    }

    [Fact]
    public void The_node_mask_flag_of_a_dual_stack_cluster_is_renamed_with_its_value()
    {
        Finding finding = Validate(c => c.Network(n => n.DocsDualStack()).ControllerManager(cm => cm.NodeCidrMaskSize(24))).Single(f => f.RuleId == "K0S404");
        FixEdit edit = Assert.Single(Assert.Single(finding.Fixes).Edits);
        Assert.Equal(FixEditKind.Rename, edit.Kind);
        Assert.Equal("node-cidr-mask-size-ipv4", edit.Value);
    }

    [Fact]
    public void Calico_chosen_with_its_default_mode_gets_the_mode_set()
    {
        Finding finding = Network(n => n.Calico().DocsDualStack()).Single(f => f.RuleId == "K0S301");
        FixEdit edit = Assert.Single(Assert.Single(finding.Fixes).Edits);
        Assert.Equal(FixEditKind.Set, edit.Kind);
        Assert.Equal("spec.network.calico.mode", edit.Path);
        Assert.Equal("bird", edit.Value);
    }

    [Fact]
    public void Values_written_in_each_others_place_are_swapped()
    {
        Finding finding = Network(n => n.PodCidr("fd00::/108").DualStack(ds => ds.IPv6PodCidr("10.244.0.0/16").IPv6ServiceCidr("fd01::/108")))
            .Single(f => f.RuleId == "K0S202");
        FindingFix swap = Assert.Single(finding.Fixes);
        Assert.Equal(new[] { "10.244.0.0/16", "fd00::/108" }, swap.Edits.Select(e => e.Value));
        Assert.Contains(FieldPaths.IPv6PodCidr, finding.AdditionalPaths);
    }

    [Fact]
    public void A_finding_without_one_right_edit_has_no_fix()
    {
        Finding finding = Network(n => n.PodCidr("10.96.0.0/16").ServiceCidr("10.96.0.0/12")).Single(f => f.RuleId == "K0S501");
        Assert.Empty(finding.Fixes);
        Assert.Null(finding.Replacement);
    }
}
