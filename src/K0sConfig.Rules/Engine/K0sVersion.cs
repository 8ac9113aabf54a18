using System;
using System.Globalization;

namespace K0sConfig
{
    /// <summary>
    /// A k0s release the rules answer for: <c>1.33</c> (the newest patch of 1.33), <c>1.33.6</c>, <c>v1.33.6</c>,
    /// <c>1.33.6+k0s.0</c> or <c>v1.33.6+k0s.1</c>. k0s changes its schema and its checks in minor and even patch
    /// releases (the IPv6 node mask default in 1.34, <c>primaryAddressFamily</c> in 1.34.1, the IPv6 service range checks
    /// in 1.35.1), so every finding is true for one version. A version without a patch number stands for the newest
    /// patch of its minor, which is what installing that minor gives.
    /// </summary>
    public readonly struct K0sVersion : IEquatable<K0sVersion>, IComparable<K0sVersion>
    {
        /// <summary>The oldest k0s 1.x minor version the rules know (1.27).</summary>
        public const int OldestMinor = 27;

        /// <summary>The newest k0s 1.x minor version the rules know (1.36).</summary>
        public const int NewestMinor = 36;

        /// <summary>The forms <see cref="Parse"/> accepts, as error messages name them.</summary>
        public const string AcceptedForms = "1.33, 1.33.6, v1.33.6, 1.33.6+k0s.0 or v1.33.6+k0s.0";

        /// <summary>A patch number that stands for "the newest patch of the minor".</summary>
        private const int AnyPatch = int.MaxValue;

        private readonly int _minor;
        private readonly int _patch;
        private readonly string? _suffix;

        /// <summary>Creates a version 1.<paramref name="minor"/>.<paramref name="patch"/>.</summary>
        /// <param name="minor">The minor version, such as 33.</param>
        /// <param name="patch">The patch, or <see langword="null"/> for the newest patch of the minor.</param>
        /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
        public K0sVersion(int minor, int? patch = null)
            : this(minor, patch ?? AnyPatch, null)
        {
            if (minor < 0 || patch < 0)
            {
                throw new ArgumentOutOfRangeException(minor < 0 ? nameof(minor) : nameof(patch), "A k0s version number is never negative.");
            }
        }

        private K0sVersion(int minor, int patch, string? suffix)
        {
            // Stored shifted so that default(K0sVersion) is the newest version, as ValidationOptions' default is.
            _minor = minor - NewestMinor;
            _patch = patch == AnyPatch ? 0 : patch + 1;
            _suffix = suffix;
        }

        /// <summary>The newest supported k0s (1.36, its newest patch): what the rules answer for unless told otherwise.</summary>
        public static K0sVersion Newest => default;

        /// <summary>The oldest supported k0s (1.27, its newest patch).</summary>
        public static K0sVersion Oldest => new K0sVersion(OldestMinor);

        /// <summary>The major version: always 1.</summary>
        public int Major => 1;

        /// <summary>The minor version, such as 33.</summary>
        public int Minor => _minor + NewestMinor;

        /// <summary>The patch, or <see langword="null"/> when the version names a minor only (its newest patch).</summary>
        public int? Patch => _patch == 0 ? (int?)null : _patch - 1;

        /// <summary>Whether the rules know this version's minor (1.27 to 1.36).</summary>
        public bool IsSupported => Minor >= OldestMinor && Minor <= NewestMinor;

        /// <summary>
        /// The version the rules check: this one when it is supported, else the nearest supported minor (1.27 for an older
        /// k0s, 1.36 for a newer one).
        /// </summary>
        public K0sVersion Checked => Minor < OldestMinor ? Oldest : Minor > NewestMinor ? Newest : this;

        /// <summary>Parses a version; see <see cref="K0sVersion"/> for the forms.</summary>
        /// <param name="text">The version as written.</param>
        /// <returns>The version.</returns>
        /// <exception cref="FormatException">The text is not a version; the message names it and the accepted forms.</exception>
        public static K0sVersion Parse(string text)
            => TryParse(text, out K0sVersion version, out string? problem) ? version : throw new FormatException(problem);

        /// <summary>Parses a version; see <see cref="K0sVersion"/> for the forms.</summary>
        /// <param name="text">The version as written.</param>
        /// <param name="version">The version, when the text is one.</param>
        /// <returns><see langword="true"/> when the text is a version.</returns>
        public static bool TryParse(string? text, out K0sVersion version) => TryParse(text, out version, out _);

        /// <summary>Parses a version, saying what is wrong when it cannot.</summary>
        /// <param name="text">The version as written.</param>
        /// <param name="version">The version, when the text is one.</param>
        /// <param name="problem">Why it is not, naming the text and the accepted forms; <see langword="null"/> when it is.</param>
        /// <returns><see langword="true"/> when the text is a version.</returns>
        public static bool TryParse(string? text, out K0sVersion version, out string? problem)
        {
            version = default;
            problem = "'" + text + "' is not a k0s version; write it as " + AcceptedForms + " (the forms k0s release tags use).";
            if (text == null)
            {
                problem = "No k0s version given; write it as " + AcceptedForms + ".";
                return false;
            }

            string s = text.Trim();
            if (s.Length > 64)
            {
                problem = "'" + s.Substring(0, 20) + "...' is not a k0s version; write it as " + AcceptedForms + ".";
                return false;
            }

            if (s.StartsWith("v", StringComparison.Ordinal))
            {
                s = s.Substring(1);
            }

            string? suffix = null;
            int plus = s.IndexOf('+');
            if (plus >= 0)
            {
                suffix = s.Substring(plus + 1);
                s = s.Substring(0, plus);
                if (!IsBuildSuffix(suffix))
                {
                    return false;
                }
            }

            string[] parts = s.Split('.');
            if (parts.Length < 2 || parts.Length > 3 || (suffix != null && parts.Length != 3))
            {
                return false;
            }

            if (!Number(parts[0], out int major) || !Number(parts[1], out int minor))
            {
                return false;
            }

            int patch = AnyPatch;
            if (parts.Length == 3 && !Number(parts[2], out patch))
            {
                return false;
            }

            if (major != 1)
            {
                problem = "'" + text + "': k0s versions are 1.x (k0s follows Kubernetes' version); write it as " + AcceptedForms + ".";
                return false;
            }

            version = new K0sVersion(minor, patch, suffix);
            problem = null;
            return true;
        }

        /// <summary>Whether this version is at least 1.<paramref name="minor"/>.<paramref name="patch"/>.</summary>
        /// <param name="minor">The minor version.</param>
        /// <param name="patch">The patch (0 for the minor's first release).</param>
        /// <returns><see langword="true"/> when this version is that one or newer; a minor alone counts as its newest patch.</returns>
        public bool IsAtLeast(int minor, int patch = 0) => Minor > minor || (Minor == minor && (Patch ?? AnyPatch) >= patch);

        /// <summary>Whether this version is older than 1.<paramref name="minor"/>.<paramref name="patch"/>.</summary>
        /// <param name="minor">The minor version.</param>
        /// <param name="patch">The patch.</param>
        /// <returns>The opposite of <see cref="IsAtLeast"/>.</returns>
        public bool IsBefore(int minor, int patch = 0) => !IsAtLeast(minor, patch);

        /// <inheritdoc/>
        public int CompareTo(K0sVersion other)
        {
            int byMinor = Minor.CompareTo(other.Minor);
            return byMinor != 0 ? byMinor : (Patch ?? AnyPatch).CompareTo(other.Patch ?? AnyPatch);
        }

        /// <inheritdoc/>
        public bool Equals(K0sVersion other) => Minor == other.Minor && Patch == other.Patch;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is K0sVersion other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (Minor * 397) ^ (Patch ?? -1);

        /// <summary><c>1.33</c>, <c>1.33.6</c> or <c>1.33.6+k0s.0</c>, as it was written without a leading <c>v</c>.</summary>
        /// <returns>The version.</returns>
        public override string ToString()
            => "1." + Minor.ToString(CultureInfo.InvariantCulture)
            + (Patch is int p ? "." + p.ToString(CultureInfo.InvariantCulture) + (_suffix != null ? "+" + _suffix : string.Empty) : string.Empty);

#pragma warning disable CS1591 // Comparison operators: as CompareTo.
        public static bool operator ==(K0sVersion left, K0sVersion right) => left.Equals(right);

        public static bool operator !=(K0sVersion left, K0sVersion right) => !left.Equals(right);

        public static bool operator <(K0sVersion left, K0sVersion right) => left.CompareTo(right) < 0;

        public static bool operator >(K0sVersion left, K0sVersion right) => left.CompareTo(right) > 0;

        public static bool operator <=(K0sVersion left, K0sVersion right) => left.CompareTo(right) <= 0;

        public static bool operator >=(K0sVersion left, K0sVersion right) => left.CompareTo(right) >= 0;
#pragma warning restore CS1591

        private static bool Number(string s, out int value)
        {
            value = 0;
            if (s.Length == 0 || s.Length > 6 || (s.Length > 1 && s[0] == '0'))
            {
                return false;
            }

            foreach (char c in s)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            value = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
            return true;
        }

        /// <summary>k0s's build suffix: <c>k0s.N</c>.</summary>
        private static bool IsBuildSuffix(string suffix)
            => suffix.StartsWith("k0s.", StringComparison.Ordinal) && Number(suffix.Substring(4), out _);
    }
}
