using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using K0sConfig.Rules;

namespace K0sConfig
{
    /// <summary>
    /// One section of a configuration as the builder fills it: each value under its k0s key, as the field catalogue
    /// spells it. A value is a string, number, boolean, <see cref="TimeSpan"/>, enum, list of strings,
    /// <see cref="ArgsMap"/>, a section (<see cref="ConfigNode"/>) or the items of a list of sections. A builder method
    /// finds its key through the catalogue's method column (<see cref="FieldCatalogue.WrittenBy"/>), so no key is spelled
    /// here or in the builders; the YAML writer and the rules' facts walk the nodes with the catalogue, and the public
    /// model classes are typed views of them.
    /// </summary>
    internal sealed class ConfigNode
    {
        private static readonly ConcurrentDictionary<(string Path, string Method), CatalogueField> s_written = new ConcurrentDictionary<(string Path, string Method), CatalogueField>();

        private Dictionary<string, object> _values = new Dictionary<string, object>(StringComparer.Ordinal);
        private Dictionary<string, IReadOnlyList<string>>? _asGiven;

        public ConfigNode(string path) => Path = path;

        /// <summary>The section's path in the catalogue: <c>spec.network.calico</c>; <c>PATH[]</c> for an item of a list.</summary>
        public string Path { get; }

