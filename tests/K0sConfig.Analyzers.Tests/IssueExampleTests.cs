using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>The mistakes issue 4 names (and samples/Mistakes shows), each at its value with its full message.</summary>
public class IssueExampleTests
{
    [Fact]
    public Task Invalid_CIDR()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.PodCidr({|#0:"10.244.0.0/33"|}))
                """),
            Verify.Diagnostic("K0S101").WithLocation(0)
                .Args("podCIDR", "10.244.0.0/33", "the prefix length 33 is larger than the 32 bits of an IPv4 address", "10.244.0.0/16"));

    [Fact]
    public Task Host_bits()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.PodCidr({|#0:"10.244.0.1/16"|}))
                """),
            Verify.Diagnostic("K0S102").WithLocation(0)
                .Args("podCIDR", "10.244.0.1/16", "has host bits set (the network is 10.244.0.0/16)", "10.244.0.0/16"));

    /// <summary>k0s also says pod and service must be of one family; with dual-stack on, K0S202 alone says it better.</summary>
    [Fact]
    public Task IPv6_in_podCIDR_with_dual_stack()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.PodCidr({|#0:"fd00::/108"|}).{|#1:DualStack|}(ds => ds.IPv6PodCidr("fd02::/108").IPv6ServiceCidr("fd01::/108")))
                """),
            Verify.Diagnostic("K0S202").WithLocation(0).WithLocation(1)
                .Args("podCIDR", "fd00::/108", "IPv6podCIDR"));

    [Fact]
    public Task Calico_vxlan_with_dual_stack()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n
                                .Calico(c => c.Mode({|#0:CalicoMode.Vxlan|}))
                                .{|#1:DualStack|}(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                """),
            Verify.Diagnostic("K0S301").WithLocation(0).WithLocation(1).Args("vxlan", string.Empty));

    [Fact]
    public Task A_25_pod_CIDR_under_the_default_24_node_mask()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.PodCidr({|#0:"10.244.0.0/25"|}))
                """),
            Verify.Diagnostic("K0S402").WithLocation(0)
                .Args("IPv4", "10.244.0.0/25", 25, "k0s's default /24", 24));

    /// <summary>The design's example message: 53 bits wider than /117, at most 16 bits, fd00::/101 or longer.</summary>
    [Fact]
    public Task Fd00_64_pod_CIDR_with_the_default_117_mask()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.DualStack(ds => ds.IPv6PodCidr({|#0:"fd00::/64"|}).IPv6ServiceCidr("fd01::/108")))
                """),
            Verify.Diagnostic("K0S403").WithLocation(0)
                .Args("fd00::/64", 53, 117, "k0s's default", "fd00::/101", 80));

    [Fact]
    public Task Node_cidr_mask_size_with_dual_stack()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                            .ControllerManager(cm => cm.NodeCidrMaskSize({|#0:24|}))
                """),
            Verify.Diagnostic("K0S404").WithLocation(0)
                .Args(
                    "node-cidr-mask-size",
                    "dual-stack",
                    "usage of --node-cidr-mask-size is not allowed with dual-stack clusters",
                    "Use node-cidr-mask-size-ipv4 and node-cidr-mask-size-ipv6 instead."));

    [Fact]
    public Task Overlapping_pod_and_service_CIDRs()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.PodCidr({|#1:"10.96.0.0/16"|}).ServiceCidr({|#0:"10.96.0.0/12"|}))
                """),
            Verify.Diagnostic("K0S501").WithLocation(0).WithLocation(1)
                .Args(
                    "podCIDR",
                    "10.96.0.0/16",
                    "serviceCIDR",
                    "10.96.0.0/12",
                    "the service range covers the whole pod range, so kube-controller-manager has no node range left to give (\"CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range\") and nodes never become Ready",
                    "10.244.0.0/16",
                    "10.96.0.0/12"));

    /// <summary>
    /// The mistakes side by side in one file, as samples/Mistakes has them: one diagnostic per marked line, and
    /// nothing on the lines in between.
    /// </summary>
    [Fact]
    public Task All_mistakes_in_one_file_give_one_diagnostic_each()
        => Verify.Analyzer(Verify.Usings + """
            static class Mistakes
            {
                public static ClusterConfig InvalidCidr() => K0s.Cluster().Network(n => n.PodCidr({|K0S101:"10.244.0.0/33"|})).Build();

                public static ClusterConfig HostBits() => K0s.Cluster().Network(n => n.PodCidr({|K0S102:"10.244.0.1/16"|})).Build();

                public static ClusterConfig IPv6PodCidrWithDualStack() => K0s.Cluster()
                    .Network(n => n
                        .PodCidr({|#0:"fd00::/108"|})
                        .DualStack(ds => ds.IPv6PodCidr("fd02::/108").IPv6ServiceCidr("fd01::/108")))
                    .Build();

                public static ClusterConfig CalicoVxlanWithDualStack() => K0s.Cluster()
                    .Network(n => n
                        .Calico(c => c.Mode({|K0S301:CalicoMode.Vxlan|}))
                        .DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                    .Build();

                public static ClusterConfig PodCidrSmallerThanNode() => K0s.Cluster().Network(n => n.PodCidr({|K0S402:"10.244.0.0/25"|})).Build();

                public static ClusterConfig Fd00Slash64() => K0s.Cluster()
                    .Network(n => n.DualStack(ds => ds.IPv6PodCidr({|K0S403:"fd00::/64"|}).IPv6ServiceCidr("fd01::/108")))
                    .Build();

                public static ClusterConfig MaskFlagWithDualStack() => K0s.Cluster()
                    .Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                    .ControllerManager(cm => cm.NodeCidrMaskSize({|K0S404:24|}))
                    .Build();

                public static ClusterConfig Overlap() => K0s.Cluster()
                    .Network(n => n.PodCidr("10.96.0.0/16").ServiceCidr({|K0S501:"10.96.0.0/12"|}))
                    .Build();
            }
            """,
            Verify.At("K0S202").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
}
