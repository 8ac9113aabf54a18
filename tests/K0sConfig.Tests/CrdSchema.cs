using YamlDotNet.RepresentationModel;

namespace K0sConfig.Tests;

/// <summary>
/// Checks a ClusterConfig document against the OpenAPI schema of k0s's CRD (Crd/k0s.k0sproject.io_clusterconfigs.yaml, as
/// the Kubernetes API server would): every key is a property of its object (or an entry of a map with
/// additionalProperties), every value has the property's type, enum values are among the enum, integers are integers,
/// set lists hold no value twice, and keyed lists no key twice. Below x-kubernetes-preserve-unknown-fields, and in an object
/// the CRD gives no properties (metadata), anything goes.
/// </summary>
internal static class CrdSchema
{
    private static readonly Lazy<YamlMappingNode> Root = new(() =>
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Crd", "k0s.k0sproject.io_clusterconfigs.yaml"))));
        var crd = (YamlMappingNode)stream.Documents[0].RootNode;
        var version = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)crd["spec"])["versions"]).Children[0];
        return (YamlMappingNode)((YamlMappingNode)version["schema"])["openAPIV3Schema"];
    });

    /// <summary>What in <paramref name="yaml"/> the CRD does not allow, each with its path.</summary>
    public static List<string> Problems(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var problems = new List<string>();
        Check(stream.Documents[0].RootNode, Root.Value, string.Empty, problems);
        return problems;
    }

    private static void Check(YamlNode node, YamlMappingNode schema, string path, List<string> problems)
    {
        if (Flag(schema, "x-kubernetes-preserve-unknown-fields"))
        {
            return;
        }

        if (node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.SingleQuoted and not YamlDotNet.Core.ScalarStyle.DoubleQuoted, Value: "null" or "~" or "" })
        {
            return;
        }

        if (Flag(schema, "x-kubernetes-int-or-string"))
        {
            if (node is not YamlScalarNode)
            {
                problems.Add(path + ": expected an integer or a string");
            }

            return;
        }

        string type = Text(schema, "type") ?? "object";
        switch (type)
        {
            case "object":
                if (node is not YamlMappingNode mapping)
                {
                    problems.Add(path + ": expected a mapping");
                    return;
                }

                var properties = Child(schema, "properties");
                var additional = Child(schema, "additionalProperties");
                if (properties == null && additional == null)
                {
                    // metadata: an ObjectMeta, which the CRD leaves to the API server.
                    return;
                }
                foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                {
                    string key = ((YamlScalarNode)entry.Key).Value!;
                    string child = path.Length == 0 ? key : path + "." + key;
                    if (properties != null && properties.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? property))
                    {
                        Check(entry.Value, (YamlMappingNode)property, child, problems);
                    }
                    else if (additional != null)
                    {
                        Check(entry.Value, additional, child, problems);
                    }
                    else
                    {
                        problems.Add(child + ": not in the CRD");
                    }
                }

                return;
            case "array":
                if (node is not YamlSequenceNode sequence)
                {
                    problems.Add(path + ": expected a list");
                    return;
                }

                YamlMappingNode items = Child(schema, "items")!;
                string? listType = Text(schema, "x-kubernetes-list-type");
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    Check(sequence.Children[i], items, path + "[" + i + "]", problems);
                    string? identity = listType == "set" ? (sequence.Children[i] as YamlScalarNode)?.Value
                        : listType == "map" && sequence.Children[i] is YamlMappingNode item && schema.Children.TryGetValue(new YamlScalarNode("x-kubernetes-list-map-keys"), out YamlNode? keys)
                            ? string.Join("\u0000", ((YamlSequenceNode)keys).Children.Select(k => item.Children.TryGetValue(k, out YamlNode? v) ? (v as YamlScalarNode)?.Value : null))
                            : null;
                    if (identity != null && !seen.Add(identity))
                    {
                        problems.Add(path + "[" + i + "]: written twice in a list of type " + listType);
                    }
                }

                return;
            default:
                if (node is not YamlScalarNode scalar)
                {
                    problems.Add(path + ": expected a " + type);
                    return;
                }

                bool quoted = scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted;
                string value = scalar.Value ?? string.Empty;
                string? problem = type switch
                {
                    "integer" => !quoted && long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _) ? null : "expected an integer, not '" + value + "'",
                    "boolean" => !quoted && value is "true" or "false" ? null : "expected true or false, not '" + value + "'",
                    "string" => !quoted && (value is "true" or "false" || long.TryParse(value, out _)) ? "expected text, not the plain scalar " + value : null,
                    _ => null,
                };
                if (problem == null && Child(schema, "enum") is null && schema.Children.TryGetValue(new YamlScalarNode("enum"), out YamlNode? allowed)
                    && !((YamlSequenceNode)allowed).Children.Any(a => ((YamlScalarNode)a).Value == value))
                {
                    problem = "'" + value + "' is not in the enum";
                }

                if (problem != null)
                {
                    problems.Add(path + ": " + problem);
                }

                return;
        }
    }

    private static YamlMappingNode? Child(YamlMappingNode schema, string key)
        => schema.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node) ? node as YamlMappingNode : null;

    private static string? Text(YamlMappingNode schema, string key)
        => schema.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node) ? (node as YamlScalarNode)?.Value : null;

    private static bool Flag(YamlMappingNode schema, string key) => Text(schema, key) == "true";
}
