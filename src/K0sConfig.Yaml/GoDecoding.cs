using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using YamlDotNet.Core;

namespace K0sConfig.Yaml
{
    /// <summary>What a YAML scalar becomes in the JSON k0s decodes (go-yaml v2's resolve.go, then sigs.k8s.io/yaml).</summary>
    internal enum JsonKind : byte
    {
        Null = 0,
        Bool = 1,
        Number = 2,
        String = 3,
    }

    /// <summary>
    /// The parts of k0s's decoding that the reader copies exactly: go-yaml v2's scalar resolution (YAML 1.1), and
    /// encoding/json's key matching (case folding) and key order (sigs.k8s.io/yaml writes the JSON object with its
    /// keys sorted byte-wise, and a later key that matches the same field overwrites an earlier one).
    /// </summary>
    internal static class GoDecoding
    {
        private const string TagPrefix = "tag:yaml.org,2002:";

        private static readonly HashSet<string> Nulls = new HashSet<string>(StringComparer.Ordinal) { string.Empty, "~", "null", "Null", "NULL" };

        private static readonly HashSet<string> Bools = new HashSet<string>(StringComparer.Ordinal)
        {
            "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
            "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
        };

        private static readonly HashSet<string> Floats = new HashSet<string>(StringComparer.Ordinal)
        {
            ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
        };

        /// <summary>What the scalar becomes: go-yaml v2 resolves plain (and explicitly tagged) scalars; quoted ones are text.</summary>
        public static JsonKind Resolve(YScalar scalar)
        {
            string tag = scalar.Tag;
            if (tag.Length == 0 && scalar.Style != ScalarStyle.Plain)
            {
                return JsonKind.String;
            }

            if (tag.Length != 0)
            {
                switch (tag)
                {
                    case TagPrefix + "bool":
                    case TagPrefix + "int":
                    case TagPrefix + "float":
                    case TagPrefix + "null":
                    case TagPrefix + "timestamp":
                        break;
                    default:
                        // !!str, !!binary and tags go-yaml does not resolve: the text as it is.
                        return JsonKind.String;
                }
            }

            return ResolvePlain(scalar.Value);
        }

        /// <summary>go-yaml v2 <c>resolve("", in)</c>: null, boolean, number or text.</summary>
        public static JsonKind ResolvePlain(string value)
        {
            if (Nulls.Contains(value))
            {
                return JsonKind.Null;
            }

            if (Bools.Contains(value))
            {
                return JsonKind.Bool;
            }

            if (Floats.Contains(value))
            {
                return JsonKind.Number;
            }

            char first = value[0];
            if (first == '.')
            {
                // strconv.ParseFloat of text starting with '.': digits, maybe an exponent; not beyond float64.
                return IsYamlFloat(value) && FiniteFloat(value) ? JsonKind.Number : JsonKind.String;
            }

            if (!((first >= '0' && first <= '9') || first == '+' || first == '-'))
            {
                return JsonKind.String;
            }

            string plain = value.Replace("_", string.Empty);
            if (GoParseInteger(plain) || (IsYamlFloat(plain) && FiniteFloat(plain)))
            {
                return JsonKind.Number;
            }

            return JsonKind.String;
        }

        /// <summary>
        /// Whether encoding/json stores <paramref name="number"/> in a field of the Go integer type <paramref name="goType"/>
        /// (<c>int32</c>, <c>uint32</c>; <c>int</c> and <c>int64</c> hold every <see cref="long"/>).
        /// </summary>
        public static bool FitsInteger(string? goType, long number) => goType switch
        {
            "int32" => number >= int.MinValue && number <= int.MaxValue,
            "uint32" => number >= 0 && number <= uint.MaxValue,
            _ => true,
        };

        /// <summary>strconv.ParseInt(s, 0, 64) or strconv.ParseUint(s, 0, 64) succeeds.</summary>
        private static bool GoParseInteger(string s)
        {
            bool negative = false;
            int i = 0;
            if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
            {
                negative = s[0] == '-';
                i = 1;
            }

            int radix = 10;
            if (s.Length - i >= 2 && s[i] == '0')
            {
                char p = char.ToLowerInvariant(s[i + 1]);
                if (p == 'x' || p == 'b' || p == 'o')
                {
                    radix = p == 'x' ? 16 : p == 'b' ? 2 : 8;
                    i += 2;
                }
                else
                {
                    radix = 8;
                    i += 1;
                }
            }

            if (i >= s.Length)
            {
                // "0x", "-", "+": no digits.
                return false;
            }

            BigInteger n = BigInteger.Zero;
            for (; i < s.Length; i++)
            {
                int digit = HexDigit(s[i]);
                if (digit < 0 || digit >= radix)
                {
                    return false;
                }

                n = (n * radix) + digit;
            }

            if (negative)
            {
                return n <= new BigInteger(long.MaxValue) + 1;
            }

            // ParseInt accepts "+" signs; ParseUint takes the rest up to 2^64-1 (without a sign).
            return n <= long.MaxValue || (s[0] != '+' && n <= ulong.MaxValue);
        }

