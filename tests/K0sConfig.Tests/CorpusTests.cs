using K0sConfig.Rules;
using K0sConfig.Yaml;

namespace K0sConfig.Tests;

/// <summary>
/// Every ClusterConfig of k0s's own documentation, integration tests and API unit tests (YamlData/corpus, listed with its source in
/// YamlData/corpus/SOURCES.md) validates with no error, except the files k0s itself rejects, which report the rule
/// that says why.
/// </summary>
public class CorpusTests
{
    /// <summary>How many files the corpus holds, so that a missing or empty directory cannot pass.</summary>
    private const int ExpectedFileCount = 86;

    /// <summary>The files k0s rejects, with every error-severity rule each one reports.</summary>
    private static readonly Dictionary<string, string[]> RejectedByK0s = new(StringComparer.Ordinal)
    {
        // k0s reads ClusterConfig strictly: "json: unknown field "chart"" (the docs meant chartname). k0s stops there; the
        // chart then also has no chartname, which k0s's Validate() would refuse next (K0S902).
        ["docs__examples__traefik-ingress.md__L20.yaml"] = new[] { "K0S801", "K0S902" },

        // workerProfiles[0].name: Invalid value: "custom-pluginDir": a lowercase RFC 1123 label ... (k0s since 2025-08).
        ["docs__configuration.md__L450.yaml"] = new[] { "K0S903" },

        // k0s's own test of its strict reading (TestUnknownFieldValidation expects an error).
        ["pkg__apis__k0s__v1beta1__clusterconfig_types_test.go__L27.yaml"] = new[] { "K0S801" },

        // TestNetworkValidation_Invalid: provider: Unsupported value: "invalidProvider".
        ["pkg__apis__k0s__v1beta1__clusterconfig_types_test.go__L170.yaml"] = new[] { "K0S107" },
    };

    /// <summary>Files k0s rejects unless every controller runs with --feature-gates=IPv6SingleStack=true, as their docs page says to.</summary>
    private static readonly string[] NeedIPv6SingleStackGate =
    {
        "docs__single-stack-ipv6.md__L21.yaml",
        "docs__single-stack-ipv6.md__L50.yaml",
    };

    private static string Directory => Path.Combine(AppContext.BaseDirectory, "YamlData", "corpus");

    private static IEnumerable<string> FileNames() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, "*.yaml").Select(Path.GetFileName).Select(n => n!).OrderBy(n => n, StringComparer.Ordinal)
            : Enumerable.Empty<string>();

    public static TheoryData<string> Files() => new(FileNames());

    private static YamlReadResult Read(string name) => ClusterConfigYaml.Read(File.ReadAllBytes(Path.Combine(Directory, name)), name);

    private static string Show(IEnumerable<Finding> findings) => string.Join("\n", findings.Select(f => (f.Origin as YamlPosition) + " " + f));

    [Fact]
    public void The_corpus_holds_every_file()
    {
        Assert.Equal(ExpectedFileCount, FileNames().Count());
    }

    [Fact]
    public void Every_file_k0s_rejects_is_in_the_corpus()
    {
        Assert.All(RejectedByK0s.Keys, name => Assert.Contains(name, FileNames()));
    }

    [Fact]
    public void Every_file_is_listed_in_SOURCES_md_with_its_source()
    {
        string[] rows = File.ReadAllLines(Path.Combine(Directory, "SOURCES.md"));
        Assert.All(FileNames(), name => Assert.Single(rows, row => row.StartsWith("| " + name + " | ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Single_stack_IPv6_examples_are_told_they_need_the_feature_gate()
    {
        Assert.All(NeedIPv6SingleStackGate, name => Assert.Contains(Read(name).Validate(), f => f.RuleId == "K0S205"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_is_read_as_a_ClusterConfig(string name)
    {
        YamlReadResult result = Read(name);

        Assert.Null(result.Error);
        YamlConfigDocument document = Assert.Single(result.Documents);
        Assert.NotNull(document.Position);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_has_no_error_unless_k0s_rejects_it(string name)
    {
        IReadOnlyList<Finding> findings = Read(name).Validate();
        string[] errors = findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();

        string[] expected = RejectedByK0s.TryGetValue(name, out string[]? ids) ? ids : Array.Empty<string>();
        Assert.True(expected.SequenceEqual(errors), "expected errors [" + string.Join(", ", expected) + "], got:\n" + Show(findings));
    }
}
