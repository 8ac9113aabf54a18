using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// The order in which Go's encoding/json meets the keys of a JSON object k0s decodes: byte-wise in UTF-8
    /// (sigs.k8s.io/yaml sorts the keys when it turns the YAML into JSON). That is UTF-16 code unit order, except that a
    /// surrogate (a character beyond U+FFFF) sorts after U+E000–U+FFFF. The YAML reader and the rules share this one copy.
    /// </summary>
    public sealed class GoKeyOrder : IComparer<string>
    {
        private GoKeyOrder()
        {
        }

        /// <summary>The order, as a comparer (for sorting).</summary>
        public static GoKeyOrder Instance { get; } = new GoKeyOrder();

        /// <summary>Compares two keys byte-wise in UTF-8.</summary>
        /// <param name="a">A key.</param>
        /// <param name="b">Another key.</param>
        /// <returns>Less than zero when <paramref name="a"/> comes first, zero when they are equal, more than zero otherwise.</returns>
        public static int Compare(string a, string b)
        {
            int length = Math.Min(a.Length, b.Length);
            for (int i = 0; i < length; i++)
            {
                if (a[i] != b[i])
                {
                    return Utf8Rank(a[i]).CompareTo(Utf8Rank(b[i]));
                }
            }

            return a.Length.CompareTo(b.Length);
        }

        /// <inheritdoc/>
        int IComparer<string>.Compare(string? x, string? y)
            => x == null || y == null ? (x == null ? (y == null ? 0 : -1) : 1) : Compare(x, y);

        private static int Utf8Rank(char c) => c < '\uD800' ? c : c >= '\uE000' ? c - 0x800 : c + 0x2000;
    }
}
