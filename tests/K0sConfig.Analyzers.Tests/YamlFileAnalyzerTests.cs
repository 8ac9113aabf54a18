using System.Collections.Immutable;
using System.Text;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// YamlFileAnalyzer: the project's k0s.yaml files (additional files) get every rule's diagnostics at the YAML line and
/// column, the same ids the YAML reader and Build() give, and never an analyzer exception (the tests run the Debug
/// build, which lets exceptions through as AD0001).
/// </summary>
public class YamlFileAnalyzerTests
{
    private const string CalicoVxlanDualStack = """
        apiVersion: k0s.k0sproject.io/v1beta1
        kind: ClusterConfig
        metadata:
          name: k0s
        spec:
          network:
            provider: calico
            podCIDR: 10.244.0.0/16
            serviceCIDR: 10.96.0.0/12
            dualStack:
              enabled: true
              IPv6podCIDR: fd00::/108
              IPv6serviceCIDR: fd01::/108
        """;

    [Fact]
    public async Task Calico_vxlan_with_dual_stack_in_k0s_yaml_is_an_error_at_the_provider_line()
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(("/project/k0s.yaml", CalicoVxlanDualStack));

        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("K0S301", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/k0s.yaml", span.Path);
        Assert.Equal((6, 14), (span.StartLinePosition.Line, span.StartLinePosition.Character)); // line 7, column 15
        Assert.Equal("calico", SourceText.From(CalicoVxlanDualStack).ToString(diagnostic.Location.SourceSpan));
        Assert.StartsWith("Calico mode vxlan does not support dual-stack", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("https://github.com/k0sconfig/k0sconfig/blob/main/docs/rules/K0S301.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task Every_file_name_the_package_adds_is_checked_and_no_other()
    {
        const string bad = "spec:\n  network:\n    podCIDR: 10.244.0.0/33\n";
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(
            ("/p/k0s.yaml", bad),
            ("/p/config/prod.k0s.yaml", bad),
            ("/p/K0SCTL.yaml", "apiVersion: k0sctl.k0sproject.io/v1beta1\nkind: Cluster\nspec:\n  k0s:\n    config:\n      " + bad.Replace("\n", "\n      ", StringComparison.Ordinal)),
            ("/p/staging.k0sctl.yaml", bad),
            ("/p/values.yaml", bad),
            ("/p/k0s.yaml.bak", bad),
            ("/p/AnalyzerReleases.Shipped.md", bad));

        Assert.Equal(
            new[] { "/p/K0SCTL.yaml(8,20)", "/p/config/prod.k0s.yaml(3,14)", "/p/k0s.yaml(3,14)", "/p/staging.k0sctl.yaml(3,14)" },
            diagnostics.Where(d => d.Id == "K0S101").Select(Where).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_yaml_rules_report_unknown_keys_wrong_types_duplicates_and_unreadable_files()
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(
            ("/p/a.k0s.yaml", "spec:\n  api:\n    port: \"6443\"\n    adress: 10.0.0.1\n  controlerManager: {}\n  network:\n    podCIDR: 10.244.0.0/16\n    podCIDR: 10.244.0.0/16\n"),
            ("/p/b.k0s.yaml", "spec:\n\tnetwork: {}\n"));

        Assert.Equal(
            new[] { "K0S801 Error /p/a.k0s.yaml(5,3)", "K0S801 Warning /p/a.k0s.yaml(4,5)", "K0S802 Error /p/a.k0s.yaml(3,11)", "K0S803 Error /p/a.k0s.yaml(8,5)", "K0S804 Error /p/b.k0s.yaml(2,1)" },
            diagnostics.Select(d => d.Id + " " + d.Severity + " " + Where(d)).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_k0sctl_rules_report_k0sctl_files_at_the_yaml_line()
    {
        const string head = "apiVersion: k0sctl.k0sproject.io/v1beta1\nkind: Cluster\n";
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(
            ("/p/a.k0sctl.yaml", head + "spec:\n  hosts:\n  - role: worker\n    adress: x\n    ssh: {address: 10.0.0.1}\n  k0s:\n    version: stable\n"),
            ("/p/b.k0sctl.yaml", "apiVersion: k0sctl.k0sproject.io/v1beta1\nkind: CLUSTER\nspec:\n  hosts:\n  - role: controller\n    ssh: {address: 10.0.0.1}\n  - role: master\n    noTaints: true\n    ssh: {address: 10.0.0.1}\n  - role: worker\n    privateAddress: x\n    ssh: {address: 10.0.0.3, port: 70000}\n"),
            ("/p/k0sctl.yaml", head + "spec:\n  hosts:\n  - role: single\n    localhost: true\n"));

        Assert.Equal(
            new[]
            {
                "K0S940 Error /p/a.k0sctl.yaml(6,5)", "K0S941 Error /p/b.k0sctl.yaml(2,7)", "K0S942 Error /p/a.k0sctl.yaml(4,3)", "K0S943 Error /p/b.k0sctl.yaml(7,11)",
                "K0S944 Error /p/b.k0sctl.yaml(9,20)", "K0S945 Error /p/b.k0sctl.yaml(12,36)", "K0S946 Error /p/b.k0sctl.yaml(8,15)", "K0S947 Error /p/a.k0sctl.yaml(9,14)",
                "K0S948 Error /p/b.k0sctl.yaml(11,21)", "K0S949 Info /p/a.k0sctl.yaml(1,1)", "K0S949 Info /p/b.k0sctl.yaml(1,1)", "K0S949 Info /p/k0sctl.yaml(1,1)",
            },
            diagnostics.Select(d => d.Id + " " + d.Severity + " " + Where(d)).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public async Task K0sConfigValidateYaml_false_turns_the_check_off()
    {
        Assert.Empty(await AnalyzeAsync(new Dictionary<string, string> { ["build_property.K0sConfigValidateYaml"] = "false" }, ("/p/k0s.yaml", CalicoVxlanDualStack)));
        Assert.Single(await AnalyzeAsync(new Dictionary<string, string> { ["build_property.K0sConfigValidateYaml"] = "true" }, ("/p/k0s.yaml", CalicoVxlanDualStack)));
    }

    [Fact]
    public async Task K0S910_fires_in_a_k0s_yaml_for_the_k0s_versions_that_check_the_storage_extension()
    {
        // The builder has no method for spec.extensions.storage: the YAML check is where the rule speaks (oracle cases v-extensions-storage-*).
        const string yaml = "spec:\n  extensions:\n    storage:\n      type: openebs\n";
        Diagnostic found = Assert.Single(await AnalyzeAsync(new Dictionary<string, string> { ["build_property.K0sVersion"] = "1.30" }, ("/p/k0s.yaml", yaml)));
        Assert.Equal(("K0S910", DiagnosticSeverity.Error, 3), (found.Id, found.Severity, found.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("unknown storage mode `openebs`", found.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // Silent from 1.31, which ignores the block, and on a type k0s knows.
        Assert.Empty(await AnalyzeAsync(new Dictionary<string, string> { ["build_property.K0sVersion"] = "1.31" }, ("/p/k0s.yaml", yaml)));
        Assert.Empty(await AnalyzeAsync(new Dictionary<string, string> { ["build_property.K0sVersion"] = "1.30" }, ("/p/k0s.yaml", "spec:\n  extensions:\n    storage:\n      type: openebs_local_storage\n")));
    }

    [Fact]
    public async Task K0sVersion_and_K0sFeatureGates_choose_the_k0s_and_win_over_a_k0sctl_pin()
    {
        // spec.api strict before 1.30 (k0s-validate-1.29 on cases/b14); the IPv6SingleStack gate from 1.34.
        const string apiKey = "spec:\n  api:\n    bogus: 1\n";
        Diagnostic dropped = Assert.Single(await AnalyzeAsync(("/p/k0s.yaml", apiKey)));
        Assert.Equal(("K0S801", DiagnosticSeverity.Warning), (dropped.Id, dropped.Severity));
        Diagnostic strict = Assert.Single(await AnalyzeAsync(new Dictionary<string, string> { ["build_property.K0sVersion"] = "1.29" }, ("/p/k0s.yaml", apiKey)));
        Assert.Equal(("K0S801", DiagnosticSeverity.Error), (strict.Id, strict.Severity));

        const string ipv6 = "spec:\n  network:\n    provider: calico\n    podCIDR: fd00::/108\n    serviceCIDR: fd01::/108\n";
        Assert.Equal(DiagnosticSeverity.Warning, (await AnalyzeAsync(("/p/k0s.yaml", ipv6))).Single(d => d.Id == "K0S205").Severity);
        Assert.DoesNotContain(await AnalyzeAsync(new Dictionary<string, string> { ["build_property.K0sFeatureGates"] = "IPv6SingleStack=true" }, ("/p/k0s.yaml", ipv6)), d => d.Id == "K0S205");
        Assert.DoesNotContain(await AnalyzeAsync(new Dictionary<string, string> { ["build_property.K0sVersion"] = "1.33" }, ("/p/k0s.yaml", ipv6)), d => d.Id == "K0S205");

        // A k0sctl pin is the version; the build's K0sVersion wins over it, and K0S809 says so.
        const string k0sctl = "apiVersion: k0sctl.k0sproject.io/v1beta1\nkind: Cluster\nspec:\n  k0s:\n    version: v1.29.4+k0s.0\n    config:\n      spec:\n        api:\n          bogus: 1\n";
        Assert.Equal(DiagnosticSeverity.Error, (await AnalyzeAsync(("/p/k0sctl.yaml", k0sctl))).Single(d => d.Id == "K0S801").Severity);
        ImmutableArray<Diagnostic> overridden = await AnalyzeAsync(new Dictionary<string, string> { ["build_property.K0sVersion"] = "1.33" }, ("/p/k0sctl.yaml", k0sctl));
        Assert.Equal(DiagnosticSeverity.Warning, overridden.Single(d => d.Id == "K0S801").Severity);
        Assert.Equal(DiagnosticSeverity.Info, overridden.Single(d => d.Id == "K0S809").Severity);
    }

    [Fact]
    public async Task Max_pods_is_read_for_the_yaml_file()
    {
        const string yaml = "spec:\n  network:\n    podCIDR: 10.244.0.0/16\n";
        Assert.Empty(await AnalyzeAsync(("/p/k0s.yaml", yaml)));
        Diagnostic diagnostic = Assert.Single(await AnalyzeAsync(new Dictionary<string, string> { ["k0sconfig.max_pods"] = "300" }, ("/p/k0s.yaml", yaml)));
        Assert.Equal("K0S405", diagnostic.Id);
    }

    [Fact]
    public async Task A_valid_file_has_no_diagnostics_and_K0S406_is_off_by_default()
        => Assert.Empty(await AnalyzeAsync(("/p/k0s.yaml", CalicoVxlanDualStack.Replace("provider: calico", "provider: kuberouter", StringComparison.Ordinal))));

    public static TheoryData<string> Hostile() => new()
    {
        string.Empty,
        "\0\0\0",
        "a: &a [*a]",
        "spec: " + new string('[', 5000),
        "spec:\n  api:\n    sans: " + string.Concat(Enumerable.Repeat("- ", 3000)) + "x\n",
        "{\"spec\": {\"network\": 1}}",
        "---\n...\n---\nspec: [\n",
        "spec:\n  network: !!binary aGVsbG8=\n  api: {port: 99999999999999999999}\n",
        "x: " + new string('y', 100_000),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_files_give_diagnostics_in_the_file_never_an_analyzer_exception(string text)
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(("/p/k0s.yaml", text));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.All(diagnostics, d => Assert.Equal("/p/k0s.yaml", d.Location.GetLineSpan().Path));
    }

    [Fact]
    public void Supported_diagnostics_are_the_catalogue()
        => Assert.Equal(RuleEngine.Catalogue.Select(r => r.Id), new YamlFileAnalyzer().SupportedDiagnostics.Select(d => d.Id));

    private static string Where(Diagnostic d)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        return span.Path + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")";
    }

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params (string Path, string Text)[] files)
        => AnalyzeAsync(new Dictionary<string, string>(), files);

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Dictionary<string, string> options, params (string Path, string Text)[] files)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("class C { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        ImmutableArray<AdditionalText> additional = files.Select(f => (AdditionalText)new InMemoryFile(f.Path, f.Text)).ToImmutableArray();
        var analyzerOptions = new AnalyzerOptions(additional, new Options(options));
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new YamlFileAnalyzer()),
            new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        return diagnostics.Where(d => d.Id.StartsWith("K0S", StringComparison.Ordinal) || d.Id.StartsWith("AD", StringComparison.Ordinal)).ToImmutableArray();
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly ConfigOptions _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
    }

    private sealed class ConfigOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
