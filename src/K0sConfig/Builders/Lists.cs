using System;
using System.Collections.Generic;
using System.Linq;

namespace K0sConfig
{
    /// <summary>String lists the builder takes: no nulls, valid Unicode, copied.</summary>
    internal static class Lists
    {
        public static IReadOnlyList<string> Copy(string[]? values, string parameter, string field, string what)
        {
            if (values == null || values.Any(v => v == null))
            {
                throw new ArgumentNullException(parameter, field + " cannot hold null; pass " + what + ".");
            }

            foreach (string value in values)
            {
                Guard.Unicode(value, parameter, field);
            }

            return Array.AsReadOnly((string[])values.Clone());
        }

        /// <summary>The values in order, each once (ordinal comparison, as the API server compares a set's strings).</summary>
        public static IReadOnlyList<string> Distinct(IEnumerable<string> values)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return Array.AsReadOnly(values.Where(seen.Add).ToArray());
        }
    }
}