        private static int HexDigit(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

        /// <summary>
        /// The integer that an int field of k0s's structs decodes from a plain scalar go-yaml resolves as a float
        /// (<c>8.0</c>, <c>7e3</c>, and <c>08</c>, which is not octal): sigs.k8s.io/yaml writes the float64 into the JSON
        /// with encoding/json, which prints an integral value below 1e21 with neither a point nor an exponent, and
        /// encoding/json reads that into the int. Only up to 2^53, where every integer prints as itself; above it the
        /// value is not taken, and K0S802 reports a type error where k0s reports the number out of range (no field of
        /// k0s's takes such a number either way).
        /// </summary>
        /// <param name="value">The scalar's text.</param>
        /// <param name="number">The integer, or 0.</param>
        /// <returns>Whether go-yaml reads a float with an integral value here.</returns>
        public static bool TryIntegralFloat(string value, out long number)
        {
            number = 0;
            if (!(YamlFloat(value) is double d) || Math.Floor(d) != d || Math.Abs(d) > 9007199254740992.0)
            {
                return false;
            }

            number = (long)d;
            return true;
        }

        /// <summary>The finite float go-yaml reads from a plain scalar's text (underscores dropped), or <see langword="null"/>.</summary>
        private static double? YamlFloat(string value)
        {
            string plain = value.Length != 0 && value[0] != '.' ? value.Replace("_", string.Empty) : value;
            return IsYamlFloat(plain) && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && !double.IsInfinity(d) ? d : (double?)null;
        }

        /// <summary>go-yaml's <c>^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$</c>.</summary>
        private static bool IsYamlFloat(string s)
        {
            int i = 0;
            if (i < s.Length && (s[i] == '+' || s[i] == '-'))
            {
                i++;
            }

            int digits = Digits(s, ref i);
            if (digits == 0)
            {
                if (i >= s.Length || s[i] != '.')
                {
                    return false;
                }

                i++;
                if (Digits(s, ref i) == 0)
                {
                    return false;
                }
            }
            else if (i < s.Length && s[i] == '.')
            {
                i++;
                Digits(s, ref i);
            }

            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                if (i < s.Length && (s[i] == '+' || s[i] == '-'))
                {
                    i++;
                }

                if (Digits(s, ref i) == 0)
                {
                    return false;
                }
            }

            return i == s.Length;
        }

        private static int Digits(string s, ref int i)
        {
            int start = i;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9')
            {
                i++;
            }

            return i - start;
        }

        /// <summary>
        /// The JSON text sigs.k8s.io/yaml gives the float go-yaml reads from a plain scalar: <c>6443.5</c>, <c>1e+30</c>, and
        /// <c>1.2345678901234569e+23</c> for an integer beyond 64 bits, as encoding/json prints a float64 (and as its type
        /// errors quote it). <see langword="null"/> when go-yaml reads no finite float there.
        /// </summary>
        /// <param name="value">The plain scalar's text.</param>
        /// <returns>The number's JSON text, or <see langword="null"/>.</returns>
        public static string? JsonFloat(string value) => YamlFloat(value) is double d ? GoJsonFloat(d) : null;

        /// <summary>
        /// Go's own word for the infinity or NaN a scalar such as <c>.inf</c>, <c>-.Inf</c> or <c>.nan</c> is (<c>+Inf</c>,
        /// <c>-Inf</c>, <c>NaN</c>): JSON has neither, so sigs.k8s.io/yaml cannot turn a document holding one into JSON, and
        /// k0s refuses it (<c>error converting YAML to JSON: json: unsupported value: +Inf</c>), whatever the field.
        /// <see langword="null"/> for any other scalar.
        /// </summary>
        /// <param name="scalar">The scalar.</param>
        /// <returns>The word, or <see langword="null"/>.</returns>
        public static string? NonFinite(YScalar scalar)
            => Resolve(scalar) == JsonKind.Number && Floats.Contains(scalar.Value)
                ? scalar.Value.EndsWith("nan", StringComparison.OrdinalIgnoreCase) ? "NaN" : scalar.Value[0] == '-' ? "-Inf" : "+Inf"
                : null;

