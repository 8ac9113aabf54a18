namespace K0sConfig.Analyzers.Tests;

/// <summary>False positives and missed diagnostics found while writing the analyzer tests, one test each.</summary>
public class RegressionTests
{
    /// <summary>
    /// k0s takes the cluster DNS address from the IPv6 service CIDR when dual-stack is on and the primary family is
    /// IPv6, so an IPv4 /31 is fine there. With dual-stack unknown, K0S504 must not assume it is off.
    /// </summary>
    [Fact]
    public Task K0S504_on_a_31_needs_to_know_whether_dual_stack_is_on()
        => Verify.Analyzer(Verify.Method(
            """
                    return K0s.Cluster()
                        .Network(n =>
                        {
                            n.ServiceCidr("10.96.0.0/31").PrimaryAddressFamily(IPFamily.IPv6);
                            if (flag)
                            {
                                n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"));
                            }
                        })
                        .Build();
            """,
            "    private bool flag;"));

    [Fact]
    public Task K0S504_on_a_31_fires_when_dual_stack_is_known_off()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n => n.ServiceCidr({|K0S504:"10.96.0.0/31"|}).PrimaryAddressFamily(IPFamily.IPv6))
            """));

    [Fact]
    public Task K0S504_on_a_31_is_silent_when_dual_stack_with_primary_IPv6()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n => n.ServiceCidr("10.96.0.0/31").PrimaryAddressFamily(IPFamily.IPv6).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
            """));

    /// <summary>
    /// kube-controller-manager reads a node mask of 0 as "not set" and uses its default (setNodeCIDRMaskSizes:
    /// <c>if cfg.NodeCIDRMaskSize != 0</c>); it does not refuse to start. k0s users set 0 to drop the flag k0s adds.
    /// </summary>
    [Theory]
    [InlineData(".ControllerManager(cm => cm.NodeCidrMaskSize(0))")]
    [InlineData(".ControllerManager(cm => cm.ExtraArg(\"node-cidr-mask-size\", \"0\"))")]
    [InlineData(".Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).PodCidr(\"fd00::/108\").ServiceCidr(\"fd01::/108\")).ControllerManager(cm => cm.NodeCidrMaskSize(0).NodeCidrMaskSizeIPv6(112))")]
    [InlineData(".Network(n => n.DualStack(ds => ds.IPv6PodCidr(\"fd00::/108\").IPv6ServiceCidr(\"fd01::/108\"))).ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(0).NodeCidrMaskSize(0))")]
    public Task K0S401_accepts_a_node_mask_of_0(string chain)
    {
        Verify.Test test = Verify.Create(Verify.Chain(chain));
        test.DisabledDiagnostics.Add("K0S205");
        return test.RunAsync();
    }

    [Fact]
    public Task K0S401_still_rejects_a_negative_node_mask()
        => Verify.Analyzer(Verify.Chain("""
            .ControllerManager(cm => cm.NodeCidrMaskSize({|K0S401:-1|}))
                        .Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                        .ControllerManager(cm => cm.NodeCidrMaskSize(0).ExtraArg("node-cidr-mask-size-ipv4", {|K0S401:"-24"|}))
            """));

    /// <summary><c>Sans(new[] { ... })</c> passes the same constants as <c>Sans("...", "...")</c>.</summary>
    [Fact]
    public Task K0S104_checks_sans_passed_as_an_array()
        => Verify.Analyzer(Verify.Chain("""
            .Api(a => a.Sans(new[] { "10.0.0.1", {|K0S104:"not a name"|} }))
                        .Api(a => a.Sans(new string[] { {|K0S104:"also not"|}, "k8s.example.com" }))
            """));

    [Fact]
    public Task K0S104_is_silent_for_sans_from_elsewhere()
        => Verify.Analyzer(Verify.Method(
            """
                    string[] sans = { "not a name" };
                    return K0s.Cluster().Api(a => a.Sans(sans).Sans(s_sans).Sans(new[] { Name() })).Build();
            """,
            """
                private static readonly string[] s_sans = { "not a name" };

                private static string Name() => "not a name";
            """));
}
