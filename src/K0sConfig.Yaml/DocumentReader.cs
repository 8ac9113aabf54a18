using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using K0sConfig.Rules;
using YamlDotNet.Core;

namespace K0sConfig.Yaml
{
    /// <summary>
    /// Turns one ClusterConfig mapping into facts: checks every key and value against the k0s schema (unknown keys,
    /// wrong types, duplicate keys) and reads the values the rules need, each with its position as origin. It decides
    /// nothing else: the rules do.
    /// </summary>
    internal sealed class DocumentReader
    {
        /// <summary>Keys k0s ignores anywhere (k0s: strictyaml.YamlUnmarshalStrictIgnoringFields).</summary>
        private static readonly HashSet<string> IgnoredEverywhere = new HashSet<string>(StringComparer.Ordinal) { "interval", "podSecurityPolicy" };

        private const int MaxVisits = 200_000;

        private readonly string _file;
        private readonly int _offsetShift;
        private readonly List<DocumentProblem> _problems = new List<DocumentProblem>();
        private int _visits;

        public DocumentReader(string file, int offsetShift)
        {
            _file = file;
            _offsetShift = offsetShift;
        }

        public ClusterFacts Read(YMapping root)
        {
            Check(root, string.Empty, string.Empty);
            ClusterFacts facts = Facts(root);
            facts.DocumentProblems = _problems.ToArray();
            return facts;
        }

        public YamlPosition Position(YNode node) => Position(node.Start, node.End);

        private YamlPosition Position(Mark start, Mark end)
            => new YamlPosition(_file, (int)start.Line, (int)start.Column, (int)start.Index + _offsetShift, (int)Math.Max(0, end.Index - start.Index));

        // ---- the schema -------------------------------------------------------------------------------------------

        private void Check(YNode node, string schemaPath, string path)
        {
            if (++_visits > MaxVisits || (node is YScalar scalar && scalar.IsNull))
            {
                return;
            }

            string type = SchemaType(FieldCatalogue.Find(schemaPath));
            switch (type)
            {
                case "any":
                    return;
                case "object":
                case "map":
                    if (!(node is YMapping mapping))
                    {
                        WrongType(node, path, type);
                        return;
                    }

                    var seen = new Dictionary<string, YNode>(StringComparer.Ordinal);
                    foreach (KeyValuePair<YNode, YNode> entry in mapping.Entries)
                    {
                        if (ClusterConfigYaml.IsMergeKey(entry.Key))
                        {
                            continue;
                        }

                        if (!(entry.Key is YScalar key))
                        {
                            Add(DocumentProblemKind.WrongType, FieldCatalogue.Child(path, "?"), "a key that is " + entry.Key.Describe(), "string", entry.Key);
                            continue;
                        }

                        if (seen.TryGetValue(key.Value, out YNode? first))
                        {
                            Add(DocumentProblemKind.DuplicateKey, FieldCatalogue.Child(path, key.Value), key.Value, "line " + first.Start.Line.ToString(CultureInfo.InvariantCulture), key);
                        }
                        else
                        {
                            seen.Add(key.Value, key);
                        }
                    }

                    foreach (KeyValuePair<YNode, YNode> entry in ClusterConfigYaml.Entries(mapping))
                    {
                        if (!(entry.Key is YScalar key))
                        {
                            continue;
                        }

                        string childPath = FieldCatalogue.Child(path, key.Value);
                        if (type == "map")
                        {
                            Check(entry.Value, schemaPath + ".*", childPath);
                            continue;
                        }

                        CatalogueField? field = FieldCatalogue.Field(schemaPath, key.Value);
                        if (field == null)
                        {
                            bool ignored = IgnoredEverywhere.Contains(key.Value) || FieldCatalogue.Find(schemaPath)?.DecodedLeniently == true;
                            Add(DocumentProblemKind.UnknownKey, childPath, key.Value, Closest(key.Value, FieldCatalogue.FieldsOf(schemaPath)), key, ignored);
                            continue;
                        }

                        Check(entry.Value, field.Path, childPath);
                    }

                    return;
                case "array":
                    if (!(node is YSequence sequence))
                    {
                        WrongType(node, path, type);
                        return;
                    }

                    for (int i = 0; i < sequence.Items.Count; i++)
                    {
                        Check(sequence.Items[i], schemaPath + "[]", path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    }

                    return;
                default:
                    if (!(node is YScalar value) || !Fits(value, type))
                    {
                        WrongType(node, path, type);
                    }

                    return;
            }
        }

        /// <summary>The type a field's YAML value must have, as the CRD names it (<c>duration</c>: a Go duration).</summary>
        private static string SchemaType(CatalogueField? field) => field?.Kind switch
        {
            null or FieldKind.Any => "any",
            FieldKind.Section => "object",
            FieldKind.Map => "map",
            FieldKind.List or FieldKind.Set or FieldKind.KeyedList => "array",
            FieldKind.Integer or FieldKind.Port => "integer",
            FieldKind.Number => "number",
            FieldKind.Boolean => "boolean",
            FieldKind.IntOrString => "intorstring",
            FieldKind.Duration => "duration",
            _ => "string",
        };

        private static bool Fits(YScalar value, string type) => type switch
        {
            "integer" => YamlScalars.TryInteger(value, out _),
            "boolean" => YamlScalars.TryBoolean(value, out _),
            "number" => value.IsPlain && double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),

            // metav1.Duration reads a JSON string with time.ParseDuration: a plain number (0, 30) reaches it as a number.
            "duration" => !Fits(value, "integer") && !Fits(value, "number") && GoDuration.TryParse(value.Value, out _),
            _ => true,
        };

