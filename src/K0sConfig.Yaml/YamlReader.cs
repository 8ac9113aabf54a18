using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using K0sConfig.Rules;
using YamlDotNet.Core;

namespace K0sConfig.Yaml
{
    /// <summary>
    /// Reads k0s ClusterConfig YAML the way k0s reads it, into the rule engine's facts with each value's position as its
    /// origin: a <c>k0s.yaml</c> (<c>apiVersion: k0s.k0sproject.io/v1beta1</c>, <c>kind: ClusterConfig</c>, or only
    /// <c>spec:</c>), or a <c>k0sctl.yaml</c> (<c>apiVersion: k0sctl.k0sproject.io/v1beta1</c>, <c>kind: Cluster</c>) whose
    /// <c>spec.k0s.config</c> holds one; several documents in one file. As k0s, it checks neither <c>apiVersion</c> nor
    /// <c>kind</c> of the first document (K0S806 warns), and takes an empty file as all defaults. Keys k0s does not know,
    /// values of the wrong type and duplicate keys become facts that rules K0S801–K0S803 report, what makes k0s crash
    /// K0S805; a file that cannot be read at all, K0S804.
    /// Never throws for any input, and bounded in time and memory.
    /// </summary>
    public static class ClusterConfigYaml
    {
        /// <summary>The largest file read: 8 MiB, a thousand times a large ClusterConfig.</summary>
        public const int MaxBytes = 8 * 1024 * 1024;

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Reads YAML from bytes: UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark.</summary>
        /// <param name="bytes">The file's content.</param>
        /// <param name="file">The file's name, for positions (<c>-</c> for standard input).</param>
        /// <returns>The documents read, or why nothing could be.</returns>
        public static YamlReadResult Read(byte[] bytes, string file) => Read(bytes, file, null);

        /// <summary>Reads YAML from bytes for a k0s version (see <see cref="Read(string, string, K0sVersion?)"/>).</summary>
        /// <param name="bytes">The file's content.</param>
        /// <param name="file">The file's name, for positions (<c>-</c> for standard input).</param>
        /// <param name="version">The k0s version asked for, or <see langword="null"/> for a k0sctl file's pin, else the newest.</param>
        /// <returns>The documents read, or why nothing could be.</returns>
        public static YamlReadResult Read(byte[] bytes, string file, K0sVersion? version)
        {
            if (bytes == null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            if (bytes.Length > MaxBytes)
            {
                return YamlReadResult.Failed(file, "the file is " + bytes.Length.ToString("N0", CultureInfo.InvariantCulture) + " bytes, more than the " + MaxBytes.ToString("N0", CultureInfo.InvariantCulture) + " a ClusterConfig could need; check that this is the right file", 1, 1, 0);
            }

            string text;
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                if (bytes.Length % 2 != 0)
                {
                    return YamlReadResult.Failed(file, "the file starts like UTF-16 text but has an odd number of bytes, so it is binary or damaged; save it as UTF-8", 1, 1, 0);
                }

                text = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
            }
            else
            {
                int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                try
                {
                    text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
                }
                catch (DecoderFallbackException)
                {
                    (int line, int column, int offset) = FirstInvalidUtf8(bytes, start);
                    return YamlReadResult.Failed(file, "the file is not UTF-8 text (an invalid byte sequence); save it as UTF-8", line, column, offset);
                }
            }

            return Read(text, file, version);
        }

        /// <summary>Reads YAML text.</summary>
        /// <param name="text">The YAML (a leading byte order mark is ignored).</param>
        /// <param name="file">The file's name, for positions (<c>-</c> for standard input).</param>
        /// <returns>The documents read, or why nothing could be.</returns>
        public static YamlReadResult Read(string text, string file) => Read(text, file, null);

        /// <summary>
        /// Reads YAML text with the schema of a k0s version: the fields it has, the sections it decodes leniently. A k0sctl
        /// file's <c>spec.k0s.version</c> is the version when <paramref name="version"/> is <see langword="null"/>; when both are
        /// given, <paramref name="version"/> wins (it is what the caller asked about now; the pin may be about to change) and
        /// rule K0S809 says so.
        /// </summary>
        /// <param name="text">The YAML (a leading byte order mark is ignored).</param>
        /// <param name="file">The file's name, for positions (<c>-</c> for standard input).</param>
        /// <param name="version">The k0s version asked for, or <see langword="null"/> for a k0sctl file's pin, else the newest.</param>
        /// <returns>The documents read, or why nothing could be.</returns>
        public static YamlReadResult Read(string text, string file, K0sVersion? version)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            file ??= string.Empty;
            if (text.Length > MaxBytes)
            {
                return YamlReadResult.Failed(file, "the file has more than " + MaxBytes.ToString("N0", CultureInfo.InvariantCulture) + " characters, more than a ClusterConfig could need; check that this is the right file", 1, 1, 0);
            }

