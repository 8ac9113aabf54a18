using System;
using System.Collections.Generic;

namespace K0sConfig
{
    /// <summary>Which plain scalars YAML readers (k0s uses a YAML 1.1 reader) resolve to something other than a string.</summary>
    internal static class YamlScalars
    {
        private static readonly HashSet<string> Words = new HashSet<string>(StringComparer.Ordinal)
        {
            "~", "null", "Null", "NULL",
            "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "true", "True", "TRUE", "false", "False", "FALSE",
            "on", "On", "ON", "off", "Off", "OFF",
            ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF", "+.inf", "+.Inf", "+.INF",
            ".nan", ".NaN", ".NAN", "<<", "=",
        };

        /// <summary>
        /// True for a map key made only of letters, digits and <c>-_./</c>, as flag and environment variable names
        /// are. Other keys are double-quoted: YamlDotNet's own reader misreads some plain keys that YAML allows,
        /// such as <c>a *</c> (a space before an asterisk), as an alias.
        /// </summary>
        public static bool IsPlainName(string value)
        {
            foreach (char c in value)
            {
                bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '/';
                if (!plain)
                {
                    return false;
                }
            }

            return value.Length != 0;
        }

        /// <summary>
        /// True when <paramref name="value"/> holds a control character (tab and line breaks included), NEL, a
        /// Unicode line or paragraph separator, or a byte order mark. Written plain or as a block scalar, YAML readers
        /// fold or drop these (YAML 1.1 counts NEL, LS and PS as line breaks and turns CR LF into LF), so such a value
        /// must be double-quoted, where each is written as an escape.
        /// </summary>
        public static bool NeedsEscapes(string value)
        {
            foreach (char c in value)
            {
                if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True for the empty string, YAML 1.1 booleans and nulls, and anything that could be read as a number,
        /// a sexagesimal or a date: whatever starts like a number and holds only number characters.
        /// </summary>
        public static bool ReadsAsNonString(string value)
        {
            if (value.Length == 0 || Words.Contains(value))
            {
                return true;
            }

            char first = value[0];
            bool numberStart = (first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.';
            if (!numberStart)
            {
                return false;
            }

            foreach (char c in value)
            {
                bool numeric = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
                    || c == '.' || c == '_' || c == ':' || c == '+' || c == '-' || c == 'x' || c == 'X' || c == 'o' || c == 'O'
                    || c == 'T' || c == 't' || c == 'Z' || c == 'z' || c == ' ';
                if (!numeric)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
