using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace K0sConfig.Cli
{
    /// <summary>
    /// The one place where text from outside the tool gets escaped for where it goes. That text is file names, YAML keys and
    /// values, option values and exception messages. It goes into a C# string literal, a C# comment, a C# class name, or a
    /// line of text output or standard error.
    /// Every character that C# or a log reader treats as a line end (CR, LF, NEL U+0085, LS U+2028, PS U+2029) is written as
    /// a visible escape, and so is every other control, format (bidi controls, zero-width characters, tag characters) and
    /// unpaired surrogate character. So outside text stays on the line it was put on, and it looks like what it is.
    /// </summary>
    internal static class OutsideText
    {
        /// <summary>The names <c>Create()</c>'s code uses whatever the file holds; a class so named would hide them.</summary>
        private static readonly string[] NamesTheCodeUses = { "System", "K0sConfig", "K0s", "ClusterConfigBuilder", "Create" };

        /// <summary>C#'s reserved words that are not all lower-case ASCII letters (all the others are).</summary>
        private static readonly string[] UnderscoreKeywords = { "__arglist", "__makeref", "__reftype", "__refvalue" };

        /// <summary>
        /// A C# regular string literal, quotes included, that holds <paramref name="value"/> exactly. Quotes and
        /// backslashes are escaped, and so is every character outside printable ASCII (as <c>\n</c>, <c>\r</c>,
        /// <c>\t</c> or <c>\uXXXX</c>, one per UTF-16 unit). The literal is plain ASCII and cannot end early or span lines.
        /// </summary>
        public static string CSharpString(string value)
        {
            var text = new StringBuilder(value.Length + 2).Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"':
                        text.Append("\\\"");
                        break;
                    case '\\':
                        text.Append("\\\\");
                        break;
                    case '\n':
                        text.Append("\\n");
                        break;
                    case '\r':
                        text.Append("\\r");
                        break;
                    case '\t':
                        text.Append("\\t");
                        break;
                    default:
                        if (c < ' ' || c > '~')
                        {
                            text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            return text.Append('"').ToString();
        }

        /// <summary>
        /// Text for the body of a C# <c>//</c> comment. It cannot end the comment or the line, and it shows every character
        /// that would not show. Line ends, controls, format characters and unpaired surrogates are written as C# escapes
        /// (<c>\n</c>, <c>\u2028</c>, <c>\U000E0041</c>). A backslash is written <c>\\</c>, so an escape always means the
        /// character and not the characters of its spelling. <c>*/</c> is written <c>*\u002F</c>, so the text cannot close a
        /// comment even if someone moves it into a <c>/* */</c> block. Other characters, letters of every script included,
        /// stay as they are.
        /// </summary>
        public static string CSharpComment(string value)
        {
            var text = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '\\')
                {
                    text.Append("\\\\");
                }
                else if (c == '/' && i > 0 && value[i - 1] == '*')
                {
                    text.Append("\\u002F");
                }
                else
                {
                    i = AppendVisible(text, value, i, upperCase: true);
                }
            }

            return text.ToString();
        }

        /// <summary>
        /// Whether <paramref name="name"/> can be the generated class's name. It must be a C# identifier: a letter or
        /// <c>_</c>, then letters, digits and <c>_</c>. It must not be a keyword or another all-lower-case ASCII name, which
        /// C# reserves for keywords (CS8981). It must not be a name the generated code uses (<paramref name="namesUsed"/>,
        /// and <c>System</c>, <c>K0sConfig</c>, <c>K0s</c>, <c>ClusterConfigBuilder</c>, <c>Create</c>): a class of
        /// that name would hide what the code means and it would not compile.
        /// </summary>
        /// <param name="name">The <c>--class</c> value.</param>
        /// <param name="namesUsed">The type names the code for this file uses, if known.</param>
        /// <param name="problem">Why not, for a message that goes on after the quoted name.</param>
        public static bool IsClassName(string name, IEnumerable<string> namesUsed, out string problem)
        {
            problem = string.Empty;
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                problem = "is not a C# class name; use letters, digits and '_', starting with a letter";
            }
            else if (name.All(c => c >= 'a' && c <= 'z') || UnderscoreKeywords.Contains(name, StringComparer.Ordinal))
            {
                problem = "is a C# keyword or all lower-case, which C# keeps for keywords (CS8981); start it with a capital letter";
            }
            else if (NamesTheCodeUses.Concat(namesUsed).Contains(name, StringComparer.Ordinal))
            {
                problem = "is a name the generated code uses, and a class of that name would hide it; choose another";
            }

            return problem.Length == 0;
        }

        /// <summary>
        /// Text for one line of output or standard error. Every line end, control character (ESC included), format
        /// character (bidi controls, zero-width characters, tag characters) and unpaired surrogate is written as an escape
        /// (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\u2028</c>, <c>\U000e0041</c>). Nothing else changes, not even a
        /// backslash, so Windows paths and text that is already escaped stay as they are.
        /// </summary>
        public static string Line(string text)
        {
            if (!NeedsEscape(text))
            {
                return text;
            }

            var line = new StringBuilder(text.Length + 16);
            for (int i = 0; i < text.Length; i++)
            {
                i = AppendVisible(line, text, i, upperCase: false);
            }

            return line.ToString();
        }

        /// <summary>
        /// A file name for the start of an output line, as <see cref="Line"/> writes it. A name that would make the line
        /// start, after blanks, with <c>::</c> gets <c>./</c> in front, which names the same file. CI runners such as GitHub
        /// Actions read a line that starts with <c>::</c> as a workflow command (<c>::error</c>, <c>::add-mask::</c>,
        /// <c>::stop-commands::</c>).
        /// </summary>
        public static string LineStart(string file)
        {
            string shown = Line(file);
            return shown.TrimStart().StartsWith("::", StringComparison.Ordinal) ? "./" + shown : shown;
        }

        /// <summary>A position in the compiler's form, <c>k0s.yaml(12,14)</c>, for the start of a line (<see cref="LineStart"/>).</summary>
        public static string Position(string file, int line, int column)
            => LineStart(file) + "(" + line.ToString(CultureInfo.InvariantCulture) + "," + column.ToString(CultureInfo.InvariantCulture) + ")";

        private static bool NeedsEscape(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsSurrogate(text[i]) || IsHidden(CharUnicodeInfo.GetUnicodeCategory(text[i])))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsHidden(UnicodeCategory category)
            => category == UnicodeCategory.Control || category == UnicodeCategory.Format
                || category == UnicodeCategory.LineSeparator || category == UnicodeCategory.ParagraphSeparator;

        /// <summary>Appends the character (or surrogate pair) at <paramref name="index"/>, escaped when it is hidden; returns the index of its last UTF-16 unit.</summary>
        private static int AppendVisible(StringBuilder text, string value, int index, bool upperCase)
        {
            char c = value[index];
            string hex = upperCase ? "X" : "x";
            if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, value[index + 1]);
                if (IsHidden(CharUnicodeInfo.GetUnicodeCategory(codePoint)))
                {
                    text.Append("\\U").Append(codePoint.ToString(hex + "8", CultureInfo.InvariantCulture));
                }
                else
                {
                    text.Append(c).Append(value[index + 1]);
                }

                return index + 1;
            }

            switch (c)
            {
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    if (char.IsSurrogate(c) || IsHidden(CharUnicodeInfo.GetUnicodeCategory(c)))
                    {
                        text.Append("\\u").Append(((int)c).ToString(hex + "4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }

            return index;
        }
    }
}
