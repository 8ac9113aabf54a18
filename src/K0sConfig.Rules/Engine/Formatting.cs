using System.Globalization;
using System.Numerics;

namespace K0sConfig.Rules
{
    internal static class Formatting
    {
        public static string ToInvariant(this int value) => value.ToString(CultureInfo.InvariantCulture);

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