        /// <summary>
        /// encoding/json's text for a finite float64: the shortest digits that read back as it, in plain notation from 1e-6
        /// up to 1e21 and in exponent notation (<c>1e+30</c>, <c>1e-7</c>) outside.
        /// </summary>
        internal static string GoJsonFloat(double f)
        {
            if (f == 0)
            {
                return BitConverter.DoubleToInt64Bits(f) < 0 ? "-0" : "0";
            }

            // The fewest significant digits that read back as the same float64, as strconv's shortest form (the runtime's
            // own "R" is not the shortest on every runtime the analyzer runs on).
            double abs = Math.Abs(f);
            string shortest = abs.ToString("E16", CultureInfo.InvariantCulture);
            for (int precision = 0; precision < 16; precision++)
            {
                string candidate = abs.ToString("E" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                if (double.Parse(candidate, NumberStyles.Float, CultureInfo.InvariantCulture) == abs)
                {
                    shortest = candidate;
                    break;
                }
            }

            int exponent = 0;
            int e = shortest.IndexOf('E');
            if (e >= 0)
            {
                exponent = int.Parse(shortest.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                shortest = shortest.Substring(0, e);
            }

            int dot = shortest.IndexOf('.');
            string whole = (dot < 0 ? shortest : shortest.Substring(0, dot)).TrimStart('0');
            string fraction = dot < 0 ? string.Empty : shortest.Substring(dot + 1);
            string digits = (whole + fraction).TrimStart('0').TrimEnd('0');

            // The value is 0.<digits> times ten to the power point.
            int point = whole.Length != 0 ? whole.Length + exponent : exponent - (fraction.Length - fraction.TrimStart('0').Length);
            string sign = f < 0 ? "-" : string.Empty;
            if (abs < 1e-6 || abs >= 1e21)
            {
                int x = point - 1;
                string mantissa = digits.Length > 1 ? digits.Substring(0, 1) + "." + digits.Substring(1) : digits;

                // strconv writes at least two exponent digits; encoding/json then turns e-07 into e-7.
                string power = Math.Abs(x).ToString(CultureInfo.InvariantCulture);
                return sign + mantissa + "e" + (x < 0 ? "-" : "+") + (x >= 0 && power.Length < 2 ? "0" + power : power);
            }

            return sign + (point <= 0
                ? "0." + new string('0', -point) + digits
                : point >= digits.Length ? digits + new string('0', point - digits.Length) : digits.Substring(0, point) + "." + digits.Substring(point));
        }

        /// <summary>strconv.ParseFloat does not fail with a range error (a value beyond float64).</summary>
        private static bool FiniteFloat(string s)
            => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && !double.IsInfinity(d);

        /// <summary>
        /// The JSON object key sigs.k8s.io/yaml makes of a YAML key (its <c>convertToJSONableObject</c>): text as it is, a
        /// boolean as <c>true</c> or <c>false</c> (so <c>y:</c> is the key <c>true</c>), an integer in decimal (<c>0x10:</c> is
        /// <c>16</c>). A null key and an integer beyond 64 bits make k0s refuse the file: <paramref name="refused"/> holds its
        /// words. A floating-point key becomes Go's shortest 32-bit form, which the reader does not reproduce: unknown.
        /// </summary>
        /// <returns>The key k0s reads, or <see langword="null"/> when k0s refuses it or when it is not known.</returns>
        public static string? JsonKey(YScalar key, out string? refused)
        {
            refused = null;
            switch (Resolve(key))
            {
                case JsonKind.String:
                    return key.Value;
                case JsonKind.Null:
                    refused = "unsupported map key of type: %!s(<nil>), key: <nil>";
                    return null;
                case JsonKind.Bool:
                    return YamlScalars.IsTrue(key.Value) ? "true" : "false";
            }

            if (!key.IsPlain)
            {
                return null;
            }

            if (YamlScalars.TryInteger(key, out long number))
            {
                return number.ToString(CultureInfo.InvariantCulture);
            }

            // go-yaml tries int64, then uint64 (which sigs.k8s.io/yaml refuses as a key), then float.
            string digits = key.Value.Replace("_", string.Empty).TrimStart('+');
            bool hex = digits.StartsWith("0x", StringComparison.Ordinal);
            if ((hex && ulong.TryParse(digits.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong big))
                || (!hex && digits.Length != 0 && digits[0] != '0' && ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out big)))
            {
                refused = "unsupported map key of type: uint64, key: 0x" + big.ToString("x", CultureInfo.InvariantCulture);
            }

            return null;
        }

        /// <summary>
        /// A YAML key as go-yaml's strict check compares and names it (Go's <c>%#v</c> of the decoded key): text quoted
        /// (<c>"a"</c>), a boolean as <c>true</c>/<c>false</c>, an integer in decimal. Two keys are written twice when these are
        /// equal: <c>y:</c> and <c>on:</c> are both <c>true</c>.
        /// </summary>
        public static string DecodedKey(YScalar key)
        {
            if (Resolve(key) == JsonKind.String)
            {
                var quoted = new StringBuilder("\"", key.Value.Length + 2);
                foreach (char c in key.Value)
                {
                    quoted.Append(c switch
                    {
                        '"' => "\\\"",
                        '\\' => "\\\\",
                        '\n' => "\\n",
                        '\t' => "\\t",
                        _ => c.ToString(),
                    });
                }

                return quoted.Append('"').ToString();
            }

            return JsonKey(key, out _) ?? (key.IsNull ? "<nil>" : key.Value);
        }

        /// <summary>
        /// The key as encoding/json folds it to match a field (Go 1.21+ <c>foldName</c>): ASCII letters upper-cased,
        /// every other rune replaced by the smallest rune of its case-folding orbit. Only two non-ASCII runes fold to
        /// ASCII letters: KELVIN SIGN (U+212A, to K) and LATIN SMALL LETTER LONG S (U+017F, to S); a field name is
        /// ASCII, so the others never match one and are kept as they are.
        /// </summary>
        public static string Fold(string key)
        {
            var folded = new StringBuilder(key.Length);
            foreach (char c in key)
            {
                folded.Append(c switch
                {
                    >= 'a' and <= 'z' => (char)(c - ('a' - 'A')),
                    '\u212A' => 'K',
                    '\u017F' => 'S',
                    _ => c,
                });
            }

            return folded.ToString();
        }

        /// <summary>Whether encoding/json decodes the key <paramref name="key"/> into the field named <paramref name="field"/>.</summary>
        public static bool Matches(string field, string key)
            => string.Equals(field, key, StringComparison.Ordinal) || string.Equals(Fold(field), Fold(key), StringComparison.Ordinal);

        /// <summary>
        /// Go's <c>time.ParseDuration</c> error for text it does not read (<c>time: invalid duration "x"</c>,
        /// <c>time: missing unit in duration "5"</c>, <c>time: unknown unit "d" in duration "5d"</c>), or null when
        /// it reads it or the text holds characters Go would escape in the quote.
        /// </summary>
        public static string? DurationError(string text)
        {
            if (GoDuration.TryParse(text, out _))
            {
                return null;
            }

            foreach (char c in text)
            {
                if (c < ' ' || c > '~' || c == '"' || c == '\\')
                {
                    return null;
                }
            }

            string quoted = "\"" + text + "\"";
            string invalid = "time: invalid duration " + quoted;
            string s = text;
            if (s.Length != 0 && (s[0] == '-' || s[0] == '+'))
            {
                s = s.Substring(1);
            }

            if (s.Length == 0)
            {
                return invalid;
            }

            int i = 0;
            while (i < s.Length)
            {
                if (!(s[i] == '.' || (s[i] >= '0' && s[i] <= '9')))
                {
                    return invalid;
                }

                int start = i;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9')
                {
                    i++;
                }

                bool pre = i > start;
                bool post = false;
                if (i < s.Length && s[i] == '.')
                {
                    i++;
                    int fraction = i;
                    while (i < s.Length && s[i] >= '0' && s[i] <= '9')
                    {
                        i++;
                    }

                    post = i > fraction;
                }

                if (!pre && !post)
                {
                    return invalid;
                }

                int unitStart = i;
                while (i < s.Length && s[i] != '.' && (s[i] < '0' || s[i] > '9'))
                {
                    i++;
                }

                if (i == unitStart)
                {
                    return "time: missing unit in duration " + quoted;
                }

                string unit = s.Substring(unitStart, i - unitStart);
                if (unit != "ns" && unit != "us" && unit != "\u00b5s" && unit != "\u03bcs" && unit != "ms" && unit != "s" && unit != "m" && unit != "h")
                {
                    return "time: unknown unit \"" + unit + "\" in duration " + quoted;
                }
            }

            // Well-formed but out of range.
            return invalid;
        }

    }

