using System.Collections.Generic;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests.Rules;

/// <summary>K0S501–K0S504: service ranges.</summary>
public class K0S5xxTests
{
    // ---------------------------------------------------------------- K0S501 pod/service overlap

    [Fact]
    public void K0S501_fires_as_an_error_when_the_service_range_covers_the_pod_range()
    {
        // k8s TestNewNodeIpamControllerWithCIDRMasks: cluster 10.0.0.0/16 with service 10.0.0.0/8.
        Finding finding = Network(net => net.PodCidr("10.0.0.0/16").ServiceCidr("10.0.0.0/8")).One(RuleIds.PodServiceOverlap).Is(
            "K0S501",
            "spec.network.serviceCIDR",
            FindingSeverity.Error,
            "podCIDR '10.0.0.0/16' and serviceCIDR '10.0.0.0/8' overlap",
            "(\"CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range\")",
            "Use ranges that do not overlap, such as 10.244.0.0/16 and 10.96.0.0/12.");
        Assert.Equal(new[] { "spec.network.podCIDR" }, finding.AdditionalPaths);
    }

    [Fact]
    public void K0S501_fires_at_the_written_value_when_the_other_is_the_default()
    {
        // serviceCIDR unset: k0s's 10.96.0.0/12 covers a podCIDR of 10.96.0.0/16.
        Network(net => net.PodCidr("10.96.0.0/16")).One(RuleIds.PodServiceOverlap).Is("K0S501", "spec.network.podCIDR", FindingSeverity.Error, "serviceCIDR '10.96.0.0/12'");
    }

    [Fact]
    public void K0S501_fires_as_a_warning_for_a_partial_overlap()
    {
        Network(net => net.PodCidr("10.0.0.0/8").ServiceCidr("10.96.0.0/12")).One(RuleIds.PodServiceOverlap)
            .Is("K0S501", "spec.network.serviceCIDR", FindingSeverity.Warning, "kube-controller-manager skips the node ranges that touch the service range", "such as 10.244.0.0/16 and 10.96.0.0/12");

        T.Seed().Network(net => net.DualStack(ds => ds.IPv6ServiceCidr("fd00::/112"))).Validate().One(RuleIds.PodServiceOverlap)
            .Is("K0S501", "spec.network.dualStack.IPv6serviceCIDR", FindingSeverity.Warning, "IPv6podCIDR 'fd00::/108' and IPv6serviceCIDR 'fd00::/112' overlap", "such as fd00::/108 and fd01::/108");
    }

