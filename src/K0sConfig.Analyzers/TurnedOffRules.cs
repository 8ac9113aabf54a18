using System;
using System.Collections.Generic;
using System.Threading;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// The rules that are certainly turned off for a file, so that the engine can skip them instead of computing findings
    /// the compiler would drop (K0S406, off by default, would otherwise format a capacity summary for every chain).
    /// Conservative: only a rule that is off by default is skipped, when every setting that names it says <c>none</c>, or
    /// when nothing names it or turns on analyzer rules in bulk. Any other combination runs the rule and leaves the
    /// final word to the compiler.
    /// </summary>
    internal static class TurnedOffRules
    {
        private const string BulkSeverity = "dotnet_analyzer_diagnostic.severity";

        /// <summary>A filter for <see cref="RuleEngine.Evaluate(ClusterFacts, ValidationOptions, Func{RuleDescriptor, bool})"/>, or <see langword="null"/> when every rule may be on.</summary>
        public static Func<RuleDescriptor, bool>? Filter(Compilation compilation, SyntaxTree tree, AnalyzerConfigOptions treeOptions, CancellationToken cancellationToken)
        {
            List<RuleDescriptor>? off = null;
            foreach (RuleDescriptor rule in RuleEngine.Catalogue)
            {
                // Only the rules that are off by default are looked up: a rule on by default that a setting turns off
                // runs and the compiler drops what it reports. Looking up every rule's settings for every file cost more
                // than running the few a setting turns off.
                if (!rule.IsEnabledByDefault && IsOff(rule, compilation, tree, treeOptions, cancellationToken))
                {
                    (off ??= new List<RuleDescriptor>()).Add(rule);
                }
            }

            if (off == null)
            {
                return null;
            }

            // The engine asks for each rule of each configuration: a scan of the few that are off, by reference, costs
            // less than hashing the rule's id.
            RuleDescriptor[] turnedOff = off.ToArray();
            return rule =>
            {
                foreach (RuleDescriptor other in turnedOff)
                {
                    if (ReferenceEquals(other, rule))
                    {
                        return false;
                    }
                }

                return true;
            };
        }

        private static bool IsOff(RuleDescriptor rule, Compilation compilation, SyntaxTree tree, AnalyzerConfigOptions treeOptions, CancellationToken cancellationToken)
        {
            // Every severity set for the rule by name (.editorconfig, global config, compilation options): off only when
            // each one set is none. Read in place, not gathered: this runs for every rule of every file.
            ReportDiagnostic inTree = ReportDiagnostic.Default, global = ReportDiagnostic.Default;
            SyntaxTreeOptionsProvider? provider = compilation.Options.SyntaxTreeOptionsProvider;
            if (provider != null)
            {
                provider.TryGetDiagnosticValue(tree, rule.Id, cancellationToken, out inTree);
                provider.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out global);
            }

            compilation.Options.SpecificDiagnosticOptions.TryGetValue(rule.Id, out ReportDiagnostic specific);
            if (TurnsOn(inTree) || TurnsOn(global) || TurnsOn(specific))
            {
                return false;
            }

            if (inTree == ReportDiagnostic.Suppress || global == ReportDiagnostic.Suppress || specific == ReportDiagnostic.Suppress)
            {
                return true;
            }

            // Not named anywhere: on by default means on (bulk settings are left to the compiler); off by default stays
            // off. The compilers here do not let a bulk setting turn on a rule that is off by default, but the rule
            // runs anyway when one is present, in case a compiler does.
            return !rule.IsEnabledByDefault
                && !TurnsOn(treeOptions, BulkSeverity)
                && !TurnsOn(treeOptions, "dotnet_analyzer_diagnostic.category-" + rule.Category + ".severity");
        }

        private static bool TurnsOn(ReportDiagnostic setting) => setting != ReportDiagnostic.Default && setting != ReportDiagnostic.Suppress;

        private static bool TurnsOn(AnalyzerConfigOptions options, string key)
            => options.TryGetValue(key, out string? value) && !string.Equals(value.Trim(), "none", StringComparison.OrdinalIgnoreCase);
    }
}
