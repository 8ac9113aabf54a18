using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace K0sConfig.Tests;

/// <summary>Reads k0s.yaml text back with YamlDotNet's representation model and walks the node tree.</summary>
internal static class YamlTree
{
    /// <summary>Parses exactly one YAML document whose root is a mapping.</summary>
    public static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        YamlDocument document = Assert.Single(stream.Documents);
        return Assert.IsType<YamlMappingNode>(document.RootNode);
    }

    /// <summary>The node at <paramref name="path"/>, one key per segment; fails the test when a key is missing.</summary>
    public static YamlNode At(YamlNode root, params string[] path)
    {
        YamlNode node = root;
        var walked = new List<string>();
        foreach (string key in path)
        {
            YamlMappingNode mapping = Assert.IsType<YamlMappingNode>(node);
            walked.Add(key);
            Assert.True(mapping.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? child), "missing key " + string.Join(".", walked));
            node = child!;
        }

        return node;
    }

    public static YamlScalarNode Scalar(YamlNode root, params string[] path) => Assert.IsType<YamlScalarNode>(At(root, path));

    public static bool Has(YamlNode root, params string[] path)
    {
        YamlNode node = root;
        foreach (string key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? child))
            {
                return false;
            }

            node = child;
        }

        return true;
    }

    /// <summary>
    /// Every leaf as (path, node): mapping keys joined with '.', sequence items as "[]". Keys under the free-form
    /// maps (extraArgs, envVars) are kept as written; use <see cref="SchemaPaths"/> for the schema view.
    /// </summary>
    public static IEnumerable<(string Path, YamlNode Node)> Leaves(YamlNode node, string prefix = "")
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                {
                    string key = ((YamlScalarNode)entry.Key).Value!;
                    foreach ((string Path, YamlNode Node) leaf in Leaves(entry.Value, prefix.Length == 0 ? key : prefix + "." + key))
                    {
                        yield return leaf;
                    }
                }

                break;
            case YamlSequenceNode sequence:
                foreach (YamlNode item in sequence.Children)
                {
                    foreach ((string Path, YamlNode Node) leaf in Leaves(item, prefix + "[]"))
                    {
                        yield return leaf;
                    }
                }

                break;
            default:
                yield return (prefix, node);
                break;
        }
    }

    /// <summary>Every key path in the document, with the entries of the string maps folded into "MAP.*".</summary>
    public static IEnumerable<(string Path, YamlNode Node)> SchemaPaths(YamlNode node, string prefix = "")
    {
        if (node is YamlMappingNode mapping)
        {
            foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
            {
                string key = ((YamlScalarNode)entry.Key).Value!;
                string path = prefix.Length == 0 ? key : prefix + "." + key;
                if (key is "extraArgs" or "envVars")
                {
                    yield return (path, entry.Value);
                    foreach (KeyValuePair<YamlNode, YamlNode> item in Assert.IsType<YamlMappingNode>(entry.Value).Children)
                    {
                        yield return (path + ".*", item.Value);
                    }

                    continue;
                }

                yield return (path, entry.Value);
                foreach ((string Path, YamlNode Node) child in SchemaPaths(entry.Value, path))
                {
                    yield return child;
                }
            }
        }
        else if (node is YamlSequenceNode sequence)
        {
            foreach (YamlNode item in sequence.Children)
            {
                yield return (prefix + "[]", item);
                foreach ((string Path, YamlNode Node) child in SchemaPaths(item, prefix + "[]"))
                {
                    yield return child;
                }
            }
        }
    }

    /// <summary>Asserts a string value: the text, and that a YAML 1.1 or 1.2 reader reads it as a string.</summary>
    public static void AssertString(YamlNode node, string expected, string because = "")
    {
        YamlScalarNode scalar = Assert.IsType<YamlScalarNode>(node);
        Assert.Equal(expected, scalar.Value);
        if (scalar.Style == ScalarStyle.Plain)
        {
            Assert.True(YamlTypes.Resolve(scalar.Value!) == "str", $"{because} '{scalar.Value}' is written plain, but a YAML reader takes it for a {YamlTypes.Resolve(scalar.Value!)}");
        }
    }

    /// <summary>Asserts a YAML integer: a plain scalar in decimal.</summary>
    public static void AssertInt(YamlNode node, int expected)
    {
        YamlScalarNode scalar = Assert.IsType<YamlScalarNode>(node);
        Assert.Equal(ScalarStyle.Plain, scalar.Style);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), scalar.Value);
        Assert.Equal("int", YamlTypes.Resolve(scalar.Value!));
    }

    /// <summary>Asserts a YAML boolean: a plain <c>true</c> or <c>false</c>.</summary>
    public static void AssertBool(YamlNode node, bool expected)
    {
        YamlScalarNode scalar = Assert.IsType<YamlScalarNode>(node);
        Assert.Equal(ScalarStyle.Plain, scalar.Style);
        Assert.Equal(expected ? "true" : "false", scalar.Value);
    }
}

/// <summary>
/// An independent oracle for implicit typing of plain scalars: the YAML 1.1 type repository (what k0s's
/// sigs.k8s.io/yaml reader follows, booleans like yes/on included) plus the YAML 1.2 core schema.
/// </summary>
internal static class YamlTypes
{
    private static readonly (string Type, Regex Pattern)[] Yaml11 =
    {
        ("bool", new Regex(@"^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")),
        ("null", new Regex(@"^(~|null|Null|NULL|)$")),
        ("int", new Regex(@"^([-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+)$")),
        ("float", new Regex(@"^([-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")),
        ("timestamp", new Regex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?(([ \t]*)Z|[-+][0-9]{1,2}(:[0-9]{2})?)?)$")),
        ("merge", new Regex(@"^<<$")),
        ("value", new Regex(@"^=$")),
    };

    private static readonly (string Type, Regex Pattern)[] Yaml12Core =
    {
        ("null", new Regex(@"^(null|Null|NULL|~|)$")),
        ("bool", new Regex(@"^(true|True|TRUE|false|False|FALSE)$")),
        ("int", new Regex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")),
        ("float", new Regex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$")),
    };

    /// <summary>The type a plain scalar resolves to under YAML 1.1 or, failing that, YAML 1.2 core; "str" when neither.</summary>
    public static string Resolve(string plain)
    {
        foreach ((string type, Regex pattern) in Yaml11.Concat(Yaml12Core))
        {
            if (pattern.IsMatch(plain))
            {
                return type;
            }
        }

        return "str";
    }
}
