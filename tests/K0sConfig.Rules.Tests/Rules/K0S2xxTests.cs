using System.Collections.Generic;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests.Rules;

/// <summary>K0S201–K0S207: address families, dual-stack, single-stack IPv6, the primary family.</summary>
public class K0S2xxTests
{
    // ---------------------------------------------------------------- K0S201 pod/service family mismatch

    [Fact]
    public void K0S201_fires_at_serviceCIDR_when_podCIDR_is_the_IPv4_default()
    {
        // k0s network_test.go invalid_pod_cidr_service_cidr_protocol_mismatch.
        Finding finding = Network(net => net.ServiceCidr("fd01::/108")).One(RuleIds.PodServiceFamilyMismatch).Is(
            "K0S201",
            "spec.network.serviceCIDR",
            FindingSeverity.Error,
            "podCIDR '10.244.0.0/16' is IPv4 but serviceCIDR 'fd01::/108' is IPv6",
            "(\"podCIDR and serviceCIDR must be both IPv4 or IPv6\")",
            "Use one family for both");
        Assert.Equal(new[] { "spec.network.podCIDR" }, finding.AdditionalPaths);
    }

    [Fact]
    public void K0S201_fires_at_podCIDR_when_podCIDR_was_written()
    {
        Finding finding = Network(net => net.PodCidr("fd00::/108").ServiceCidr("10.96.0.0/12")).One(RuleIds.PodServiceFamilyMismatch)
            .Is("K0S201", "spec.network.podCIDR", FindingSeverity.Error, "podCIDR 'fd00::/108' is IPv6 but serviceCIDR '10.96.0.0/12' is IPv4");
        Assert.Equal(new[] { "spec.network.serviceCIDR" }, finding.AdditionalPaths);
    }

    [Theory]
    [InlineData("10.244.0.0/16", "10.96.0.0/12")]
    [InlineData("fd00::/108", "fd01::/108")]
    [InlineData("::ffff:10.244.0.0/112", "10.96.0.0/12")] // Go's To4() makes the mapped form IPv4
    public void K0S201_silent_on_one_family(string pod, string service)
        => Network(net => net.PodCidr(pod).ServiceCidr(service)).None(RuleIds.PodServiceFamilyMismatch);

    [Fact]
    public void K0S201_unknown_podCIDR_silences_it()
    {
        Evaluate(Unknown(f => f.ServiceCidr = K("fd01::/108"))).None(RuleIds.PodServiceFamilyMismatch);
        Evaluate(Unknown(f => f.PodCidr = K("fd00::/108"))).None(RuleIds.PodServiceFamilyMismatch);

        // Dual-stack must be known off too: with it on, K0S202 reports the IPv6 one instead.
        Evaluate(Unknown(f => { f.PodCidr = K("10.244.0.0/16"); f.ServiceCidr = K("fd01::/108"); })).None(RuleIds.PodServiceFamilyMismatch);
        Evaluate(Unknown(f => { f.PodCidr = K("10.244.0.0/16"); f.ServiceCidr = K("fd01::/108"); f.DualStackEnabled = Fact<bool>.Known(false); })).One(RuleIds.PodServiceFamilyMismatch);
    }

    // ---------------------------------------------------------------- K0S202 dual-stack needs IPv4 podCIDR/serviceCIDR

    [Fact]
    public void K0S202_fires_for_IPv6_podCIDR_and_serviceCIDR_with_dual_stack()
    {
        IReadOnlyList<Finding> findings = Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108").DocsDualStack());
        findings.At("K0S202", "spec.network.podCIDR").Is(
            "K0S202",
            "spec.network.podCIDR",
            FindingSeverity.Error,
            "podCIDR must be IPv4, but 'fd00::/108' is IPv6",
            "(\"if DualStack is enabled, podCIDR must be IPv4\")",
            "Put the IPv4 range in podCIDR and the IPv6 range in dualStack.IPv6podCIDR");
        Finding service = findings.At("K0S202", "spec.network.serviceCIDR").Is(
            "K0S202",
            "spec.network.serviceCIDR",
            FindingSeverity.Error,
            "'fd01::/108' is IPv6",
            "(\"if DualStack is enabled, serviceCIDR must be IPv4\")",
            "dualStack.IPv6serviceCIDR");
        Assert.Equal(new[] { "spec.network.dualStack.enabled" }, service.AdditionalPaths);
    }