            int offsetShift = 0;
            if (text.Length != 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
                offsetShift = 1;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF' || c == '\uFFFD')
                {
                    (int line, int column) = LineAndColumn(text, i);
                    string what = c == '\uFFFD' ? "a replacement character (U+FFFD, left by a broken conversion)" : "the control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                    return YamlReadResult.Failed(file, "the file holds " + what + ", which YAML does not allow, so it is binary or damaged, not YAML text; check that this is the right file", line, column, i + offsetShift);
                }
            }

            List<YNode?> roots;
            try
            {
                roots = YamlTreeBuilder.Load(text);
            }
            catch (YamlInputException e)
            {
                return YamlReadResult.NotParsed(file, text, e.Message, (int)e.At.Line, (int)e.At.Column, (int)e.At.Index + offsetShift);
            }
            catch (YamlException e)
            {
                string message = e.Message;
                int parenthesis = message.IndexOf("): ", StringComparison.Ordinal);
                if (message.StartsWith("(", StringComparison.Ordinal) && parenthesis > 0)
                {
                    message = message.Substring(parenthesis + 3);
                }

                // YamlDotNet's End is where it found the problem; Start is where the construct around it began.
                Mark at = e.End.Line >= e.Start.Line && e.End.Index > 0 ? e.End : e.Start;
                int line = (int)at.Line;
                int column = (int)at.Column;
                int offset = (int)at.Index;
                bool tab = message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0;
                if (tab && IndentingTab(text) is int tabAt)
                {
                    (line, column) = LineAndColumn(text, tabAt);
                    offset = tabAt;
                }

                return YamlReadResult.NotParsed(file, text, "the YAML is not well-formed: " + message.TrimEnd('.') + "; " + (tab ? "indent with spaces, not tabs" : "fix the YAML there"), line, column, offset + offsetShift);
            }
            catch (Exception e) when (e is ArgumentException || e is InvalidOperationException || e is IndexOutOfRangeException || e is OverflowException)
            {
                // YamlDotNet fails this way, without a position, on a stray document marker ('...') before any document and
                // on a flow mapping or sequence left open ({address: x with no '}'). Its own text names neither.
                return YamlReadResult.NotParsed(file, text, "the YAML is not well-formed; look for a '{' or '[' that is not closed and for a stray document marker ('---', '...')", 1, 1, 0, placed: false);
            }

            if (K0sctlReader.IsK0sctlFile(roots))
            {
                // k0sctl: its own documents, strictness and merging (K0sctlReader); the ClusterConfig k0s gets is checked as below.
                return K0sctlReader.Read(text, roots, file, offsetShift, version);
            }

            var documents = new List<YamlConfigDocument>();
            var other = new List<string>();
            for (int i = 0; i < roots.Count; i++)
            {
                YNode? root = roots[i];
                if (root == null || (root is YScalar s && s.IsNull))
                {
                    continue;
                }

                if (!(root is YMapping mapping))
                {
                    return YamlReadResult.Failed(file, "document " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is " + root.Describe() + ", not a mapping of ClusterConfig fields such as 'spec:'", (int)root.Start.Line, (int)root.Start.Column, (int)root.Start.Index + offsetShift);
                }

                string? apiVersion = (Get(mapping, FieldPaths.ApiVersion, exact: true)?.Value as YScalar)?.Value;
                string? kind = (Get(mapping, FieldPaths.Kind, exact: true)?.Value as YScalar)?.Value;
                YMapping? config = mapping;
                K0sVersion? readFor = version;
                var reader = new DocumentReader(file, offsetShift, readFor ?? K0sVersion.Newest);

                bool otherApiVersion = apiVersion != null && apiVersion != "k0s.k0sproject.io/v1beta1";
                bool otherKind = kind != null && kind != "ClusterConfig";
                if (config == mapping && (otherApiVersion || otherKind))
                {
                    if (documents.Count != 0 || other.Count != 0)
                    {
                        // Another kind of resource after the first document of a multi-document file.
                        other.Add((kind ?? "?") + " (" + (apiVersion ?? "no apiVersion") + ")");
                        continue;
                    }

                    // k0s checks neither apiVersion nor kind: it reads the document as a ClusterConfig whatever they say.
                    YNode at = (otherKind ? Get(mapping, FieldPaths.Kind, exact: true) : Get(mapping, FieldPaths.ApiVersion, exact: true))!.Value.Value;
                    string said = (otherKind ? "kind '" + kind + "'" : string.Empty) + (otherKind && otherApiVersion ? " and " : string.Empty) + (otherApiVersion ? "apiVersion '" + apiVersion + "'" : string.Empty);
                    reader.AddProblem(new DocumentProblem(DocumentProblemKind.NotClusterConfig, otherKind ? FieldPaths.Kind : FieldPaths.ApiVersion, said, string.Empty, true, reader.Position(at)));
                }

                documents.Add(new YamlConfigDocument(i, reader.Read(config), config, reader.Position(config), readFor));
            }

            if (documents.Count == 0)
            {
                // Nothing but empty documents (or nothing at all): k0s runs with its defaults.
                var facts = new ClusterFacts
                {
                    DocumentProblems = new[] { new DocumentProblem(DocumentProblemKind.NotClusterConfig, string.Empty, "nothing", "empty", true, new YamlPosition(file, 1, 1, 0, 0)) },
                };
                documents.Add(new YamlConfigDocument(0, facts, null, null));
            }

            return new YamlReadResult(file, documents, error: null);
        }

