using System.Collections.Immutable;
using System.Reflection;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// The analyzer's descriptors, the rule catalogue, the rule ids, the docs pages and the release-tracking files
/// say the same thing (issue 4, item 5); every rule has a firing and a silent test case.
/// </summary>
public class CatalogueTests
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Supported = new K0sConfigAnalyzer().SupportedDiagnostics;

    public static TheoryData<string> Ids() => new(RuleEngine.Catalogue.Select(r => r.Id));

    [Fact]
    public void Supported_diagnostics_are_the_catalogue_in_order()
        => Assert.Equal(RuleEngine.Catalogue.Select(r => r.Id), Supported.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_equals_the_catalogue_entry(string id)
    {
        RuleDescriptor rule = RuleEngine.Catalogue.Single(r => r.Id == id);
        DiagnosticDescriptor descriptor = Supported.Single(d => d.Id == id);

        Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The catalogue's format, then one placeholder for where another method wrote the value at fault.
        int placeholders = Descriptors.Placeholders(rule.MessageFormat);
        Assert.Equal(rule.MessageFormat + "{" + placeholders + "}", descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(placeholders + 1, Descriptors.Placeholders(descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(rule.Category, descriptor.Category);
        Assert.Equal(Expected(rule.DefaultSeverity), descriptor.DefaultSeverity);
        Assert.Equal(rule.IsEnabledByDefault, descriptor.IsEnabledByDefault);
        Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
        Assert.Equal(rule.Description, descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // K0S810 is reported once per compilation, at its end: Roslyn's tag for that (the IDE shows it after a build).
        Assert.Equal(id == RuleIds.UnreadableSetting ? new[] { WellKnownDiagnosticTags.CompilationEnd } : System.Array.Empty<string>(), descriptor.CustomTags);
    }

    [Fact]
    public void Catalogue_holds_every_RuleIds_constant_once_in_id_order()
    {
        string[] constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();
        string[] catalogue = RuleEngine.Catalogue.Select(r => r.Id).ToArray();

        Assert.Equal(constants.Length, constants.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(constants.OrderBy(i => i, StringComparer.Ordinal), catalogue.OrderBy(i => i, StringComparer.Ordinal));
        Assert.Equal(catalogue.OrderBy(i => i, StringComparer.Ordinal), catalogue);
        Assert.All(catalogue, id => Assert.Matches("^K0S[1-9][0-9]{2}$", id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_names_the_rule_s_docs_page(string id)
    {
        RuleDescriptor rule = RuleEngine.Catalogue.Single(r => r.Id == id);
        Assert.Equal(RuleDescriptor.HelpLinkBase + id + ".md", rule.HelpLink);
        Assert.EndsWith("/docs/rules/" + id + ".md", rule.HelpLink, StringComparison.Ordinal);
        Assert.StartsWith("https://", rule.HelpLink, StringComparison.Ordinal);
    }

    /// <summary>Every help link resolves to a page in the repository (docs/rules/&lt;ID&gt;.md).</summary>
    [Fact]
    public void Every_help_link_points_to_an_existing_docs_page()
    {
        string docs = Path.Combine(RepositoryRoot(), "docs", "rules");
        string[] missing = Supported
            .Select(d => d.HelpLinkUri.Substring(d.HelpLinkUri.LastIndexOf("/docs/rules/", StringComparison.Ordinal) + "/docs/rules/".Length))
            .Where(page => !File.Exists(Path.Combine(docs, page)))
            .ToArray();
        Assert.True(missing.Length == 0, "Missing docs pages in " + docs + ": " + string.Join(", ", missing));
    }

    /// <summary>
    /// Roslyn's release tracking (RS2000-RS2008) is off because the descriptors are built from the catalogue; this
    /// test does its job: the Shipped and Unshipped files list exactly the catalogue's ids, with its category and
    /// severity.
    /// </summary>
    [Fact]
    public void Release_tracking_files_list_exactly_the_catalogue()
    {
        string folder = Path.Combine(RepositoryRoot(), "src", "K0sConfig.Analyzers");
        var rules = new Dictionary<string, (string Category, string Severity)>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (string file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            ReadReleases(File.ReadAllLines(Path.Combine(folder, file)), file, rules, problems);
        }

        foreach (RuleDescriptor rule in RuleEngine.Catalogue)
        {
            if (!rules.TryGetValue(rule.Id, out (string Category, string Severity) listed))
            {
                problems.Add(rule.Id + " is not listed");
                continue;
            }

            if (listed.Category != rule.Category)
            {
                problems.Add(rule.Id + " is listed with category " + listed.Category + ", the catalogue says " + rule.Category);
            }

            if (listed.Severity != (rule.IsEnabledByDefault ? rule.DefaultSeverity.ToString() : "Disabled"))
            {
                problems.Add(rule.Id + " is listed with severity " + listed.Severity + ", the catalogue says " + rule.DefaultSeverity);
            }
        }

        problems.AddRange(rules.Keys.Except(RuleEngine.Catalogue.Select(r => r.Id), StringComparer.Ordinal).Select(id => id + " is listed but not in the catalogue"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Release_tracking_parser_sees_changes_and_removals()
    {
        var rules = new Dictionary<string, (string Category, string Severity)>(StringComparer.Ordinal);
        var problems = new List<string>();
        ReadReleases(
            """
            ## Release 1.0

            ### New Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            K0S101 | K0sConfig.Address | Error | CIDR is not valid
            K0S999 | K0sConfig.Address | Error | Gone

            ## Release 1.1

            ### Removed Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            K0S999 | K0sConfig.Address | Error | Gone

            ### Changed Rules

            Rule ID | New Category | New Severity | Old Category | Old Severity | Notes
            --------|--------------|--------------|--------------|--------------|-------
            K0S101 | K0sConfig.Address | Warning | K0sConfig.Address | Error | Softer
            """.Split('\n'),
            "test",
            rules,
            problems);

        Assert.Empty(problems);
        Assert.Equal(new[] { "K0S101" }, rules.Keys);
        Assert.Equal(("K0sConfig.Address", "Warning"), rules["K0S101"]);
    }

    /// <summary>
    /// The design: a test fails when a rule has no test that shows it firing and not firing. K0S303 reads which
    /// provider methods are called, not a value, so it has no non-constant case; ConstructTests shows it silent
    /// when the provider is chosen in a branch.
    /// </summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_has_a_firing_and_a_silent_case(string id)
    {
        // How YAML is written (K0S801-K0S804) cannot be said in C#: YamlFileAnalyzerTests shows those rules firing
        // on k0s.yaml files and silent on valid ones.
        if (RuleEngine.Catalogue.Single(r => r.Id == id).Category == "K0sConfig.Yaml")
        {
            Assert.Contains(typeof(YamlFileAnalyzerTests).GetMethods(), m => m.Name.StartsWith("The_yaml_rules_report", StringComparison.Ordinal));
            return;
        }

        // K0S910 reads a block the builder has no method for: YamlFileAnalyzerTests shows it firing and silent in a k0s.yaml.
        if (id == RuleIds.StorageExtension)
        {
            Assert.Contains(typeof(YamlFileAnalyzerTests).GetMethods(), m => m.Name.StartsWith(id + "_fires_", StringComparison.Ordinal));
            return;
        }

        // K0S710 is off by default in the analyzers: ConfigurationTests shows it silent then, firing when turned on.
        if (id == RuleIds.VrrpInterfaceFromDefaultRoute)
        {
            Assert.Contains(typeof(ConfigurationTests).GetMethods(), m => m.Name.StartsWith(id + "_fires_", StringComparison.Ordinal));
            return;
        }

        // The k0sctl rules: on k0sctl.yaml files (YamlFileAnalyzerTests), and those the k0sctl builder can break on k0sctl
        // builder chains (K0sctlAnalyzerTests: firing at the argument, silent on a valid cluster and on unknown values).
        if (RuleEngine.Catalogue.Single(r => r.Id == id).Category == "K0sConfig.K0sctl")
        {
            Assert.Contains(typeof(YamlFileAnalyzerTests).GetMethods(), m => m.Name.StartsWith("The_k0sctl_rules_report", StringComparison.Ordinal));
            if (id != RuleIds.K0sctlUnreadable && id != RuleIds.K0sctlApiVersionKind && id != RuleIds.K0sctlNoClusterConfig)
            {
                Assert.Contains(typeof(K0sctlAnalyzerTests).GetMethods(), m => m.Name.StartsWith(id + "_fires_", StringComparison.Ordinal));
                Assert.Contains(typeof(K0sctlAnalyzerTests).GetMethods(), m => m.Name.Contains("silent_on_unknown", StringComparison.Ordinal));
            }

            return;
        }

        RuleCase[] cases = RuleCases.All.Where(c => c.Id == id).ToArray();
        Assert.NotEmpty(cases);
        Assert.All(cases, c => Assert.Contains(id, c.Firing + string.Concat(c.Expected.Select(e => e.Id)), StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Template != null || id == RuleIds.IgnoredProviderSettings);
        Assert.Contains(cases, c => c.Valid != null || id == RuleIds.CapacitySummary);
    }

    // ---- Nothing registered without K0sConfig ----------------------------------------------------------------

    [Fact]
    public async Task Without_K0sConfig_only_the_compilation_start_action_runs()
    {
        AnalyzerTelemetryInfo without = await TelemetryAsync(referenceK0sConfig: false);
        AnalyzerTelemetryInfo with = await TelemetryAsync(referenceK0sConfig: true);

        Assert.Equal(1, without.CompilationStartActionsCount);
        Assert.Equal(0, without.OperationBlockStartActionsCount);
        Assert.Equal(0, without.OperationBlockEndActionsCount);
        Assert.Equal(0, without.OperationActionsCount);
        Assert.Equal(0, without.SyntaxNodeActionsCount);
        Assert.Equal(0, without.SymbolActionsCount);

        // And the same measure sees the registrations when K0sConfig is referenced.
        Assert.Equal(1, with.CompilationStartActionsCount);
        Assert.Equal(1, with.OperationBlockStartActionsCount);
    }

    private static async Task<AnalyzerTelemetryInfo> TelemetryAsync(bool referenceK0sConfig)
    {
        ImmutableArray<MetadataReference> references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        if (referenceK0sConfig)
        {
            references = references.Add(MetadataReference.CreateFromFile(typeof(K0s).Assembly.Location));
        }

        SyntaxTree tree = CSharpSyntaxTree.ParseText("""
            class C
            {
                string M() => new System.Text.StringBuilder().Append("10.244.0.0/33").ToString();
            }
            """);
        CSharpCompilation compilation = CSharpCompilation.Create("NoK0sConfig", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = new K0sConfigAnalyzer();
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || d.Id.StartsWith("K0S", StringComparison.Ordinal) || d.Id == "AD0001"));
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }

    // ---- Helpers ---------------------------------------------------------------------------------------------

    private static DiagnosticSeverity Expected(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => DiagnosticSeverity.Error,
        FindingSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    /// <summary>The folder that holds K0sConfig.Analyzers.sln, found upwards from the test binaries.</summary>
    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "K0sConfig.Analyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No K0sConfig.Analyzers.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// Reads the tables of an AnalyzerReleases file in order: New Rules add, Removed Rules remove, Changed Rules
    /// replace category and severity (the "New" columns).
    /// </summary>
    private static void ReadReleases(IEnumerable<string> lines, string file, Dictionary<string, (string Category, string Severity)> rules, List<string> problems)
    {
        string? section = null;
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (line.StartsWith("###", StringComparison.Ordinal))
            {
                section = line.TrimStart('#').Trim();
                continue;
            }

            if (line.StartsWith("##", StringComparison.Ordinal) || line.Length == 0 || line.StartsWith(';'))
            {
                continue;
            }

            string[] cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 3 || cells[0].StartsWith("Rule ID", StringComparison.Ordinal) || cells[0].StartsWith('-'))
            {
                continue;
            }

            string id = cells[0];
            switch (section)
            {
                case "New Rules":
                    if (!rules.TryAdd(id, (cells[1], cells[2])))
                    {
                        problems.Add(id + " is listed twice as new (" + file + ")");
                    }

                    break;
                case "Removed Rules":
                    if (!rules.Remove(id))
                    {
                        problems.Add(id + " is removed but was not listed (" + file + ")");
                    }

                    break;
                case "Changed Rules":
                    if (!rules.ContainsKey(id))
                    {
                        problems.Add(id + " is changed but was not listed (" + file + ")");
                    }

                    rules[id] = (cells[1], cells[2]);
                    break;
                default:
                    problems.Add("Row outside a New/Removed/Changed Rules table in " + file + ": " + line);
                    break;
            }
        }
    }
}