    [Fact]
    public void K0S202_silent_on_IPv4_ranges_and_on_an_unparsable_one()
    {
        T.Seed().Validate().None(RuleIds.DualStackNeedsIPv4Cidrs);

        // k0s reports "podCIDR must be IPv4" for an unparsable podCIDR too (§8.9); we leave it to K0S101.
        IReadOnlyList<Finding> findings = Network(net => net.PodCidr("foo").DocsDualStack());
        findings.None(RuleIds.DualStackNeedsIPv4Cidrs);
        findings.One(RuleIds.InvalidCidr);
    }

    [Fact]
    public void K0S202_unknown_dual_stack_or_CIDR_silences_it()
    {
        Evaluate(Unknown(f => { f.PodCidr = K("fd00::/108"); f.ServiceCidr = K("fd01::/108"); })).None(RuleIds.DualStackNeedsIPv4Cidrs);
        Evaluate(Unknown(f => f.DualStackEnabled = K(true))).None(RuleIds.DualStackNeedsIPv4Cidrs);
        Evaluate(Unknown(f => { f.DualStackEnabled = K(true); f.PodCidr = K("fd00::/108"); }))
            .One(RuleIds.DualStackNeedsIPv4Cidrs).Is("K0S202", "spec.network.podCIDR", FindingSeverity.Error, "'fd00::/108'");
    }

    // ---------------------------------------------------------------- K0S203 dual-stack needs IPv6 CIDRs

    [Fact]
    public void K0S203_fires_for_missing_IPv6_ranges()
    {
        // §8.9: dualStack {enabled: true} only.
        IReadOnlyList<Finding> findings = Network(net => net.DualStack(ds => { }));
        findings.At("K0S203", "spec.network.dualStack.IPv6podCIDR").Is(
            "K0S203",
            "spec.network.dualStack.IPv6podCIDR",
            FindingSeverity.Error,
            "dualStack.IPv6podCIDR is not set",
            "(\"invalid CIDR address\")",
            "such as fd00::/108");
        findings.At("K0S203", "spec.network.dualStack.IPv6serviceCIDR").Is(
            "K0S203",
            "spec.network.dualStack.IPv6serviceCIDR",
            FindingSeverity.Error,
            "dualStack.IPv6serviceCIDR is not set",
            "such as fd01::/108");
    }

    [Fact]
    public void K0S203_fires_for_empty_and_for_IPv4_ranges()
    {
        IReadOnlyList<Finding> findings = Network(net => net.DualStack(ds => ds.IPv6PodCidr("10.0.0.0/24").IPv6ServiceCidr("")));
        findings.At("K0S203", "spec.network.dualStack.IPv6podCIDR").Is(
            "K0S203",
            "spec.network.dualStack.IPv6podCIDR",
            FindingSeverity.Error,
            "'10.0.0.0/24' is IPv4",
            "(\"must be an IPv6 CIDR, not IPv4\")",
            "Set it to an IPv6 range, such as fd00::/108");
        findings.At("K0S203", "spec.network.dualStack.IPv6serviceCIDR").Is("K0S203", "spec.network.dualStack.IPv6serviceCIDR", FindingSeverity.Error, "is empty", "(\"invalid CIDR address\")");
    }

    [Fact]
    public void K0S203_silent_on_IPv6_ranges_and_on_an_unparsable_one()
    {
        T.Seed().Validate().None(RuleIds.DualStackNeedsIPv6Cidrs);
        IReadOnlyList<Finding> findings = Network(net => net.DualStack(ds => ds.IPv6PodCidr("foobar").IPv6ServiceCidr("fd01::/108")));
        findings.None(RuleIds.DualStackNeedsIPv6Cidrs);
        findings.One(RuleIds.InvalidCidr);
    }