        /// <summary>
        /// A k0sctl Cluster's <c>spec.k0s.version</c>: the version it pins (<see langword="null"/> when none or unreadable), and
        /// a problem for rule K0S809 when it cannot be read or <paramref name="asked"/> overrides it.
        /// </summary>
        internal static (K0sVersion? Pinned, DocumentProblem? Problem) Pin(YMapping cluster, K0sVersion? asked, string file, int offsetShift)
        {
            KeyValuePair<YNode, YNode>? entry = Get(Get(Get(cluster, K0sctlKeys.Spec, exact: true)?.Value as YMapping, K0sctlKeys.K0s, exact: true)?.Value as YMapping, K0sctlKeys.Version, exact: true);
            if (entry == null || (entry.Value.Value is YScalar none && none.IsNull))
            {
                return (null, null);
            }

            YNode node = entry.Value.Value;
            var at = new YamlPosition(file, (int)node.Start.Line, (int)node.Start.Column, (int)node.Start.Index + offsetShift, (int)Math.Max(0, node.End.Index - node.Start.Index));
            string text = node is YScalar scalar ? scalar.Value : node.Describe();
            if (!(node is YScalar) || !K0sVersion.TryParse(text, out K0sVersion pinned, out string? problem))
            {
                return (null, new DocumentProblem(DocumentProblemKind.K0sVersionPin, "spec.k0s.version", text, "unreadable", false, at, K0sVersion.AcceptedForms));
            }

            if (asked is K0sVersion given && given != pinned)
            {
                return (pinned, new DocumentProblem(DocumentProblemKind.K0sVersionPin, "spec.k0s.version", text, given.ToString(), true, at));
            }

            return (pinned, null);
        }

        /// <summary>
        /// The entry k0s reads for the field <paramref name="key"/>, merge keys included: of the keys that Go's encoding/json
        /// matches to it (ignoring case as Go folds it, unless <paramref name="exact"/>), the one it decodes last, which
        /// is the one that sorts last byte-wise (sigs.k8s.io/yaml hands encoding/json an object with sorted keys);
        /// of equal keys, the last one written.
        /// </summary>
        internal static KeyValuePair<YNode, YNode>? Get(YMapping? mapping, string key, bool exact = false)
        {
            if (mapping == null)
            {
                return null;
            }

            KeyValuePair<YNode, YNode>? found = null;
            foreach (KeyValuePair<YNode, YNode> entry in Entries(mapping))
            {
                if (entry.Key is YScalar k && (exact ? string.Equals(k.Value, key, StringComparison.Ordinal) : GoDecoding.Matches(key, k.Value))
                    && (found == null || GoKeyOrder.Compare(((YScalar)found.Value.Key).Value, k.Value) <= 0))
                {
                    found = entry;
                }
            }

            return found;
        }

