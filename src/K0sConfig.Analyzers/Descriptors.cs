using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;

namespace K0sConfig.Analyzers
{
    /// <summary>The analyzers' descriptors, made from the rule catalogue so compile time and run time cannot disagree.</summary>
    internal static class Descriptors
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> ById = RuleEngine.Catalogue.ToDictionary(r => r.Id, Create);

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = RuleEngine.Catalogue.Select(r => ById[r.Id]).ToImmutableArray();

        private static readonly Dictionary<string, int> SuffixIndexById = RuleEngine.Catalogue.ToDictionary(r => r.Id, r => Placeholders(r.MessageFormat));

        public static DiagnosticDescriptor For(string id) => ById[id];

        /// <summary>A finding's message arguments for its descriptor: the rule's, then <paramref name="suffix"/> in the last placeholder.</summary>
        public static object?[] Arguments(Finding finding, string suffix)
        {
            int last = SuffixIndex(finding.RuleId);
            object?[] arguments = new object?[last + 1];
            for (int i = 0; i < last && i < finding.MessageArguments.Count; i++)
            {
                arguments[i] = finding.MessageArguments[i];
            }

            arguments[last] = suffix;
            return arguments;
        }

        /// <summary>The index of the last placeholder of <paramref name="id"/>'s message: where another method wrote the value at fault.</summary>
        public static int SuffixIndex(string id) => SuffixIndexById[id];

        public static DiagnosticSeverity ToRoslyn(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => DiagnosticSeverity.Error,
            FindingSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };

        /// <summary>
        /// The catalogue's message format and one more placeholder, last: where the value at fault was written when
        /// another method wrote it (" The value at fault is written in Base()."), else empty.
        /// </summary>
        public static string MessageFormat(RuleDescriptor rule) => rule.MessageFormat + "{" + Placeholders(rule.MessageFormat).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";

        /// <summary>How many arguments <paramref name="format"/> takes: one more than its highest placeholder.</summary>
        public static int Placeholders(string format)
        {
            int count = 0;
            for (int i = 0; i < format.Length; i++)
            {
                if (format[i] == '{' && i + 1 < format.Length && format[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                if (format[i] != '{')
                {
                    continue;
                }

                int index = 0;
                int j = i + 1;
                while (j < format.Length && format[j] >= '0' && format[j] <= '9')
                {
                    index = (index * 10) + (format[j] - '0');
                    j++;
                }

                if (j > i + 1)
                {
                    count = Math.Max(count, index + 1);
                }
            }

            return count;
        }

        private static DiagnosticDescriptor Create(RuleDescriptor rule) => new DiagnosticDescriptor(
            rule.Id,
            rule.Title,
            MessageFormat(rule),
            rule.Category,
            ToRoslyn(rule.DefaultSeverity),
            isEnabledByDefault: rule.IsEnabledByDefault,
            description: rule.Description,
            helpLinkUri: rule.HelpLink,
            customTags: rule.Id == RuleIds.UnreadableSetting ? new[] { WellKnownDiagnosticTags.CompilationEnd } : Array.Empty<string>());
    }
}
