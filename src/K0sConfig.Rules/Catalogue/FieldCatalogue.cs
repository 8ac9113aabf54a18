using System;
using System.Collections.Generic;
using System.Linq;

namespace K0sConfig.Rules
{
    /// <summary>What a field of the k0s ClusterConfig holds, as k0s reads it.</summary>
    public enum FieldKind
    {
        /// <summary>An object with named fields (a section such as <c>spec.network</c>).</summary>
        Section,

        /// <summary>An object whose keys are free (<c>extraArgs</c>); its values are the field at <c>PATH.*</c>.</summary>
        Map,

        /// <summary>A list; its items are the field at <c>PATH[]</c>.</summary>
        List,

        /// <summary>A list the CRD declares a set: each value once.</summary>
        Set,

        /// <summary>A list of objects the CRD keys by one of their fields (<c>virtualServers</c> by <c>ipAddress</c>).</summary>
        KeyedList,

        /// <summary>Free text.</summary>
        Text,

        /// <summary>An integer.</summary>
        Integer,

        /// <summary>A number.</summary>
        Number,

        /// <summary><see langword="true"/> or <see langword="false"/>.</summary>
        Boolean,

        /// <summary>An integer or a string (Kubernetes' <c>IntOrString</c>).</summary>
        IntOrString,

        /// <summary>A Go duration (<c>1m30s</c>), read with Go's <c>time.ParseDuration</c>; the CRD says string.</summary>
        Duration,

        /// <summary>A CIDR, read with Go's <c>net.ParseCIDR</c>.</summary>
        Cidr,

        /// <summary>An IP address, read with Go's <c>net.ParseIP</c>.</summary>
        IP,

        /// <summary>An IP address or a DNS name.</summary>
        Address,

        /// <summary>A DNS name.</summary>
        DnsName,

        /// <summary>A TCP or UDP port.</summary>
        Port,

        /// <summary>One of a closed set of spellings (<see cref="CatalogueField.EnumValues"/>).</summary>
        Enum,

        /// <summary>Anything: k0s keeps it as it is (<c>metadata</c>, chart values).</summary>
        Any,
    }

    /// <summary>A value of a field in a range of k0s minor versions.</summary>
    public sealed class VersionedValue
    {
        internal VersionedValue(int firstMinor, int lastMinor, string value)
        {
            FirstMinor = firstMinor;
            LastMinor = lastMinor;
            Value = value;
        }

        /// <summary>The first k0s 1.x minor version that has this value (27 for 1.27).</summary>
        public int FirstMinor { get; }

        /// <summary>The last k0s 1.x minor version that has this value.</summary>
        public int LastMinor { get; }

        /// <summary>The value as k0s writes it in YAML.</summary>
        public string Value { get; }
    }

    /// <summary>One field of the k0s ClusterConfig: one entry of <see cref="FieldCatalogue"/>.</summary>
    public sealed class CatalogueField
    {
        internal CatalogueField(string path, FieldKind kind, uint versions, string[] enumValues, VersionedValue[] defaults, bool lenient, string? builderMethod, params VersionedValue[] olderTypes)
        {
            OlderCrdTypes = olderTypes;
            Path = path;
            Kind = kind;
            VersionMask = versions;
            EnumValues = enumValues;
            Defaults = defaults;
            DecodedLeniently = lenient;
            BuilderMethod = builderMethod;
            int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            Key = path.EndsWith("[]", StringComparison.Ordinal) ? "[]" : path.Substring(cut + 1);
            Parent = cut < 0 ? string.Empty : path.Substring(0, cut);
        }

        /// <summary>The field's path in k0s.yaml, with k0s's keys: <c>spec.network.podCIDR</c>; <c>PATH[]</c> is an item of a list, <c>PATH.*</c> a value of a map.</summary>
        public string Path { get; }

        /// <summary>The field's key as k0s spells it: <c>podCIDR</c> (<c>*</c> for a map's values, <c>[]</c> for a list's items).</summary>
        public string Key { get; }

        /// <summary>The path of the section, map or list that holds the field ("" for the document's top level).</summary>
        public string Parent { get; }