        /// <summary>
        /// A mapping's entries as k0s reads them, in the order first written. Each key is the JSON key sigs.k8s.io/yaml
        /// makes of it (<c>y:</c> is <c>true</c>, <c>0x10:</c> is <c>16</c>). Below a struct (<paramref name="fields"/>),
        /// encoding/json matches keys to fields ignoring case as Go folds it and decodes the keys naming one field in
        /// byte-wise order: the last one's value is read, and where the values are mappings (a section, a map) they merge,
        /// a later one's keys winning (a null in between starts over). Below a map, each key is its own entry and the
        /// last one written wins. Keys k0s refuses (null, an integer beyond 64 bits), keys that are not scalars, and
        /// floating-point keys are left out: the reader reports the first two, and the text of the third is unknown.
        /// </summary>
        /// <param name="mapping">The mapping.</param>
        /// <param name="fields">Whether the mapping is a struct's fields (keys fold) rather than a map's entries.</param>
        /// <returns>Each key k0s reads, the key node that wins, and the value k0s reads for it.</returns>
        public static IReadOnlyList<(string Key, YNode KeyNode, YNode Value)> AsK0sReads(YMapping mapping, bool fields)
        {
            var groups = new Dictionary<string, List<(string Key, int Index, KeyValuePair<YNode, YNode> Entry)>>(StringComparer.Ordinal);
            var order = new List<string>();
            int index = 0;
            foreach (KeyValuePair<YNode, YNode> entry in Entries(mapping))
            {
                if (!(entry.Key is YScalar scalar) || !(GoDecoding.JsonKey(scalar, out _) is string key))
                {
                    continue;
                }

                string group = fields ? GoDecoding.Fold(key) : key;
                if (!groups.TryGetValue(group, out var list))
                {
                    groups[group] = list = new List<(string, int, KeyValuePair<YNode, YNode>)>();
                    order.Add(group);
                }

                list.Add((key, index++, entry));
            }

            var result = new List<(string, YNode, YNode)>(order.Count);
            foreach (string group in order)
            {
                var list = groups[group];
                if (!fields)
                {
                    result.Add((list[list.Count - 1].Key, list[list.Count - 1].Entry.Key, list[list.Count - 1].Entry.Value));
                    continue;
                }

                var inGoOrder = list.OrderBy(v => v.Key, GoKeyOrder.Instance).ThenBy(v => v.Index).ToList();
                var winner = inGoOrder[inGoOrder.Count - 1];
                YNode value = winner.Entry.Value is YMapping last ? Merge(last, inGoOrder.Select(v => v.Entry.Value)) : winner.Entry.Value;
                result.Add((winner.Key, winner.Entry.Key, value));
            }

            return result;
        }

        /// <summary>
        /// What Go decodes from several values for one section, in the order it decodes them (<paramref name="last"/> is the
        /// last): their entries in that order, a null starting over; <paramref name="last"/> itself when it is the only one.
        /// </summary>
        internal static YMapping Merge(YMapping last, IEnumerable<YNode> inGoOrder)
        {
            List<YNode> values = inGoOrder.ToList();
            if (values.Count < 2)
            {
                return last;
            }

            var merged = new YMapping(last.Start, last.End);
            foreach (YNode value in values)
            {
                if (value is YScalar nothing && GoDecoding.Resolve(nothing) == JsonKind.Null)
                {
                    merged.EntryList.Clear();
                }
                else if (value is YMapping section)
                {
                    merged.EntryList.AddRange(Entries(section));
                }
            }

            return merged;
        }

        /// <summary>
        /// A mapping's entries with YAML merge keys (<c>&lt;&lt;: *base</c>) expanded, in the order go-yaml decodes them
        /// (<see cref="InDecodeOrder(YMapping)"/>): of two entries for one key, the later is the one go-yaml keeps.
        /// </summary>
        /// <param name="mapping">The mapping.</param>
        /// <returns>The entries, merged ones where their merge key stands, without the merge keys themselves.</returns>
        public static IEnumerable<KeyValuePair<YNode, YNode>> Entries(YMapping mapping) => InDecodeOrder(mapping).Select(e => e.Entry);

        internal static bool IsMergeKey(YNode key) => key is YScalar s && s.IsPlain && s.Value == "<<";

        /// <summary>What a merge key may hold for go-yaml: a mapping, or a list of mappings.</summary>
        internal static bool IsMergeValue(YNode value) => value is YMapping || (value is YSequence list && list.Items.All(i => i is YMapping));

        /// <summary>go-yaml's words for a merge key that holds anything else.</summary>
        internal const string MergeValueError = "map merge requires map or sequence of maps as the value";

