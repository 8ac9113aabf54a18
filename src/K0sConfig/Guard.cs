using System;
using System.Globalization;

namespace K0sConfig
{
    /// <summary>Argument checks for the builder: clear errors that name the value, the field and the fix.</summary>
    internal static class Guard
    {
        public static string NotNull(string? value, string parameter, string field)
            => value ?? throw new ArgumentNullException(parameter, "The value for " + field + " is null; pass a string, such as the value you would write in k0s.yaml.");

        public static T Defined<T>(T value, string parameter, string field)
            where T : struct, Enum
        {
            if (!Enum.IsDefined(typeof(T), value))
            {
                throw new ArgumentOutOfRangeException(parameter, value, string.Format(CultureInfo.InvariantCulture, "{0} is not a {1} value, so it cannot be written to {2}. Use one of: {3}.", Convert.ToInt64(value, CultureInfo.InvariantCulture), typeof(T).Name, field, string.Join(", ", Enum.GetNames(typeof(T)))));
            }

            return value;
        }

        public static string ArgName(string? name, string parameter, string field, string what = "the flag name without leading dashes, such as \"node-cidr-mask-size\"")
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("An argument name for " + field + " is empty; pass " + what + ".", parameter);
            }

            return name!;
        }

        public static Exception Undefined<T>(T value)
            where T : struct, Enum
            => new ArgumentOutOfRangeException(nameof(value), value, typeof(T).Name + " " + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + " has no k0s.yaml spelling.");

        public static Action<T> NotNull<T>(Action<T>? configure, string parameter, string field, string example)
            => configure ?? throw new ArgumentNullException(parameter, "The lambda that configures " + field + " is null; pass one that sets its values, such as " + example + ".");
    }
}
