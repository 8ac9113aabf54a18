using System;
using System.Collections.Generic;
using System.Globalization;

namespace K0sConfig.Yaml
{
    /// <summary>Which plain scalars YAML readers (k0s uses a YAML 1.1 reader) resolve to something other than a string.</summary>
    public static class YamlScalars
    {
        private static readonly HashSet<string> Booleans = new HashSet<string>(StringComparer.Ordinal)
        {
            "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
        };

        private static readonly HashSet<string> Words = new HashSet<string>(StringComparer.Ordinal)
        {
            "~", "null", "Null", "NULL",
            "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "true", "True", "TRUE", "false", "False", "FALSE",
            "on", "On", "ON", "off", "Off", "OFF",
            ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF", "+.inf", "+.Inf", "+.INF",
            ".nan", ".NaN", ".NAN", "<<", "=",
        };

        /// <summary>k0s reads the scalar as text (YAML 1.1: not null, a boolean or a number).</summary>
        /// <param name="value">The scalar.</param>
        /// <returns>Whether it is a string to Go.</returns>
        public static bool IsText(YScalar value) => GoDecoding.Resolve(value) == JsonKind.String;

        /// <summary>k0s reads the scalar as null (<c>~</c>, <c>null</c>, nothing).</summary>
        /// <param name="value">The scalar.</param>
        /// <returns>Whether it is null to Go.</returns>
        public static bool IsNullValue(YScalar value) => GoDecoding.Resolve(value) == JsonKind.Null;

        /// <summary>k0s reads the scalar as a boolean (YAML 1.1: <c>yes</c>, <c>off</c>, ...).</summary>
        /// <param name="value">The scalar.</param>
        /// <returns>Whether it is a boolean to Go.</returns>
        public static bool IsBooleanValue(YScalar value) => GoDecoding.Resolve(value) == JsonKind.Bool;

        /// <summary>
        /// What a plain scalar is to Go's JSON decoder once k0s's YAML 1.1 reader has read it: <c>null</c>, <c>bool</c>,
        /// <c>number</c> or <c>string</c> (encoding/json's words in a type error).
        /// </summary>
        /// <param name="value">The scalar's text, written plain (not quoted, no tag).</param>
        /// <returns>The kind.</returns>
        public static string GoKindOfPlain(string value) => GoDecoding.ResolvePlain(value) switch
        {
            JsonKind.Null => "null",
            JsonKind.Bool => "bool",
            JsonKind.Number => "number",
            _ => "string",
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

        /// <summary>
        /// What an int field of k0s's structs decodes from the scalar: a YAML 1.1 integer (<see cref="TryInteger"/>), or
        /// a float with an integral value, which reaches encoding/json as an integer (<see cref="GoDecoding.TryIntegralFloat"/>).
        /// </summary>
        /// <param name="value">The scalar.</param>
        /// <param name="number">The integer read, or 0.</param>
        /// <returns>Whether k0s reads an integer here.</returns>
        public static bool TryJsonInteger(YScalar value, out long number)
            => TryInteger(value, out number) || (value.IsPlain && GoDecoding.TryIntegralFloat(value.Value, out number));

        /// <summary>
        /// A plain decimal or <c>0x</c> hexadecimal integer beyond <see cref="long.MaxValue"/> that fits in a
        /// <see cref="ulong"/>: go-yaml reads it as a uint64, which no int field of k0s's structs holds.
        /// </summary>
        /// <param name="value">The scalar.</param>
        /// <param name="number">The integer read, or 0.</param>
        /// <returns>Whether <paramref name="value"/> is such an integer.</returns>
        public static bool TryUnsignedInteger(YScalar value, out ulong number)
        {
            number = 0;
            if (!value.IsPlain)
            {
                return false;
            }

            string text = value.Value.Replace("_", string.Empty);
            bool read = text.StartsWith("0x", StringComparison.Ordinal)
                ? ulong.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out number)
                : text.Length != 0 && text[0] != '0' && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
            return read && number > long.MaxValue;
        }

        /// <summary>
        /// Reads a plain scalar as a YAML 1.1 integer, as k0s's reader does: decimal, <c>0x</c> hexadecimal, <c>0b</c>
        /// binary, <c>0o</c> or leading-zero octal, with an optional sign and <c>_</c> separators.
        /// </summary>
        /// <param name="value">The scalar; a quoted or tagged one is never an integer.</param>
        /// <param name="number">The integer read, or 0.</param>
        /// <returns>Whether <paramref name="value"/> is an integer that fits in a <see cref="long"/>.</returns>
        public static bool TryInteger(YScalar value, out long number)
        {
            number = 0;
            if (!value.IsPlain)
            {
                return false;
            }

            string text = value.Value.Replace("_", string.Empty);
            bool negative = text.StartsWith("-", StringComparison.Ordinal);
            if (negative || text.StartsWith("+", StringComparison.Ordinal))
            {
                text = text.Substring(1);
            }

            if (text.Length == 0)
            {
                return false;
            }

            try
            {
                if (text.StartsWith("0x", StringComparison.Ordinal))
                {
                    if (!long.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out number))
                    {
                        return false;
                    }
                }
                else if (text.StartsWith("0b", StringComparison.Ordinal) || text.StartsWith("0o", StringComparison.Ordinal) || (text.Length > 1 && text[0] == '0'))
                {
                    int radix = text[1] == 'b' ? 2 : 8;
                    string digits = text[1] == 'b' || text[1] == 'o' ? text.Substring(2) : text.Substring(1);
                    if (digits.Length == 0)
                    {
                        return false;
                    }

                    foreach (char c in digits)
                    {
                        int digit = c - '0';
                        if (digit < 0 || digit >= radix)
                        {
                            return false;
                        }

                        number = checked((number * radix) + digit);
                    }
                }
                else
                {
                    foreach (char c in text)
                    {
                        if (c < '0' || c > '9')
                        {
                            return false;
                        }
                    }

                    if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number))
                    {
                        return false;
                    }
                }
            }
            catch (OverflowException)
            {
                return false;
            }

            number = negative ? -number : number;
            return true;
        }

        /// <summary>
        /// Reads a plain scalar as a YAML 1.1 boolean, as k0s's reader does: <c>true</c>/<c>false</c>, <c>yes</c>/<c>no</c>,
        /// <c>y</c>/<c>n</c> and <c>on</c>/<c>off</c>, in lower case, capitalized or upper case.
        /// </summary>
        /// <param name="value">The scalar; a quoted or tagged one is never a boolean.</param>
        /// <param name="flag">The boolean read, or <see langword="false"/>.</param>
        /// <returns>Whether <paramref name="value"/> is a boolean.</returns>
        public static bool TryBoolean(YScalar value, out bool flag)
        {
            flag = false;
            if (!value.IsPlain || !Booleans.Contains(value.Value))
            {
                return false;
            }

            flag = IsTrue(value.Value);
            return true;
        }

        /// <summary>Which of the YAML 1.1 boolean spellings mean true: <c>y</c>, <c>yes</c>, <c>true</c>, <c>on</c> in any case.</summary>
        internal static bool IsTrue(string boolean)
        {
            char c = char.ToLowerInvariant(boolean[0]);
            return c == 'y' || c == 't' || (c == 'o' && boolean.Length == 2);
        }
    }
}
