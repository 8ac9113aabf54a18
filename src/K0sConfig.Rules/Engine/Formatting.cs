using System.Globalization;
using System.Numerics;

namespace K0sConfig.Rules
{
    internal static class Formatting
    {
        /// <summary>Longer values are cut in messages: a message names the value, it need not repeat a 100 kB one.</summary>
        private const int MaxShown = 500;

        /// <summary>
        /// The arguments with line breaks and other control characters in strings escaped (<c>\n</c>,
        /// <c>\u0000</c>), so a value such as "10.244.0.0/16\n" shows what is wrong with it and a message stays
        /// on one line, and values longer than 500 characters cut; the same array when nothing changes.
        /// </summary>
        public static object?[] Visible(object?[] arguments)
        {
            object?[]? copy = null;
            for (int i = 0; i < arguments.Length; i++)
            {
                if (arguments[i] is string text && Visible(text) is var shown && !ReferenceEquals(shown, text))
                {
                    copy ??= (object?[])arguments.Clone();
                    copy[i] = shown;
                }
            }

            return copy ?? arguments;
        }

        /// <summary>The text escaped and cut as in <see cref="Visible(object[])"/>; the same instance when nothing changes.</summary>
        public static string Visible(string text)
            => text.Length > MaxShown || NeedsEscape(text)
                ? Escape(text.Length > MaxShown ? text.Substring(0, MaxShown) : text)
                    + (text.Length > MaxShown ? "… (" + text.Length.ToInvariant() + " characters)" : string.Empty)
                : text;

        private static bool IsInvisible(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029';

        private static bool NeedsEscape(string text)
        {
            foreach (char c in text)
            {
                if (IsInvisible(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Escape(string text)
        {
            var builder = new System.Text.StringBuilder(text.Length + 8);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (IsInvisible(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        public static string ToInvariant(this int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string ToInvariant(this long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A count for people: exact below a million, a power of two above.</summary>
        public static string Count(BigInteger value)
        {
            if (value < 1_000_000)
            {
                return value.ToString(CultureInfo.InvariantCulture);
            }

            int exponent = 0;
            BigInteger v = value;
            while (v > 1 && v.IsEven)
            {
                v >>= 1;
                exponent++;
            }

            return v.IsOne ? "2^" + exponent.ToInvariant() : value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
