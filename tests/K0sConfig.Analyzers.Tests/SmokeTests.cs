using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

public class SmokeTests
{
    [Fact]
    public Task Invalid_pod_cidr_literal_is_reported_at_the_literal()
        => Verify.Analyzer(Verify.Usings + """
            class C
            {
                ClusterConfig M() => K0s.Cluster().Network(n => n.PodCidr({|K0S101:"10.244.0.0/33"|})).Build();
            }
            """);

    [Fact]
    public Task Calico_vxlan_with_dual_stack_is_reported_at_the_mode()
        => Verify.Analyzer(Verify.Usings + """
            class C
            {
                ClusterConfig M() => K0s.Cluster()
                    .Network(n => n
                        .Calico(c => c.Mode({|K0S301:CalicoMode.Vxlan|}))
                        .DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                    .Build();
            }
            """);

    [Fact]
    public Task Valid_dual_stack_chain_is_silent()
        => Verify.Analyzer(Verify.Usings + """
            class C
            {
                ClusterConfig M() => K0s.Cluster()
                    .Network(n => n.KubeRouter().PodCidr("10.244.0.0/16").ServiceCidr("10.96.0.0/12")
                        .DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                    .ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(120).NodeCidrMaskSizeIPv4(21))
                    .Build();
            }
            """);
}