        /// <summary>
        /// A mapping's entries in the order go-yaml v2 decodes them: each written key where it stands, and at a merge key
        /// (<c>&lt;&lt;</c>) the entries of the mapping it merges, or of each mapping of a list, last to first ("earlier
        /// nodes take precedence"), merge keys in them expanded alike. Decoding into a struct, a later key overwrites an
        /// earlier one for the same field, so the last one of a key is what k0sctl holds; <c>Merged</c> says an entry came
        /// through a merge key, which k0sctl's strict decoding does not count as setting the field twice.
        /// </summary>
        /// <param name="mapping">The mapping.</param>
        /// <returns>Its entries, merged ones where their merge key stands, each with whether it came through a merge key.</returns>
        public static IEnumerable<(KeyValuePair<YNode, YNode> Entry, bool Merged)> InDecodeOrder(YMapping mapping)
            => InDecodeOrder(mapping, merged: false, depth: 0);

        private static IEnumerable<(KeyValuePair<YNode, YNode> Entry, bool Merged)> InDecodeOrder(YMapping mapping, bool merged, int depth)
        {
            foreach (KeyValuePair<YNode, YNode> entry in mapping.Entries)
            {
                if (!IsMergeKey(entry.Key))
                {
                    yield return (entry, merged);
                    continue;
                }

                IReadOnlyList<YNode> sources = entry.Value is YSequence list ? list.Items : new[] { entry.Value };
                for (int i = sources.Count - 1; i >= 0; i--)
                {
                    if (sources[i] is YMapping source && source != mapping && depth < MaxMergeDepth)
                    {
                        foreach ((KeyValuePair<YNode, YNode> Entry, bool Merged) inner in InDecodeOrder(source, merged: true, depth + 1))
                        {
                            yield return inner;
                        }
                    }
                }
            }
        }

        /// <summary>How deep merge keys are followed into merged mappings (a merge cycle goes no further).</summary>
        private const int MaxMergeDepth = 16;

        /// <summary>The offset of the first tab in a line's indentation, or null.</summary>
        private static int? IndentingTab(string text)
        {
            bool lineStart = true;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n')
                {
                    lineStart = true;
                }
                else if (lineStart && c == '\t')
                {
                    return i;
                }
                else if (c != ' ')
                {
                    lineStart = false;
                }
            }

            return null;
        }

        private static (int Line, int Column) LineAndColumn(string text, int index)
        {
            int line = 1;
            int column = 1;
            for (int i = 0; i < index && i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            return (line, column);
        }

        private static (int Line, int Column, int Offset) FirstInvalidUtf8(byte[] bytes, int start)
        {
            int line = 1;
            int column = 1;
            int i = start;
            int chars = 0;
            while (i < bytes.Length)
            {
                byte b = bytes[i];
                int length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
                bool valid = length != 0 && i + length <= bytes.Length;
                for (int j = 1; valid && j < length; j++)
                {
                    valid = (bytes[i + j] & 0xC0) == 0x80;
                }

                if (valid && length > 1)
                {
                    try
                    {
                        StrictUtf8.GetString(bytes, i, length);
                    }
                    catch (DecoderFallbackException)
                    {
                        valid = false;
                    }
                }

                if (!valid)
                {
                    return (line, column, chars);
                }

                if (b == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column += length == 4 ? 2 : 1;
                }

                chars += length == 4 ? 2 : 1;
                i += length;
            }

            return (line, column, chars);
        }
    }

    /// <summary>What <see cref="ClusterConfigYaml"/> read from one file.</summary>
    public sealed class YamlReadResult
    {
        // A k0sctl file whose YAML does not parse: k0sctl refuses it (K0S940), not k0s.
        private readonly bool _k0sctl;

        internal YamlReadResult(string file, IReadOnlyList<YamlConfigDocument> documents, DocumentProblem? error, bool k0sctl = false)
        {
            File = file;
            Documents = documents;
            Error = error;
            _k0sctl = k0sctl;
        }

        /// <summary>The file's name as given.</summary>
        public string File { get; }

        /// <summary>The ClusterConfigs read, one per document that holds one; empty when <see cref="Error"/> is set.</summary>
        public IReadOnlyList<YamlConfigDocument> Documents { get; }

        /// <summary>Why nothing could be read (not text, not YAML, no ClusterConfig), or <see langword="null"/>.</summary>
        public DocumentProblem? Error { get; }

