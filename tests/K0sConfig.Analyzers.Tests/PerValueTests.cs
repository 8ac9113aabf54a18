using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// Per-value rules fire at any call with a constant argument, even where nothing else is known (a helper that
/// receives the builder); cross-field rules fire only when every input they need is known (issue 4, item 3).
/// </summary>
public class PerValueTests
{
    /// <summary>A helper method that receives the builder: everything but what it writes is unknown.</summary>
    private static string Helper(string builder, string body) => Verify.Usings + HelperClass(builder, body);

    private static string HelperClass(string builder, string body)
        => $$"""

            static class Helpers
            {
                public static void Configure({{builder}} b)
                {
                    {{body}};
                }
            }
            """;

    [Theory]
    [InlineData("K0S101", "NetworkBuilder", """b.PodCidr({|K0S101:"10.244.0.0/33"|})""")]
    [InlineData("K0S101", "DualStackBuilder", """b.IPv6ServiceCidr({|K0S101:"fd01::/200"|})""")]
    [InlineData("K0S102", "NetworkBuilder", """b.ServiceCidr({|K0S102:"10.96.0.1/12"|})""")]
    [InlineData("K0S102", "DualStackBuilder", """b.IPv6PodCidr({|K0S102:"fd00::1/108"|})""")]
    [InlineData("K0S103", "ApiBuilder", """b.Address({|K0S103:"10.0.0.256"|})""")]
    [InlineData("K0S104", "ApiBuilder", """b.ExternalAddress({|K0S104:"k8s example.com"|})""")]
    [InlineData("K0S104", "ApiBuilder", """b.Sans("k8s.example.com", {|K0S104:"not a name"|})""")]
    [InlineData("K0S105", "NetworkBuilder", """b.ClusterDomain({|K0S105:"cluster local"|})""")]
    [InlineData("K0S106", "ApiBuilder", """b.Port({|K0S106:70000|})""")]
    [InlineData("K0S106", "ApiBuilder", """b.K0sApiPort({|K0S106:65536|})""")]
    [InlineData("K0S107", "NetworkBuilder", """b.PrimaryAddressFamily({|K0S107:(IPFamily)2|})""")]
    [InlineData("K0S401", "ControllerManagerBuilder", """b.NodeCidrMaskSizeIPv4({|K0S401:33|})""")]
    [InlineData("K0S401", "ControllerManagerBuilder", """b.NodeCidrMaskSize({|K0S401:129|})""")]
    [InlineData("K0S401", "ControllerManagerBuilder", """b.ExtraArg("node-cidr-mask-size-ipv6", {|K0S401:"0x"|})""")]
    [InlineData("K0S601", "ControllerManagerBuilder", """b.ExtraArg({|K0S601:"--node-cidr-mask-size"|}, "24")""")]
    [InlineData("K0S601", "ApiBuilder", """b.ExtraArg({|K0S601:"-v"|}, "4")""")]
    [InlineData("K0S601", "KubeProxyBuilder", """b.ExtraArg({|K0S601:"--v"|}, "4")""")]
    [InlineData("K0S601", "KubeRouterBuilder", """b.ExtraArg({|K0S601:"--v"|}, "4")""")]
    public Task Per_value_rule_fires_in_a_helper_where_the_rest_is_unknown(string id, string builder, string body)
    {
        _ = id;
        return Verify.Analyzer(Helper(builder, body));
    }

