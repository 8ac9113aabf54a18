using System;
using System.Globalization;

namespace K0sConfig
{
    /// <summary>Argument checks for the builder: clear errors that name the value, the field and the fix.</summary>
    internal static class Guard
    {
        public static string NotNull(string? value, string parameter, string field)
            => Unicode(value ?? throw new ArgumentNullException(parameter, "The value for " + field + " is null; pass a string, such as the value you would write in k0s.yaml."), parameter, field);

        /// <summary>Refuses text with an unpaired UTF-16 surrogate: it has no UTF-8 form, so no k0s.yaml can hold it.</summary>
        public static string Unicode(string value, string parameter, string field)
        {
            for (int i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(value[i]))
                {
                    throw new ArgumentException("The value for " + field + " holds an unpaired surrogate (\\u" + ((int)value[i]).ToString("X4", CultureInfo.InvariantCulture) + " at index " + i.ToString(CultureInfo.InvariantCulture) + "), which cannot be written to k0s.yaml; pass valid Unicode text.", parameter);
                }
            }

            return value;
        }

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

            return Unicode(name!, parameter, field);
        }

        public static Exception Undefined<T>(T value)
            where T : struct, Enum
            => new ArgumentOutOfRangeException(nameof(value), value, typeof(T).Name + " " + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + " has no k0s.yaml spelling.");

        public static Action<T> NotNull<T>(Action<T>? configure, string parameter, string field, string example)
            => configure ?? throw new ArgumentNullException(parameter, "The lambda that configures " + field + " is null; pass one that sets its values, such as " + example + ".");
    }
}