        /// <summary>Nothing is written in the section or below it.</summary>
        public bool IsEmpty
        {
            get
            {
                foreach (object value in _values.Values)
                {
                    if (!IsEmptyValue(value))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>The field that the builder method <paramref name="method"/> writes in this section.</summary>
        public CatalogueField FieldOf(string method)
            => s_written.GetOrAdd((Path, method), key => FieldCatalogue.WrittenBy(key.Path, key.Method)
                ?? throw new InvalidOperationException("The field catalogue names no field of " + key.Path + " that " + key.Method + " writes (overlay.txt, method=)."));

        /// <summary>The path of the field that the calling builder method writes, as messages name it (<c>vrrpInstances.authPass</c>).</summary>
        public string PathOf([CallerMemberName] string method = "") => FieldOf(method).Path.Replace("[]", string.Empty);

        /// <summary>The value under <paramref name="key"/> (an enum as the enum), or <see langword="null"/>.</summary>
        public object? Get(string key) => Raw(key) is Spelled spelled ? spelled.Value : Raw(key);

        /// <summary>The value under <paramref name="key"/> as stored (an enum as <see cref="Spelled"/>), or <see langword="null"/>.</summary>
        public object? Raw(string key) => _values.TryGetValue(key, out object? value) ? value : null;

        /// <summary>The value the builder method <paramref name="method"/> wrote, or <see langword="null"/>.</summary>
        public object? Written(string method) => Get(FieldOf(method).Key);

        /// <summary>The section the builder method <paramref name="method"/> opens, or <see langword="null"/> when nothing is written in it.</summary>
        public ConfigNode? Section(string method) => Written(method) is ConfigNode node && !node.IsEmpty ? node : null;

        /// <summary>Writes <paramref name="value"/> (or removes the field when it is <see langword="null"/>) under <paramref name="key"/>.</summary>
        public void Put(string key, object? value)
        {
            if (value == null)
            {
                _values.Remove(key);
            }
            else
            {
                _values[key] = value;
            }
        }

        /// <summary>Writes the field of the calling builder method.</summary>
        public void Set(object? value, [CallerMemberName] string method = "") => Put(FieldOf(method).Key, value);

        /// <summary>Writes the enum field of the calling builder method, with its k0s spelling.</summary>
        public void Set<TEnum>(TEnum value, [CallerMemberName] string method = "")
            where TEnum : struct, Enum
            => Put(FieldOf(method).Key, Spelled.Of(value));

        /// <summary>Writes the text field of the calling builder method, refusing <see langword="null"/> with the field's path.</summary>
        public void SetText(string? value, string parameter, [CallerMemberName] string method = "")
            => Put(FieldOf(method).Key, Guard.NotNull(value, parameter, PathOf(method)));

        /// <summary>Writes the enum field of the calling builder method, refusing a value that is no member with the field's path.</summary>
        public void SetEnum<TEnum>(TEnum value, string parameter, [CallerMemberName] string method = "")
            where TEnum : struct, Enum
            => Set(Guard.Defined(value, parameter, PathOf(method)), method);

        /// <summary>Writes one entry of the map the calling builder method writes (an extraArgs flag): a flag name and its value, checked.</summary>
        public void SetArg(string? name, string? value, [CallerMemberName] string method = "")
        {
            string path = PathOf(method);
            Map(method).Set(Guard.ArgName(name, nameof(name), path), Guard.NotNull(value, nameof(value), path));
        }

        /// <summary>Writes a list field of the calling builder method: the list without repeats, and the list as given for the rules.</summary>
        public void SetList(IReadOnlyList<string> asGiven, [CallerMemberName] string method = "")
        {
            string key = FieldOf(method).Key;
            Put(key, Lists.Distinct(asGiven));
            (_asGiven ??= new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal))[key] = asGiven;
        }

        /// <summary>A list field as the builder was given it, repeats included, or <see langword="null"/>.</summary>
        public IReadOnlyList<string>? AsGiven(string key)
            => _asGiven != null && _asGiven.TryGetValue(key, out IReadOnlyList<string>? list) ? list : Get(key) as IReadOnlyList<string>;

        /// <summary>The map the calling builder method writes entries of, created when it is first written.</summary>
        public ArgsMap Map([CallerMemberName] string method = "")
        {
            string key = FieldOf(method).Key;
            if (!(Get(key) is ArgsMap map))
            {
                _values[key] = map = new ArgsMap();
            }

            return map;
        }

        /// <summary>The mapping of free keys to values of any shape the calling builder method writes entries of, created when it is first written.</summary>
        public ObjectMap Values([CallerMemberName] string method = "")
        {
            string key = FieldOf(method).Key;
            if (!(Get(key) is ObjectMap map))
            {
                _values[key] = map = new ObjectMap();
            }

            return map;
        }

        /// <summary>The section the builder method <paramref name="method"/> opens, created when it is first opened.</summary>
        public ConfigNode Open([CallerMemberName] string method = "")
        {
            CatalogueField field = FieldOf(method);
            if (!(Get(field.Key) is ConfigNode node))
            {
                _values[field.Key] = node = new ConfigNode(field.Path);
            }

            return node;
        }

        /// <summary>A new item of the list of sections the builder method <paramref name="method"/> writes.</summary>
        public ConfigNode AddItem([CallerMemberName] string method = "")
        {
            CatalogueField field = FieldOf(method);
            if (!(Get(field.Key) is List<ConfigNode> items))
            {
                _values[field.Key] = items = new List<ConfigNode>();
            }

            var item = new ConfigNode(field.Path + "[]");
            items.Add(item);
            return item;
        }

        /// <summary>
        /// A new item of the list of sections the builder method <paramref name="method"/> writes, filled by
        /// <paramref name="fill"/> (a user's callback, and the checks after it); when that throws, the list is left as it
        /// was, so a builder whose callback failed holds no half-written entry.
        /// </summary>
        public void AddItem(Action<ConfigNode> fill, [CallerMemberName] string method = "")
        {
            ConfigNode item = AddItem(method);
            try
            {
                fill(item);
            }
            catch
            {
                var items = (List<ConfigNode>)Written(method)!;
                items.Remove(item);
                if (items.Count == 0)
                {
                    _values.Remove(FieldOf(method).Key);
                }

                throw;
            }
        }

        /// <summary>The items of the list of sections the builder method <paramref name="method"/> writes.</summary>
        public IReadOnlyList<ConfigNode> Items(string method) => Written(method) as List<ConfigNode> ?? (IReadOnlyList<ConfigNode>)Array.Empty<ConfigNode>();

        /// <summary>
        /// The value stored at <paramref name="path"/> below this section (<c>spec.network.calico.mode</c> from
        /// <c>spec</c>), or <see langword="null"/>; a list as given, repeats included, when <paramref name="asGiven"/>.
        /// </summary>
        public object? At(string path, bool asGiven = false)
        {
            ConfigNode node = this;
            int start = Path.Length + 1;
            while (true)
            {
                int dot = path.IndexOf('.', start);
                if (dot < 0)
                {
                    string key = path.Substring(start);
                    return asGiven ? node.AsGiven(key) ?? node.Raw(key) : node.Raw(key);
                }

                if (!(node.Raw(path.Substring(start, dot - start)) is ConfigNode child))
                {
                    return null;
                }

                node = child;
                start = dot + 1;
            }
        }

        /// <summary>Adds the catalogue path of every field written in this section or below it (<c>PATH[]</c> for list items).</summary>
        public void CollectWritten(List<string> paths)
        {
            foreach (KeyValuePair<string, object> entry in _values)
            {
                if (IsEmptyValue(entry.Value))
                {
                    continue;
                }

                string path = FieldCatalogue.Child(Path, entry.Key);
                paths.Add(path);
                switch (entry.Value)
                {
                    case ConfigNode node:
                        node.CollectWritten(paths);
                        break;
                    case List<ConfigNode> items:
                        foreach (ConfigNode item in items)
                        {
                            item.CollectWritten(paths);
                        }

                        break;
                }
            }
        }

        /// <summary>A deep copy: what a built configuration keeps while its builder goes on.</summary>
        public ConfigNode Clone()
        {
            var copy = (ConfigNode)MemberwiseClone();
            copy._values = new Dictionary<string, object>(_values.Count, StringComparer.Ordinal);
            foreach (KeyValuePair<string, object> entry in _values)
            {
                copy._values.Add(entry.Key, entry.Value switch
                {
                    ConfigNode node => node.Clone(),
                    List<ConfigNode> items => items.ConvertAll(i => i.Clone()),
                    ArgsMap map => map.Clone(),
                    ObjectMap map => map.Clone(),
                    _ => entry.Value,
                });
            }

            copy._asGiven = _asGiven == null ? null : new Dictionary<string, IReadOnlyList<string>>(_asGiven, StringComparer.Ordinal);
            return copy;
        }

        /// <summary>An enum value with its k0s spelling (<see cref="EnumNames"/>), which the YAML and the facts use.</summary>
        internal sealed class Spelled
        {
            private Spelled(Enum value, string spelling)
            {
                Value = value;
                Spelling = spelling;
            }

            public Enum Value { get; }

            public string Spelling { get; }

            public static Spelled Of<TEnum>(TEnum value)
                where TEnum : struct, Enum
                => new Spelled(value, value.Yaml());
        }

        private static bool IsEmptyValue(object value) => value switch
        {
            ConfigNode node => node.IsEmpty,
            List<ConfigNode> items => items.Count == 0,
            ArgsMap map => map.Count == 0,
            ObjectMap map => map.Count == 0,
            _ => false,
        };
    }
}