    [Theory]
    [InlineData("K0S101", """b.Network(n => n.PodCidr(flag ? "10.244.0.0/16" : "x").ServiceCidr({|K0S101:"10.96.0.0/33"|}))""")]
    [InlineData("K0S106", """b.Api(a => a.Address(address).Port({|K0S106:0|}))""")]
    [InlineData("K0S401", """b.ControllerManager(cm => cm.ExtraArg(key, "1").NodeCidrMaskSizeIPv4({|K0S401:0x21|}))""")]
    public Task Per_value_rule_fires_in_a_chain_whose_other_values_are_not_constants(string id, string body)
    {
        DiagnosticResult[] expected = id == "K0S106"
            ? new[] { Verify.At(id).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning) }
            : Array.Empty<DiagnosticResult>();
        return Verify.Analyzer(
            Verify.Method(
                "        var b = K0s.Cluster();\n        " + body.Replace("{|K0S106:0|}", "{|#0:0|}", StringComparison.Ordinal) + ";\n        return b.Build();",
                "    private bool flag;\n    private string address = \"10.0.0.1\";\n    private string key = \"v\";"),
            expected);
    }

    /// <summary>
    /// K0S304 reads kubeProxy.disabled too (a disabled kube-proxy never starts), so in a helper that only has the
    /// kube-proxy builder it stays silent; in a chain, where unset means enabled, it fires.
    /// </summary>
    [Fact]
    public Task K0S304_needs_to_know_that_kube_proxy_is_enabled()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.KubeProxy(kp => kp.Mode({|K0S304:KubeProxyMode.Userspace|})))
                """)
            + HelperClass("KubeProxyBuilder", "b.Mode(KubeProxyMode.Userspace)"));

    [Fact]
    public Task K0S304_is_silent_when_kube_proxy_is_disabled()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n => n.KubeProxy(kp => kp.Disabled().Mode(KubeProxyMode.Userspace)))
            """));

    /// <summary>K0S107 on calico.mode needs the provider (k0s drops the calico block under kube-router).</summary>
    [Fact]
    public Task K0S107_on_calico_mode_needs_the_provider()
        => Verify.Analyzer(
            // Under kube-router k0s drops the calico block without validating it: K0S303 says so, K0S107 stays silent.
            Verify.Chain("""
                .Network(n => n.{|K0S303:Calico|}(c => c.Mode((CalicoMode)42)).{|K0S303:KubeRouter|}())
                """)
            + HelperClass("CalicoBuilder", "b.Mode((CalicoMode)42)"));

    [Theory]
    [InlineData("K0S201", "NetworkBuilder", """b.ServiceCidr("fd01::/108")""")]
    [InlineData("K0S202", "NetworkBuilder", """b.PodCidr("fd00::/108").DualStack(ds => ds.IPv6PodCidr("fd02::/108").IPv6ServiceCidr("fd01::/108"))""")]
    [InlineData("K0S203", "NetworkBuilder", """b.DualStack(ds => ds.IPv6ServiceCidr("fd01::/108"))""")]
    [InlineData("K0S203", "DualStackBuilder", """b.Enabled().IPv6PodCidr("10.0.0.0/16")""")]
    [InlineData("K0S204", "DualStackBuilder", """b.Enabled(false).IPv6PodCidr("fd00::/108")""")]
    [InlineData("K0S205", "NetworkBuilder", """b.PodCidr("fd00::/108").ServiceCidr("fd01::/108")""")]
    [InlineData("K0S206", "ApiBuilder", """b.Address("2001:db8::1")""")]
    [InlineData("K0S207", "ApiBuilder", """b.ExternalAddress("k8s.example.com")""")]
    [InlineData("K0S301", "NetworkBuilder", """b.Calico(c => c.Mode(CalicoMode.Vxlan)).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))""")]
    [InlineData("K0S301", "CalicoBuilder", """b.Mode(CalicoMode.Vxlan)""")]
    [InlineData("K0S302", "NetworkBuilder", """b.CustomCni().DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))""")]
    [InlineData("K0S303", "NetworkBuilder", """b.Calico().KubeRouter()""")]
    [InlineData("K0S303", "CalicoBuilder", """b.Mtu(1400)""")]
    [InlineData("K0S305", "NetworkBuilder", """b.KubeRouter().PodCidr("fd00::/108")""")]
    [InlineData("K0S402", "NetworkBuilder", """b.PodCidr("10.244.0.0/25")""")]
    [InlineData("K0S403", "DualStackBuilder", """b.IPv6PodCidr("fd00::/64")""")]
    [InlineData("K0S404", "ControllerManagerBuilder", """b.NodeCidrMaskSize(24).NodeCidrMaskSizeIPv6(64)""")]
    [InlineData("K0S405", "ControllerManagerBuilder", """b.NodeCidrMaskSize(26)""")]
    [InlineData("K0S406", "NetworkBuilder", """b.PodCidr("10.244.0.0/16")""")]
    [InlineData("K0S501", "NetworkBuilder", """b.PodCidr("10.96.0.0/16").ServiceCidr("10.96.0.0/12")""")]
    [InlineData("K0S501", "DualStackBuilder", """b.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd00::/108")""")]
    [InlineData("K0S502", "DualStackBuilder", """b.IPv6ServiceCidr("fd01::/100")""")]
    [InlineData("K0S504", "NetworkBuilder", """b.ServiceCidr("10.96.0.0/31")""")]
    [InlineData("K0S504", "DualStackBuilder", """b.IPv6ServiceCidr("fd01::/127")""")]
    [InlineData("K0S602", "ControllerManagerBuilder", """b.NodeCidrMaskSize(24).ExtraArg("node-cidr-mask-size", "24")""")]
    [InlineData("K0S602", "ControllerManagerBuilder", """b.ExtraArg("allocate-node-cidrs", "false")""")]
    [InlineData("K0S701", "NetworkBuilder", """b.NodeLocalLoadBalancing()""")]
    [InlineData("K0S701", "ApiBuilder", """b.ExternalAddress("10.0.0.10")""")]
    public Task Cross_field_rule_is_silent_in_a_helper_where_its_other_inputs_are_unknown(string id, string builder, string body)
    {
        Verify.Test test = Verify.Create(Helper(builder, body), includeCapacity: id == "K0S406");
        return test.RunAsync();
    }

    /// <summary>
    /// Some rules of the cross-field families read one value only; they fire wherever it is written: K0S503 (the
    /// service CIDR's size), K0S504 on a /32 (no address for the API service whatever the stack), K0S502 on a
    /// single-stack serviceCIDR (k0s checks it whether or not dual-stack is on), and K0S602 on a derived flag.
    /// </summary>
    [Theory]
    [InlineData("K0S502", "NetworkBuilder", """b.ServiceCidr({|K0S502:"fd01::/112"|})""")]
    [InlineData("K0S503", "NetworkBuilder", """b.ServiceCidr({|K0S503:"10.96.0.0/11"|})""")]
    [InlineData("K0S504", "NetworkBuilder", """b.ServiceCidr({|K0S504:"10.96.0.0/32"|})""")]
    [InlineData("K0S602", "ControllerManagerBuilder", """b.ExtraArg("cluster-cidr", {|K0S602:"10.244.0.0/16"|})""")]
    [InlineData("K0S602", "ApiBuilder", """b.ExtraArg("service-cluster-ip-range", {|K0S602:"10.96.0.0/12"|})""")]
    public Task Single_input_rules_fire_in_a_helper(string id, string builder, string body)
    {
        _ = id;
        return Verify.Analyzer(Helper(builder, body));
    }

    // ---- No duplicates ---------------------------------------------------------------------------------------

    /// <summary>
    /// The chain and the single call both see this value; the chain knows the cluster is IPv4, the call alone
    /// does not (and checks against IPv6's 128). One diagnostic, with the chain's message.
    /// </summary>
    [Fact]
    public Task One_diagnostic_per_id_and_place_with_the_chain_s_message()
        => Verify.Analyzer(
            Verify.Chain(".ControllerManager(cm => cm.NodeCidrMaskSize({|#0:200|}))"),
            Verify.Diagnostic("K0S401").WithLocation(0).Args("node-cidr-mask-size", "200", "is not a mask size for an IPv4 cluster", 32));

    /// <summary>
    /// Both IPv6 CIDRs missing are two findings at the same place (the DualStack call); one diagnostic per id and
    /// place means the first (IPv6podCIDR) shows, and the second once it is fixed.
    /// </summary>
    [Fact]
    public Task Two_findings_of_one_rule_at_one_place_show_one_diagnostic()
        => Verify.Analyzer(
            Verify.Chain(".Network(n => n.{|#0:DualStack|}(ds => { }))"),
            Verify.Diagnostic("K0S203").WithLocation(0).Args("IPv6podCIDR", "is not set", "invalid CIDR address", "fd00::/108"));

    [Fact]
    public Task Value_in_two_chains_is_reported_once_per_chain_place()
        => Verify.Analyzer(Verify.Method("""
                    const string bad = "10.244.0.0/33";
                    K0s.Cluster().Network(n => n.PodCidr({|K0S101:bad|})).Build();
                    return K0s.Cluster().Network(n => n.PodCidr({|K0S101:bad|})).Network(n => n.ServiceCidr({|K0S101:bad|})).Build();
            """));
}