        private void WrongType(YNode node, string path, string type) => Add(DocumentProblemKind.WrongType, path, node.Describe(), type, node);

        private void Add(DocumentProblemKind kind, string path, string text, string detail, YNode at, bool ignored = false)
            => _problems.Add(new DocumentProblem(kind, path, text, detail, ignored, Position(at)));

        /// <summary>The field <paramref name="key"/> was probably meant to be: at most two edits (or a third of its length) away.</summary>
        private static string Closest(string key, IReadOnlyList<CatalogueField> fields)
        {
            if (key.Length > 64)
            {
                return string.Empty;
            }

            string best = string.Empty;
            int bestDistance = Math.Max(2, key.Length / 3) + 1;
            foreach (CatalogueField candidate in fields)
            {
                string field = candidate.Key;
                int distance = Distance(key.ToLowerInvariant(), field.ToLowerInvariant());
                bool prefix = Math.Min(key.Length, field.Length) > 3
                    && (field.StartsWith(key, StringComparison.OrdinalIgnoreCase) || key.StartsWith(field, StringComparison.OrdinalIgnoreCase));
                if (distance < bestDistance || (prefix && best.Length == 0))
                {
                    best = field;
                    bestDistance = Math.Min(distance, bestDistance);
                }
            }

            return best;
        }

        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }

        // ---- the facts --------------------------------------------------------------------------------------------

