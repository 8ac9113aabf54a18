using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>Severities and rule options from .editorconfig (issue 4, item 6).</summary>
public class ConfigurationTests
{
    private static readonly string MaskOf26 = Verify.Chain("""
        .Network(n => n.PodCidr("10.244.0.0/16")).ControllerManager(cm => cm.NodeCidrMaskSize({|#0:26|}))
        """);

    /// <summary>The default /24 node mask, with the pod CIDR written so the finding has a place to go.</summary>
    private static readonly string DefaultMask = Verify.Chain("""
        .Network(n => n.PodCidr({|#0:"10.244.0.0/16"|}))
        """);

    private static readonly string NoVrrpInterface = Verify.Chain("""
        .Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.{|#0:VrrpInstance|}(v => v.VirtualIPs("10.0.0.100/24").AuthPass("secret")))))
        """);

    /// <summary>K0S710 is off by default in the analyzers (it would show on most CPLB configurations); one line turns it on, at the instance.</summary>
    [Fact]
    public Task K0S710_fires_when_turned_on_and_is_silent_by_default_and_with_an_interface()
        => Task.WhenAll(
            Verify.Analyzer(NoVrrpInterface.Replace("{|#0:VrrpInstance|}", "VrrpInstance", StringComparison.Ordinal), editorConfig: null, includeCapacity: false),
            Verify.Analyzer(NoVrrpInterface, "dotnet_diagnostic.K0S710.severity = suggestion\n", includeCapacity: false, Verify.At("K0S710").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithSeverity(DiagnosticSeverity.Info)),
            Verify.Analyzer(NoVrrpInterface.Replace("{|#0:VrrpInstance|}", "VrrpInstance", StringComparison.Ordinal).Replace(".AuthPass(\"secret\")", ".AuthPass(\"secret\").Interface(\"eth0\")", StringComparison.Ordinal), "dotnet_diagnostic.K0S710.severity = suggestion\n", includeCapacity: false));

