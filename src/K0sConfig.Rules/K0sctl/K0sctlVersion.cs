using System;
using System.Globalization;
using System.Text;

namespace K0sConfig.Rules
{
    /// <summary>
    /// A k0s version as k0sctl reads <c>spec.k0s.version</c> (k0sproject/version v0.8: a leading <c>v</c> optional, one to
    /// three numeric segments, <c>-pre</c>, <c>+k0s.N</c>), with its order. Parse errors are k0sproject/version's own texts.
    /// </summary>
    public sealed class K0sctlVersion : IComparable<K0sctlVersion>
    {
        private const int MaxSegments = 3;

        private readonly int[] _segments = new int[MaxSegments];

        private K0sctlVersion(string text)
        {
            Text = text;
        }

        /// <summary>k0sctl's minimum: <c>v0.11.0-rc1</c>.</summary>
        public static K0sctlVersion Minimum { get; } = Parse("0.11.0-rc1");

        /// <summary>The first k0s with dynamic configuration, as k0sctl knows it: <c>v1.22.2+k0s.2</c>.</summary>
        public static K0sctlVersion DynamicConfigSince { get; } = Parse("1.22.2+k0s.2");

        /// <summary>The text as written.</summary>
        public string Text { get; }

        /// <summary>The number of numeric segments written (1 to 3).</summary>
        public int SegmentCount { get; private set; }

        /// <summary>The major, minor and patch numbers (missing ones are 0).</summary>
        /// <param name="index">0, 1 or 2.</param>
        /// <returns>The segment.</returns>
        public int Segment(int index) => _segments[index];

        /// <summary>The pre-release part (after <c>-</c>), or empty.</summary>
        public string Prerelease { get; private set; } = string.Empty;

        /// <summary>Whether the build metadata holds <c>k0s.N</c>.</summary>
        public bool IsK0s { get; private set; }

        /// <summary>The N of <c>+k0s.N</c>.</summary>
        public int K0sBuild { get; private set; }

        /// <summary>Reads a version as k0sctl does.</summary>
        /// <param name="text">The text, such as <c>v1.33.1+k0s.0</c>; empty is "not set" for k0sctl and is not read here.</param>
        /// <param name="version">The version read, or <see langword="null"/>.</param>
        /// <param name="error">k0sproject/version's error text, such as <c>parsing segment 'x': strconv.ParseUint: parsing "x": invalid syntax</c>.</param>
        /// <returns>Whether it is a version.</returns>
        public static bool TryParse(string text, out K0sctlVersion? version, out string? error)
        {
            version = null;
            error = null;
            if (text == null)
            {
                error = "empty version";
                return false;
            }

            string v = text.Length > 0 && text[0] == 'v' ? text.Substring(1) : text;
            if (v.Length == 0)
            {
                error = "empty version";
                return false;
            }

            foreach (char c in v)
            {
                if ((c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '+' && c != '-' && c != '.')
                {
                    error = "can't contain character " + c;
                    return false;
                }
            }

            int idx = v.IndexOfAny(new[] { '-', '+' });
            string extra = string.Empty;
            if (idx >= 0)
            {
                extra = v.Substring(idx);
                v = v.Substring(0, idx);
            }

            string[] segments = v.Split('.');
            if (segments.Length > MaxSegments)
            {
                error = "too many segments (" + segments.Length.ToString(CultureInfo.InvariantCulture) + " > 3";
                return false;
            }

            var result = new K0sctlVersion(text) { SegmentCount = segments.Length };
            for (int i = 0; i < segments.Length; i++)
            {
                if (!TryParseUint32(segments[i], out uint value, out string? why))
                {
                    error = "parsing segment '" + segments[i] + "': strconv.ParseUint: parsing " + "\"" + segments[i] + "\"" + ": " + why;
                    return false;
                }

                result._segments[i] = (int)value;
            }

            if (extra.Length != 0)
            {
                int plus = extra.IndexOf('+');
                int minus = plus == -1 ? extra.IndexOf('-') : extra.Substring(0, plus).IndexOf('-');
                if (minus != -1)
                {
                    result.Prerelease = plus == -1 ? extra.Substring(minus + 1) : extra.Substring(minus + 1, plus - minus - 1);
                }

                if (plus != -1)
                {
                    string[] meta = extra.Substring(plus + 1).Split('.');
                    for (int i = 0; i + 1 < meta.Length; i++)
                    {
                        if (meta[i] == "k0s" && TryParseUint32(meta[i + 1], out uint k0s, out _))
                        {
                            result.IsK0s = true;
                            result.K0sBuild = (int)k0s;
                        }
                    }
                }
            }

            version = result;
            return true;
        }

        /// <inheritdoc />
        public int CompareTo(K0sctlVersion? other)
        {
            if (other == null)
            {
                return 1;
            }

            for (int i = 0; i < MaxSegments; i++)
            {
                if (_segments[i] != other._segments[i])
                {
                    return _segments[i] < other._segments[i] ? -1 : 1;
                }
            }

            if (Prerelease.Length == 0 && other.Prerelease.Length != 0)
            {
                return 1;
            }

            if (Prerelease.Length != 0 && other.Prerelease.Length == 0)
            {
                return -1;
            }

            int pre = string.CompareOrdinal(Prerelease, other.Prerelease);
            if (pre != 0)
            {
                return pre < 0 ? -1 : 1;
            }

            if (IsK0s != other.IsK0s)
            {
                return IsK0s ? 1 : -1;
            }

            return K0sBuild.CompareTo(other.K0sBuild);
        }

        /// <summary>The version as k0sctl prints it: with a leading <c>v</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Text.StartsWith("v", StringComparison.Ordinal) ? Text : "v" + Text;

        /// <summary>Go's <c>strconv.ParseUint(s, 10, 32)</c> on text of <c>a-z0-9</c> (the only characters a segment can hold here).</summary>
        private static bool TryParseUint32(string s, out uint value, out string? error)
        {
            value = 0;
            error = null;
            if (s.Length == 0)
            {
                error = "invalid syntax";
                return false;
            }

            ulong n = 0;
            foreach (char c in s)
            {
                if (c < '0' || c > '9')
                {
                    error = "invalid syntax";
                    return false;
                }

                if (n <= uint.MaxValue)
                {
                    n = (n * 10) + (ulong)(c - '0');
                }
            }

            if (n > uint.MaxValue)
            {
                error = "value out of range";
                return false;
            }

            value = (uint)n;
            return true;
        }

        private static K0sctlVersion Parse(string text)
        {
            TryParse(text, out K0sctlVersion? version, out _);
            return version!;
        }
    }
}
