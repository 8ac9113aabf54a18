using K0sConfig.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>The one-click fixes: the diagnostic's own suggested value, written where the diagnostic is.</summary>
public class CodeFixTests
{
    [Fact]
    public Task K0S102_writes_the_canonical_CIDR()
        => Fix(
            """.Network(n => n.PodCidr({|K0S102:"10.244.0.1/16"|}))""",
            """.Network(n => n.PodCidr("10.244.0.0/16"))""");

    [Fact]
    public Task K0S102_writes_the_IPv4_form_of_an_IPv4_mapped_CIDR()
        => Fix(
            """.Network(n => n.ServiceCidr({|K0S102:"::ffff:10.96.0.0/108"|}))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/12"))""");

    [Fact]
    public Task K0S301_switches_an_explicit_mode_to_bird()
        => Fix(
            """.Network(n => n.Calico(c => c.Mode({|K0S301:CalicoMode.Vxlan|})).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""");

    [Fact]
    public Task K0S301_offers_no_fix_when_the_mode_is_the_default()
        => Fix(
            """.Network(n => n.{|K0S301:Calico|}().DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.{|K0S301:Calico|}().DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""");

    [Fact]
    public Task K0S502_writes_the_108_range()
        => Fix(
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr({|K0S502:"fd01::/64"|})))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""");

    [Fact]
    public Task K0S601_drops_the_dashes_from_the_key()
        => Fix(
            """.ControllerManager(cm => cm.ExtraArg({|K0S601:"--node-monitor-period"|}, "5s"))""",
            """.ControllerManager(cm => cm.ExtraArg("node-monitor-period", "5s"))""");

    [Fact]
    public Task A_constant_declared_elsewhere_is_not_rewritten()
        => Fix(
            """.Network(n => n.PodCidr({|K0S102:Pod|}))""",
            """.Network(n => n.PodCidr({|K0S102:Pod|}))""",
            members: "const string Pod = \"10.244.0.1/16\";");

    [Fact]
    public Task K0S102_rewrites_a_constant_passed_to_a_helper_at_the_call()
        => Fix(
            """.Network(n => n.Pods({|K0S102:"10.244.0.1/16"|}))""",
            """.Network(n => n.Pods("10.244.0.0/16"))""",
            members: "",
            extra: "static class Helpers { public static NetworkBuilder Pods(this NetworkBuilder n, string cidr) => n.PodCidr(cidr); }\n");

    [Fact]
    public Task K0S301_from_a_factory_offers_no_fix_at_the_call()
        => Fix(
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            members: "",
            extra: "static class Helpers { public static ClusterConfigBuilder Base() => K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.Vxlan))); }\n",
            start: "Helpers.{|K0S301:Base|}()");

    private static async Task Fix(string chain, string fixedChain, string members = "", string extra = "", string start = "K0s.Cluster()")
    {
        var test = new Test
        {
            TestCode = Verify.Chain(chain, members).Replace("K0s.Cluster()", start, StringComparison.Ordinal) + extra,
            FixedCode = Verify.Chain(fixedChain, members).Replace("K0s.Cluster()", start, StringComparison.Ordinal) + extra,
        };
        await test.RunAsync();
    }

    private sealed class Test : CSharpCodeFixTest<K0sConfigAnalyzer, ReplaceValueCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            TestState.AdditionalReferences.Add(typeof(K0s).Assembly);
            FixedState.AdditionalReferences.Add(typeof(K0s).Assembly);
        }

        // As in Verify.Test: leave the rules' own severities and .editorconfig alone.
        protected override Project ApplyCompilationOptions(Project project)
            => project.WithCompilationOptions(project.CompilationOptions!.WithSpecificDiagnosticOptions(
                project.CompilationOptions.SpecificDiagnosticOptions.SetItem("AD0001", ReportDiagnostic.Error)));
    }
}
