using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K0sConfig.Analyzers.Tests.Robustness;

/// <summary>
/// The inputs the fuzzer draws at random, written out once so each is always tried: values the rule engine's
/// parsers must survive, enum values with no member, odd .editorconfig values, and code in the middle of being typed.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly string Huge = "10.0.0.0/" + new string('8', 100_000);

    public static TheoryData<string> Values() => new()
    {
        "::ffff:10.0.0.0/104", "::ffff:10.0.0.0/96", "::ffff:0.0.0.0/80", "0x18", "-1", "%", "/", "", " ", "\0", "\ud800", "\ud83d\ude00/8",
        "10.0.0.0/4294967296", "10.0.0.0/99999999999999999999", "fe80::1%eth0/64", "1::2::3/64", "1:2:3:4:5:6:7:8:9/64", "::1.2.3.4/128",
        "[::1]:99999", "[::1", "host:", "{0}", "{1}{99}", "１０.０.０.０/８", "10.0.0.0\n/8", Huge, new string('a', 100_000), new string(':', 100_000),
        "a." + string.Concat(Enumerable.Repeat("b.", 50_000)), "0b1_0", "0x_18", "-2147483648", "2147483648", "0o777", "08",
    };

    [Theory]
    [MemberData(nameof(Values))]
    public Task Hostile_string_in_every_string_argument(string value)
    {
        string literal = SymbolDisplay.FormatLiteral(value, quote: true);
        return NoProblemsAsync($$"""
            using K0sConfig;

            class C
            {
                void M()
                {
                    K0s.Cluster({{literal}})
                        .Network(n => n.PodCidr({{literal}}).ServiceCidr({{literal}}).ClusterDomain({{literal}})
                            .DualStack(ds => ds.IPv6PodCidr({{literal}}).IPv6ServiceCidr({{literal}}))
                            .Calico(c => c.IPAutodetectionMethod({{literal}}).EnvVar({{literal}}, {{literal}}))
                            .KubeProxy(kp => kp.ExtraArg({{literal}}, {{literal}})))
                        .Api(a => a.Address({{literal}}).ExternalAddress({{literal}}).Sans({{literal}}, {{literal}}).ExtraArg({{literal}}, {{literal}}))
                        .ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", {{literal}}).ExtraArg("node-cidr-mask-size-ipv4", {{literal}}).ExtraArg({{literal}}, "1"));
                    K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6PodCidr({{literal}}).IPv6ServiceCidr("fd01::/108")))
                        .ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size-ipv6", {{literal}}));
                    K0s.Cluster().Network(n => n.PodCidr({{literal}}).KubeRouter()).ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", {{literal}}));
                }
            }
            """);
    }

    [Theory]
    [InlineData("int.MinValue")]
    [InlineData("int.MaxValue")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("129")]
    [InlineData("65536")]
    [InlineData("unchecked((int)0x80000000)")]
    public Task Extreme_number_in_every_int_argument(string number)
        => NoProblemsAsync($$"""
            using K0sConfig;

            class C
            {
                void M()
                {
                    K0s.Cluster()
                        .Network(n => n.PodCidr("10.244.0.0/16").Calico(c => c.VxlanPort({{number}}).VxlanVni({{number}}).Mtu({{number}}))
                            .DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                        .Api(a => a.Port({{number}}).K0sApiPort({{number}}))
                        .ControllerManager(cm => cm.NodeCidrMaskSizeIPv4({{number}}).NodeCidrMaskSizeIPv6({{number}}));
                    K0s.Cluster().Network(n => n.PodCidr("fd00::/64").KubeRouter(kr => kr.Mtu({{number}}).MetricsPort({{number}}))).ControllerManager(cm => cm.NodeCidrMaskSize({{number}}));
                    K0s.Cluster().Network(n => n.PodCidr("10.0.0.0/8")).ControllerManager(cm => cm.NodeCidrMaskSize({{number}}));
                }
            }
            """);

    [Theory]
    [InlineData("(CalicoMode)42", "(KubeProxyMode)42", "(IPFamily)42")]
    [InlineData("(CalicoMode)(-1)", "(KubeProxyMode)(-1)", "(IPFamily)(-1)")]
    [InlineData("(CalicoMode)int.MinValue", "(KubeProxyMode)int.MaxValue", "(IPFamily)int.MinValue")]
    [InlineData("default", "default", "default")]
    [InlineData("CalicoMode.Vxlan | CalicoMode.Bird", "~KubeProxyMode.Ipvs", "(IPFamily)CalicoMode.Ipip")]
    public Task Enum_value_with_no_member(string calico, string kubeProxy, string family)
        => NoProblemsAsync($$"""
            using K0sConfig;

            class C
            {
                void M()
                {
                    K0s.Cluster().Network(n => n.Calico(c => c.Mode({{calico}}).Overlay((CalicoOverlay)9)).PrimaryAddressFamily({{family}})
                        .KubeProxy(kp => kp.Mode({{kubeProxy}})).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
                    K0s.Cluster().Network(n => n.KubeRouter(kr => kr.Hairpin((KubeRouterHairpin)(-7))).NodeLocalLoadBalancing(l => l.Type((NodeLocalLoadBalancingType)3)));
                }
            }
            """);

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("99999999999")]
    [InlineData("2147483647")]
    [InlineData("")]
    [InlineData("0x10")]
    public Task Garbage_max_pods_in_editorconfig(string maxPods)
        => NoProblemsAsync(
            """
            using K0sConfig;

            class C
            {
                void M()
                {
                    K0s.Cluster().Network(n => n.KubeRouter().PodCidr("10.244.0.0/16")).ControllerManager(cm => cm.NodeCidrMaskSize(32));
                    K0s.Cluster().Network(n => n.KubeRouter().PodCidr("fd00::/108").ServiceCidr("fd01::/108")).ControllerManager(cm => cm.NodeCidrMaskSize(128));
                    K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))).ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(1).NodeCidrMaskSizeIPv6(1));
                }
            }
            """,
            maxPods);

    [Theory]
    [InlineData("K0s.Cluster().Network(n => n.")]
    [InlineData("K0s.Cluster().Network(n => n.PodCidr(")]
    [InlineData("K0s.Cluster().Network(n => n.PodCidr(\"10.0.0.0/3")]
    [InlineData("K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.")]
    [InlineData("K0s.Cluster()..Network(n => n.PodCidr(\"10.0.0.0/33\"));")]
    [InlineData("K0s.Cluster().Network(n => n?.PodCidr(\"10.0.0.0/33\")!.ServiceCidr(\"x\"));")]
    [InlineData("var b = K0s.Cluster(); b.Network(n => n.PodCidr(\"10.0.0.0/33\")); b = null!; b.Network(n => n.PodCidr(\"x\"));")]
    [InlineData("K0s.Cluster().Network(n => n.DualStack(n => n.IPv6PodCidr(\"fd00::/64\")));")]
    [InlineData("K0s.Cluster().Network(async n => await n.PodCidr(\"10.0.0.0/37\"));")]
    [InlineData("K0s.Cluster().Network((n, m) => n.PodCidr(\"10.0.0.0/35\"));")]
    [InlineData("K0s.Cluster().Network(n => n.PodCidr(cidr: \"10.0.0.0/16\", cidr: \"x\"));")]
    [InlineData("K0s.Cluster().Api(a => a.Sans(\"a\", 1, null, __arglist()));")]
    [InlineData("K0s.Cluster().Network(n => { for (;;) n.PodCidr(\"10.0.0.0/8\"); }).Network(n => { n.PodCidr(\"fd00::/64\"); goto x; x: ; });")]
    public Task Code_in_the_middle_of_being_typed(string statement)
        => NoProblemsAsync("using K0sConfig;\n\nclass C\n{\n    void M()\n    {\n        " + statement + "\n    }\n}\n");

    [Fact]
    public Task Builder_calls_in_attribute_arguments()
        => NoProblemsAsync("""
            using System;
            using K0sConfig;

            [Obsolete(K0s.Cluster().Network(n => n.PodCidr("10.0.0.0/33")))]
            internal static class C
            {
                [Obsolete(K0s.Cluster().Api(a => a.Port(-1)).Build().Name)]
                private static int _f;

                [return: Obsolete(K0s.Cluster().Network(n => n.ServiceCidr("10.0.0.1/8")))]
                public static void M([Obsolete(K0s.Cluster().Network(n => n.PodCidr("fd00::/64")))] int p = K0s.Cluster())
                {
                }
            }
            """);

    [Fact]
    public async Task The_harness_reports_an_analyzer_that_throws()
    {
        SyntaxTree tree = AnalyzerRunner.Parse("using K0sConfig;\nclass C { void M() => K0s.Cluster(); }", "/throws.cs", LanguageVersion.Latest);
        BatchResult result = await AnalyzerRunner.RunAsync([tree], new RunSettings(null, false, LanguageVersion.Latest, false), new Random(1), CancellationToken.None, new ThrowingAnalyzer());
        Assert.Contains(result.Problems, p => p.Kind == "analyzer exception" && p.Detail.Contains("thrown on purpose", StringComparison.Ordinal));
    }

    private static async Task NoProblemsAsync(string source, string? maxPods = null)
    {
        foreach (LanguageVersion language in new[] { LanguageVersion.Latest, LanguageVersion.CSharp7_3 })
        {
            SyntaxTree tree = AnalyzerRunner.Parse(source, "/hostile.cs", language);
            foreach (bool cancelFirst in new[] { false, true })
            {
                BatchResult result = await AnalyzerRunner.RunAsync([tree], new RunSettings(maxPods, Concurrent: cancelFirst, language, SpanQueries: cancelFirst, cancelFirst), new Random(1), CancellationToken.None);
                Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems.Select(p => p.Kind + ": " + p.Detail)));
            }
        }
    }

    /// <summary>An analyzer with a bug, to show that the harness sees what AD0001 would show.</summary>
#pragma warning disable RS1036, RS2008 // A test double, not a shipped analyzer.
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST001", "t", "m", "c", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => throw new InvalidOperationException("thrown on purpose"), OperationKind.Invocation);
        }
    }
#pragma warning restore RS1036, RS2008
}
