using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Collections.Concurrent;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// Reports every K0sConfig rule on builder code: per-value rules at any call with a constant argument,
    /// cross-field rules when a chain from <c>K0s.Cluster(...)</c> makes all their inputs known.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class K0sConfigAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The .editorconfig key for the kubelet's max pods (rule K0S405).</summary>
        public const string MaxPodsOption = "k0sconfig.max_pods";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Generated code is not analyzed (no Analyze flag), and every diagnostic goes on an argument or a call
            // inside the operation block being analyzed, so none can land in generated code. Not asking Roslyn to
            // suppress diagnostics in generated code as well (the ReportDiagnostics flag) spares it a check per
            // reported diagnostic whose first use in each file walks that file's whole syntax tree looking for
            // [GeneratedCode] (AnalyzerDriver.IsInGeneratedCode): on a config-heavy project, where K0S406 reports the
            // capacity of every chain, that walk was the largest single part of the analyzer's time.
            // docs/performance.md has the numbers.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                KnownSymbols? symbols = KnownSymbols.Resolve(start.Compilation);
                if (symbols == null)
                {
                    // The compilation does not reference K0sConfig: nothing to do, nothing registered.
                    return;
                }

                var analysis = new CompilationAnalysis(symbols);
                start.RegisterOperationAction(analysis.OnInvocation, OperationKind.Invocation);
            });
        }

        /// <summary>
        /// One compilation's analysis. Every invocation passes through <see cref="OnInvocation"/>, which returns at
        /// once unless it calls K0sConfig. A <c>K0s.Cluster(...)</c> call reports its chain's findings; any other
        /// builder call reports what it alone shows (per-value rules) unless its chain already checked its values.
        /// </summary>
        private sealed class CompilationAnalysis
        {
            private readonly KnownSymbols _symbols;
            // Keyed by the root call's syntax, which lives as long as the compilation anyway; a result holds no operation.
            private readonly ConcurrentDictionary<SyntaxNode, ChainResult> _chains = new ConcurrentDictionary<SyntaxNode, ChainResult>();

            public CompilationAnalysis(KnownSymbols symbols) => _symbols = symbols;

            public void OnInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                IMethodSymbol method = invocation.TargetMethod;
                BuilderKind kind = _symbols.KindOf(method.ContainingType);
                if (kind == BuilderKind.None && !_symbols.IsClusterEntry(method))
                {
                    return;
                }

                try
                {
                    if (kind == BuilderKind.None)
                    {
                        ChainResult chain = Chain(invocation, context.Options);
                        Report(context, chain.Findings, FactCollector.NameLocation(invocation), alreadyReported: null);
                    }
                    else
                    {
                        AnalyzeCall(context, invocation, kind);
                    }
                }
                catch (Exception e) when (!(e is OperationCanceledException))
                {
                    // Half-typed code must never take the IDE down; the robustness tests run the Debug build,
                    // which lets the exception through so that it is found.
#if DEBUG
                    throw;
#endif
                }
            }

            private void AnalyzeCall(OperationAnalysisContext context, IInvocationOperation call, BuilderKind kind)
            {
                ClusterFacts? facts = FactCollector.ForCall(_symbols, call, kind);
                if (facts == null)
                {
                    return;
                }

                var written = new HashSet<object>();
                facts.AddKnownOrigins(written);
                if (written.Count == 0)
                {
                    return;
                }

                // Values its chain already checked, and that are still the final ones, need no second look.
                IInvocationOperation? root = FactCollector.FindChainRoot(_symbols, call);
                ChainResult? chain = root == null ? null : Chain(root, context.Options);
                if (chain != null && written.IsSubsetOf(chain.CheckedValues))
                {
                    return;
                }

                IReadOnlyList<Finding> findings = RuleEngine.Evaluate(facts, Options(call.Syntax.SyntaxTree, context.Options));
                Report(context, findings, FactCollector.NameLocation(call), chain?.Reported);
            }

            private ChainResult Chain(IInvocationOperation root, AnalyzerOptions options)
                => _chains.TryGetValue(root.Syntax, out ChainResult? known)
                    ? known
                    : _chains.GetOrAdd(root.Syntax, new ChainResult(_symbols, root, Options(root.Syntax.SyntaxTree, options)));
        }

        /// <summary>A chain's findings, computed once per chain however many of its calls ask.</summary>
        private sealed class ChainResult
        {
            public ChainResult(KnownSymbols symbols, IInvocationOperation root, ValidationOptions options)
            {
                ClusterFacts facts = FactCollector.ForChain(symbols, root);
                facts.AddKnownOrigins(CheckedValues);
                Findings = RuleEngine.Evaluate(facts, options);
                Location fallback = FactCollector.NameLocation(root);
                foreach (Finding finding in Findings)
                {
                    Reported.Add((finding.RuleId, finding.Origin as Location ?? fallback));
                }
            }

            public IReadOnlyList<Finding> Findings { get; }

            /// <summary>Origins of the values the chain ends with, which its evaluation checked.</summary>
            public HashSet<object> CheckedValues { get; } = new HashSet<object>();

            /// <summary>(rule, location) of every finding the chain reports.</summary>
            public HashSet<(string, Location)> Reported { get; } = new HashSet<(string, Location)>();
        }

        private static void Report(OperationAnalysisContext context, IReadOnlyList<Finding> findings, Location fallback, HashSet<(string, Location)>? alreadyReported)
        {
            HashSet<(string, Location)>? reported = null;
            foreach (Finding finding in findings)
            {
                Location location = finding.Origin as Location ?? fallback;
                if (!location.IsInSource
                    || (alreadyReported != null && alreadyReported.Contains((finding.RuleId, location)))
                    || !(reported ??= new HashSet<(string, Location)>()).Add((finding.RuleId, location)))
                {
                    continue;
                }

                List<Location>? additional = null;
                foreach (object? origin in finding.AdditionalOrigins)
                {
                    if (origin is Location other && other.IsInSource && other != location)
                    {
                        (additional ??= new List<Location>()).Add(other);
                    }
                }

                object?[] arguments = new object?[finding.MessageArguments.Count];
                for (int i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = finding.MessageArguments[i];
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.For(finding.RuleId),
                    location,
                    Descriptors.ToRoslyn(finding.Severity),
                    additional,
                    properties: null,
                    arguments));
            }
        }

        /// <summary>The rule options for a file: <c>k0sconfig.max_pods</c> from .editorconfig, else the defaults.</summary>
        private static ValidationOptions Options(SyntaxTree tree, AnalyzerOptions options)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(MaxPodsOption, out string? text)
                && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int maxPods)
                && maxPods >= 1)
            {
                return new ValidationOptions(maxPods);
            }

            return ValidationOptions.Default;
        }
    }
}