        private ClusterFacts Facts(YMapping root)
        {
            // Each field the rules read, from the catalogue: found where its sections are written, read as its kind.
            var facts = new ClusterFacts();
            ReadFields(root, facts, ClusterFacts.TextFactPaths, Text, ClusterFacts.TextSetter);
            ReadFields(root, facts, ClusterFacts.IntFactPaths, Int, ClusterFacts.IntSetter);
            ReadFields(root, facts, ClusterFacts.BoolFactPaths, Bool, ClusterFacts.BoolSetter);
            ReadFields(root, facts, ClusterFacts.ListFactPaths, StringList, ClusterFacts.ListSetter);

            // What no single field holds: that a provider's block is written, the extraArgs maps, keepalived's lists.
            YMapping? spec = Section(root, "spec");
            YMapping? network = Section(spec, "network");
            if (network != null)
            {
                if (Section(network, "calico", out YNode? calicoKey) is YMapping)
                {
                    facts.CalicoSettings = Fact<bool>.Known(true, Position(calicoKey!));
                }

                if (Section(network, "kuberouter", out YNode? kubeRouterKey) is YMapping kubeRouter)
                {
                    facts.KubeRouterSettings = Fact<bool>.Known(true, Position(kubeRouterKey!));
                    facts.KubeRouterExtraArgs = Args(kubeRouter);
                }

                if (Section(network, "kubeProxy") is YMapping kubeProxy)
                {
                    facts.KubeProxyExtraArgs = Args(kubeProxy);
                }

                if (Section(Section(network, "controlPlaneLoadBalancing"), "keepalived", out YNode? keepalivedKey) is YMapping keepalived)
                {
                    facts.VrrpInstances = Entries(keepalived, "vrrpInstances", keepalivedKey!, item => new VrrpInstanceFacts
                    {
                        Origin = Position(item),
                        VirtualIPs = StringList(item, "virtualIPs"),
                        Interface = Text(item, "interface"),
                        VirtualRouterId = Int(item, "virtualRouterID"),
                        AdvertIntervalSeconds = Int(item, "advertIntervalSeconds"),
                        AuthPass = Text(item, "authPass"),
                        UnicastPeers = StringList(item, "unicastPeers"),
                        UnicastSourceIP = Text(item, "unicastSourceIP"),
                        AddressLabel = Long(item, "addressLabel"),
                    });
                    facts.VirtualServers = Entries(keepalived, "virtualServers", keepalivedKey!, item => new VirtualServerFacts
                    {
                        Origin = Position(item),
                        IPAddress = Text(item, "ipAddress"),
                        DelayLoop = Duration(item, "delayLoop"),
                        LbAlgo = Text(item, "lbAlgo"),
                        LbKind = Text(item, "lbKind"),
                        PersistenceTimeoutSeconds = Int(item, "persistenceTimeoutSeconds"),
                    });
                }
            }

            if (Section(spec, "api") is YMapping api)
            {
                facts.ApiExtraArgs = Args(api);
            }

            if (Section(spec, "controllerManager") is YMapping controllerManager)
            {
                facts.ControllerManagerExtraArgs = Args(controllerManager);
            }

            return facts;
        }

        /// <summary>Reads each field at <paramref name="paths"/> that is written, with <paramref name="read"/>, into its fact.</summary>
        private static void ReadFields<T>(YMapping root, ClusterFacts facts, IReadOnlyList<string> paths, Func<YMapping, string, Fact<T>> read, Func<string, Action<ClusterFacts, Fact<T>>?> setter)
        {
            foreach (string path in paths)
            {
                if (Holder(root, path, out string key) is YMapping holder)
                {
                    setter(path)!(facts, read(holder, key));
                }
            }
        }

        /// <summary>The mapping that holds the field at <paramref name="path"/> (its sections all written as mappings), and the field's key.</summary>
        private static YMapping? Holder(YMapping root, string path, out string key)
        {
            CatalogueField field = FieldCatalogue.Find(path)!;
            key = field.Key;
            return field.Parent.Length == 0 ? root : Holder(root, field.Parent, out string parentKey) is YMapping parent ? Section(parent, parentKey) : null;
        }

        private static YMapping? Section(YMapping? parent, string key) => Section(parent, key, out _);