    [Fact]
    public void K0S203_unknown_values_silence_it()
    {
        Evaluate(Unknown(f => f.DualStackEnabled = K(true))).None(RuleIds.DualStackNeedsIPv6Cidrs);
        Evaluate(Unknown(f => f.IPv6PodCidr = K("10.0.0.0/24"))).None(RuleIds.DualStackNeedsIPv6Cidrs);
        Evaluate(Unknown(f => { f.DualStackEnabled = K(true); f.IPv6PodCidr = K("10.0.0.0/24"); }))
            .One(RuleIds.DualStackNeedsIPv6Cidrs).Is("K0S203", "spec.network.dualStack.IPv6podCIDR", FindingSeverity.Error, "'10.0.0.0/24' is IPv4");
    }

    // ---------------------------------------------------------------- K0S204 dual-stack CIDRs ignored

    [Fact]
    public void K0S204_fires_for_each_IPv6_range_set_while_dual_stack_is_off()
    {
        IReadOnlyList<Finding> findings = Network(net => net.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108").Enabled(false)));
        findings.At("K0S204", "spec.network.dualStack.IPv6podCIDR").Is(
            "K0S204",
            "spec.network.dualStack.IPv6podCIDR",
            FindingSeverity.Warning,
            "dualStack.IPv6podCIDR 'fd00::/108' is set but dual-stack is not enabled, so k0s ignores it",
            "Enable dual-stack (dualStack.enabled: true) or remove the value");
        findings.At("K0S204", "spec.network.dualStack.IPv6serviceCIDR").Is("K0S204", "spec.network.dualStack.IPv6serviceCIDR", FindingSeverity.Warning, "'fd01::/108'");
        findings.NoErrors();
    }

    [Fact]
    public void K0S204_silent_with_dual_stack_on_or_no_ranges()
    {
        T.Seed().Validate().None(RuleIds.DualStackCidrsIgnored);
        Network(net => net.DualStack(ds => ds.IPv6PodCidr("").IPv6ServiceCidr("").Enabled(false))).None(RuleIds.DualStackCidrsIgnored);
        K0s.Cluster().Validate().None(RuleIds.DualStackCidrsIgnored);
    }

    [Fact]
    public void K0S204_unknown_dual_stack_silences_it()
    {
        Evaluate(Unknown(f => f.IPv6PodCidr = K("fd00::/108"))).None(RuleIds.DualStackCidrsIgnored);
        Evaluate(Unknown(f => { f.DualStackEnabled = K(false); f.IPv6PodCidr = K("fd00::/108"); })).One(RuleIds.DualStackCidrsIgnored);
    }

    // ---------------------------------------------------------------- K0S205 IPv6 single-stack feature gate

    [Fact]
    public void K0S205_fires_as_a_warning_on_single_stack_IPv6()
    {
        // k0s network_test.go invalid_single_stack_ipv6_missing_feature_gates is an error in k0s; we cannot see
        // the controller's --feature-gates flag, so we warn (and the same input with the gate on is valid).
        Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).One(RuleIds.IPv6SingleStackFeatureGate).Is(
            "K0S205",
            "spec.network.podCIDR",
            FindingSeverity.Warning,
            "podCIDR 'fd00::/108' is IPv6 and dual-stack is off",
            "--feature-gates=IPv6SingleStack=true",
            "Start each controller with that gate");

        RuleDescriptor rule = RuleEngine.Catalogue.Single(r => r.Id == RuleIds.IPv6SingleStackFeatureGate);
        Assert.Contains("feature gate IPv6SingleStack must be explicitly enabled to use IPv6 single stack", rule.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void K0S205_silent_on_IPv4_and_on_dual_stack()
    {
        K0s.Cluster().Validate().None(RuleIds.IPv6SingleStackFeatureGate);
        T.Seed().Validate().None(RuleIds.IPv6SingleStackFeatureGate);
        Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108").DocsDualStack()).None(RuleIds.IPv6SingleStackFeatureGate);
        Network(net => net.PodCidr("::ffff:10.244.0.0/112")).None(RuleIds.IPv6SingleStackFeatureGate);
    }

    [Fact]
    public void K0S205_unknown_dual_stack_silences_it()
    {
        Evaluate(Unknown(f => f.PodCidr = K("fd00::/108"))).None(RuleIds.IPv6SingleStackFeatureGate);
        Evaluate(Unknown(f => { f.DualStackEnabled = K(false); f.PodCidr = K("fd00::/108"); })).One(RuleIds.IPv6SingleStackFeatureGate);
    }

    // ---------------------------------------------------------------- K0S206 API address family

    [Fact]
    public void K0S206_fires_at_api_address_for_single_stack_IPv6_with_an_IPv4_address()
    {
        // §8.9: gate on, podCIDR fd00::/108, serviceCIDR fd01::/108, api.address 10.0.0.5, no externalAddress.
        Finding finding = Validate(c => c.Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).Api(a => a.Address("10.0.0.5")))
            .One(RuleIds.ApiAddressFamilyMismatch).Is(
                "K0S206",
                "spec.api.address",
                FindingSeverity.Error,
                "kube-apiserver will exit",
                "IPv6 'fd01::/108'",
                "api.address '10.0.0.5' is IPv4",
                "must match public address family",
                "Use an api.address of family IPv6, or set api.externalAddress");
        Assert.Equal(new[] { "spec.network.serviceCIDR", "spec.api.address" }, finding.AdditionalPaths);
    }

    [Fact]
    public void K0S206_fires_for_IPv4_ranges_with_an_IPv6_address()
        => Validate(c => c.Api(a => a.Address("2001:db8::5"))).One(RuleIds.ApiAddressFamilyMismatch)
            .Is("K0S206", "spec.api.address", FindingSeverity.Error, "IPv4 '10.96.0.0/12'", "api.address '2001:db8::5' is IPv6");

    [Fact]
    public void K0S206_fires_at_primaryAddressFamily_when_it_puts_the_other_family_first()
    {
        Finding finding = T.Seed().Network(net => net.PrimaryAddressFamily(IPFamily.IPv6)).Api(a => a.Address("10.0.0.5")).Validate()
            .One(RuleIds.ApiAddressFamilyMismatch).Is(
                "K0S206",
                "spec.network.primaryAddressFamily",
                FindingSeverity.Error,
                "IPv6 'fd01::/108'",
                "api.address '10.0.0.5' is IPv4",
                "Set primaryAddressFamily to IPv4 or remove it");
        Assert.Equal(new[] { "spec.network.dualStack.IPv6serviceCIDR", "spec.api.address" }, finding.AdditionalPaths);
    }

    [Fact]
    public void K0S206_fires_for_an_IPv4_mapped_address_that_makes_IPv6_primary()
    {
        // k0s picks the primary family with netip (::ffff:10.0.0.5 is IPv6, so the IPv6 service CIDR comes first),
        // kube-apiserver the advertise address's family with To4() (IPv4): they disagree.
        T.Seed().Api(a => a.Address("::ffff:10.0.0.5")).Validate().One(RuleIds.ApiAddressFamilyMismatch)
            .Is("K0S206", "spec.api.address", FindingSeverity.Error, "IPv6 'fd01::/108'", "'::ffff:10.0.0.5' is IPv4");
    }

    [Fact]
    public void K0S206_silent_when_families_match_or_the_endpoint_reconciler_is_off()
    {
        Validate(c => c.Api(a => a.Address("10.0.0.5"))).None(RuleIds.ApiAddressFamilyMismatch);
        Validate(c => c.Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).Api(a => a.Address("2001:db8::5"))).None(RuleIds.ApiAddressFamilyMismatch);

        // k8s TestValidatePublicIPServiceClusterIPRangeIPFamilies: passes for the "none" reconciler, which k0s
        // selects when api.externalAddress is set.
        Validate(c => c.Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).Api(a => a.Address("10.0.0.5").ExternalAddress("k8s.example.com"))).None(RuleIds.ApiAddressFamilyMismatch);