    /// <summary>
    /// Go's own names for the ClusterConfig's fields (GoTypes.g.cs), so that a type error can be worded as k0s words it:
    /// <c>json: cannot unmarshal number into Go struct field ControllerManagerSpec.spec.controllerManager.extraArgs of type string</c>.
    /// </summary>
    internal static partial class GoTypes
    {
        private static readonly Lazy<Dictionary<string, (string Struct, string Type, bool SelfDecoding, bool Nullable)>> ByPath = new Lazy<Dictionary<string, (string, string, bool, bool)>>(() =>
        {
            var byPath = new Dictionary<string, (string, string, bool, bool)>(StringComparer.Ordinal);
            foreach ((string path, string structName, string type, bool self, bool nullable) in Rows)
            {
                byPath[path] = (structName, type, self, nullable);
            }

            return byPath;
        });

        private static readonly Lazy<Dictionary<string, List<string>>> ChildrenByPath = new Lazy<Dictionary<string, List<string>>>(() =>
        {
            var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach ((string path, _, _, _, _) in Rows)
            {
                int dot = path.LastIndexOf('.');
                string parent = dot < 0 ? string.Empty : path.Substring(0, dot);
                if (path.EndsWith(".*", StringComparison.Ordinal) || path.EndsWith("[]", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!children.TryGetValue(parent, out List<string>? list))
                {
                    children[parent] = list = new List<string>();
                }

                list.Add(path.Substring(dot + 1));
            }

            return children;
        });

        /// <summary>The Go type at a schema path (<c>metadata.labels</c>, <c>spec.api.sans[]</c>), or null.</summary>
        public static string? TypeOf(string path) => ByPath.Value.TryGetValue(path, out var row) ? row.Type : null;

        /// <summary>The JSON field names of the struct at a schema path.</summary>
        public static IReadOnlyList<string> FieldsOf(string path) => ChildrenByPath.Value.TryGetValue(path, out List<string>? list) ? list : (IReadOnlyList<string>)Array.Empty<string>();

        /// <summary>
        /// Whether a JSON null leaves the field at the schema path as it is: it is neither a pointer, map, slice nor interface
        /// (which null sets to nil) nor a type that decodes itself (whose UnmarshalJSON gets the null). An earlier key that
        /// names the same field (<c>PODCIDR:</c> before <c>podCIDR: null</c>) then keeps its value.
        /// </summary>
        public static bool NullLeavesAsIs(string path) => ByPath.Value.TryGetValue(path, out var row) && !row.Nullable && !row.SelfDecoding;

        /// <summary>Whether the type at the schema path decodes itself (has its own UnmarshalJSON).</summary>
        public static bool DecodesItself(string path) => ByPath.Value.TryGetValue(path, out var row) && row.SelfDecoding;

        /// <summary>
        /// encoding/json's error for a JSON value of kind <paramref name="json"/> ("number", "bool", "string", "array",
        /// "object") at <paramref name="path"/>, as k0s reports it; null when the reader cannot word it exactly (the
        /// target decodes itself, or the path is not one of k0s's). <paramref name="goType"/>, when given, is the field's Go
        /// type in the version read for, where it differs from the newest's.
        /// </summary>
        public static string? TypeError(string path, string json, string? goType = null)
        {
            if (!ByPath.Value.TryGetValue(path, out var row))
            {
                return null;
            }

            if (goType != null)
            {
                row = (row.Struct, goType, false, row.Nullable);
            }

            if (row.SelfDecoding)
            {
                // metav1.Duration (and charts' BackwardCompatibleDuration) read a JSON string first; other such types
                // word their errors themselves.
                if (row.Type != "v1.Duration" && row.Type != "v1beta1.BackwardCompatibleDuration")
                {
                    return null;
                }

                row = (row.Struct, "string", false, row.Nullable);
            }

            // The struct named: the innermost one, unless a type that decodes itself lies on the way: its error reaches
            // ClusterConfig's decoder, which names the struct that holds that type's field.
            string structName = row.Struct;
            string prefix = string.Empty;
            int at = 0;
            while ((at = path.IndexOf('.', at + 1)) > 0)
            {
                prefix = path.Substring(0, at);
                if (ByPath.Value.TryGetValue(prefix, out var section) && section.SelfDecoding)
                {
                    structName = section.Struct;
                    break;
                }
            }

            string goPath = path.Replace("[]", string.Empty).Replace(".*", string.Empty);
            if (goPath.EndsWith("*", StringComparison.Ordinal))
            {
                return null;
            }

            if (structName == "ClusterConfig")
            {
                structName = "config";
            }
            else if (structName == "TypeMeta")
            {
                structName = "config";
                goPath = "TypeMeta." + goPath;
            }

            return "json: cannot unmarshal " + json + " into Go struct field " + structName + "." + goPath + " of type " + row.Type;
        }
    }
}