        private static YMapping? Section(YMapping? parent, string key, out YNode? keyNode)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(parent, key);
            keyNode = entry?.Key;
            return entry?.Value as YMapping;
        }

        private Fact<string> Text(YMapping mapping, string key)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(mapping, key);
            if (entry == null)
            {
                return Fact<string>.Unset;
            }

            YNode value = entry.Value.Value;
            return value switch
            {
                YScalar s when s.IsNull => Fact<string>.Unset,
                YScalar s => Fact<string>.Known(s.Value, Position(s)),
                _ => Fact<string>.Unknown(Position(value)),
            };
        }

        private Fact<bool> Bool(YMapping mapping, string key)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(mapping, key);
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                return Fact<bool>.Unset;
            }

            return entry.Value.Value is YScalar s && YamlScalars.TryBoolean(s, out bool flag) ? Fact<bool>.Known(flag, Position(s)) : Fact<bool>.Unknown(Position(entry.Value.Value));
        }

        private Fact<int> Int(YMapping mapping, string key)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(mapping, key);
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                return Fact<int>.Unset;
            }

            return entry.Value.Value is YScalar s && YamlScalars.TryInteger(s, out long number) && number >= int.MinValue && number <= int.MaxValue
                ? Fact<int>.Known((int)number, Position(s))
                : Fact<int>.Unknown(Position(entry.Value.Value));
        }

        /// <summary>
        /// A Go duration ("1m30s") as k0s reads it, to the 100 ns a <see cref="TimeSpan"/> holds (toward zero, so a value
        /// under a microsecond stays under one); text Go cannot read is unknown.
        /// </summary>
        private Fact<TimeSpan> Duration(YMapping mapping, string key)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(mapping, key);
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                return Fact<TimeSpan>.Unset;
            }

            if (entry.Value.Value is YScalar s && GoDuration.TryParse(s.Value, out long nanoseconds))
            {
                GoDuration.TryToTimeSpan(nanoseconds, out TimeSpan value);
                return Fact<TimeSpan>.Known(value, Position(s));
            }

            return Fact<TimeSpan>.Unknown(Position(entry.Value.Value));
        }

        private Fact<long> Long(YMapping mapping, string key)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(mapping, key);
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                return Fact<long>.Unset;
            }

            return entry.Value.Value is YScalar s && YamlScalars.TryInteger(s, out long number) ? Fact<long>.Known(number, Position(s)) : Fact<long>.Unknown(Position(entry.Value.Value));
        }

        /// <summary>A list of mappings, each read by <paramref name="read"/>; anything else in it makes the whole list unknown.</summary>
        private Fact<IReadOnlyList<T>> Entries<T>(YMapping mapping, string key, YNode sectionKey, Func<YMapping, T> read)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(mapping, key);
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                // No list: what k0s sees for a keepalived block without it.
                return Fact<IReadOnlyList<T>>.Known(Array.Empty<T>(), Position(sectionKey));
            }

            if (!(entry.Value.Value is YSequence list) || list.Items.Any(i => !(i is YMapping)))
            {
                return Fact<IReadOnlyList<T>>.Unknown(Position(entry.Value.Value));
            }

            return Fact<IReadOnlyList<T>>.Known(list.Items.Select(i => read((YMapping)i)).ToArray(), Position(list));
        }

        private Fact<IReadOnlyList<Fact<string>>> StringList(YMapping mapping, string key)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(mapping, key);
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                return Fact<IReadOnlyList<Fact<string>>>.Unset;
            }

            if (!(entry.Value.Value is YSequence list))
            {
                return Fact<IReadOnlyList<Fact<string>>>.Unknown(Position(entry.Value.Value));
            }

            var items = new List<Fact<string>>(list.Items.Count);
            foreach (YNode item in list.Items)
            {
                items.Add(item is YScalar s && !s.IsNull ? Fact<string>.Known(s.Value, Position(s)) : Fact<string>.Unknown(Position(item)));
            }

            return Fact<IReadOnlyList<Fact<string>>>.Known(items, Position(list));
        }

        private ExtraArgsFacts Args(YMapping section)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(section, "extraArgs");
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                return ExtraArgsFacts.Empty;
            }

            if (!(entry.Value.Value is YMapping map))
            {
                return ExtraArgsFacts.Unknown;
            }

            var entries = new Dictionary<string, ExtraArgFact>(StringComparer.Ordinal);
            bool complete = true;
            foreach (KeyValuePair<YNode, YNode> arg in ClusterConfigYaml.Entries(map))
            {
                if (!(arg.Key is YScalar key))
                {
                    complete = false;
                    continue;
                }

                Fact<string> value = arg.Value switch
                {
                    YScalar s when s.IsNull => Fact<string>.Known(string.Empty, Position(s)),
                    YScalar s => Fact<string>.Known(s.Value, Position(s)),
                    _ => Fact<string>.Unknown(Position(arg.Value)),
                };
                entries[key.Value] = new ExtraArgFact(value, ExtraArgSource.ExtraArg, Position(key));
            }

            return new ExtraArgsFacts(entries, complete);
        }
    }
}
