using System.Collections.Generic;
using System.Linq;
using K0sConfig.Rules;

namespace K0sConfig.Rules.Tests;

/// <summary>
/// Shared helpers. Test names follow a convention that <see cref="CatalogueTests"/> checks for every rule id:
/// <c>K0Sxxx_fires_*</c> shows the rule firing, <c>K0Sxxx_silent_*</c> shows it silent on valid input, and
/// <c>K0Sxxx_unknown_*</c> shows what it does when inputs are unknown (Fact.Unknown).
/// </summary>
internal static class T
{
    /// <summary>The directory holding K0sConfig.Analyzers.sln, walking up from the test's output directory.</summary>
    public static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "K0sConfig.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("K0sConfig.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The k0s documentation's kube-router dual-stack example (docs/dual-stack.md).</summary>
    public static ClusterConfigBuilder Seed() => K0s.Cluster("k0s")
        .Network(net => net
            .KubeRouter()
            .PodCidr("10.244.0.0/16")
            .ServiceCidr("10.96.0.0/12")
            .DualStack(ds => ds
                .IPv6PodCidr("fd00::/108")
                .IPv6ServiceCidr("fd01::/108")));

    /// <summary>The seed with a dual-stack block whose IPv6 ranges are the docs' ones.</summary>
    public static NetworkBuilder DocsDualStack(this NetworkBuilder net)
        => net.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"));

    public static IReadOnlyList<Finding> Validate(Func<ClusterConfigBuilder, ClusterConfigBuilder> configure)
        => configure(K0s.Cluster()).Validate();

    public static IReadOnlyList<Finding> Network(Action<NetworkBuilder> configure)
        => K0s.Cluster().Network(configure).Validate();

    public static IReadOnlyList<Finding> Evaluate(ClusterFacts facts, ValidationOptions? options = null)
        => RuleEngine.Evaluate(facts, options);

    /// <summary>Every value unknown except what <paramref name="set"/> sets.</summary>
    public static ClusterFacts Unknown(Action<ClusterFacts> set)
    {
        ClusterFacts facts = ClusterFacts.AllUnknown();
        set(facts);
        return facts;
    }

    /// <summary>Every value unset (k0s defaults) except what <paramref name="set"/> sets.</summary>
    public static ClusterFacts Facts(Action<ClusterFacts> set)
    {
        var facts = new ClusterFacts();
        set(facts);
        return facts;
    }

    public static Fact<string> K(string value) => Fact<string>.Known(value);

    public static Fact<bool> K(bool value) => Fact<bool>.Known(value);

    public static Fact<long> K(long value) => Fact<long>.Known(value);

    public static Fact<string> U => Fact<string>.Unknown();

    public static ExtraArgsFacts Args(params (string Key, string Value)[] entries)
        => new(entries.ToDictionary(e => e.Key, e => new ExtraArgFact(Fact<string>.Known(e.Value), ExtraArgSource.ExtraArg)), isComplete: true);

    public static ExtraArgsFacts ArgsWithUnknownValue(string key)
        => new(new Dictionary<string, ExtraArgFact> { [key] = new ExtraArgFact(Fact<string>.Unknown(), ExtraArgSource.ExtraArg) }, isComplete: true);

    /// <summary>Exactly one finding of <paramref name="id"/>; returns it.</summary>
    public static Finding One(this IReadOnlyList<Finding> findings, string id)
    {
        Finding[] matches = findings.Where(f => f.RuleId == id).ToArray();
        Assert.True(matches.Length == 1, $"expected exactly one {id}, got {matches.Length}:{Environment.NewLine}{Show(findings)}");
        return matches[0];
    }

    /// <summary>Exactly one finding of <paramref name="id"/> at <paramref name="path"/>; returns it.</summary>
    public static Finding At(this IReadOnlyList<Finding> findings, string id, string path)
    {
        Finding[] matches = findings.Where(f => f.RuleId == id && f.Path == path).ToArray();
        Assert.True(matches.Length == 1, $"expected exactly one {id} at {path}, got {matches.Length}:{Environment.NewLine}{Show(findings)}");
        return matches[0];
    }

    public static void None(this IReadOnlyList<Finding> findings, string id)
        => Assert.True(findings.All(f => f.RuleId != id), $"expected no {id}:{Environment.NewLine}{Show(findings)}");

    public static void Fires(this IReadOnlyList<Finding> findings, string id)
        => Assert.True(findings.Any(f => f.RuleId == id), $"expected {id}:{Environment.NewLine}{Show(findings)}");

    /// <summary>Asserts a finding's rule, path, severity, and that its message contains every fragment.</summary>
    public static Finding Is(this Finding finding, string id, string path, FindingSeverity severity, params string[] fragments)
    {
        Assert.Equal(id, finding.RuleId);
        Assert.Equal(path, finding.Path);
        Assert.Equal(severity, finding.Severity);
        foreach (string fragment in fragments)
        {
            Assert.Contains(fragment, finding.Message, StringComparison.Ordinal);
        }

        return finding;
    }

    public static SortedSet<string> Ids(this IEnumerable<Finding> findings, FindingSeverity severity)
        => new(findings.Where(f => f.Severity == severity).Select(f => f.RuleId), StringComparer.Ordinal);

    public static SortedSet<string> ErrorIds(this IEnumerable<Finding> findings) => findings.Ids(FindingSeverity.Error);

    public static SortedSet<string> WarningIds(this IEnumerable<Finding> findings) => findings.Ids(FindingSeverity.Warning);

    public static SortedSet<string> Set(params string[] ids) => new(ids, StringComparer.Ordinal);

    public static void NoErrors(this IReadOnlyList<Finding> findings)
        => Assert.True(findings.All(f => f.Severity != FindingSeverity.Error), $"expected no errors:{Environment.NewLine}{Show(findings)}");

    public static void NoErrorsOrWarnings(this IReadOnlyList<Finding> findings)
        => Assert.True(findings.All(f => f.Severity == FindingSeverity.Info), $"expected only information:{Environment.NewLine}{Show(findings)}");

    public static string Show(IEnumerable<Finding> findings)
    {
        string text = string.Join(Environment.NewLine, findings.Select(f => "  " + f));
        return text.Length == 0 ? "  (no findings)" : text;
    }
}
