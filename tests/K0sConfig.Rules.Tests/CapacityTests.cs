using System.Collections.Generic;
using System.Numerics;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests;

/// <summary>
/// The seed example (k0s docs/dual-stack.md: kube-router, 10.244.0.0/16, 10.96.0.0/12, fd00::/108, fd01::/108)
/// and its variant with node masks /120 and /21, and how pod CIDRs split into node ranges.
/// k0s's node masks: dual-stack IPv4 /24, IPv6 /117 (docs/dual-stack.md: /117 gives 2048 addresses per node and
/// fd00::/108 holds 512 nodes).
/// </summary>
public class CapacityTests
{
    private static ClusterConfigBuilder Variant() => T.Seed().ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(120).NodeCidrMaskSizeIPv4(21));

    [Fact]
    public void Seed_validates_with_no_errors_and_no_warnings()
    {
        IReadOnlyList<Finding> findings = T.Seed().Validate();
        findings.NoErrorsOrWarnings();
        Assert.Equal(new[] { "K0S406", "K0S406" }, findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Variant_validates_with_no_errors_and_no_warnings()
    {
        IReadOnlyList<Finding> findings = Variant().Validate();
        findings.NoErrorsOrWarnings();
        Assert.Equal(new[] { "K0S406", "K0S406" }, findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Seed_builds_and_its_findings_are_the_capacity_summary_only()
    {
        ClusterConfig config = T.Seed().Build();
        Assert.All(config.Findings, f => Assert.Equal(FindingSeverity.Info, f.Severity));
        Assert.All(config.Findings, f => Assert.Equal(RuleIds.CapacitySummary, f.RuleId));
    }

    [Fact]
    public void Seed_capacity_is_256_by_256_for_IPv4_and_512_by_2048_for_IPv6()
    {
        IReadOnlyList<PodRangeCapacity> capacity = T.Seed().Build().Capacity;
        Assert.Equal(2, capacity.Count);
        AssertCapacity(capacity[0], "IPv4", "10.244.0.0/16", 24, 256, 256);
        AssertCapacity(capacity[1], "IPv6", "fd00::/108", 117, 512, 2048);
        Assert.Equal("IPv4 10.244.0.0/16, node mask /24: 256 nodes × 256 addresses per node", capacity[0].ToString());
        Assert.Equal("IPv6 fd00::/108, node mask /117: 512 nodes × 2048 addresses per node", capacity[1].ToString());
    }

    [Fact]
    public void Variant_capacity_is_4096_by_256_for_IPv6_with_120_and_32_by_2048_for_IPv4_with_21()
    {
        IReadOnlyList<PodRangeCapacity> capacity = Variant().Build().Capacity;
        Assert.Equal(2, capacity.Count);
        AssertCapacity(capacity[0], "IPv4", "10.244.0.0/16", 21, 32, 2048);
        AssertCapacity(capacity[1], "IPv6", "fd00::/108", 120, 4096, 256);
    }

    [Fact]
    public void Seed_K0S406_findings_say_the_same()
    {
        IReadOnlyList<Finding> findings = T.Seed().Validate();
        findings.At("K0S406", "spec.network.podCIDR").Is("K0S406", "spec.network.podCIDR", FindingSeverity.Info, "IPv4 pod CIDR '10.244.0.0/16' with node mask /24: 256 nodes × 256 addresses per node.");
        findings.At("K0S406", "spec.network.dualStack.IPv6podCIDR").Is("K0S406", "spec.network.dualStack.IPv6podCIDR", FindingSeverity.Info, "IPv6 pod CIDR 'fd00::/108' with node mask /117: 512 nodes × 2048 addresses per node.");

        IReadOnlyList<Finding> variant = Variant().Validate();
        variant.At("K0S406", "spec.network.dualStack.IPv6podCIDR").Is("K0S406", "spec.network.dualStack.IPv6podCIDR", FindingSeverity.Info, "with node mask /120: 4096 nodes × 256 addresses per node.");
        variant.At("K0S406", "spec.network.podCIDR").Is("K0S406", "spec.network.podCIDR", FindingSeverity.Info, "with node mask /21: 32 nodes × 2048 addresses per node.");
    }

    [Fact]
    public void RuleEngine_Capacity_agrees_with_ClusterConfig_Capacity()
    {
        ClusterFacts facts = Facts(f =>
        {
            f.Provider = K("kuberouter");
            f.PodCidr = K("10.244.0.0/16");
            f.ServiceCidr = K("10.96.0.0/12");
            f.DualStackEnabled = K(true);
            f.IPv6PodCidr = K("fd00::/108");
            f.IPv6ServiceCidr = K("fd01::/108");
        });

        IReadOnlyList<PodRangeCapacity> fromFacts = RuleEngine.Capacity(facts);
        IReadOnlyList<PodRangeCapacity> fromConfig = T.Seed().Build().Capacity;
        Assert.Equal(fromConfig.Select(c => c.ToString()), fromFacts.Select(c => c.ToString()));
    }

    [Theory]
    [InlineData("10.244.0.0/16", 24, 256, 256)] // k0s's single-stack default
    [InlineData("10.0.0.0/21", 24, 8, 256)] // k8s TestNewNodeIpamControllerWithCIDRMasks
    [InlineData("10.244.0.0/24", 24, 1, 256)] // equal prefix: one node
    [InlineData("10.0.0.0/8", 24, 65536, 256)]
    [InlineData("10.244.0.0/16", 26, 1024, 64)]
    public void IPv4_single_stack_capacity(string pod, int mask, int nodes, int perNode)
    {
        IReadOnlyList<PodRangeCapacity> capacity = K0s.Cluster().Network(n => n.PodCidr(pod).ServiceCidr("172.16.0.0/12")).ControllerManager(cm => cm.NodeCidrMaskSize(mask)).Build().Capacity;
        AssertCapacity(Assert.Single(capacity), "IPv4", pod, mask, nodes, perNode);
    }

    [Fact]
    public void Single_stack_IPv6_uses_k0s_mask_117()
    {
        IReadOnlyList<PodRangeCapacity> capacity = K0s.Cluster().Network(n => n.Calico().PodCidr("fd00::/108").ServiceCidr("fd01::/108")).Build().Capacity;
        AssertCapacity(Assert.Single(capacity), "IPv6", "fd00::/108", 117, 512, 2048);
    }

    [Fact]
    public void Large_counts_are_shown_as_powers_of_two()
    {
        IReadOnlyList<PodRangeCapacity> capacity = K0s.Cluster()
            .Network(n => n.PodCidr("10.0.0.0/21").DualStack(ds => ds.IPv6PodCidr("2000::/48").IPv6ServiceCidr("fd01::/108")))
            .ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(24).NodeCidrMaskSizeIPv6(64))
            .Build().Capacity;
        PodRangeCapacity ipv6 = capacity.Single(c => c.Family == "IPv6");
        Assert.Equal(BigInteger.One << 64, ipv6.AddressesPerNode);
        Assert.Equal("IPv6 2000::/48, node mask /64: 65536 nodes × 2^64 addresses per node", ipv6.ToString());
    }

    [Fact]
    public void Ranges_kube_controller_manager_cannot_split_have_no_capacity()
    {
        // /25 with /24, fd00::/64 with /117 (more than 16 bits), mapped form: no entry for them.
        Assert.Empty(RuleEngine.Capacity(Facts(f => f.PodCidr = K("10.244.0.0/25"))));
        Assert.Empty(RuleEngine.Capacity(Facts(f => f.PodCidr = K("::ffff:10.244.0.0/112"))));
        IReadOnlyList<PodRangeCapacity> dual = RuleEngine.Capacity(Facts(f => { f.DualStackEnabled = K(true); f.IPv6PodCidr = K("fd00::/64"); f.IPv6ServiceCidr = K("fd01::/108"); }));
        Assert.Equal("IPv4", Assert.Single(dual).Family);

        // Flags kube-controller-manager refuses (node-cidr-mask-size with dual-stack): it does not start at all.
        Assert.Empty(RuleEngine.Capacity(Facts(f => { f.DualStackEnabled = K(true); f.IPv6PodCidr = K("fd00::/108"); f.ControllerManagerExtraArgs = Args(("node-cidr-mask-size", "24")); })));
    }

    [Fact]
    public void Unknown_inputs_have_no_capacity()
    {
        Assert.Empty(RuleEngine.Capacity(ClusterFacts.AllUnknown()));
        Assert.Empty(RuleEngine.Capacity(Unknown(f => f.PodCidr = K("10.244.0.0/16"))));
        Assert.Empty(RuleEngine.Capacity(Facts(f => f.ControllerManagerExtraArgs = ArgsWithUnknownValue("node-cidr-mask-size"))));
        Assert.Single(RuleEngine.Capacity(new ClusterFacts()));
    }

    private static void AssertCapacity(PodRangeCapacity capacity, string family, string pod, int mask, int nodes, int perNode)
    {
        Assert.Equal(family, capacity.Family);
        Assert.Equal(pod, capacity.PodCidr);
        Assert.Equal(mask, capacity.NodeMask);
        Assert.Equal(new BigInteger(nodes), capacity.Nodes);
        Assert.Equal(new BigInteger(perNode), capacity.AddressesPerNode);
    }
}