        /// <summary>Runs every rule on every document (or reports <see cref="Error"/>: as K0S940 for a k0sctl file whose YAML does not parse, else as K0S804).</summary>
        /// <param name="options">Settings outside the file, or <see langword="null"/> for the defaults.</param>
        /// <param name="include">Which rules to run; <see langword="null"/> runs them all.</param>
        /// <returns>Every finding, document by document, each with a <see cref="YamlPosition"/> origin.</returns>
        public IReadOnlyList<Finding> Validate(ValidationOptions? options = null, Func<RuleDescriptor, bool>? include = null)
        {
            if (Error != null)
            {
                ClusterFacts facts = ClusterFacts.AllUnknown();
                if (!_k0sctl)
                {
                    facts.DocumentProblems = new[] { Error };
                    return RuleEngine.Evaluate(facts, options, include);
                }

                facts.K0sctl = K0sctlReader.NotParsed(Error, File);
                return RuleEngine.Evaluate(facts, options, r => r.Id == RuleIds.K0sctlUnreadable && (include == null || include(r)));
            }

            var findings = new List<Finding>();
            foreach (YamlConfigDocument document in Documents)
            {
                findings.AddRange(RuleEngine.Evaluate(document.Facts, document.OptionsFor(options), include));
            }

            return findings;
        }

        internal static YamlReadResult Failed(string file, string message, int line, int column, int offset, bool k0sctl = false, bool placed = true)
            => new YamlReadResult(
                file,
                Array.Empty<YamlConfigDocument>(),
                new DocumentProblem(DocumentProblemKind.Unreadable, string.Empty, message, placed ? "line " + line.ToString(CultureInfo.InvariantCulture) + ", column " + column.ToString(CultureInfo.InvariantCulture) : "its parser gives no line", false, new YamlPosition(file, line, column, offset, 0)),
                k0sctl);

        /// <summary>
        /// <paramref name="text"/> is not YAML (<paramref name="message"/>: what is wrong; how to fix it). When a line of it
        /// gives a k0sctl apiVersion, it is a k0sctl file that k0sctl refuses, as k0s would a k0s.yaml.
        /// </summary>
        internal static YamlReadResult NotParsed(string file, string text, string message, int line, int column, int offset, bool placed = true)
            => Failed(file, message, line, column, offset, K0sctlReader.IsK0sctlText(text), placed);
    }

    /// <summary>One ClusterConfig read from YAML.</summary>
    public sealed class YamlConfigDocument
    {
        internal YamlConfigDocument(int index, ClusterFacts facts, YMapping? root, YamlPosition? position, K0sVersion? version = null)
        {
            Index = index;
            Facts = facts;
            Root = root;
            Position = position;
            Version = version;
        }

        /// <summary>
        /// The k0s version the document was read for: the one asked for, else a k0sctl file's <c>spec.k0s.version</c>;
        /// <see langword="null"/> when neither was given (the newest).
        /// </summary>
        public K0sVersion? Version { get; }

        /// <summary>
        /// The options to check the document with: <paramref name="options"/> for the version it was read for (a k0sctl
        /// pin applies unless the options chose a version themselves).
        /// </summary>
        /// <param name="options">Settings outside the file, or <see langword="null"/> for the defaults.</param>
        /// <returns>The options.</returns>
        public ValidationOptions OptionsFor(ValidationOptions? options)
        {
            options ??= ValidationOptions.Default;
            return Version is K0sVersion v && !options.IsVersionStated ? options.WithVersion(v) : options;
        }

        /// <summary>
        /// The k0sctl <c>Cluster</c> document whose <c>spec.k0s.config</c> this ClusterConfig is (hosts and all), or
        /// <see langword="null"/> for a k0s.yaml; walk it with <see cref="ClusterConfigYaml.Entries"/> (k0sctl matches keys exactly).
        /// </summary>
        public YMapping? K0sctl { get; internal set; }

        /// <summary>The document's index in the file, from 0.</summary>
        public int Index { get; }

        /// <summary>What the rules read: every value k0s would see, with its <see cref="YamlPosition"/> as origin.</summary>
        public ClusterFacts Facts { get; }

        /// <summary>Where the ClusterConfig mapping starts, or <see langword="null"/> for a k0sctl Cluster without one.</summary>
        public YamlPosition? Position { get; }

        /// <summary>
        /// The ClusterConfig mapping as read (for a k0sctl Cluster, its <c>spec.k0s.config</c>), or <see langword="null"/>
        /// for a k0sctl Cluster without one; walk it with <see cref="ClusterConfigYaml.Entries"/>.
        /// </summary>
        public YMapping? Root { get; }
    }
}
