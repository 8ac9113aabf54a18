using System.Collections;
using System.Collections.Generic;

namespace K0sConfig
{
    /// <summary>
    /// A read-only string map that keeps the order its keys were first written in, as a hand-written
    /// k0s.yaml would; used for <c>extraArgs</c> and <c>envVars</c>.
    /// </summary>
    public sealed class ArgsMap : IReadOnlyDictionary<string, string>
    {
        private readonly List<string> _keys = new List<string>();
        private readonly Dictionary<string, string> _values = new Dictionary<string, string>(System.StringComparer.Ordinal);

        internal ArgsMap()
        {
        }

        /// <inheritdoc />
        public int Count => _keys.Count;

        /// <inheritdoc />
        public IEnumerable<string> Keys => _keys;

        /// <inheritdoc />
        public IEnumerable<string> Values
        {
            get
            {
                foreach (string key in _keys)
                {
                    yield return _values[key];
                }
            }
        }

        /// <inheritdoc />
        public string this[string key] => _values[key];

        /// <inheritdoc />
        public bool ContainsKey(string key) => _values.ContainsKey(key);

        /// <inheritdoc />
        public bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);

        /// <inheritdoc />
        public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
        {
            foreach (string key in _keys)
            {
                yield return new KeyValuePair<string, string>(key, _values[key]);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        internal void Set(string key, string value)
        {
            if (!_values.ContainsKey(key))
            {
                _keys.Add(key);
            }

            _values[key] = value;
        }

        internal ArgsMap Clone()
        {
            var copy = new ArgsMap();
            foreach (string key in _keys)
            {
                copy.Set(key, _values[key]);
            }

            return copy;
        }
    }
}
