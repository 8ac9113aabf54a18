using System;
using System.Globalization;
using System.Text;

namespace K0sConfig.Yaml
{
    /// <summary>
    /// Go's <c>time.Duration</c> as k0s writes and reads it: <see cref="Format"/> as <c>Duration.String()</c> does,
    /// <see cref="TryParse"/> as <c>time.ParseDuration</c> does (the YAML reader and <c>k0sconfig import</c> use it).
    /// </summary>
    public static class GoDuration
    {
        private const ulong MaxMagnitude = 1UL << 63;

        /// <summary>
        /// Reads <paramref name="text"/> as Go's <c>time.ParseDuration</c> does: <c>[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+</c>
        /// with the units ns, us (or µs, μs), ms, s, m and h, or a bare <c>0</c>; a value beyond Go's int64 nanoseconds
        /// fails, as it does in Go.
        /// </summary>
        /// <param name="text">The text, such as <c>1m30s</c>.</param>
        /// <param name="nanoseconds">The duration in nanoseconds.</param>
        /// <returns>Whether Go reads it.</returns>
        public static bool TryParse(string? text, out long nanoseconds)
        {
            nanoseconds = 0;
            if (text == null)
            {
                return false;
            }

            string s = text;
            int i = 0;
            bool negative = false;
            if (s.Length != 0 && (s[0] == '-' || s[0] == '+'))
            {
                negative = s[0] == '-';
                i = 1;
            }

            if (s.Length - i == 1 && s[i] == '0')
            {
                return true;
            }

            if (i == s.Length)
            {
                return false;
            }

            ulong total = 0;
            while (i < s.Length)
            {
                // The next character must be [0-9.].
                if (!(s[i] == '.' || IsDigit(s[i])))
                {
                    return false;
                }

                // [0-9]*: an integer beyond 1<<63 fails.
                int start = i;
                ulong whole = 0;
                while (i < s.Length && IsDigit(s[i]))
                {
                    if (whole > MaxMagnitude / 10)
                    {
                        return false;
                    }

                    whole = (whole * 10) + (ulong)(s[i] - '0');
                    if (whole > MaxMagnitude)
                    {
                        return false;
                    }

                    i++;
                }

                bool digitsBefore = i != start;

                // (\.[0-9]*)?: digits that would overflow are read but no longer counted.
                ulong fraction = 0;
                double scale = 1;
                bool digitsAfter = false;
                if (i < s.Length && s[i] == '.')
                {
                    i++;
                    int fractionStart = i;
                    bool overflow = false;
                    while (i < s.Length && IsDigit(s[i]))
                    {
                        if (!overflow)
                        {
                            ulong next = (fraction * 10) + (ulong)(s[i] - '0');
                            if (fraction > long.MaxValue / 10 || next > MaxMagnitude)
                            {
                                overflow = true;
                            }
                            else
                            {
                                fraction = next;
                                scale *= 10;
                            }
                        }

                        i++;
                    }

                    digitsAfter = i != fractionStart;
                }

                if (!digitsBefore && !digitsAfter)
                {
                    return false;
                }

                // The unit: everything up to the next '.' or digit.
                int unitStart = i;
                while (i < s.Length && s[i] != '.' && !IsDigit(s[i]))
                {
                    i++;
                }

                ulong unit = s.Substring(unitStart, i - unitStart) switch
                {
                    "ns" => 1UL,
                    "us" => 1_000UL,
                    "\u00b5s" => 1_000UL,
                    "\u03bcs" => 1_000UL,
                    "ms" => 1_000_000UL,
                    "s" => 1_000_000_000UL,
                    "m" => 60_000_000_000UL,
                    "h" => 3_600_000_000_000UL,
                    _ => 0UL,
                };
                if (unit == 0 || whole > MaxMagnitude / unit)
                {
                    return false;
                }

                whole *= unit;
                if (fraction > 0)
                {
                    // As Go computes it: float64 keeps fractions of hours nanosecond-exact.
                    whole += (ulong)((double)fraction * ((double)unit / scale));
                    if (whole > MaxMagnitude)
                    {
                        return false;
                    }
                }

                total += whole;
                if (total > MaxMagnitude)
                {
                    return false;
                }
            }

            if (negative)
            {
                nanoseconds = total == MaxMagnitude ? long.MinValue : -(long)total;
                return true;
            }

            if (total > long.MaxValue)
            {
                return false;
            }

            nanoseconds = (long)total;
            return true;
        }

        /// <summary>Go nanoseconds as a <see cref="TimeSpan"/>, whose unit is 100 ns: <see langword="false"/> when that loses something.</summary>
        /// <param name="nanoseconds">The duration in nanoseconds.</param>
        /// <param name="value">The same duration.</param>
        /// <returns>Whether <paramref name="value"/> is exact.</returns>
        public static bool TryToTimeSpan(long nanoseconds, out TimeSpan value)
        {
            value = TimeSpan.FromTicks(nanoseconds / 100);
            return nanoseconds % 100 == 0;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>
        /// Writes <paramref name="value"/> as Go's <c>Duration.String()</c> does, as k0s writes durations: <c>1m30s</c>,
        /// <c>1.5s</c>, <c>250ms</c>, <c>0s</c>.
        /// </summary>
        /// <param name="value">The duration.</param>
        /// <returns>The duration as Go writes it.</returns>
        public static string Format(TimeSpan value)
        {
            // TimeSpan counts 100 ns ticks; Go counts nanoseconds.
            long ticks = value.Ticks;
            if (ticks == 0)
            {
                return "0s";
            }

            bool negative = ticks < 0;
            ulong nanos = negative ? (ulong)(-(ticks + 1)) + 1 : (ulong)ticks;
            nanos *= 100;
            var text = new StringBuilder();
            if (nanos < 1_000_000_000UL)
            {
                // Below a second Go uses the largest unit that keeps an integer part: ns, µs or ms.
                if (nanos < 1_000UL)
                {
                    text.Append(nanos.ToString(CultureInfo.InvariantCulture)).Append("ns");
                }
                else if (nanos < 1_000_000UL)
                {
                    text.Append(Fraction(nanos, 1_000UL)).Append("µs");
                }
                else
                {
                    text.Append(Fraction(nanos, 1_000_000UL)).Append("ms");
                }
            }
            else
            {
                ulong hours = nanos / 3_600_000_000_000UL;
                ulong rest = nanos % 3_600_000_000_000UL;
                ulong minutes = rest / 60_000_000_000UL;
                ulong seconds = rest % 60_000_000_000UL;
                if (hours > 0)
                {
                    text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
                }

                if (hours > 0 || minutes > 0)
                {
                    text.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('m');
                }

                text.Append(Fraction(seconds, 1_000_000_000UL)).Append('s');
            }

            return negative ? "-" + text : text.ToString();
        }

        private static string Fraction(ulong value, ulong unit)
        {
            string whole = (value / unit).ToString(CultureInfo.InvariantCulture);
            ulong fraction = value % unit;
            if (fraction == 0)
            {
                return whole;
            }

            int digits = unit.ToString(CultureInfo.InvariantCulture).Length - 1;
            return whole + "." + fraction.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0');
        }
    }
}
