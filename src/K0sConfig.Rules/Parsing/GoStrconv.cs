namespace K0sConfig.Rules.Parsing
{
    /// <summary>
    /// Go's <c>strconv.ParseInt(s, 0, 32)</c>, which is how kube-controller-manager's flag parser (pflag) reads
    /// an <c>int32</c> flag: optional sign, then decimal, <c>0x</c> hex, <c>0o</c> or leading-zero octal, or
    /// <c>0b</c> binary, with <c>_</c> separators allowed between digits.
    /// </summary>
    internal static class GoStrconv
    {
        public static bool TryParseInt32(string s, out int value)
        {
            value = 0;
            if (s.Length == 0)
            {
                return false;
            }

            int i = 0;
            bool negative = false;
            if (s[0] == '+' || s[0] == '-')
            {
                negative = s[0] == '-';
                i = 1;
                if (s.Length == 1)
                {
                    return false;
                }
            }

            string body = s.Substring(i);
            int numberBase = 10;
            int start = 0;
            if (body[0] == '0' && body.Length > 1)
            {
                char p = Lower(body[1]);
                if (body.Length >= 3 && p == 'b')
                {
                    numberBase = 2;
                    start = 2;
                }
                else if (body.Length >= 3 && p == 'o')
                {
                    numberBase = 8;
                    start = 2;
                }
                else if (body.Length >= 3 && p == 'x')
                {
                    numberBase = 16;
                    start = 2;
                }
                else
                {
                    numberBase = 8;
                    start = 1;
                }
            }

            long n = 0;
            bool sawUnderscore = false;
            for (int k = start; k < body.Length; k++)
            {
                char c = body[k];
                int digit;
                if (c == '_')
                {
                    sawUnderscore = true;
                    continue;
                }
                else if (c >= '0' && c <= '9')
                {
                    digit = c - '0';
                }
                else if (Lower(c) >= 'a' && Lower(c) <= 'z')
                {
                    digit = Lower(c) - 'a' + 10;
                }
                else
                {
                    return false;
                }

                if (digit >= numberBase)
                {
                    return false;
                }

                n = (n * numberBase) + digit;
                if (n > 1L << 31)
                {
                    return false;
                }
            }

            if (sawUnderscore && !UnderscoreOk(s))
            {
                return false;
            }

            long signed = negative ? -n : n;
            if (signed > int.MaxValue || signed < int.MinValue)
            {
                return false;
            }

            value = (int)signed;
            return true;
        }

        // Go's lower(): ASCII letters only.
        private static char Lower(char c) => c < 0x80 ? (char)(c | 0x20) : c;

        // Go's strconv.underscoreOK: '_' only between digits (or after a base prefix), never first or last.
        private static bool UnderscoreOk(string s)
        {
            char saw = '^';
            int i = 0;
            if (s.Length >= 1 && (s[0] == '-' || s[0] == '+'))
            {
                s = s.Substring(1);
            }

            bool hex = false;
            if (s.Length >= 2 && s[0] == '0')
            {
                char p = Lower(s[1]);
                if (p == 'b' || p == 'o' || p == 'x')
                {
                    i = 2;
                    saw = '0';
                    hex = p == 'x';
                }
            }

            for (; i < s.Length; i++)
            {
                char c = s[i];
                char lower = Lower(c);
                if ((c >= '0' && c <= '9') || (hex && lower >= 'a' && lower <= 'f'))
                {
                    saw = '0';
                    continue;
                }

                if (c == '_')
                {
                    if (saw != '0')
                    {
                        return false;
                    }

                    saw = '_';
                    continue;
                }

                if (saw == '_')
                {
                    return false;
                }

                saw = '!';
            }

            return saw != '_';
        }
    }
}