    [Fact]
    public void K0S501_silent_for_separate_ranges()
    {
        T.Seed().Validate().None(RuleIds.PodServiceOverlap);
        K0s.Cluster().Validate().None(RuleIds.PodServiceOverlap);
        Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).None(RuleIds.PodServiceOverlap);
        Network(net => net.PodCidr("10.3.0.0/16").ServiceCidr("10.152.184.0/24")).None(RuleIds.PodServiceOverlap); // k0s inttest custom-cidrs
    }

    [Fact]
    public void K0S501_unknown_range_silences_it()
    {
        Evaluate(Unknown(f => f.ServiceCidr = K("10.0.0.0/8"))).None(RuleIds.PodServiceOverlap);
        Evaluate(Unknown(f => { f.PodCidr = K("10.0.0.0/16"); f.ServiceCidr = K("10.0.0.0/8"); })).One(RuleIds.PodServiceOverlap);
    }

    // ---------------------------------------------------------------- K0S502 IPv6 service prefix

    [Theory]
    [InlineData("fd01::/64", 64)] // §8.9
    [InlineData("fd01::/107", 107)]
    public void K0S502_fires_for_a_dual_stack_IPv6serviceCIDR_shorter_than_108(string cidr, int prefix)
    {
        T.Seed().Network(net => net.DualStack(ds => ds.IPv6ServiceCidr(cidr))).Validate().One(RuleIds.IPv6ServicePrefixRejected).Is(
            "K0S502",
            "spec.network.dualStack.IPv6serviceCIDR",
            FindingSeverity.Error,
            "IPv6serviceCIDR '" + cidr + "' has prefix /" + prefix,
            "(\"IPv6 service CIDR prefix must be <= 108\")",
            "must be /108 or longer",
            "Use /108, such as fd01::/108.");
    }

    [Theory]
    [InlineData("fd01::/120", 120)] // k0s network_test.go invalid_ipv6_service_cidr_prefix_too_large
    [InlineData("fd01::/109", 109)]
    public void K0S502_fires_for_a_single_stack_IPv6_serviceCIDR_longer_than_108(string cidr, int prefix)
    {
        // k0s compares the other way round here (reference §10.1); we reproduce it.
        Network(net => net.PodCidr("fd00::/108").ServiceCidr(cidr)).One(RuleIds.IPv6ServicePrefixRejected).Is(
            "K0S502",
            "spec.network.serviceCIDR",
            FindingSeverity.Error,
            "serviceCIDR '" + cidr + "' has prefix /" + prefix,
            "(\"IPv6 service CIDR prefix must be <= 108\")",
            "/108 or shorter",
            "Use /108, such as fd01::/108.");
    }

    [Fact]
    public void K0S502_silent_where_k0s_accepts_the_prefix()
    {
        T.Seed().Validate().None(RuleIds.IPv6ServicePrefixRejected);
        T.Seed().Network(net => net.DualStack(ds => ds.IPv6ServiceCidr("fd01::/120"))).Validate().None(RuleIds.IPv6ServicePrefixRejected); // §8.9
        Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).None(RuleIds.IPv6ServicePrefixRejected);
        Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/64")).None(RuleIds.IPv6ServicePrefixRejected); // §8.9, single-stack: k0s accepts
        Network(net => net.ServiceCidr("10.96.0.0/24")).None(RuleIds.IPv6ServicePrefixRejected);
    }

    [Fact]
    public void K0S502_unknown_dual_stack_silences_only_the_dual_stack_check()
    {
        // k0s checks serviceCIDR whatever dual-stack is, so that check is per-value.
        Evaluate(Unknown(f => f.ServiceCidr = K("fd01::/120"))).One(RuleIds.IPv6ServicePrefixRejected).Is("K0S502", "spec.network.serviceCIDR", FindingSeverity.Error, "'fd01::/120'");
        Evaluate(Unknown(f => f.IPv6ServiceCidr = K("fd01::/64"))).None(RuleIds.IPv6ServicePrefixRejected);
        Evaluate(Unknown(f => { f.DualStackEnabled = K(true); f.IPv6ServiceCidr = K("fd01::/64"); })).One(RuleIds.IPv6ServicePrefixRejected);
    }

    // ---------------------------------------------------------------- K0S503 service CIDR too large for kube-apiserver < 1.34

    [Theory]
    [InlineData("172.16.0.0/16", "10.0.0.0/8", 8, 12)] // k8s TestValidateMaxCIDRRange 10.92.0.0/8, written canonically
    [InlineData("fd00::/108", "3000::/64", 64, 108)] // k8s TestValidateMaxCIDRRange 3000::/64
    public void K0S503_fires_as_a_warning_for_a_range_wider_than_2_to_the_20(string pod, string service, int prefix, int limit)
    {
        Network(net => net.PodCidr(pod).ServiceCidr(service)).One(RuleIds.ServiceCidrTooLargeForOldApiServer).Is(
            "K0S503",
            "spec.network.serviceCIDR",
            FindingSeverity.Warning,
            "serviceCIDR '" + service + "' has prefix /" + prefix + ", larger than /" + limit,
            "(\"specified --service-cluster-ip-range is too large\")",
            "newer versions accept it",
            "Use /" + limit + " or a longer prefix");
    }

    [Theory]
    [InlineData("10.96.0.0/12")]
    [InlineData("10.152.184.0/24")]
    public void K0S503_silent_at_12_or_longer(string service)
        => Network(net => net.ServiceCidr(service)).None(RuleIds.ServiceCidrTooLargeForOldApiServer);

    [Fact]
    public void K0S503_silent_at_108_and_on_the_default()
    {
        Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).None(RuleIds.ServiceCidrTooLargeForOldApiServer);
        K0s.Cluster().Validate().None(RuleIds.ServiceCidrTooLargeForOldApiServer);
    }

    [Fact]
    public void K0S503_unknown_other_fields_do_not_stop_it()
    {
        Evaluate(Unknown(f => f.ServiceCidr = K("10.0.0.0/8"))).One(RuleIds.ServiceCidrTooLargeForOldApiServer).Is("K0S503", "spec.network.serviceCIDR", FindingSeverity.Warning, "'10.0.0.0/8'");
        Evaluate(Unknown(f => f.ServiceCidr = U)).None(RuleIds.ServiceCidrTooLargeForOldApiServer);
    }

    // ---------------------------------------------------------------- K0S504 service CIDR too narrow

    [Fact]
    public void K0S504_fires_for_a_serviceCIDR_with_no_room_for_cluster_DNS()
    {
        // k0s network_test.go TestAddresses DNS_service_cidr_too_narrow.
        Network(net => net.ServiceCidr("192.168.178.0/31")).One(RuleIds.ServiceCidrTooNarrow).Is(
            "K0S504",
            "spec.network.serviceCIDR",
            FindingSeverity.Error,
            "serviceCIDR '192.168.178.0/31' is too narrow",
            "(\"failed to calculate DNS address: CIDR too narrow\")",
            "Use /30 or a shorter prefix.");
    }

    [Fact]
    public void K0S504_fires_for_a_serviceCIDR_with_no_room_for_the_API_service()
        => Network(net => net.ServiceCidr("192.168.178.0/32")).One(RuleIds.ServiceCidrTooNarrow)
            .Is("K0S504", "spec.network.serviceCIDR", FindingSeverity.Error, "'192.168.178.0/32'", "(\"can't build internal API address\")", "Use /30");

    [Fact]
    public void K0S504_fires_for_IPv6_ranges()
    {
        // k0s TestAddresses DNS_service_v6_cidr_too_narrow: fd00::/127.
        Network(net => net.PodCidr("fd00:1::/108").ServiceCidr("fd00::/127")).One(RuleIds.ServiceCidrTooNarrow)
            .Is("K0S504", "spec.network.serviceCIDR", FindingSeverity.Error, "'fd00::/127'", "CIDR too narrow", "Use /126 or a shorter prefix.");

        // Dual-stack, IPv6 primary: cluster DNS comes from IPv6serviceCIDR.
        T.Seed().Network(net => net.PrimaryAddressFamily(IPFamily.IPv6).DualStack(ds => ds.IPv6ServiceCidr("fd01::/127"))).Validate().One(RuleIds.ServiceCidrTooNarrow)
            .Is("K0S504", "spec.network.dualStack.IPv6serviceCIDR", FindingSeverity.Error, "'fd01::/127'", "CIDR too narrow");

        // Every service CIDR needs its index-1 address.
        T.Seed().Network(net => net.DualStack(ds => ds.IPv6ServiceCidr("fd01::/128"))).Validate().One(RuleIds.ServiceCidrTooNarrow)
            .Is("K0S504", "spec.network.dualStack.IPv6serviceCIDR", FindingSeverity.Error, "(\"can't build internal API address\")");
    }

    [Fact]
    public void K0S504_fires_before_1_31_3_where_k0s_goes_on_with_a_dns_address_outside_the_range()
    {
        // v1.31.2+k0s.0 network.go DNSAddress: the range check compares the address with the network it changed in place.
        K0s.Cluster().Network(net => net.ServiceCidr("192.168.178.0/31")).ForK0s("1.31.2").Validate().One(RuleIds.ServiceCidrTooNarrow).Is(
            "K0S504", "spec.network.serviceCIDR", FindingSeverity.Error,
            "k0s 1.31.2 does not check it (the check came in k0s 1.31.3) and gives the kubelets and CoreDNS's Service the cluster DNS address 192.168.178.2, outside the range");
        K0s.Cluster().Network(net => net.ServiceCidr("192.168.178.0/31")).ForK0s("1.31.3").Validate().One(RuleIds.ServiceCidrTooNarrow)
            .Is("K0S504", "spec.network.serviceCIDR", FindingSeverity.Error, "(\"failed to calculate DNS address: CIDR too narrow\")");

        // The API service address is checked in every version.
        K0s.Cluster().Network(net => net.ServiceCidr("192.168.178.0/32")).ForK0s("1.27").Validate().One(RuleIds.ServiceCidrTooNarrow)
            .Is("K0S504", "spec.network.serviceCIDR", FindingSeverity.Error, "(\"can't build internal API address\")");
    }

    [Fact]
    public void K0S504_fires_for_IPv6_dns_ranges_from_1_31_3_to_1_33_with_k0s_s_refusal()
        => K0s.Cluster().Network(net => net.PodCidr("fd00:1::/108").ServiceCidr("fd00::/127")).ForK0s("1.33").Validate().One(RuleIds.ServiceCidrTooNarrow)
            .Is("K0S504", "spec.network.serviceCIDR", FindingSeverity.Error, "(\"unsupported operation: DNS address calculation for non-v4 CIDR\")");

    [Fact]
    public void K0S504_silent_where_k0s_finds_both_addresses()
    {
        Network(net => net.ServiceCidr("192.168.178.0/30")).None(RuleIds.ServiceCidrTooNarrow);
        Network(net => net.ServiceCidr("10.96.0.248/29")).None(RuleIds.ServiceCidrTooNarrow); // TestAddresses: DNS 10.96.0.250
        Network(net => net.PodCidr("fd00:1::/108").ServiceCidr("fd00::/126")).None(RuleIds.ServiceCidrTooNarrow); // DNS fd00::2

        // Dual-stack, IPv4 primary: DNS is in serviceCIDR, so a /127 IPv6serviceCIDR only needs index 1.
        T.Seed().Network(net => net.PrimaryAddressFamily(IPFamily.IPv4).DualStack(ds => ds.IPv6ServiceCidr("fd01::/127"))).Validate().None(RuleIds.ServiceCidrTooNarrow);
    }

    [Fact]
    public void K0S504_unknown_dual_stack_silences_the_DNS_check_but_not_the_API_check()
    {
        // Regression: with dual-stack unknown, cluster DNS may live in IPv6serviceCIDR (dual-stack, IPv6 primary),
        // so a /31 serviceCIDR is not known to be wrong. A /32 is wrong either way.
        Evaluate(Unknown(f => f.ServiceCidr = K("10.0.0.0/31"))).None(RuleIds.ServiceCidrTooNarrow);
        Evaluate(Unknown(f => f.ServiceCidr = K("10.0.0.0/32"))).One(RuleIds.ServiceCidrTooNarrow).Is("K0S504", "spec.network.serviceCIDR", FindingSeverity.Error, "can't build internal API address");
        Evaluate(Unknown(f => { f.DualStackEnabled = K(false); f.ServiceCidr = K("10.0.0.0/31"); })).One(RuleIds.ServiceCidrTooNarrow);
        Evaluate(Unknown(f => { f.DualStackEnabled = K(true); f.ServiceCidr = K("10.0.0.0/31"); })).None(RuleIds.ServiceCidrTooNarrow);
    }
}
