using System.Reflection;
using System.Text.RegularExpressions;

namespace K0sConfig.Rules.Tests.Catalogue;

/// <summary>
/// A YAML key is spelled once: every key of the ClusterConfig catalogue (the last segment of each of its paths) and
/// every key of the k0sctl document (<see cref="K0sctlKeys"/>) is a string literal of its own in at most one C# file
/// under src/, and so is every enum spelling of the catalogue and of the k0sctl document (<see cref="K0sctlValues"/>).
/// The generated catalogue counts as one file; code elsewhere takes the key from the constants (<see cref="FieldPaths"/>,
/// <see cref="FieldValues"/>, <see cref="K0sctlKeys"/>, <see cref="K0sctlValues"/>).
/// </summary>
public class KeyLiteralTests
{
    /// <summary>Literals that are spelled like a key but mean something else, each with the reason.</summary>
    private static readonly (string Key, string File, string Why)[] SomethingElse =
    {
        ("enabled", "K0sConfig.Cli/Validator.cs", "SARIF's reportingDescriptor.defaultConfiguration.enabled, in the validate command's SARIF output"),
        ("name", "K0sConfig.Cli/Validator.cs", "SARIF's tool.driver.name and rule name properties"),
        ("version", "K0sConfig.Cli/Validator.cs", "SARIF's log version and tool.driver.version"),
        ("files", "K0sConfig.Cli/CliApp.cs", "the name of the validate command's argument"),
        ("config", "K0sConfig.Yaml/GoDecoding.cs", "the name Go gives the k0s struct in a decoding error, not spec.k0s.config"),
        ("k0s", "K0sConfig/Builders/K0s.cs", "the default cluster name, metadata.name's value"),
        ("k0s", "K0sConfig.Rules/K0sctl/K0sctlVersion.cs", "the k0s part of a version's build metadata (v1.33.6+k0s.0)"),
        ("k0s", "K0sConfig.Analyzers/K0sConfigAnalyzer.cs", "a prefix of names, which stays in lower case when a name is capitalized"),
        ("apiVersion", "K0sConfig.Yaml/GoTypes.g.cs", "generated from k0s's Go types (the oracle's gotypes tool), a second generated record as the catalogue is one: its top-level rows are paths of one segment"),
        ("kind", "K0sConfig.Yaml/GoTypes.g.cs", "as apiVersion: a generated row of k0s's Go types"),
        ("metadata", "K0sConfig.Yaml/GoTypes.g.cs", "as apiVersion: a generated row of k0s's Go types"),
        ("spec", "K0sConfig.Yaml/GoTypes.g.cs", "as apiVersion: a generated row of k0s's Go types"),
        ("status", "K0sConfig.Yaml/GoTypes.g.cs", "as apiVersion: a generated row of k0s's Go types"),
        ("EnvoyProxy", "K0sConfig.Yaml/GoTypes.g.cs", "the name of k0s's Go struct in the generated rows of k0s's Go types"),
        ("Traefik", "K0sConfig.Yaml/GoTypes.g.cs", "the name of k0s's Go struct in the generated rows of k0s's Go types"),
        ("EnvoyProxy", "K0sConfig.Analyzers/CallWriter.cs", "NodeLocalLoadBalancingBuilder's method of that name, which the analyzer follows"),
        ("Traefik", "K0sConfig.Analyzers/CallWriter.cs", "NodeLocalLoadBalancingBuilder's method of that name, which the analyzer follows"),
        ("Keepalived", "K0sConfig.Analyzers/CallWriter.cs", "ControlPlaneLoadBalancingBuilder's method of that name, which the analyzer follows"),
        ("Enabled", "K0sConfig.Cli/K0sctlImporter.cs", "the k0sctl builders' method the importer writes a call of"),
        ("Cluster", "K0sConfig.Analyzers/KnownSymbols.cs", "the name of K0sctl.Cluster, the method a k0sctl chain starts with"),
        ("Cluster", "K0sConfig.Analyzers/K0sctlChains.cs", "the name of K0sctl.Cluster, the method a k0sctl chain starts with"),
    };


    [Fact]
    public void No_key_or_enum_spelling_is_a_string_literal_in_more_than_one_source_file()
    {
        Dictionary<string, List<string>> where = Where(Keys());
        var allowed = SomethingElse.Select(a => (a.Key, a.File)).ToHashSet();
        var spelledTwice = where
            .Select(w => (Key: w.Key, Files: w.Value.Where(f => !allowed.Contains((w.Key, f))).ToList()))
            .Where(w => w.Files.Count > 1)
            .Select(w => w.Key + ": " + string.Join(", ", w.Files))
            .ToList();
        Assert.True(spelledTwice.Count == 0, "keys or enum spellings written as a string literal in more than one file under src/ (use FieldPaths, FieldValues, K0sctlKeys or K0sctlValues):\n" + string.Join("\n", spelledTwice));

        var unused = allowed.Where(a => !(where.TryGetValue(a.Item1, out List<string>? files) && files.Contains(a.Item2))).ToList();
        Assert.True(unused.Count == 0, "allow-list entries no longer needed: " + string.Join(", ", unused));
    }

    [Fact]
    public void The_k0sctl_keys_are_spelled_once_each()
    {
        string[] values = K0sctlValues().ToArray();
        Assert.True(values.Length >= 70, "K0sctlKeys holds " + values.Length + " keys");
        Assert.Equal(values.Length, values.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The catalogue's keys and enum spellings, and the k0sctl document's keys.</summary>
    private static HashSet<string> Keys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (CatalogueField field in FieldCatalogue.All)
        {
            if (field.Key.Length != 0 && field.Key != "*" && field.Key != "[]")
            {
                keys.Add(field.Key.EndsWith("[]", StringComparison.Ordinal) ? field.Key[..^2] : field.Key);
            }

            keys.UnionWith(field.EnumValues);
        }

        keys.UnionWith(K0sctlValues());
        keys.UnionWith(Constants(typeof(K0sctlValues)));
        return keys;
    }

    private static IEnumerable<string> K0sctlValues() => Constants(typeof(K0sctlKeys));

    private static IEnumerable<string> Constants(Type type)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    /// <summary>For each key, the files under src/ (relative, with '/') that hold it as a string literal outside comments.</summary>
    private static Dictionary<string, List<string>> Where(HashSet<string> keys)
    {
        string src = Path.Combine(T.RepositoryRoot(), "src");
        var literal = new Regex("(?<![\\w@$\\\\])\"([A-Za-z0-9_+-]+)\"", RegexOptions.CultureInvariant);
        var where = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.Split('/').Any(d => d is "bin" or "obj"))
            {
                continue;
            }

            var found = new HashSet<string>(StringComparer.Ordinal);
            foreach (string line in File.ReadLines(file))
            {
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match match in literal.Matches(line))
                {
                    if (keys.Contains(match.Groups[1].Value))
                    {
                        found.Add(match.Groups[1].Value);
                    }
                }
            }

            foreach (string key in found)
            {
                if (!where.TryGetValue(key, out List<string>? files))
                {
                    where.Add(key, files = new List<string>());
                }

                files.Add(relative);
            }
        }

        Assert.True(where.Count > 0, "no key found under " + src);
        return where;
    }
}
