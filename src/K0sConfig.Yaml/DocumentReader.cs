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
        /// <summary>The keys whose unknown-field error k0s discards (k0s: strictyaml.YamlUnmarshalStrictIgnoringFields).</summary>
        private const string Masking = "podSecurityPolicy";

        /// <summary>The other one: k0s discards its error and then crashes (it calls Error() on the error it just set to nil).</summary>
        private const string Crashing = "interval";

        /// <summary>The fields under spec.images that k0s dereferences when spec.images.repository is set (ClusterImages.overrideImageRepositories).</summary>
        private static readonly HashSet<string> RepositoryOverridden = new HashSet<string>(StringComparer.Ordinal)
        {
            "spec.images.konnectivity", "spec.images.metricsserver", "spec.images.kubeproxy", "spec.images.coredns",
            "spec.images.calico", "spec.images.calico.cni", "spec.images.calico.node", "spec.images.calico.kubecontrollers",
            "spec.images.calico.windows", "spec.images.calico.windows.cni", "spec.images.calico.windows.node",
            "spec.images.kuberouter", "spec.images.kuberouter.cni", "spec.images.kuberouter.cniInstaller",
            "spec.images.pause", "spec.images.pushgateway", "spec.images.windows", "spec.images.windows.kubeproxy", "spec.images.windows.pause",
        };

        private const int MaxVisits = 200_000;

        private readonly string _file;
        private readonly int _offsetShift;

        /// <summary>The k0s version whose schema the document is read with (its fields, its leniently decoded sections).</summary>
        private readonly K0sVersion _version;
        private readonly List<DocumentProblem> _problems = new List<DocumentProblem>();

        /// <summary>The problems k0s's decoder raises, each with its place in Go's decoding order.</summary>
        private readonly List<Raised> _raised = new List<Raised>();

        private static readonly IComparer<string> KeyOrder = GoKeyOrder.Instance;

        private static readonly string CalicoKey = FieldPaths.Key(FieldPaths.Calico);

        private static readonly string KubeRouterKey = FieldPaths.Key(FieldPaths.KubeRouter);

        private int _visits;

        /// <summary>The whole numbers the field's Go integer type cannot hold: k0s's decoder refuses them, so the rules do not read them.</summary>
        private readonly HashSet<YNode> _undecodable = new HashSet<YNode>();

        /// <summary>The last number given to a node or problem in Go's decoding order.</summary>
        private long _sequence;
        private Raised? _imagesCrash;

        public DocumentReader(string file, int offsetShift, K0sVersion version)
        {
            _file = file;
            _offsetShift = offsetShift;
            _version = version.Checked;
        }

        public ClusterFacts Read(YMapping root)
        {
            NonFinite(root, string.Empty, new HashSet<YNode>());
            Check(root, string.Empty, string.Empty, Array.Empty<Decoder>());
            Decide();
            NullsThatDoNothing(root, string.Empty, new HashSet<YNode>());

            // Checked in Go's decoding order; reported in the file's.
            List<DocumentProblem> inFileOrder = _problems.Select((p, i) => (Problem: p, Index: i))
                .OrderBy(p => p.Problem.Origin is YamlPosition at ? at.Offset : -1)
                .ThenBy(p => p.Index)
                .Select(p => p.Problem)
                .ToList();
            _problems.Clear();
            _problems.AddRange(inFileOrder);
            ClusterFacts facts = Facts(root);
            facts.DocumentProblems = _problems.ToArray();
            return facts;
        }

        /// <summary>Adds a problem that is not about one key or value (such as the document's kind).</summary>
        public void AddProblem(DocumentProblem problem) => _problems.Insert(0, problem);

        public YamlPosition Position(YNode node) => Position(node.Start, node.End);

        private YamlPosition Position(Mark start, Mark end)
            => new YamlPosition(_file, (int)start.Line, (int)start.Column, (int)start.Index + _offsetShift, (int)Math.Max(0, end.Index - start.Index));

        // ---- the schema -------------------------------------------------------------------------------------------

        /// <summary>
        /// Checks a node against the schema, in Go's decoding order (keys sorted byte-wise, as sigs.k8s.io/yaml hands them
        /// to encoding/json; list items in order), numbering nodes and problems in that order as it goes.
        /// </summary>
        private void Check(YNode node, string schemaPath, string path, Decoder[] sections)
        {
            if (++_visits > MaxVisits)
            {
                return;
            }

            long order = ++_sequence;

            if (schemaPath.Length != 0 && DecodesItself(schemaPath))
            {
                // A type with its own UnmarshalJSON: an error below it ends k0s's decoding when the type is done.
                var inner = new Decoder[sections.Length + 1];
                sections.CopyTo(inner, 0);
                inner[sections.Length] = new Decoder(schemaPath, order);
                sections = inner;
            }

            if (node is YScalar undecodable && _undecodable.Contains(undecodable))
            {
                return;
            }

            string type = SchemaType(schemaPath);
            if (IsNull(node))
            {
                // null leaves a field as it is, except a metav1.Duration: its UnmarshalJSON reads null as "" and fails.
                if (type == "duration")
                {
                    Raise(Add(DocumentProblemKind.WrongType, path, "null", type, node, false, "time: invalid duration \"\""), order, sections, null);
                }

                return;
            }

            switch (type)
            {
                case "any":
                    return;
                case "object":
                case "map":
                    if (!(node is YMapping mapping))
                    {
                        WrongType(node, schemaPath, path, type, order, sections);
                        return;
                    }

                    // Keys set twice in the mapping go-yaml builds, merged ones included: k0s's strict reader refuses a merged
                    // key that is also written ("key \"podCIDR\" already set in map"), whichever comes first. A merged
                    // mapping's own keys are checked where it is written.
                    var seen = new Dictionary<string, YNode>(StringComparer.Ordinal);
                    foreach ((KeyValuePair<YNode, YNode> entry, bool merged) in ClusterConfigYaml.InDecodeOrder(mapping))
                    {
                        if (!(entry.Key is YScalar key))
                        {
                            if (!merged)
                            {
                                Add(DocumentProblemKind.WrongType, FieldCatalogue.Child(path, "?"), "a key that is " + entry.Key.Describe(), "string", entry.Key);
                            }

                            continue;
                        }

                        if (GoDecoding.JsonKey(key, out string? refused) == null && refused != null)
                        {
                            if (!merged)
                            {
                                Add(DocumentProblemKind.WrongType, FieldCatalogue.Child(path, "?"), "a key that is " + (key.IsNull ? "null" : "the number " + key.Value), "key", key, k0sError: refused);
                            }

                            continue;
                        }

                        string decoded = GoDecoding.DecodedKey(key);
                        if (seen.TryGetValue(decoded, out YNode? first))
                        {
                            Add(DocumentProblemKind.DuplicateKey, FieldCatalogue.Child(path, key.Value), decoded, "line " + first.Start.Line.ToString(CultureInfo.InvariantCulture), key);
                        }
                        else
                        {
                            seen.Add(decoded, key);
                        }
                    }

                    // Each key as the JSON key k0s decodes (y: is true, 0x10: is 16), in the order encoding/json decodes them;
                    // a floating-point key, whose JSON text the reader does not reproduce, as written.
                    IEnumerable<(string Text, YScalar Key, YNode Value)> inGoOrder = ClusterConfigYaml.Entries(mapping)
                        .Where(e => e.Key is YScalar)
                        .Select(e => (Text: GoDecoding.JsonKey((YScalar)e.Key, out string? refused) ?? (refused == null ? ((YScalar)e.Key).Value : null), Key: (YScalar)e.Key, e.Value))
                        .Where(e => e.Text != null)
                        .Select(e => (e.Text!, e.Key, e.Value))
                        .OrderBy(e => e.Item1, KeyOrder);
                    foreach ((string keyText, YScalar key, YNode child) in inGoOrder)
                    {
                        string childPath = FieldCatalogue.Child(path, keyText);
                        if (type == "map")
                        {
                            Check(child, schemaPath + ".*", childPath, sections);
                            continue;
                        }

                        string? fieldPath = FieldPath(schemaPath, keyText);
                        if (fieldPath == null)
                        {
                            bool lenient = IsLenient(schemaPath);
                            IReadOnlyList<string> known = IsMetadata(schemaPath) ? GoTypes.FieldsOf(schemaPath) : FieldCatalogue.FieldsOf(schemaPath).Select(f => f.Key).ToArray();
                            DocumentProblem problem = Add(DocumentProblemKind.UnknownKey, childPath, keyText, Closest(keyText, known), key, lenient || keyText == Masking);
                            if (!lenient)
                            {
                                Raise(problem, ++_sequence, sections, unknownKey: keyText);
                            }

                            continue;
                        }

                        Check(child, fieldPath, childPath, sections);
                    }

                    if (schemaPath == "spec.images" && _version.Minor >= 32)
                    {
                        // From k0s 1.32 the image sections are pointers (v1.32.1+k0s.0 pkg/apis/k0s/v1beta1/images.go); before, a null one was empty.
                        // After everything in it: k0s rewrites the repositories once the section is decoded.
                        CheckRepositoryOverride(mapping, sections);
                    }

                    return;
                case "array":
                    if (!(node is YSequence sequence))
                    {
                        WrongType(node, schemaPath, path, type, order, sections);
                        return;
                    }

                    for (int i = 0; i < sequence.Items.Count; i++)
                    {
                        Check(sequence.Items[i], schemaPath + "[]", path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", sections);
                    }

                    return;
                default:
                    if (!(node is YScalar value) || !Fits(value, type))
                    {
                        WrongType(node, schemaPath, path, type, order, sections);
                    }
                    else if (type == "integer" && OutOfRange(value, schemaPath) is (string number, string goType))
                    {
                        // A whole number the field's Go integer cannot hold: encoding/json refuses it, naming it.
                        _undecodable.Add(value);
                        Raise(Add(DocumentProblemKind.WrongType, path, "the number " + value.Value, goType, node, false, GoTypes.TypeError(schemaPath, "number " + number, OlderGoType(schemaPath)) ?? string.Empty), order, sections, null);
                    }

                    return;
            }
        }

        /// <summary>
        /// Takes out, once the document is checked, each null that encoding/json does nothing with: a null for a field that
        /// is not a pointer, map, slice or interface leaves it as it was (GoTypes.NullLeavesAsIs). What the facts then read
        /// is what Go holds: the field's default, or the value an earlier key naming the same field gave it
        /// (<c>PODCIDR: x</c> then <c>podCIDR: null</c> is x); a section that is such a struct keeps what came before a
        /// null in it.
        /// </summary>
        private void NullsThatDoNothing(YNode node, string schemaPath, HashSet<YNode> walked)
        {
            if (!walked.Add(node) || walked.Count > MaxVisits)
            {
                return;
            }

            if (node is YSequence list)
            {
                foreach (YNode item in list.Items)
                {
                    NullsThatDoNothing(item, schemaPath + "[]", walked);
                }

                return;
            }

            if (!(node is YMapping mapping) || SchemaType(schemaPath) != "object")
            {
                return;
            }

            for (int i = mapping.EntryList.Count - 1; i >= 0; i--)
            {
                KeyValuePair<YNode, YNode> entry = mapping.EntryList[i];
                if (!(entry.Key is YScalar key) || ClusterConfigYaml.IsMergeKey(key)
                    || !(GoDecoding.JsonKey(key, out _) is string text) || !(FieldPath(schemaPath, text) is string fieldPath))
                {
                    continue;
                }

                if (IsNull(entry.Value))
                {
                    if (GoTypes.NullLeavesAsIs(fieldPath))
                    {
                        mapping.EntryList.RemoveAt(i);
                    }
                }
                else
                {
                    NullsThatDoNothing(entry.Value, fieldPath, walked);
                }
            }
        }

        /// <summary>
        /// What stops k0s turning the YAML into JSON, before it decodes anything, so that k0s refuses the file whatever the
        /// field (no earlier key masks it): infinity and NaN (<c>.inf</c>, <c>.nan</c>), which JSON does not hold, each
        /// a type error of its own and not checked again against its field; and a merge key (<c>&lt;&lt;</c>) whose value
        /// is not a mapping or a list of mappings.
        /// </summary>
        private void NonFinite(YNode node, string path, HashSet<YNode> walked)
        {
            if (!walked.Add(node) || walked.Count > MaxVisits)
            {
                return;
            }

            switch (node)
            {
                case YScalar scalar when GoDecoding.NonFinite(scalar) is string word:
                    _undecodable.Add(scalar);
                    Add(DocumentProblemKind.WrongType, path, "the number " + scalar.Value, "finite", scalar, false, "error converting YAML to JSON: json: unsupported value: " + word);
                    return;
                case YMapping mapping:
                    foreach (KeyValuePair<YNode, YNode> merge in mapping.Entries)
                    {
                        if (ClusterConfigYaml.IsMergeKey(merge.Key) && !ClusterConfigYaml.IsMergeValue(merge.Value))
                        {
                            // go-yaml stops there, before any field is decoded.
                            Add(DocumentProblemKind.WrongType, FieldCatalogue.Child(path, "<<"), merge.Value.Describe(), "merge", merge.Value, false, "error converting YAML to JSON: yaml: " + ClusterConfigYaml.MergeValueError);
                        }
                    }

                    foreach (KeyValuePair<YNode, YNode> entry in ClusterConfigYaml.Entries(mapping))
                    {
                        string key = entry.Key is YScalar k ? GoDecoding.JsonKey(k, out _) ?? k.Value : "?";
                        NonFinite(entry.Value, FieldCatalogue.Child(path, key), walked);
                    }

                    return;
                case YSequence sequence:
                    for (int i = 0; i < sequence.Items.Count; i++)
                    {
                        NonFinite(sequence.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", walked);
                    }

                    return;
            }
        }

        private static bool IsMetadata(string schemaPath) => schemaPath == FieldPaths.Metadata || schemaPath.StartsWith(FieldPaths.Metadata + ".", StringComparison.Ordinal);

        /// <summary>k0s drops unknown keys in the section: it lies below a type that decodes itself with plain json.Unmarshal.</summary>
        private bool IsLenient(string schemaPath) => FieldCatalogue.Find(schemaPath)?.DecodedLeniently == true && !(schemaPath.StartsWith(StrictApiBefore130, StringComparison.Ordinal) && _version.Minor < 30);

        /// <summary>
        /// k0s decodes spec.api leniently from 1.30, when APISpec got an UnmarshalJSON of its own (v1.30.1+k0s.0
        /// pkg/apis/k0s/v1beta1/api.go); before, an unknown key there is an error.
        /// </summary>
        private const string StrictApiBefore130 = "spec.api";

        /// <summary>
        /// The type at <paramref name="schemaPath"/> has an UnmarshalJSON of its own in the version read for, so an error
        /// below it ends k0s's decoding; before 1.30 APISpec has none, and an earlier ignored key masks an error in it.
        /// </summary>
        private bool DecodesItself(string schemaPath)
            => GoTypes.DecodesItself(schemaPath) && !(schemaPath == StrictApiBefore130 && _version.Minor < 30) && OlderGoType(schemaPath) == null;

        /// <summary>
        /// The Go type of a field whose type was another in the version read for, else null: charts[].timeout was a
        /// time.Duration before 1.30 (the 1.27-1.29 CRDs give an integer; from 1.30 it is a BackwardCompatibleDuration,
        /// which decodes itself, and k0s 1.30 takes "20m": oracle case v-helm-timeout-text-before-1.30), so its type
        /// error then is one json keeps and decodes on, which an earlier ignored key masks, worded with that type.
        /// </summary>
        private string? OlderGoType(string schemaPath)
            => schemaPath == TimeoutBefore130 && _version.Minor < 30 ? "time.Duration" : null;

        private const string TimeoutBefore130 = "spec.extensions.helm.charts[].timeout";

        /// <summary>Whether the field at <paramref name="path"/> exists in the version read for.</summary>
        private bool Exists(string path) => FieldCatalogue.Find(path)?.ExistsIn(_version.Minor) == true;

        /// <summary>The schema path of the field a key names in the section at <paramref name="schemaPath"/>, or null.</summary>
        private string? FieldPath(string schemaPath, string key)
        {
            if (IsMetadata(schemaPath))
            {
                string? exact = null;
                foreach (string field in GoTypes.FieldsOf(schemaPath))
                {
                    if (field == key)
                    {
                        return FieldCatalogue.Child(schemaPath, field);
                    }

                    if (exact == null && GoDecoding.Matches(field, key))
                    {
                        exact = FieldCatalogue.Child(schemaPath, field);
                    }
                }

                return exact;
            }

            return FieldCatalogue.Field(schemaPath, key, _version.Minor)?.Path;
        }

        /// <summary>
        /// k0s's ClusterImages.UnmarshalJSON, when spec.images.repository is set, rewrites every image's name without
        /// checking that the image's section is there: one written as null makes k0s crash.
        /// </summary>
        private void CheckRepositoryOverride(YMapping images, Decoder[] sections)
        {
            if (!(ClusterConfigYaml.Get(images, "repository")?.Value is YScalar repository) || GoDecoding.Resolve(repository) != JsonKind.String || repository.Value.Length == 0)
            {
                return;
            }

            YNode? nullAt = NullImage(images, "spec.images");
            if (nullAt != null)
            {
                string what = FieldCatalogue.Child("spec.images", "repository");
                var problem = new DocumentProblem(
                    DocumentProblemKind.K0sCrash,
                    _nullImagePath!,
                    _nullImagePath! + " is null while " + what + " is set",
                    "k0s's ClusterImages.UnmarshalJSON rewrites every image's repository and dereferences " + _nullImagePath + " without checking it (a nil pointer dereference); remove the null line, or write the section's image and version",
                    false,
                    Position(nullAt),
                    "runtime error: invalid memory address or nil pointer dereference");
                _imagesCrash = new Raised(problem, ++_sequence, sections, null);
            }
        }

        private string? _nullImagePath;

        private YNode? NullImage(YMapping section, string schemaPath)
        {
            foreach (KeyValuePair<YNode, YNode> entry in Winners(section))
            {
                string? fieldPath = entry.Key is YScalar key ? FieldPath(schemaPath, key.Value) : null;
                if (fieldPath == null || !RepositoryOverridden.Contains(fieldPath))
                {
                    continue;
                }

                if (entry.Value is YScalar value && GoDecoding.Resolve(value) == JsonKind.Null)
                {
                    _nullImagePath = fieldPath;
                    return entry.Key;
                }

                if (entry.Value is YMapping inner && NullImage(inner, fieldPath) is YNode found)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary>The entries of a mapping that k0s keeps: of keys that name the same field, the one Go decodes last.</summary>
        private static IEnumerable<KeyValuePair<YNode, YNode>> Winners(YMapping mapping)
        {
            var winners = new Dictionary<string, KeyValuePair<YNode, YNode>>(StringComparer.Ordinal);
            foreach (KeyValuePair<YNode, YNode> entry in ClusterConfigYaml.Entries(mapping))
            {
                if (entry.Key is YScalar key)
                {
                    string folded = GoDecoding.Fold(key.Value);
                    if (!winners.TryGetValue(folded, out KeyValuePair<YNode, YNode> current) || GoKeyOrder.Compare(((YScalar)current.Key).Value, key.Value) <= 0)
                    {
                        winners[folded] = entry;
                    }
                }
            }

            return winners.Values;
        }

        /// <summary>
        /// What k0s makes of the problems its decoder raises (Go's encoding/json, k0s's strictyaml): json keeps the first
        /// unknown-field or type error and decodes on, but a type that decodes itself returns its first error at once and
        /// ends the decoding; strictyaml then drops an error naming podSecurityPolicy (k0s accepts the file, and every
        /// error after it is hidden) and crashes on one naming interval.
        /// </summary>
        private void Decide()
        {
            var raised = new List<Raised>(_raised);
            if (_imagesCrash != null && !raised.Any(r => r.Sections.Length != 0 && r.Sections[0].Order == _imagesCrash.Sections[0].Order))
            {
                raised.Add(_imagesCrash);
            }

            if (raised.Count == 0)
            {
                return;
            }

            raised.Sort((a, b) => a.Order.CompareTo(b.Order));
            Raised first = raised.FirstOrDefault(r => r.Sections.Length != 0) is Raised hard ? FirstOf(raised, hard.Sections[0].Order, 0) : raised[0];

            if (first.Problem.Kind == DocumentProblemKind.K0sCrash)
            {
                _problems.Add(first.Problem);
                return;
            }

            var index = new Dictionary<DocumentProblem, int>(_problems.Count);
            for (int i = 0; i < _problems.Count; i++)
            {
                index[_problems[i]] = i;
            }

            if (first.UnknownKey == Crashing)
            {
                int at = index[first.Problem];
                _problems[at] = new DocumentProblem(
                    DocumentProblemKind.K0sCrash,
                    first.Problem.Path,
                    "the key '" + Crashing + "', which " + ParentOf(first.Problem.Path) + " does not have",
                    "k0s's strictyaml discards the error 'json: unknown field \"" + Crashing + "\"' and then reads the discarded error (a nil pointer dereference); remove the key (k0s has no interval setting there)",
                    false,
                    first.Problem.Origin,
                    "runtime error: invalid memory address or nil pointer dereference");
                return;
            }

            if (first.UnknownKey == Masking)
            {
                // k0s accepts the file: every other error its decoder keeps goes with it.
                foreach (Raised r in raised)
                {
                    if (index.TryGetValue(r.Problem, out int at) && !r.Problem.IgnoredByK0s)
                    {
                        DocumentProblem p = r.Problem;
                        _problems[at] = new DocumentProblem(p.Kind, p.Path, p.Text, p.Detail, true, p.Origin, "the unknown key 'podSecurityPolicy' comes first in k0s's decoding order; k0s keeps only the first error, and drops that one");
                    }
                }
            }
        }

        /// <summary>The error the self-decoding section at <paramref name="order"/> (at depth <paramref name="depth"/>) returns.</summary>
        private static Raised FirstOf(List<Raised> raised, long order, int depth)
        {
            List<Raised> inside = raised.FindAll(r => r.Sections.Length > depth && r.Sections[depth].Order == order);
            Raised? nested = inside.FirstOrDefault(r => r.Sections.Length > depth + 1);
            return nested != null ? FirstOf(raised, nested.Sections[depth + 1].Order, depth + 1) : inside[0];
        }

        private static string ParentOf(string path)
        {
            int dot = path.LastIndexOf('.');
            return dot < 0 ? "the ClusterConfig" : path.Substring(0, dot);
        }

        private void Raise(DocumentProblem problem, long order, Decoder[] sections, string? unknownKey)
            => _raised.Add(new Raised(problem, order, sections, unknownKey));

        /// <summary>A type with its own UnmarshalJSON on the way to a value: its schema path and its place in Go's order.</summary>
        private sealed class Decoder
        {
            public Decoder(string path, long order)
            {
                Path = path;
                Order = order;
            }

            public string Path { get; }

            public long Order { get; }
        }

        /// <summary>A problem k0s's decoder raises.</summary>
        private sealed class Raised
        {
            public Raised(DocumentProblem problem, long order, Decoder[] sections, string? unknownKey)
            {
                Problem = problem;
                Order = order;
                Sections = sections;
                UnknownKey = unknownKey;
            }

            public DocumentProblem Problem { get; }

            public long Order { get; }

            public Decoder[] Sections { get; }

            public string? UnknownKey { get; }
        }

        /// <summary>The type a field's YAML value must have, as the CRD names it (<c>duration</c>: a Go duration).</summary>
        private string SchemaType(string schemaPath)
        {
            if (IsMetadata(schemaPath))
            {
                string? go = GoTypes.TypeOf(schemaPath);
                return go switch
                {
                    null or "v1.Time" or "v1.FieldsV1" => "any",
                    "v1.ObjectMeta" or "v1.OwnerReference" or "v1.ManagedFieldsEntry" => "object",
                    "int64" => "integer",
                    "bool" => "boolean",
                    _ when go.StartsWith("map[", StringComparison.Ordinal) => "map",
                    _ when go.StartsWith("[]", StringComparison.Ordinal) => "array",
                    _ => "string",
                };
            }

            // A field whose type was another in the version read for (charts[].timeout: an integer, a time.Duration, before 1.30).
            CatalogueField? field = FieldCatalogue.Find(schemaPath);
            if (field != null)
            {
                foreach (VersionedValue older in field.OlderCrdTypes)
                {
                    if (_version.Minor >= older.FirstMinor && _version.Minor <= older.LastMinor)
                    {
                        return older.Value;
                    }
                }
            }

            return SchemaType(field);
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

        /// <summary>
        /// The whole number <paramref name="value"/> holds, as encoding/json writes it, with the Go integer type of the
        /// field at <paramref name="schemaPath"/>, when that type cannot hold it (an int32 beyond 2147483647, a negative
        /// uint32, an int beyond 64 bits); else null.
        /// </summary>
        private (string Number, string GoType)? OutOfRange(YScalar value, string schemaPath)
        {
            string goType = OlderGoType(schemaPath) ?? GoTypes.TypeOf(schemaPath) ?? "int";
            if (YamlScalars.TryJsonInteger(value, out long number))
            {
                return GoDecoding.FitsInteger(goType, number) ? null : (number.ToString(CultureInfo.InvariantCulture), goType);
            }

            return YamlScalars.TryUnsignedInteger(value, out ulong beyond) ? (beyond.ToString(CultureInfo.InvariantCulture), goType) : null;
        }

        private static bool Fits(YScalar value, string type) => type switch
        {
            "integer" => YamlScalars.TryJsonInteger(value, out _) || YamlScalars.TryUnsignedInteger(value, out _),
            "boolean" => YamlScalars.TryBoolean(value, out _),
            "number" => value.IsPlain && double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),

            // metav1.Duration reads a JSON string with time.ParseDuration: a plain number (0, 30) reaches it as a number.
            "duration" => GoDecoding.Resolve(value) == JsonKind.String && GoDuration.TryParse(value.Value, out _),

            // k0s never turns a YAML number or boolean into text (ClusterConfig decodes itself, so sigs.k8s.io/yaml
            // converts nothing): 120 where text belongs is a type error. charts[].timeout (the one int-or-string
            // field) is a BackwardCompatibleDuration: a number, or text Go reads as a duration.
            "intorstring" => GoDecoding.Resolve(value) == JsonKind.Number || (GoDecoding.Resolve(value) == JsonKind.String && GoDuration.TryParse(value.Value, out _)),
            _ => GoDecoding.Resolve(value) == JsonKind.String,
        };

        private void WrongType(YNode node, string schemaPath, string path, string type, long order, Decoder[] sections)
        {
            string json = node switch
            {
                YMapping => "object",
                YSequence => "array",
                YScalar s => GoDecoding.Resolve(s) switch
                {
                    JsonKind.Bool => "bool",
                    JsonKind.Number => "number",
                    _ => "string",
                },
                _ => "string",
            };

            string text = node is YScalar scalar && scalar.IsPlain && json != "string" ? (json == "bool" ? "the boolean " : "the number ") + scalar.Value : node.Describe();
            string k0sError = json == "number" && type == "integer" && node is YScalar number && number.IsPlain && GoDecoding.JsonFloat(number.Value) is string literal
                    ? GoTypes.TypeError(schemaPath, "number " + literal, OlderGoType(schemaPath)) ?? string.Empty
                : (json == "number" && (type == "integer" || type == "number")) ? string.Empty
                : json == "string" && (type == "duration" || type == "intorstring") && node is YScalar text1 ? GoDecoding.DurationError(text1.Value) ?? string.Empty
                : GoTypes.TypeError(schemaPath, json, OlderGoType(schemaPath)) ?? string.Empty;
            DocumentProblem problem = Add(DocumentProblemKind.WrongType, path, text, type, node, false, k0sError);
            Raise(problem, order, sections, null);
        }

        private DocumentProblem Add(DocumentProblemKind kind, string path, string text, string detail, YNode at, bool ignored = false, string k0sError = "")
        {
            var problem = new DocumentProblem(kind, path, text, detail, ignored, Position(at), k0sError);
            _problems.Add(problem);
            return problem;
        }

        /// <summary>The field <paramref name="key"/> was probably meant to be: at most two edits (or a third of its length) away.</summary>
        private static string Closest(string key, IReadOnlyList<string> fields)
        {
            if (key.Length > 64)
            {
                return string.Empty;
            }

            string best = string.Empty;
            int bestDistance = Math.Max(2, key.Length / 3) + 1;
            foreach (string field in fields)
            {
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
            YMapping? spec = Section(root, FieldPaths.Spec);
            YMapping? network = Section(spec, "network");
            if (network != null)
            {
                if (Section(network, CalicoKey, out YNode? calicoKey) is YMapping)
                {
                    facts.CalicoSettings = Fact<bool>.Known(true, Position(calicoKey!));
                }

                if (Section(network, KubeRouterKey, out YNode? kubeRouterKey) is YMapping kubeRouter)
                {
                    facts.KubeRouterSettings = Fact<bool>.Known(true, Position(kubeRouterKey!));
                    facts.KubeRouterExtraArgs = Args(kubeRouter);
                }

                if (Section(network, "kubeProxy") is YMapping kubeProxy)
                {
                    facts.KubeProxyExtraArgs = Args(kubeProxy);
                }

                if (Exists(FieldPaths.Keepalived) && Section(Section(network, "controlPlaneLoadBalancing"), "keepalived", out YNode? keepalivedKey) is YMapping keepalived)
                {
                    bool unicast = Exists(FieldPaths.VrrpInstances + "[].unicastPeers");
                    facts.VrrpInstances = Entries(keepalived, "vrrpInstances", keepalivedKey!, item => new VrrpInstanceFacts
                    {
                        Origin = Position(item),
                        VirtualIPs = StringList(item, "virtualIPs"),
                        Interface = Text(item, "interface"),
                        VirtualRouterId = Int(item, "virtualRouterID"),
                        AdvertIntervalSeconds = Int(item, "advertIntervalSeconds"),
                        AuthPass = Text(item, "authPass"),
                        UnicastPeers = unicast ? StringList(item, "unicastPeers") : Fact<IReadOnlyList<Fact<string>>>.Unset,
                        UnicastSourceIP = unicast ? Text(item, "unicastSourceIP") : Fact<string>.Unset,
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

            // The lists of sections the rules read (helm charts and repositories, worker profiles), each entry's fields by the catalogue.
            foreach (string listPath in ClusterFacts.ItemListPaths)
            {
                if (Exists(listPath) && Holder(root, listPath, out string listKey) is YMapping holder)
                {
                    facts.SetItems(listPath, ItemList(holder, listKey, listPath));
                }
            }

            // The sections the rules read as a whole (the image sections): their fields, the same way; a section the version
            // does not have (the Windows images before 1.34) is an unknown key k0s drops.
            foreach (string sectionPath in ClusterFacts.SectionPaths)
            {
                if (Exists(sectionPath) && Holder(root, sectionPath, out string sectionKey) is YMapping holder && Section(holder, sectionKey, out YNode? keyNode) is YMapping section)
                {
                    facts.SetSection(sectionPath, Fact<ItemFacts>.Known(Item(section, sectionPath, Position(keyNode!)), Position(keyNode!)));
                }
            }

            if (Section(spec, "controllerManager") is YMapping controllerManager)
            {
                facts.ControllerManagerExtraArgs = Args(controllerManager);
            }

            return facts;
        }

        /// <summary>Reads each field at <paramref name="paths"/> that is written, with <paramref name="read"/>, into its fact.</summary>
        private void ReadFields<T>(YMapping root, ClusterFacts facts, IReadOnlyList<string> paths, Func<YMapping, string, Fact<T>> read, Func<string, Action<ClusterFacts, Fact<T>>?> setter)
        {
            foreach (string path in paths)
            {
                // A field the version does not have is an unknown key (K0S801), not a value k0s reads.
                if (Exists(path) && Holder(root, path, out string key) is YMapping holder)
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

        /// <summary>
        /// The section k0s reads for <paramref name="key"/>. Of keys naming the same section (<c>network:</c> and
        /// <c>Network:</c>), Go decodes each in turn, in byte-wise order, into the same struct: their fields merge, a
        /// later one's winning (a null in between starts over). The merge is a mapping of their entries in that order.
        /// </summary>
        private static YMapping? Section(YMapping? parent, string key, out YNode? keyNode)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(parent, key);
            keyNode = entry?.Key;
            if (entry == null || !(entry.Value.Value is YMapping winner))
            {
                return null;
            }

            return ClusterConfigYaml.Merge(winner, ClusterConfigYaml.Entries(parent!)
                .Where(e => e.Key is YScalar k && GoDecoding.Matches(key, k.Value))
                .Select((e, i) => (Entry: e, Index: i))
                .OrderBy(v => ((YScalar)v.Entry.Key).Value, GoKeyOrder.Instance)
                .ThenBy(v => v.Index)
                .Select(v => v.Entry.Value));
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
                YScalar s when GoDecoding.Resolve(s) == JsonKind.Null => Fact<string>.Unset,

                // k0s never reads a number or a boolean as text: the value is a type error (K0S802), unknown to the rules.
                YScalar s when GoDecoding.Resolve(s) == JsonKind.String => Fact<string>.Known(s.Value, Position(s)),
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

        /// <summary>A whole number; one that k0s cannot decode into the field (K0S802) is unknown.</summary>
        private Fact<long> Int(YMapping mapping, string key)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(mapping, key);
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                return Fact<long>.Unset;
            }

            return entry.Value.Value is YScalar s && !_undecodable.Contains(s) && YamlScalars.TryJsonInteger(s, out long number)
                ? Fact<long>.Known(number, Position(s))
                : Fact<long>.Unknown(Position(entry.Value.Value));
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

            return entry.Value.Value is YScalar s && YamlScalars.TryJsonInteger(s, out long number) ? Fact<long>.Known(number, Position(s)) : Fact<long>.Unknown(Position(entry.Value.Value));
        }

        private static bool IsNull(YNode node) => node is YScalar scalar && GoDecoding.Resolve(scalar) == JsonKind.Null;

        /// <summary>A list of mappings (or nulls), each read by <paramref name="read"/>; anything else in it makes the whole list unknown.</summary>
        private Fact<IReadOnlyList<T>> Entries<T>(YMapping mapping, string key, YNode sectionKey, Func<YMapping, T> read)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(mapping, key);
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                // No list: what k0s sees for a keepalived block without it.
                return Fact<IReadOnlyList<T>>.Known(Array.Empty<T>(), Position(sectionKey));
            }

            if (!(entry.Value.Value is YSequence list) || list.Items.Any(i => !(i is YMapping) && !IsNull(i)))
            {
                return Fact<IReadOnlyList<T>>.Unknown(Position(entry.Value.Value));
            }

            // A null entry of these lists of structs (not pointers) is an entry with nothing written, as Go decodes it.
            return Fact<IReadOnlyList<T>>.Known(list.Items.Select(i => read(i as YMapping ?? new YMapping(i.Start, i.End))).ToArray(), Position(list));
        }

        /// <summary>
        /// A list of sections as <see cref="ItemFacts"/>: each field the catalogue names, as text, or as written with a
        /// value that is not text; a mapping's entries also one by one (<c>values.clusterDNS</c>). A null entry is an
        /// entry with nothing written, as Go decodes it; anything else that is not a mapping makes the list unknown.
        /// </summary>
        private Fact<IReadOnlyList<ItemFacts>> ItemList(YMapping mapping, string key, string listPath)
        {
            KeyValuePair<YNode, YNode>? entry = ClusterConfigYaml.Get(mapping, key);
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                return Fact<IReadOnlyList<ItemFacts>>.Unset;
            }

            if (!(entry.Value.Value is YSequence list))
            {
                return Fact<IReadOnlyList<ItemFacts>>.Unknown(Position(entry.Value.Value));
            }

            IReadOnlyList<CatalogueField> fields = FieldCatalogue.FieldsOf(listPath + "[]");
            var items = new List<ItemFacts>(list.Items.Count);
            foreach (YNode node in list.Items)
            {
                var item = new ItemFacts(Position(node));
                items.Add(item);
                if (IsNull(node))
                {
                    continue;
                }

                if (!(node is YMapping itemMapping))
                {
                    return Fact<IReadOnlyList<ItemFacts>>.Unknown(Position(node));
                }

                ReadFields(item, itemMapping, fields);
            }

            return Fact<IReadOnlyList<ItemFacts>>.Known(items, Position(list));
        }

        /// <summary>A section's fields, as one <see cref="ItemFacts"/> whose origin is <paramref name="origin"/>.</summary>
        private ItemFacts Item(YMapping section, string sectionPath, object origin)
        {
            var item = new ItemFacts(origin);
            ReadFields(item, section, FieldCatalogue.FieldsOf(sectionPath));
            return item;
        }

        private void ReadFields(ItemFacts item, YMapping mapping, IReadOnlyList<CatalogueField> fields)
        {
            foreach (CatalogueField field in fields)
            {
                KeyValuePair<YNode, YNode>? written = ClusterConfigYaml.Get(mapping, field.Key);
                if (written != null)
                {
                    ItemField(item, field.Key, written.Value.Value, depth: 0);
                }
            }
        }

        /// <summary>
        /// One field of an entry (<paramref name="depth"/> 0), an entry of its mapping or list (1: <c>values.clusterDNS</c>,
        /// <c>KEY[i]</c>) or an element of such an entry's list (2: <c>values.clusterDNS[0]</c>), each with what it is to Go.
        /// </summary>
        private void ItemField(ItemFacts item, string key, YNode value, int depth)
        {
            if (value is YScalar s)
            {
                switch (GoDecoding.Resolve(s))
                {
                    case JsonKind.Null:
                        if (depth != 0)
                        {
                            item.SetNull(key, Position(s));
                        }

                        return;
                    case JsonKind.String:
                        item.SetText(key, Fact<string>.Known(s.Value, Position(s)));
                        return;
                    case JsonKind.Bool:
                        item.SetOther(key, Position(value), "bool");
                        return;
                    case JsonKind.Number:
                        item.SetOther(key, Position(value), "number");
                        return;
                }
            }

            item.SetOther(key, Position(value), value is YSequence ? "array" : value is YMapping ? "object" : null);
            if (depth < 2 && value is YSequence list)
            {
                for (int i = 0; i < list.Items.Count; i++)
                {
                    ItemField(item, key + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", list.Items[i], depth + 1);
                }
            }

            if (depth == 0 && value is YMapping inner)
            {
                foreach (KeyValuePair<YNode, YNode> child in ClusterConfigYaml.Entries(inner))
                {
                    if (child.Key is YScalar childKey)
                    {
                        ItemField(item, key + "." + childKey.Value, child.Value, depth + 1);
                    }
                }
            }
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
                // A null entry of a []string is the empty string, as Go decodes it.
                items.Add(item is YScalar s && GoDecoding.Resolve(s) is JsonKind.String or JsonKind.Null
                    ? Fact<string>.Known(GoDecoding.Resolve(s) == JsonKind.Null ? string.Empty : s.Value, Position(s))
                    : Fact<string>.Unknown(Position(item)));
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
                if (!(arg.Key is YScalar key) || !(GoDecoding.JsonKey(key, out _) is string name))
                {
                    complete = false;
                    continue;
                }

                Fact<string> value = arg.Value switch
                {
                    YScalar s when GoDecoding.Resolve(s) == JsonKind.Null => Fact<string>.Known(string.Empty, Position(s)),
                    YScalar s when GoDecoding.Resolve(s) == JsonKind.String => Fact<string>.Known(s.Value, Position(s)),
                    _ => Fact<string>.Unknown(Position(arg.Value)),
                };
                entries[name] = new ExtraArgFact(value, ExtraArgSource.ExtraArg, Position(key));
            }

            return new ExtraArgsFacts(entries, complete);
        }
    }
}