        /// <summary>What the field holds.</summary>
        public FieldKind Kind { get; }

        /// <summary>The k0s 1.x minor versions that have the field, one bit each: bit 0 is <see cref="FieldCatalogue.FirstMinor"/>.</summary>
        public uint VersionMask { get; }

        /// <summary>The spellings k0s accepts, for an <see cref="FieldKind.Enum"/> (empty otherwise).</summary>
        public IReadOnlyList<string> EnumValues { get; }

        /// <summary>The value k0s uses when the field is not written, per range of versions (empty where k0s sets none or it depends on the host).</summary>
        public IReadOnlyList<VersionedValue> Defaults { get; }

        /// <summary>
        /// The field is, or sits below, a type that decodes itself (its own <c>UnmarshalJSON</c> calling plain
        /// <c>json.Unmarshal</c>): k0s silently drops an unknown key in it instead of rejecting the file.
        /// </summary>
        public bool DecodedLeniently { get; }

        /// <summary>
        /// k0s reads a 0 in this field as if it were not written and takes the default (<c>spec.api.port: 0</c> is
        /// 6443): the builder's YAML leaves a 0 out.
        /// </summary>
        public bool ZeroMeansDefault => FieldCatalogue.ZeroMeansDefault(Path);

        /// <summary>The builder method that writes the field, as <c>TypeName.MethodName</c> of the <c>K0sConfig</c> namespace, or <see langword="null"/>.</summary>
        public string? BuilderMethod { get; }

        /// <summary>
        /// The CRD's type of the field (<c>integer</c>, <c>string</c>, <c>object</c>, ...) in the versions where it
        /// was not what <see cref="Kind"/> says today: <c>charts[].timeout</c> was an integer before k0s 1.30.
        /// </summary>
        public IReadOnlyList<VersionedValue> OlderCrdTypes { get; }

        /// <summary>Whether k0s 1.<paramref name="minor"/> has the field.</summary>
        /// <param name="minor">The k0s 1.x minor version, such as 34.</param>
        /// <returns><see langword="true"/> when that version's CRD has the field.</returns>
        public bool ExistsIn(int minor) => minor >= FieldCatalogue.FirstMinor && minor <= FieldCatalogue.LastMinor && (VersionMask & (1u << (minor - FieldCatalogue.FirstMinor))) != 0;

        /// <summary>The field's default in k0s 1.<paramref name="minor"/>, or <see langword="null"/>.</summary>
        /// <param name="minor">The k0s 1.x minor version, such as 34.</param>
        /// <returns>The default as k0s writes it in YAML.</returns>
        public string? DefaultIn(int minor)
        {
            foreach (VersionedValue value in Defaults)
            {
                if (minor >= value.FirstMinor && minor <= value.LastMinor)
                {
                    return value.Value;
                }
            }

            return null;
        }

        /// <inheritdoc/>
        public override string ToString() => Path + " (" + Kind + ")";
    }

    /// <summary>
    /// Every field of the k0s ClusterConfig in every supported k0s version: generated from the CRD of each k0s
    /// minor version (Catalogue/crds) and the hand-kept Catalogue/overlay.txt into FieldCatalogue.g.cs. The builder,
    /// the YAML reader and writer, the importer, the analyzers and the code fixes read the fields from here.
    /// </summary>
    public static partial class FieldCatalogue
    {
        private static readonly Lazy<Index> s_index = new Lazy<Index>(() => new Index(All));

        /// <summary>The oldest supported k0s 1.x minor version.</summary>
        public const int FirstMinor = 27;

        /// <summary>The newest supported k0s 1.x minor version.</summary>
        public const int LastMinor = 36;

        /// <summary>Every field of every supported version, parents before their children, in ordinal order of their paths.</summary>
        public static IReadOnlyList<CatalogueField> All => Fields;

        /// <summary>The field at a path (<c>spec.network.podCIDR</c>, <c>spec.api.sans[]</c>, <c>spec.api.extraArgs.*</c>), or <see langword="null"/>.</summary>
        /// <param name="path">The field's path.</param>
        /// <returns>The field, in any version.</returns>
        public static CatalogueField? Find(string path) => s_index.Value.ByPath.TryGetValue(path, out CatalogueField? field) ? field : null;

