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

        public static DiagnosticDescriptor For(string id) => ById[id];

        public static DiagnosticSeverity ToRoslyn(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => DiagnosticSeverity.Error,
            FindingSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };

        private static DiagnosticDescriptor Create(RuleDescriptor rule) => new DiagnosticDescriptor(
            rule.Id,
            rule.Title,
            rule.MessageFormat,
            rule.Category,
            ToRoslyn(rule.DefaultSeverity),
            isEnabledByDefault: rule.IsEnabledByDefault,
            description: rule.Description,
            helpLinkUri: rule.HelpLink);
    }
}
