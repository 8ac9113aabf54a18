using System;
using System.Collections.Generic;
using System.Globalization;
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
        public static YamlReadResult Read(byte[] bytes, string file)
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

            return Read(text, file);
        }

        /// <summary>Reads YAML text.</summary>
        /// <param name="text">The YAML (a leading byte order mark is ignored).</param>
        /// <param name="file">The file's name, for positions (<c>-</c> for standard input).</param>
        /// <returns>The documents read, or why nothing could be.</returns>
        public static YamlReadResult Read(string text, string file)
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
                return YamlReadResult.Failed(file, e.Message, (int)e.At.Line, (int)e.At.Column, (int)e.At.Index + offsetShift);
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

                return YamlReadResult.Failed(file, "the YAML is not well-formed: " + message.TrimEnd('.') + "; " + (tab ? "indent with spaces, not tabs" : "fix the YAML there"), line, column, offset + offsetShift);
            }
            catch (Exception e) when (e is ArgumentException || e is InvalidOperationException || e is IndexOutOfRangeException || e is OverflowException)
            {
                // YamlDotNet fails this way on a stray document marker ('...') before any document.
                return YamlReadResult.Failed(file, "the YAML could not be read (" + e.Message.TrimEnd('.') + "); check the document markers '---' and '...'", 1, 1, 0);
            }

            if (K0sctlReader.IsK0sctlFile(roots))
            {
                // k0sctl: its own documents, strictness and merging (K0sctlReader); the ClusterConfig k0s gets is checked as below.
                return K0sctlReader.Read(text, roots, file, offsetShift);
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

                string? apiVersion = (Get(mapping, "apiVersion", exact: true)?.Value as YScalar)?.Value;
                string? kind = (Get(mapping, "kind", exact: true)?.Value as YScalar)?.Value;
                YMapping? config = mapping;
                if (apiVersion != null && apiVersion.StartsWith("k0sctl.k0sproject.io/", StringComparison.Ordinal))
                {
                    // k0sctl: the ClusterConfig is spec.k0s.config, with or without its own apiVersion and kind.
                    YNode? node = Get(Get(Get(mapping, "spec", exact: true)?.Value as YMapping, "k0s", exact: true)?.Value as YMapping, "config", exact: true)?.Value;
                    config = node as YMapping;
                    if (config == null)
                    {
                        if (node is YScalar nothing && nothing.IsNull || node == null)
                        {
                            documents.Add(YamlConfigDocument.Empty(i));
                            continue;
                        }

                        return YamlReadResult.Failed(file, "spec.k0s.config of the k0sctl Cluster in document " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is " + node.Describe() + ", not a ClusterConfig mapping", (int)node.Start.Line, (int)node.Start.Column, (int)node.Start.Index + offsetShift);
                    }
                }
                var reader = new DocumentReader(file, offsetShift);
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
                    YNode at = (otherKind ? Get(mapping, "kind", exact: true) : Get(mapping, "apiVersion", exact: true))!.Value.Value;
                    string said = (otherKind ? "kind '" + kind + "'" : string.Empty) + (otherKind && otherApiVersion ? " and " : string.Empty) + (otherApiVersion ? "apiVersion '" + apiVersion + "'" : string.Empty);
                    reader.AddProblem(new DocumentProblem(DocumentProblemKind.NotClusterConfig, otherKind ? "kind" : "apiVersion", said, string.Empty, true, reader.Position(at)));
                }

                documents.Add(new YamlConfigDocument(i, reader.Read(config), config, reader.Position(config)));
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
                    && (found == null || GoDecoding.CompareKeys(((YScalar)found.Value.Key).Value, k.Value) <= 0))
                {
                    found = entry;
                }
            }

            return found;
        }

        /// <summary>
        /// A mapping's entries with YAML merge keys (<c>&lt;&lt;: *base</c>) expanded first, so written keys win.
        /// </summary>
        /// <param name="mapping">The mapping.</param>
        /// <returns>The entries, merged ones first, without the merge keys themselves.</returns>
        public static IEnumerable<KeyValuePair<YNode, YNode>> Entries(YMapping mapping)
        {
            foreach (KeyValuePair<YNode, YNode> entry in mapping.Entries)
            {
                if (IsMergeKey(entry.Key))
                {
                    IEnumerable<YNode> sources = entry.Value is YSequence list ? list.Items : new[] { entry.Value };
                    foreach (YNode source in sources)
                    {
                        if (source is YMapping merged && merged != mapping)
                        {
                            foreach (KeyValuePair<YNode, YNode> inner in merged.Entries)
                            {
                                if (!IsMergeKey(inner.Key))
                                {
                                    yield return inner;
                                }
                            }
                        }
                    }
                }
            }

            foreach (KeyValuePair<YNode, YNode> entry in mapping.Entries)
            {
                if (!IsMergeKey(entry.Key))
                {
                    yield return entry;
                }
            }
        }

        internal static bool IsMergeKey(YNode key) => key is YScalar s && s.IsPlain && s.Value == "<<";

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
        internal YamlReadResult(string file, IReadOnlyList<YamlConfigDocument> documents, DocumentProblem? error)
        {
            File = file;
            Documents = documents;
            Error = error;
        }

        /// <summary>The file's name as given.</summary>
        public string File { get; }

        /// <summary>The ClusterConfigs read, one per document that holds one; empty when <see cref="Error"/> is set.</summary>
        public IReadOnlyList<YamlConfigDocument> Documents { get; }

        /// <summary>Why nothing could be read (not text, not YAML, no ClusterConfig), or <see langword="null"/>.</summary>
        public DocumentProblem? Error { get; }

        /// <summary>Runs every rule on every document (or reports <see cref="Error"/> as K0S804).</summary>
        /// <param name="options">Settings outside the file, or <see langword="null"/> for the defaults.</param>
        /// <param name="include">Which rules to run; <see langword="null"/> runs them all.</param>
        /// <returns>Every finding, document by document, each with a <see cref="YamlPosition"/> origin.</returns>
        public IReadOnlyList<Finding> Validate(ValidationOptions? options = null, Func<RuleDescriptor, bool>? include = null)
        {
            if (Error != null)
            {
                ClusterFacts facts = ClusterFacts.AllUnknown();
                facts.DocumentProblems = new[] { Error };
                return RuleEngine.Evaluate(facts, options, include);
            }

            var findings = new List<Finding>();
            foreach (YamlConfigDocument document in Documents)
            {
                findings.AddRange(RuleEngine.Evaluate(document.Facts, options, include));
            }

            return findings;
        }

        internal static YamlReadResult Failed(string file, string message, int line, int column, int offset)
            => new YamlReadResult(
                file,
                Array.Empty<YamlConfigDocument>(),
                new DocumentProblem(DocumentProblemKind.Unreadable, string.Empty, message, "line " + line.ToString(CultureInfo.InvariantCulture) + ", column " + column.ToString(CultureInfo.InvariantCulture), false, new YamlPosition(file, line, column, offset, 0)));
    }

    /// <summary>One ClusterConfig read from YAML.</summary>
    public sealed class YamlConfigDocument
    {
        internal YamlConfigDocument(int index, ClusterFacts facts, YMapping? root, YamlPosition? position)
        {
            Index = index;
            Facts = facts;
            Root = root;
            Position = position;
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

        internal static YamlConfigDocument Empty(int index) => new YamlConfigDocument(index, new ClusterFacts(), null, null);
    }
}