        /// <summary>The fields of the section at <paramref name="path"/> that k0s 1.<paramref name="minor"/> has.</summary>
        /// <param name="path">A section's path ("" for the top level).</param>
        /// <param name="minor">The k0s 1.x minor version.</param>
        /// <returns>The fields, in the CRD's order.</returns>
        public static IReadOnlyList<CatalogueField> FieldsOf(string path, int minor = LastMinor)
        {
            if (!s_index.Value.Children.TryGetValue(path, out List<CatalogueField>? children))
            {
                return Array.Empty<CatalogueField>();
            }

            return minor == LastMinor ? s_index.Value.Current(path) : children.FindAll(f => f.ExistsIn(minor));
        }

        /// <summary>
        /// The field of the section at <paramref name="path"/> that a YAML key names, as Go's encoding/json matches it:
        /// exactly, else ignoring case.
        /// </summary>
        /// <param name="path">A section's path ("" for the top level).</param>
        /// <param name="key">The key as written.</param>
        /// <param name="minor">The k0s 1.x minor version.</param>
        /// <returns>The field, or <see langword="null"/> when the section has none of that name.</returns>
        public static CatalogueField? Field(string path, string key, int minor = LastMinor)
        {
            IReadOnlyList<CatalogueField> fields = FieldsOf(path, minor);
            foreach (CatalogueField field in fields)
            {
                if (string.Equals(field.Key, key, StringComparison.Ordinal))
                {
                    return field;
                }
            }

            foreach (CatalogueField field in fields)
            {
                if (FoldsTo(key, field.Key))
                {
                    return field;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether Go's encoding/json folds <paramref name="key"/> to the ASCII field name <paramref name="field"/>: ASCII
        /// letters match either case, KELVIN SIGN (U+212A) matches k and LATIN SMALL LETTER LONG S (U+017F) matches s
        /// (the two non-ASCII runes whose case-folding orbit holds an ASCII letter); nothing else matches.
        /// </summary>
        internal static bool FoldsTo(string key, string field)
        {
            if (key.Length != field.Length)
            {
                return false;
            }

            for (int i = 0; i < key.Length; i++)
            {
                char k = key[i];
                char f = field[i];
                if (k == f)
                {
                    continue;
                }

                char upper = f >= 'a' && f <= 'z' ? (char)(f - ('a' - 'A')) : f;
                char folded = k >= 'a' && k <= 'z' ? (char)(k - ('a' - 'A')) : k == '\u212A' ? 'K' : k == '\u017F' ? 'S' : k;
                if (folded != upper)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The builder method that writes the field at <paramref name="path"/> writes other fields too, depending on the
        /// builder it is called on (<c>NodeLocalProxyBuilder.ApiServerBindPort</c> writes envoyProxy's or traefik's):
        /// a call of it alone does not say which field it writes.
        /// </summary>
        /// <param name="path">A field's path.</param>
        /// <returns><see langword="true"/> when another field has the same builder method.</returns>
        public static bool BuilderMethodIsShared(string path)
            => Find(path)?.BuilderMethod is string method && s_index.Value.MethodUses.TryGetValue(method, out int uses) && uses > 1;

        /// <summary>
        /// The fields of the section at <paramref name="path"/> in the newest version, in the order the builder's YAML
        /// writes them: the overlay's order (that of the k0s documentation) for the fields it lists, then the CRD's.
        /// </summary>
        /// <param name="path">A section's path ("" for the top level, <c>PATH[]</c> for the items of a list).</param>
        /// <returns>The fields, in writing order.</returns>
        public static IReadOnlyList<CatalogueField> InWriteOrder(string path)
            => s_index.Value.WriteOrder.TryGetValue(path, out IReadOnlyList<CatalogueField>? fields) ? fields : Array.Empty<CatalogueField>();

        /// <summary>
        /// The field of the section at <paramref name="path"/> that a builder method of that name writes
        /// (<c>VxlanPort</c> in <c>spec.network.calico</c> writes <c>vxlanPort</c>).
        /// </summary>
        /// <param name="path">A section's path (<c>PATH[]</c> for the items of a list).</param>
        /// <param name="method">The builder method's name, without its type.</param>
        /// <returns>The field, or <see langword="null"/> when no method of that name writes a field of the section.</returns>
        public static CatalogueField? WrittenBy(string path, string method)
        {
            foreach (CatalogueField field in InWriteOrder(path))
            {
                string? builderMethod = field.BuilderMethod;
                if (builderMethod != null && builderMethod.Length > method.Length && builderMethod[builderMethod.Length - method.Length - 1] == '.'
                    && builderMethod.EndsWith(method, StringComparison.Ordinal))
                {
                    return field;
                }
            }

            return null;
        }

        /// <summary>The path of <paramref name="key"/> in the section at <paramref name="path"/>.</summary>
        /// <param name="path">A section's path ("" for the top level).</param>
        /// <param name="key">A key.</param>
        /// <returns><c>PATH.KEY</c>, or <c>KEY</c> at the top level.</returns>
        public static string Child(string path, string key) => path.Length == 0 ? key : path + "." + key;

        internal static bool ZeroMeansDefault(string path) => s_index.Value.ZeroMeansDefault.Contains(path);

        private static uint V(int first, int last)
        {
            uint mask = 0;
            for (int minor = first; minor <= last; minor++)
            {
                mask |= 1u << (minor - FirstMinor);
            }

            return mask;
        }

        private static VersionedValue D(int first, int last, string value) => new VersionedValue(first, last, value);

        private sealed class Index
        {
            private readonly Dictionary<string, IReadOnlyList<CatalogueField>> _current = new Dictionary<string, IReadOnlyList<CatalogueField>>(StringComparer.Ordinal);

            public Index(IReadOnlyList<CatalogueField> fields)
            {
                foreach (CatalogueField field in fields)
                {
                    ByPath.Add(field.Path, field);
                    if (field.BuilderMethod != null)
                    {
                        MethodUses[field.BuilderMethod] = MethodUses.TryGetValue(field.BuilderMethod, out int uses) ? uses + 1 : 1;
                    }

                    if (field.Path.Length == 0 || field.Key == "[]" || field.Key == "*")
                    {
                        continue;
                    }

                    if (!Children.TryGetValue(field.Parent, out List<CatalogueField>? list))
                    {
                        Children.Add(field.Parent, list = new List<CatalogueField>());
                    }

                    list.Add(field);
                }

                var rank = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (string path in OverlayOrder)
                {
                    rank.Add(path, rank.Count);
                }

                foreach (KeyValuePair<string, List<CatalogueField>> pair in Children)
                {
                    CatalogueField[] current = pair.Value.FindAll(f => f.ExistsIn(LastMinor)).ToArray();
                    _current.Add(pair.Key, current);
                    WriteOrder.Add(pair.Key, current
                        .Select((field, i) => (Field: field, Rank: rank.TryGetValue(field.Path, out int r) ? r : rank.Count + i))
                        .OrderBy(f => f.Rank).Select(f => f.Field).ToArray());
                }

                ZeroMeansDefault = new HashSet<string>(ZeroMeansDefaultPaths, StringComparer.Ordinal);
            }

            public Dictionary<string, IReadOnlyList<CatalogueField>> WriteOrder { get; } = new Dictionary<string, IReadOnlyList<CatalogueField>>(StringComparer.Ordinal);

            public HashSet<string> ZeroMeansDefault { get; }

            public Dictionary<string, CatalogueField> ByPath { get; } = new Dictionary<string, CatalogueField>(StringComparer.Ordinal);

            public Dictionary<string, List<CatalogueField>> Children { get; } = new Dictionary<string, List<CatalogueField>>(StringComparer.Ordinal);

            public Dictionary<string, int> MethodUses { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

            public IReadOnlyList<CatalogueField> Current(string path) => _current[path];
        }
    }
}