        // Dual-stack without primaryAddressFamily: k0s derives the primary family from api.address itself.
        T.Seed().Api(a => a.Address("2001:db8::5")).Validate().None(RuleIds.ApiAddressFamilyMismatch);
        T.Seed().Api(a => a.Address("10.0.0.5")).Validate().None(RuleIds.ApiAddressFamilyMismatch);

        // No api.address: k0s uses the host's first public address, which cannot be known here.
        Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).None(RuleIds.ApiAddressFamilyMismatch);
    }

    [Fact]
    public void K0S206_unknown_inputs_silence_it()
    {
        ClusterFacts known = Facts(f => { f.PodCidr = K("fd00::/108"); f.ServiceCidr = K("fd01::/108"); f.ApiAddress = K("10.0.0.5"); });
        Evaluate(known).One(RuleIds.ApiAddressFamilyMismatch);

        Evaluate(Unknown(f => { f.PodCidr = K("fd00::/108"); f.ServiceCidr = K("fd01::/108"); f.ApiAddress = K("10.0.0.5"); })).None(RuleIds.ApiAddressFamilyMismatch);
        Evaluate(Facts(f => { f.PodCidr = K("fd00::/108"); f.ServiceCidr = K("fd01::/108"); f.ApiAddress = K("10.0.0.5"); f.ExternalAddress = U; })).None(RuleIds.ApiAddressFamilyMismatch);
        Evaluate(Facts(f => { f.PodCidr = K("fd00::/108"); f.ServiceCidr = U; f.ApiAddress = K("10.0.0.5"); })).None(RuleIds.ApiAddressFamilyMismatch);
        Evaluate(Facts(f => { f.PodCidr = K("fd00::/108"); f.ServiceCidr = K("fd01::/108"); f.ApiAddress = U; })).None(RuleIds.ApiAddressFamilyMismatch);
        Evaluate(Facts(f => { f.DualStackEnabled = K(true); f.IPv6PodCidr = K("fd00::/108"); f.IPv6ServiceCidr = K("fd01::/108"); f.PrimaryAddressFamily = U; f.ApiAddress = K("10.0.0.5"); })).None(RuleIds.ApiAddressFamilyMismatch);
    }

    // ---------------------------------------------------------------- K0S207 host-name externalAddress picks IPv4

    [Theory]
    [InlineData("k8s.example.com")]
    [InlineData("k8s.example.com:6443")]
    public void K0S207_fires_for_a_host_name_external_address_in_a_dual_stack_cluster(string external)
    {
        T.Seed().Api(a => a.Address("2001:db8::5").ExternalAddress(external)).Validate().One(RuleIds.HostNameExternalAddressPicksIPv4).Is(
            "K0S207",
            "spec.api.externalAddress",
            FindingSeverity.Warning,
            "api.externalAddress '" + external + "' is a host name",
            "k0s makes IPv4 the primary address family for this dual-stack cluster",
            "Set primaryAddressFamily to IPv4 or IPv6");
    }

    [Fact]
    public void K0S207_fires_for_single_stack_IPv6()
        => Validate(c => c.Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).Api(a => a.ExternalAddress("k8s.example.com")))
            .One(RuleIds.HostNameExternalAddressPicksIPv4).Is("K0S207", "spec.api.externalAddress", FindingSeverity.Warning, "although this cluster is single-stack IPv6");

    [Fact]
    public void K0S207_silent_with_a_family_an_IP_or_single_stack_IPv4()
    {
        T.Seed().Network(net => net.PrimaryAddressFamily(IPFamily.IPv6)).Api(a => a.ExternalAddress("k8s.example.com")).Validate().None(RuleIds.HostNameExternalAddressPicksIPv4);
        T.Seed().Api(a => a.ExternalAddress("2001:db8::10")).Validate().None(RuleIds.HostNameExternalAddressPicksIPv4);
        T.Seed().Api(a => a.ExternalAddress("[2001:db8::10]:6443")).Validate().None(RuleIds.HostNameExternalAddressPicksIPv4);
        Validate(c => c.Api(a => a.ExternalAddress("k8s.example.com"))).None(RuleIds.HostNameExternalAddressPicksIPv4);
    }

    [Fact]
    public void K0S207_unknown_inputs_silence_it()
    {
        Evaluate(Unknown(f => f.ExternalAddress = K("k8s.example.com"))).None(RuleIds.HostNameExternalAddressPicksIPv4);
        Evaluate(Unknown(f => { f.ExternalAddress = K("k8s.example.com"); f.DualStackEnabled = K(true); })).None(RuleIds.HostNameExternalAddressPicksIPv4);
        Evaluate(Unknown(f => { f.ExternalAddress = K("k8s.example.com"); f.DualStackEnabled = K(true); f.PrimaryAddressFamily = Fact<string>.Unset; })).One(RuleIds.HostNameExternalAddressPicksIPv4);
    }
}
