using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// One entry of a list of sections the rules read (a helm chart, a helm repository, a worker profile): each field by
    /// its catalogue key, as text. One shape serves every such list (<see cref="ClusterFacts.ItemListPaths"/>), so a new
    /// list needs no class of its own. A field written with a value that is not text (a number, a list, a mapping) is
    /// <see cref="Written"/> but its text is unknown; a mapping's own entries are fields too, as <c>KEY.ENTRY</c>
    /// (a worker profile's <c>values.clusterDNS</c>).
    /// </summary>
    public sealed class ItemFacts : IKnownOrigins
    {
        private readonly Dictionary<string, Fact<string>> _text = new Dictionary<string, Fact<string>>(StringComparer.Ordinal);
        private readonly Dictionary<string, object?> _other = new Dictionary<string, object?>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, object?> _nulls = new Dictionary<string, object?>(StringComparer.Ordinal);

        /// <summary>Makes an entry with no field written.</summary>
        /// <param name="origin">Where the entry was written (the call or YAML node that made it).</param>
        public ItemFacts(object? origin) => Origin = origin;

        /// <summary>Where the entry was written (the call or YAML node that made it).</summary>
        public object? Origin { get; }

        /// <summary>The fields written (text or not), in no particular order.</summary>
        public IEnumerable<string> Keys
        {
            get
            {
                foreach (string key in _text.Keys)
                {
                    yield return key;
                }

                foreach (string key in _other.Keys)
                {
                    if (!_text.ContainsKey(key))
                    {
                        yield return key;
                    }
                }
            }
        }

        /// <summary>The text of the field <paramref name="key"/>: unset when it is not written.</summary>
        /// <param name="key">The field's key (<c>name</c>, <c>values.clusterDNS</c>).</param>
        /// <returns>The fact.</returns>
        public Fact<string> Text(string key)
            => _text.TryGetValue(key, out Fact<string> fact) ? fact : _other.TryGetValue(key, out object? origin) ? Fact<string>.Unknown(origin) : Fact<string>.Unset;

        /// <summary>
        /// Whether the field <paramref name="key"/> is written with a value other than null: known <see langword="true"/>
        /// for text or any other value, known <see langword="false"/> when it is not written, unknown when a front end
        /// cannot tell.
        /// </summary>
        /// <param name="key">The field's key.</param>
        /// <returns>The fact, with the value's origin.</returns>
        public Fact<bool> Written(string key)
        {
            if (_text.TryGetValue(key, out Fact<string> fact))
            {
                return fact.IsUnknown ? Fact<bool>.Unknown(fact.Origin) : Fact<bool>.Known(fact.IsKnown, fact.Origin);
            }

            return _other.TryGetValue(key, out object? origin) ? Fact<bool>.Known(true, origin) : Fact<bool>.Known(false, Origin);
        }

        /// <summary>Writes the field <paramref name="key"/> as text (or makes it unknown).</summary>
        /// <param name="key">The field's key.</param>
        /// <param name="value">Its text.</param>
        public void SetText(string key, Fact<string> value)
        {
            _other.Remove(key);
            _kinds.Remove(key);
            _nulls.Remove(key);
            _text[key] = value;
        }

        /// <summary>Writes the field <paramref name="key"/> with a value that is not text (a number, a list, a mapping).</summary>
        /// <param name="key">The field's key.</param>
        /// <param name="origin">Where the value is written.</param>
        /// <param name="kind">
        /// What the value is to Go's JSON decoder, in its own words (<c>number</c>, <c>bool</c>, <c>array</c>,
        /// <c>object</c>), or <see langword="null"/> when the front end cannot tell.
        /// </param>
        public void SetOther(string key, object? origin, string? kind = null)
        {
            _text.Remove(key);
            _nulls.Remove(key);
            _other[key] = origin;
            if (kind == null)
            {
                _kinds.Remove(key);
            }
            else
            {
                _kinds[key] = kind;
            }
        }

        /// <summary>
        /// Writes the entry <paramref name="key"/> of a mapping or list field as null (<c>values.clusterDNS: null</c>): not
        /// <see cref="Written"/> (Go decodes it as if it were absent), but present among <see cref="NullKeys"/> for code
        /// that reads the raw mapping's keys.
        /// </summary>
        /// <param name="key">The entry's key.</param>
        /// <param name="origin">Where the null is written.</param>
        public void SetNull(string key, object? origin)
        {
            _text.Remove(key);
            _other.Remove(key);
            _kinds.Remove(key);
            _nulls[key] = origin;
        }

        /// <summary>The entries written as null (<see cref="SetNull"/>), in no particular order.</summary>
        public IEnumerable<string> NullKeys => _nulls.Keys;

        /// <summary>
        /// What the value of <paramref name="key"/> is to Go's JSON decoder: <c>string</c>, <c>number</c>, <c>bool</c>,
        /// <c>array</c>, <c>object</c> or <c>null</c>; unset when it is not written, unknown when a front end cannot tell.
        /// </summary>
        /// <param name="key">The field's key.</param>
        /// <returns>The fact, with the value's origin.</returns>
        public Fact<string> Kind(string key)
        {
            if (_text.TryGetValue(key, out Fact<string> text))
            {
                return text.IsKnown ? Fact<string>.Known("string", text.Origin) : Fact<string>.Unknown(text.Origin);
            }

            if (_other.TryGetValue(key, out object? origin))
            {
                return _kinds.TryGetValue(key, out string? kind) ? Fact<string>.Known(kind, origin) : Fact<string>.Unknown(origin);
            }

            if (_nulls.TryGetValue(key, out object? at))
            {
                return Fact<string>.Known("null", at);
            }

            return IsComplete ? Fact<string>.Unset : Fact<string>.Unknown(Origin);
        }

        /// <summary>Writes the list field <paramref name="key"/>, replacing what it held: each entry as the field <c>KEY[i]</c>.</summary>
        /// <param name="key">The field's key.</param>
        /// <param name="list">The list, or unknown.</param>
        public void SetList(string key, Fact<IReadOnlyList<Fact<string>>> list)
        {
            string prefix = key + "[";
            foreach (string entry in new List<string>(Keys))
            {
                if (entry.StartsWith(prefix, StringComparison.Ordinal))
                {
                    _text.Remove(entry);
                    _other.Remove(entry);
                }
            }

            if (!list.IsKnown || list.Value == null)
            {
                SetText(key, Fact<string>.Unknown(list.Origin));
                return;
            }

            SetOther(key, list.Origin);
            for (int i = 0; i < list.Value.Count; i++)
            {
                _text[prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"] = list.Value[i];
            }
        }

        /// <summary>Makes every field unknown, also those not written yet: what a builder that escaped leaves.</summary>
        public void Forget()
        {
            var keys = new List<string>(_text.Keys);
            foreach (string key in keys)
            {
                _text[key] = Fact<string>.Unknown(_text[key].Origin);
            }

            _kinds.Clear();
            _nulls.Clear();
            IsComplete = false;
        }

        /// <summary>
        /// Whether every field the entry has is listed (<see langword="true"/>, the default): a field not written is then
        /// known not to be. <see langword="false"/> when a front end lost track (a builder that escaped), so a field not
        /// listed is unknown, not unset.
        /// </summary>
        public bool IsComplete { get; private set; } = true;

        /// <summary>A field not listed, in an entry that is not <see cref="IsComplete"/>, is unknown.</summary>
        /// <param name="key">The field's key.</param>
        /// <returns>The fact.</returns>
        public Fact<string> TextOrUnknown(string key)
        {
            Fact<string> fact = Text(key);
            return fact.IsUnset && !IsComplete ? Fact<string>.Unknown(Origin) : fact;
        }

        internal ItemFacts Map(Func<object?, bool> keep)
        {
            var copy = new ItemFacts(Origin) { IsComplete = false };
            foreach (KeyValuePair<string, Fact<string>> field in _text)
            {
                copy._text[field.Key] = ClusterFacts.Keep(field.Value, keep);
            }

            foreach (KeyValuePair<string, object?> field in _other)
            {
                copy._text[field.Key] = Fact<string>.Unknown(field.Value);
            }

            return copy;
        }

        bool IKnownOrigins.AllKnownOrigins(Func<object, bool> test)
        {
            foreach (Fact<string> field in _text.Values)
            {
                if (!ClusterFacts.Passes(field.State, field.Origin, test))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public sealed partial class ClusterFacts
    {
        /// <summary>The lists of sections whose entries the rules read, each entry an <see cref="ItemFacts"/>.</summary>
        public static IReadOnlyList<string> ItemListPaths { get; } = new[]
        {
            FieldPaths.HelmRepositories,
            FieldPaths.HelmCharts,
            FieldPaths.WorkerProfiles,
            FieldPaths.CoreDnsPatches,
            FieldPaths.MetricsServerPatches,
            FieldPaths.KubeProxyPatches,
            FieldPaths.KubeRouterPatches,
            FieldPaths.CalicoPatches,
        };

        /// <summary>
        /// The sections whose fields the rules read as one <see cref="ItemFacts"/> each (not lists): etcd's
        /// <c>externalCluster</c>, <c>spec.images</c> and every image section below it (<c>spec.images.konnectivity</c>, ...:
        /// an <c>image</c> and a <c>version</c>), and the node-local load balancer's proxy images.
        /// </summary>
        public static IReadOnlyList<string> SectionPaths { get; } = ImageSections();

        private const string NodeLocalLoadBalancing = "spec.network.nodeLocalLoadBalancing.";

        private static string[] ImageSections()
        {
            var paths = new List<string> { FieldPaths.ExternalCluster, FieldPaths.Images };
            foreach (CatalogueField field in FieldCatalogue.All)
            {
                if (field.Kind == FieldKind.Section && field.Path.StartsWith(FieldPaths.Images + ".", StringComparison.Ordinal) && FieldCatalogue.Find(field.Path + ".image") != null)
                {
                    paths.Add(field.Path);
                }
                else if (field.Kind == FieldKind.Section && field.Path.StartsWith(NodeLocalLoadBalancing, StringComparison.Ordinal) && field.Path.EndsWith(".image", StringComparison.Ordinal))
                {
                    // The node-local proxies' image (envoyProxy.image, traefik.image): an image section of its own.
                    paths.Add(field.Path);
                }
            }

            return paths.ToArray();
        }

        private Dictionary<string, Fact<ItemFacts>>? _sections;

        /// <summary>The fields of the section at <paramref name="path"/> (one of <see cref="SectionPaths"/>); unset when it is not written.</summary>
        /// <param name="path">The section's path, such as <c>spec.images.coredns</c>.</param>
        /// <returns>The fact.</returns>
        public Fact<ItemFacts> Section(string path)
            => _sections != null && _sections.TryGetValue(path, out Fact<ItemFacts> section) ? section
                : _absentIsUnknown ? Fact<ItemFacts>.Unknown() : Fact<ItemFacts>.Unset;

        /// <summary>Sets the fields of the section at <paramref name="path"/>.</summary>
        /// <param name="path">The section's path (one of <see cref="SectionPaths"/>).</param>
        /// <param name="section">Its fields.</param>
        public void SetSection(string path, Fact<ItemFacts> section) => OwnSections(0)[path] = section;

        // The maps of lists and sections are copied on the first write after Copy(), which shares them, and written in place
        // after that: an escaping cluster builder forgets every section and five lists, and a copy per write was most of
        // what an escape allocated.
        private bool _ownsSections;
        private bool _ownsItems;

        // capacity: how many entries a new map is made for (every section, when an escape forgets them all).
        private Dictionary<string, Fact<ItemFacts>> OwnSections(int capacity)
        {
            if (_sections == null || !_ownsSections)
            {
                _sections = _sections == null
                    ? new Dictionary<string, Fact<ItemFacts>>(capacity, StringComparer.Ordinal)
                    : new Dictionary<string, Fact<ItemFacts>>(_sections, StringComparer.Ordinal);
                _ownsSections = true;
            }

            return _sections;
        }

        private Dictionary<string, Fact<IReadOnlyList<ItemFacts>>> OwnItems()
        {
            if (_items == null || !_ownsItems)
            {
                _items = _items == null
                    ? new Dictionary<string, Fact<IReadOnlyList<ItemFacts>>>(StringComparer.Ordinal)
                    : new Dictionary<string, Fact<IReadOnlyList<ItemFacts>>>(_items, StringComparer.Ordinal);
                _ownsItems = true;
            }

            return _items;
        }

        /// <summary>After <see cref="Copy"/>: the copy and this instance share the maps of lists and sections, so neither writes them in place.</summary>
        private void ShareItems()
        {
            _ownsSections = false;
            _ownsItems = false;
        }

        /// <summary>
        /// Makes every section at or under <paramref name="path"/> (of <see cref="SectionPaths"/>) unknown: what a builder
        /// that escapes covers. The analyzer forgets the image sections on every escape of a cluster or network builder.
        /// </summary>
        /// <param name="path">A section's path, or a path above sections (<c>spec.images</c>).</param>
        internal void ForgetSections(string path)
        {
            foreach (string section in SectionPaths)
            {
                if (Covers(path, section) && (!_absentIsUnknown || (_sections != null && _sections.ContainsKey(section))))
                {
                    // Under the path, and not unknown already.
                    OwnSections(SectionPaths.Count)[section] = Fact<ItemFacts>.Unknown();
                }
            }
        }

        /// <summary>Makes the list of sections at <paramref name="path"/> unknown, without a copy when it is unknown already.</summary>
        /// <param name="path">The list's path (one of <see cref="ItemListPaths"/>).</param>
        internal void ForgetItems(string path)
        {
            if (!_absentIsUnknown || (_items != null && _items.ContainsKey(path)))
            {
                SetItems(path, Fact<IReadOnlyList<ItemFacts>>.Unknown());
            }
        }

        /// <summary><paramref name="section"/> is <paramref name="path"/> or a path under it.</summary>
        private static bool Covers(string path, string section)
            => section.StartsWith(path, StringComparison.Ordinal) && (section.Length == path.Length || section[path.Length] == '.');

        private Dictionary<string, Fact<IReadOnlyList<ItemFacts>>>? _items;

        /// <summary>The entries of the list of sections at <paramref name="path"/> (one of <see cref="ItemListPaths"/>), in order; unset when not written.</summary>
        /// <param name="path">The list's path, such as <c>spec.extensions.helm.charts</c>.</param>
        /// <returns>The fact.</returns>
        public Fact<IReadOnlyList<ItemFacts>> Items(string path)
            => _items != null && _items.TryGetValue(path, out Fact<IReadOnlyList<ItemFacts>> items) ? items
                : _absentIsUnknown ? Fact<IReadOnlyList<ItemFacts>>.Unknown() : Fact<IReadOnlyList<ItemFacts>>.Unset;

        /// <summary>Sets the entries of the list of sections at <paramref name="path"/>.</summary>
        /// <param name="path">The list's path (one of <see cref="ItemListPaths"/>).</param>
        /// <param name="items">The entries.</param>
        public void SetItems(string path, Fact<IReadOnlyList<ItemFacts>> items) => OwnItems()[path] = items;

        // Whether a list or section with no entry in _items/_sections is unknown (after SetAllUnknown) rather than unset: the
        // analyzer resets facts for every call it checks alone, so making every path unknown must not allocate.
        private bool _absentIsUnknown;

        /// <summary>
        /// The facts were made with every value unknown (<see cref="AllUnknown"/>, <see cref="SetAllUnknown"/>,
        /// <see cref="KeepOnly"/>) and then given some: the rule engine asks which rules can see a value only of these
        /// (RuleReads), since facts that start unset have a value, the default, wherever a rule looks.
        /// </summary>
        internal bool StartedUnknown => _absentIsUnknown;

        private void SetItemsUnknown()
        {
            _items = null;
            _sections = null;
            _absentIsUnknown = true;
        }

        private bool ItemOriginsPass(Func<object, bool> test)
        {
            if (_items != null)
            {
                foreach (Fact<IReadOnlyList<ItemFacts>> list in _items.Values)
                {
                    if (!Passes(list.IsKnown, list.Value, test))
                    {
                        return false;
                    }
                }
            }

            if (_sections != null)
            {
                foreach (Fact<ItemFacts> section in _sections.Values)
                {
                    if (section.IsKnown && section.Value != null && !((IKnownOrigins)section.Value).AllKnownOrigins(test))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        // Every list and section the copy has no entry for is unknown there, as KeepOnly promises; only those written here
        // (known or unknown with an origin) need an entry.
        private void KeepItems(ClusterFacts copy, Func<object?, bool> keep)
        {
            copy._absentIsUnknown = true;
            copy._items = null;
            copy._sections = null;
            if (_items != null)
            {
                copy._items = new Dictionary<string, Fact<IReadOnlyList<ItemFacts>>>(_items.Count, StringComparer.Ordinal);
                copy._ownsItems = true;
                foreach (KeyValuePair<string, Fact<IReadOnlyList<ItemFacts>>> list in _items)
                {
                    copy._items[list.Key] = KeepEach(list.Value, keep, (i, k) => i.Map(k));
                }
            }

            if (_sections != null)
            {
                copy._sections = new Dictionary<string, Fact<ItemFacts>>(_sections.Count, StringComparer.Ordinal);
                copy._ownsSections = true;
                foreach (KeyValuePair<string, Fact<ItemFacts>> entry in _sections)
                {
                    Fact<ItemFacts> section = entry.Value;
                    copy._sections[entry.Key] = section.IsKnown && section.Value != null ? Fact<ItemFacts>.Known(section.Value.Map(keep), section.Origin) : Fact<ItemFacts>.Unknown(section.Origin);
                }
            }
        }
    }
}
