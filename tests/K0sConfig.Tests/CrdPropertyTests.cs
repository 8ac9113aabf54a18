using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace K0sConfig.Tests;

/// <summary>
/// What the Kubernetes API server accepts as a k0s ClusterConfig: valid against the CRD's OpenAPI schema (Crd/, from k0s;
/// checked with JsonSchema.Net) and its Kubernetes extensions, which a JSON-schema library does not know:
/// <c>x-kubernetes-list-type: set</c> (no duplicates), <c>map</c> (keys unique) and integer <c>format: int32</c>.
/// RandomProgramTests puts every configuration its random builder programs build to this check.
/// </summary>
public class CrdPropertyTests
{
    private static readonly Dictionary<string, (JsonSchema Schema, JsonNode Raw)> Crds = new(StringComparer.Ordinal);

    [Fact]
    public void The_check_finds_what_the_API_server_refuses()
    {
        // The oracle itself: duplicates in a set, two virtual servers with one ipAddress, a value above the CRD's
        // maximum, an int32 overflow, an unknown enum value, a missing required key.
        const string Head = "apiVersion: k0s.k0sproject.io/v1beta1\nkind: ClusterConfig\nmetadata:\n  name: k0s\nspec:\n";
        Assert.Empty(Check(Head + "  api:\n    sans: [a.example.com, b.example.com]\n"));
        Assert.Contains(Check(Head + "  api:\n    sans: [a.example.com, a.example.com]\n"), p => p.Contains("x-kubernetes-list-type: set", StringComparison.Ordinal));
        Assert.Contains(Check(Head + "  network:\n    controlPlaneLoadBalancing:\n      keepalived:\n        virtualServers:\n        - ipAddress: 10.0.0.1\n        - ipAddress: 10.0.0.1\n"), p => p.Contains("x-kubernetes-list-type: map", StringComparison.Ordinal));
        Assert.NotEmpty(Check(Head + "  api:\n    port: 0\n"));
        Assert.Contains(Check(Head + "  network:\n    controlPlaneLoadBalancing:\n      keepalived:\n        vrrpInstances:\n        - virtualIPs: [10.0.0.1/24]\n          authPass: x\n          addressLabel: 4294967294\n"), p => p.Contains("int32", StringComparison.Ordinal));
        Assert.NotEmpty(Check(Head + "  network:\n    provider: flannel\n"));
        Assert.NotEmpty(Check(Head + "  network:\n    controlPlaneLoadBalancing:\n      keepalived:\n        vrrpInstances:\n        - virtualIPs: [10.0.0.1/24]\n"));

        // Per k0s minor: the CRDs of 1.27 to 1.30 require neither an image's version nor a worker profile's name, 1.31's both.
        const string Partial = Head + "  images:\n    coredns:\n      image: quay.io/k0sproject/coredns\n  workerProfiles:\n  - values: {maxPods: 20}\n";
        Assert.Empty(Check(Partial, 30));
        Assert.Equal(2, Check(Partial, 31).Count(p => p.Contains("required", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Every reason the API server would refuse <paramref name="yaml"/> as a ClusterConfig: against the CRD of k0s 1.<paramref name="minor"/>
    /// (src/K0sConfig.Rules/Catalogue/crds, the latest patch of each minor), or the newest k0s's (Crd/) when it is <see langword="null"/>.
    /// </summary>
    internal static List<string> Check(string yaml, int? minor = null)
    {
        (JsonSchema schema, JsonNode raw) = Crd(minor == null ? "k0s.k0sproject.io_clusterconfigs.yaml" : "clusterconfigs-1." + minor.Value.ToString(CultureInfo.InvariantCulture) + ".yaml");
        JsonNode? instance = ToJson(YamlTree.Parse(yaml));
        var problems = new List<string>();
        // One evaluation of a schema at a time: JsonSchema.Net builds a schema's constraints on first use, and two test
        // classes evaluating one schema for the first time at once have come back without the "required" errors.
        EvaluationResults results;
        lock (schema)
        {
            results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        }

        if (!results.IsValid)
        {
            foreach (EvaluationResults detail in results.Details.Where(d => d.HasErrors))
            {
                foreach (KeyValuePair<string, string> error in detail.Errors!)
                {
                    problems.Add(detail.InstanceLocation + ": " + error.Key + ": " + error.Value);
                }
            }
        }

        Extensions(raw, instance, "", problems);
        return problems;
    }

    /// <summary>The Kubernetes extensions of the schema: list types and int32.</summary>
    private static void Extensions(JsonNode? schema, JsonNode? instance, string path, List<string> problems)
    {
        if (schema is not JsonObject s || instance == null)
        {
            return;
        }

        if (instance is JsonObject o && s["properties"] is JsonObject properties)
        {
            foreach (KeyValuePair<string, JsonNode?> entry in o)
            {
                Extensions(properties[entry.Key], entry.Value, path + "/" + entry.Key, problems);
            }
        }
        else if (instance is JsonArray a)
        {
            string? listType = (string?)s["x-kubernetes-list-type"];
            if (listType == "set")
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonNode? item in a)
                {
                    if (!seen.Add(item?.ToJsonString() ?? "null"))
                    {
                        problems.Add(path + ": x-kubernetes-list-type: set: Duplicate value: " + item?.ToJsonString());
                    }
                }
            }
            else if (listType == "map")
            {
                string[] keys = (s["x-kubernetes-list-map-keys"] as JsonArray)!.Select(k => (string)k!).ToArray();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonNode? item in a)
                {
                    string key = string.Join("\u0000", keys.Select(k => item?[k]?.ToJsonString() ?? "null"));
                    if (!seen.Add(key))
                    {
                        problems.Add(path + ": x-kubernetes-list-type: map: Duplicate value: " + key.Replace('\u0000', ','));
                    }
                }
            }

            for (int i = 0; i < a.Count; i++)
            {
                Extensions(s["items"], a[i], path + "/" + i.ToString(CultureInfo.InvariantCulture), problems);
            }
        }
        else if ((string?)s["format"] == "int32" && instance is JsonValue v && v.TryGetValue(out long number) && (number < int.MinValue || number > int.MaxValue))
        {
            problems.Add(path + ": format int32: " + number.ToString(CultureInfo.InvariantCulture) + " does not fit");
        }
    }

    private static (JsonSchema Schema, JsonNode Raw) Crd(string name)
    {
        lock (Crds)
        {
            if (!Crds.TryGetValue(name, out (JsonSchema, JsonNode) crd))
            {
                Crds[name] = crd = LoadCrd(name);
            }

            return crd;
        }
    }

    private static (JsonSchema, JsonNode) LoadCrd(string name)
    {
        string file = Path.Combine(AppContext.BaseDirectory, "Crd", name);
        YamlMappingNode crd = YamlTree.Parse(File.ReadAllText(file));
        YamlNode version = ((YamlSequenceNode)crd["spec"]["versions"]).Children.Single(v => ((YamlScalarNode)v["name"]).Value == "v1beta1");
        JsonNode raw = ToJson(version["schema"]["openAPIV3Schema"])!;
        return (JsonSchema.FromText(raw.ToJsonString()), raw);
    }

    /// <summary>YAML to JSON as sigs.k8s.io/yaml reads it: plain scalars typed, quoted ones strings.</summary>
    private static JsonNode? ToJson(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var o = new JsonObject();
                foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                {
                    o[((YamlScalarNode)entry.Key).Value!] = ToJson(entry.Value);
                }

                return o;
            case YamlSequenceNode sequence:
                var a = new JsonArray();
                foreach (YamlNode item in sequence.Children)
                {
                    a.Add(ToJson(item));
                }

                return a;
            case YamlScalarNode { Style: ScalarStyle.Plain } plain:
                string text = plain.Value ?? string.Empty;
                return YamlTypes.Resolve(text) switch
                {
                    "null" => null,
                    "bool" => JsonValue.Create(text is "true" or "True" or "TRUE"),
                    "int" when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number) => JsonValue.Create(number),
                    "float" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double real) => JsonValue.Create(real),
                    _ => JsonValue.Create(text),
                };
            case YamlScalarNode scalar:
                return JsonValue.Create(scalar.Value ?? string.Empty);
            default:
                throw new InvalidOperationException("unexpected YAML node " + node.NodeType);
        }
    }
}
