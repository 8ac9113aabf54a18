using System;
using System.Globalization;
using System.Text;

namespace K0sConfig
{
    /// <summary>Writes a <see cref="TimeSpan"/> as Go's <c>time.Duration.String()</c> does, which k0s reads back with <c>time.ParseDuration</c>.</summary>
    internal static class GoDuration
    {
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