    [Fact]
    public Task Default_severity_of_K0S405_is_warning()
        => Verify.Analyzer(MaskOf26, editorConfig: null, includeCapacity: false, Verify.At("K0S405").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public Task Severity_none_removes_the_diagnostic()
        => Verify.Analyzer(MaskOf26, "dotnet_diagnostic.K0S405.severity = none\n", includeCapacity: false);

    [Fact]
    public Task Severity_error_raises_the_diagnostic()
        => Verify.Analyzer(MaskOf26, "dotnet_diagnostic.K0S405.severity = error\n", includeCapacity: false, Verify.At("K0S405").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithSeverity(DiagnosticSeverity.Error));

    [Fact]
    public Task Severity_suggestion_lowers_the_diagnostic()
        => Verify.Analyzer(MaskOf26, "dotnet_diagnostic.K0S405.severity = suggestion\n", includeCapacity: false, Verify.At("K0S405").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public Task Category_severity_applies_to_the_rules_of_the_category()
        => Verify.Analyzer(MaskOf26, "dotnet_analyzer_diagnostic.category-K0sConfig.NodeIpam.severity = none\n", includeCapacity: false);

    [Fact]
    public Task Other_rules_keep_their_severity()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.DualStack(ds => ds.IPv6PodCidr({|#1:"fd00::/118"|}).IPv6ServiceCidr("fd01::/108"))).ControllerManager(cm => cm.NodeCidrMaskSizeIPv4({|#0:26|}))
                """),
            "dotnet_diagnostic.K0S405.severity = none\n",
            includeCapacity: false,
            Verify.At("K0S402").WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithSeverity(DiagnosticSeverity.Error));

    [Fact]
    public Task Both_rules_fire_without_configuration()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.DualStack(ds => ds.IPv6PodCidr({|#1:"fd00::/118"|}).IPv6ServiceCidr("fd01::/108"))).ControllerManager(cm => cm.NodeCidrMaskSizeIPv4({|#0:26|}))
                """),
            Verify.At("K0S402").WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
            Verify.At("K0S405").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));

    /// <summary>A finding reported below its rule's default severity (a partial overlap is a warning) is configured the same way.</summary>
    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public Task Severity_applies_to_findings_reported_below_the_default(string configured, DiagnosticSeverity expected)
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.PodCidr("10.0.0.0/8").ServiceCidr({|#0:"10.96.0.0/12"|})).Api(a => a.Port({|#1:0|}))
                """),
            $"dotnet_diagnostic.K0S501.severity = {configured}\ndotnet_diagnostic.K0S106.severity = {configured}\n",
            includeCapacity: false,
            Verify.At("K0S501").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithSeverity(expected),
            Verify.At("K0S106").WithLocation(1).WithSeverity(expected));

    [Fact]
    public Task Severity_none_removes_findings_reported_below_the_default()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.PodCidr("10.0.0.0/8").ServiceCidr("10.96.0.0/12")).Api(a => a.Port(0))
                """),
            "dotnet_diagnostic.K0S501.severity = none\ndotnet_diagnostic.K0S106.severity = none\n",
            includeCapacity: false);

    /// <summary>K0S406 is off by default: on every valid chain it would cost more than all other rules together.</summary>
    [Fact]
    public Task Capacity_summary_is_off_by_default_and_on_with_one_line()
        => Task.WhenAll(
            Verify.Analyzer(StripCapacityMarkup(DefaultMask), editorConfig: null, includeCapacity: false),
            Verify.Analyzer(
                DefaultMask,
                "dotnet_diagnostic.K0S406.severity = suggestion\n",
                includeCapacity: false,
                Verify.Diagnostic("K0S406").WithLocation(0).Args("IPv4", "10.244.0.0/16", 24, "256", "256")));

    /// <summary>
    /// The analyzer skips the rules that are certainly off (K0S406 by default); every way to turn one on by name must
    /// still reach it: a global config and the compilation's own options (a rule set, <c>-warnaserror+:K0S406</c>), as
    /// well as .editorconfig (above).
    /// </summary>
    [Fact]
    public Task Capacity_summary_turned_on_in_a_global_config()
    {
        Verify.Test test = Verify.Create(DefaultMask);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.K0S406.severity = suggestion\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("K0S406").WithLocation(0).Args("IPv4", "10.244.0.0/16", 24, "256", "256"));
        return test.RunAsync();
    }

    [Fact]
    public Task Capacity_summary_turned_on_by_the_compilation_options()
    {
        Verify.Test test = Verify.Create(DefaultMask);
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            CompilationOptions options = solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(
                projectId,
                options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("K0S406", ReportDiagnostic.Error)));
        });
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("K0S406").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).Args("IPv4", "10.244.0.0/16", 24, "256", "256"));
        return test.RunAsync();
    }

    /// <summary>Which rules are off is decided per file: K0S406 on in one file does not turn it on in another.</summary>
    [Fact]
    public Task Capacity_summary_on_in_one_file_only()
        => OnlyInOneFile("K0S406", "dotnet_diagnostic.K0S406.severity = suggestion");

    /// <summary>
    /// <see cref="DefaultMask"/> in two files, with <paramref name="setting"/> for the first only: <paramref name="id"/>
    /// fires there and not in the second.
    /// </summary>
    private static Task OnlyInOneFile(string id, string setting)
    {
        Verify.Test test = Verify.Create();
        test.TestState.Sources.Add(("/0/Set.cs", DefaultMask.Replace("{|#0:", "{|" + id + ":", StringComparison.Ordinal)));
        test.TestState.Sources.Add(("/0/NotSet.cs", Verify.StripMarkup(DefaultMask).Replace("class C", "class D", StringComparison.Ordinal)));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[Set.cs]\n" + setting + "\n"));
        return test.RunAsync();
    }

    private static string StripCapacityMarkup(string source) => source.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal);

    [Fact]
    public Task Info_rule_can_be_raised_to_a_warning()
        => Verify.Analyzer(
            DefaultMask,
            "dotnet_diagnostic.K0S406.severity = warning\n",
            includeCapacity: true,
            Verify.Diagnostic("K0S406").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
                .Args("IPv4", "10.244.0.0/16", 24, "256", "256"));

    // ---- k0sconfig.max_pods ----------------------------------------------------------------------------------

    [Fact]
    public Task Default_max_pods_110_is_fine_with_a_24()
        => Verify.Analyzer(DefaultMask);

    /// <summary>
    /// A /24 leaves kube-router 253 pod addresses (256 minus network, gateway and broadcast): 250 still fits,
    /// 253 just fits, 254 does not.
    /// </summary>
    [Theory]
    [InlineData("250")]
    [InlineData("253")]
    [InlineData(" 253 ")]
    public Task Max_pods_that_fit_a_24_are_silent(string maxPods)
        => Verify.Analyzer(DefaultMask, $"k0sconfig.max_pods = {maxPods}\n", includeCapacity: false);

    [Fact]
    public Task Max_pods_254_makes_a_24_warn()
        => Verify.Analyzer(
            DefaultMask,
            "k0sconfig.max_pods = 254\n",
            includeCapacity: false,
            Verify.Diagnostic("K0S405").WithLocation(0)
                .Args(24, "k0s's default", "253", "IPv4", 254, 23));

    [Fact]
    public Task Max_pods_250_makes_a_25_warn()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.PodCidr("10.244.0.0/16")).ControllerManager(cm => cm.NodeCidrMaskSize({|#0:25|}))
                """),
            "k0sconfig.max_pods = 250\n",
            includeCapacity: false,
            Verify.Diagnostic("K0S405").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .Args(25, "set by node-cidr-mask-size", "125", "IPv4", 250, 24));

    [Fact]
    public Task Max_pods_without_a_pod_CIDR_written_reports_at_the_chain()
        => Verify.Analyzer(
            Verify.Usings + "class C\n{\n    ClusterConfig M() => K0s.{|#0:Cluster|}().Build();\n}\n",
            "k0sconfig.max_pods = 254\n",
            includeCapacity: false,
            Verify.At("K0S405").WithLocation(0));

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("")]
    [InlineData("1e3")]
    [InlineData("99999999999999999999")]
    public Task Invalid_max_pods_falls_back_to_110(string maxPods)
        => Verify.Analyzer(Verify.StripMarkup(DefaultMask), $"k0sconfig.max_pods = {maxPods}\n", includeCapacity: false);

    [Fact]
    public Task Max_pods_applies_per_file()
        => OnlyInOneFile("K0S405", "k0sconfig.max_pods = 254");

    [Fact]
    public Task Max_pods_from_a_global_config()
    {
        Verify.Test test = Verify.Create(DefaultMask.Replace("{|#0:", "{|K0S405:", StringComparison.Ordinal));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nk0sconfig.max_pods = 300\n"));
        return test.RunAsync();
    }
}
