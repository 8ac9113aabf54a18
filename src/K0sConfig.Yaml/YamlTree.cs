using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace K0sConfig.Yaml
{
    /// <summary>
    /// A YAML node with its place in the text, as <see cref="ClusterConfigYaml"/> reads it (<see cref="YamlConfigDocument.Root"/>):
    /// a <see cref="YScalar"/>, a <see cref="YMapping"/> or a <see cref="YSequence"/>. Aliases share the anchored node.
    /// </summary>
    public abstract class YNode
    {
        private protected YNode(Mark start, Mark end)
        {
            Start = start;
            End = end;
        }

        /// <summary>The line where the node starts, from 1.</summary>
        public int Line => (int)Start.Line;

        /// <summary>The column where the node starts, from 1, counted in UTF-16 code units.</summary>
        public int Column => (int)Start.Column;

        /// <summary>The offset of the node's first character in the text read, from 0 (a leading byte order mark is not counted).</summary>
        public int Offset => (int)Start.Index;

        internal Mark Start { get; }

        internal Mark End { get; }

        /// <summary>How many nodes the node stands for once every alias in it is expanded (saturates at long.MaxValue).</summary>
        internal long Weight { get; set; } = 1;

        /// <summary>The node as a message names it: <c>'value'</c>, <c>the quoted text 'value'</c>, <c>null</c>, <c>a mapping</c> or <c>a list</c>.</summary>
        /// <returns>The description.</returns>
        public abstract string Describe();
    }

    /// <summary>A YAML scalar: its text, and whether it was written plain, which decides what a YAML reader makes of it.</summary>
    public sealed class YScalar : YNode
    {
        private static readonly HashSet<string> Nulls = new HashSet<string>(StringComparer.Ordinal) { "~", "null", "Null", "NULL", string.Empty };

        internal YScalar(string value, ScalarStyle style, string tag, Mark start, Mark end)
            : base(start, end)
        {
            Value = value;
            Style = style;
            Tag = tag;
        }

        /// <summary>
        /// A scalar as go-yaml reads it: one tagged <c>!!int</c>, <c>!!float</c> or <c>!!bool</c> whose text is such a
        /// value (<c>!!int "6443"</c>, <c>!!float 6443</c>) is that value, as the plain scalar would be; one tagged
        /// <c>!!binary</c> is the text its base64 holds. Any other tag stays, and the scalar reads as the reader makes of it.
        /// </summary>
        internal static YScalar Tagged(string value, ScalarStyle style, string tag, Mark start, Mark end)
        {
            const string Prefix = "tag:yaml.org,2002:";
            if (tag.Length == 0)
            {
                return new YScalar(value, style, tag, start, end);
            }

            var plain = new YScalar(value, ScalarStyle.Plain, string.Empty, start, end);
            bool same = tag switch
            {
                Prefix + "int" => YamlScalars.TryInteger(plain, out _) || YamlScalars.TryUnsignedInteger(plain, out _),
                Prefix + "float" => GoDecoding.Resolve(plain) == JsonKind.Number,
                Prefix + "bool" => GoDecoding.Resolve(plain) == JsonKind.Bool,
                _ => false,
            };
            if (same)
            {
                return plain;
            }

            if (tag == Prefix + "binary" && Base64Text(value) is string text)
            {
                return new YScalar(text, ScalarStyle.DoubleQuoted, string.Empty, start, end);
            }

            return new YScalar(value, style, tag, start, end);
        }

        /// <summary>The UTF-8 text that base64 (whitespace aside) holds, or <see langword="null"/>.</summary>
        private static string? Base64Text(string value)
        {
            var compact = new System.Text.StringBuilder(value.Length);
            foreach (char c in value)
            {
                if (!char.IsWhiteSpace(c))
                {
                    compact.Append(c);
                }
            }

            try
            {
                return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(compact.ToString()));
            }
            catch (Exception e) when (e is FormatException || e is ArgumentException)
            {
                return null;
            }
        }

        /// <summary>The scalar's text, after YAML's quoting and folding are undone.</summary>
        public string Value { get; }

        internal ScalarStyle Style { get; }

        /// <summary>The scalar's explicit tag (such as <c>tag:yaml.org,2002:str</c>), or empty when it has none.</summary>
        public string Tag { get; }

        /// <summary>True for a plain scalar without a tag: the only kind a YAML reader resolves to a null, a boolean or a number.</summary>
        public bool IsPlain => Style == ScalarStyle.Plain && Tag.Length == 0;

        /// <summary>A plain null (<c>~</c>, <c>null</c>, nothing at all), which k0s treats as not written.</summary>
        public bool IsNull => (IsPlain && Nulls.Contains(Value)) || Tag == "tag:yaml.org,2002:null";

        /// <inheritdoc />
        public override string Describe()
        {
            if (IsNull)
            {
                return "null";
            }

            string shown = Value.Length > 60 ? Value.Substring(0, 60) + "..." : Value;
            return (IsPlain ? "'" : "the quoted text '") + shown + "'";
        }
    }

    /// <summary>A YAML mapping.</summary>
    public sealed class YMapping : YNode
    {
        internal YMapping(Mark start, Mark end)
            : base(start, end)
        {
        }

        /// <summary>
        /// The entries as written, in order, duplicate keys and merge keys (<c>&lt;&lt;</c>) included;
        /// <see cref="ClusterConfigYaml.Entries"/> expands the merge keys.
        /// </summary>
        public IReadOnlyList<KeyValuePair<YNode, YNode>> Entries => EntryList;

        internal List<KeyValuePair<YNode, YNode>> EntryList { get; } = new List<KeyValuePair<YNode, YNode>>();

        /// <inheritdoc />
        public override string Describe() => "a mapping";
    }

    /// <summary>A YAML sequence (a list).</summary>
    public sealed class YSequence : YNode
    {
        internal YSequence(Mark start, Mark end)
            : base(start, end)
        {
        }

        /// <summary>The items, in order.</summary>
        public IReadOnlyList<YNode> Items => ItemList;

        internal List<YNode> ItemList { get; } = new List<YNode>();

        /// <inheritdoc />
        public override string Describe() => "a list";
    }

    /// <summary>Thrown for input the reader refuses: its message says what and how to fix it.</summary>
    internal sealed class YamlInputException : Exception
    {
        public YamlInputException(string message, Mark at)
            : base(message)
        {
            At = at;
        }

        public Mark At { get; }
    }

    /// <summary>
    /// Builds <see cref="YNode"/> trees from YamlDotNet's event parser without recursion, so no nesting can overflow the
    /// stack: deeper than <see cref="MaxDepth"/> levels, or aliases that expand beyond <see cref="MaxWeight"/> nodes
    /// (a "billion laughs"), is refused.
    /// </summary>
    internal static class YamlTreeBuilder
    {
        public const int MaxDepth = 200;

        public const long MaxWeight = 1_000_000;

        /// <summary>Every document of the stream: its root, or <see langword="null"/> for an empty document.</summary>
        public static List<YNode?> Load(string text)
        {
            var documents = new List<YNode?>();
            var parser = new Parser(new StringReader(text));
            var anchors = new Dictionary<string, YNode>(StringComparer.Ordinal);
            var open = new Stack<(YNode Node, YNode? PendingKey, string? Anchor)>();
            YNode? root = null;
            bool inDocument = false;

            while (parser.MoveNext())
            {
                ParsingEvent e = parser.Current!;
                switch (e)
                {
                    case DocumentStart start when start.Version != null && (start.Version.Version.Major != 1 || start.Version.Version.Minor != 1):
                        // go-yaml v2, k0s's and k0sctl's reader, takes %YAML 1.1 only.
                        throw new YamlInputException("the %YAML " + start.Version.Version.Major.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + start.Version.Version.Minor.ToString(System.Globalization.CultureInfo.InvariantCulture) + " directive is one go-yaml, the YAML reader of k0s and k0sctl, refuses (\"found incompatible YAML document\": it reads YAML 1.1); remove the directive, or write %YAML 1.1", start.Start);
                    case DocumentStart:
                        inDocument = true;
                        root = null;
                        anchors.Clear();
                        continue;
                    case DocumentEnd:
                        if (inDocument)
                        {
                            documents.Add(root);
                        }

                        inDocument = false;
                        continue;
                    case StreamStart:
                    case StreamEnd:
                    case Comment:
                        continue;
                }

                YNode? complete = null;
                string? completeAnchor = null;
                switch (e)
                {
                    case Scalar scalar:
                        complete = YScalar.Tagged(scalar.Value, scalar.Style, scalar.Tag.IsEmpty ? string.Empty : scalar.Tag.Value, scalar.Start, scalar.End);
                        completeAnchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out complete))
                        {
                            throw new YamlInputException("the alias *" + alias.Value.Value + " names no anchor defined before it; define '&" + alias.Value.Value + "' first", alias.Start);
                        }

                        break;
                    case MappingStart mappingStart:
                        Push(open, new YMapping(mappingStart.Start, mappingStart.End), mappingStart.Anchor.IsEmpty ? null : mappingStart.Anchor.Value);
                        continue;
                    case SequenceStart sequenceStart:
                        Push(open, new YSequence(sequenceStart.Start, sequenceStart.End), sequenceStart.Anchor.IsEmpty ? null : sequenceStart.Anchor.Value);
                        continue;
                    case MappingEnd:
                    case SequenceEnd:
                        (YNode node, _, string? anchor) = open.Pop();
                        complete = node;
                        completeAnchor = anchor;
                        break;
                }

                if (complete == null)
                {
                    continue;
                }

                if (completeAnchor != null)
                {
                    anchors[completeAnchor] = complete;
                }

                if (open.Count == 0)
                {
                    root = complete;
                    continue;
                }

                (YNode parent, YNode? pendingKey, string? parentAnchor) = open.Pop();
                parent.Weight = Add(parent.Weight, complete.Weight, complete.Start);
                if (parent is YSequence sequence)
                {
                    sequence.ItemList.Add(complete);
                    open.Push((parent, null, parentAnchor));
                }
                else if (pendingKey == null)
                {
                    open.Push((parent, complete, parentAnchor));
                }
                else
                {
                    ((YMapping)parent).EntryList.Add(new KeyValuePair<YNode, YNode>(pendingKey, complete));
                    open.Push((parent, null, parentAnchor));
                }
            }

            return documents;
        }

        private static void Push(Stack<(YNode, YNode?, string?)> open, YNode node, string? anchor)
        {
            if (open.Count >= MaxDepth)
            {
                throw new YamlInputException("the YAML is nested more than " + MaxDepth + " levels deep, far beyond any ClusterConfig; remove the extra nesting", node.Start);
            }

            open.Push((node, null, anchor));
        }

        private static long Add(long weight, long more, Mark at)
        {
            long sum = weight + more;
            if (sum > MaxWeight || sum < 0)
            {
                throw new YamlInputException("aliases expand the document to more than " + MaxWeight.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " nodes (an alias bomb); write the values out instead of nesting aliases", at);
            }

            return sum;
        }
    }
}
