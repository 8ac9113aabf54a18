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
    /// Conservative: a rule is skipped only when every setting that names it says <c>none</c>, or when it is off by default
    /// and nothing names it or turns on analyzer rules in bulk. Any other combination runs the rule and leaves the
    /// final word to the compiler. One per compilation: what the global config and the compilation options say of each
    /// rule is read once, and only the file's own settings for each file.
    /// </summary>
    internal sealed class TurnedOffRules
    {
        private const string BulkSeverity = "dotnet_analyzer_diagnostic.severity";

        private readonly SyntaxTreeOptionsProvider? _provider;

        // Per rule of the catalogue, in its order: the global config's severity and the compilation options'.
        private readonly (ReportDiagnostic Global, ReportDiagnostic Specific)[] _compilationWide;

        public TurnedOffRules(Compilation compilation, CancellationToken cancellationToken)
        {
            _provider = compilation.Options.SyntaxTreeOptionsProvider;
            _compilationWide = new (ReportDiagnostic, ReportDiagnostic)[RuleEngine.Catalogue.Count];
            for (int i = 0; i < _compilationWide.Length; i++)
            {
                string id = RuleEngine.Catalogue[i].Id;
                ReportDiagnostic global = ReportDiagnostic.Default;
                _provider?.TryGetGlobalDiagnosticValue(id, cancellationToken, out global);
                compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out ReportDiagnostic specific);
                _compilationWide[i] = (global, specific);
            }
        }

        /// <summary>A filter for <see cref="RuleEngine.Evaluate(ClusterFacts, ValidationOptions, Func{RuleDescriptor, bool})"/>, or <see langword="null"/> when every rule may be on.</summary>
        public Func<RuleDescriptor, bool>? Filter(SyntaxTree tree, AnalyzerConfigOptions treeOptions, CancellationToken cancellationToken)
        {
            List<RuleDescriptor>? off = null;
            for (int i = 0; i < _compilationWide.Length; i++)
            {
                RuleDescriptor rule = RuleEngine.Catalogue[i];
                if (IsOff(rule, _compilationWide[i].Global, _compilationWide[i].Specific, tree, treeOptions, cancellationToken))
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

        private bool IsOff(RuleDescriptor rule, ReportDiagnostic global, ReportDiagnostic specific, SyntaxTree tree, AnalyzerConfigOptions treeOptions, CancellationToken cancellationToken)
        {
            // Every severity set for the rule by name (.editorconfig, global config, compilation options): off only when
            // each one set is none.
            ReportDiagnostic inTree = ReportDiagnostic.Default;
            _provider?.TryGetDiagnosticValue(tree, rule.Id, cancellationToken, out inTree);
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
