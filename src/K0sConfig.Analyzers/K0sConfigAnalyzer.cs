using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
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
        /// <summary>The diagnostic property holding the text that fixes the finding at its location (code fixes read it).</summary>
        public const string ReplacementProperty = "replacement";

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

                // Per operation block (a method body, a field initializer...): a builder held in a local spans
                // statements, and a diagnostic anywhere in the block is local to it, as IDE analysis and code fixes
                // need. The block's invocations are collected as the driver walks it, then analyzed at its end.
                var settings = new FileSettings(start.Compilation, start.Options);
                start.RegisterOperationBlockStartAction(block =>
                {
                    var calls = new BlockCalls(symbols, settings);
                    block.RegisterOperationAction(calls.OnInvocation, OperationKind.Invocation);
                    block.RegisterOperationBlockEndAction(calls.OnBlockEnd);
                });
            });
        }

        /// <summary>The K0sConfig calls of one operation block, analyzed together when the block ends.</summary>
        private sealed class BlockCalls
        {
            private readonly KnownSymbols _symbols;
            private readonly FileSettings _settings;
            private List<(IInvocationOperation Call, BuilderKind Kind)>? _calls;
            private List<IInvocationOperation>? _roots;

            public BlockCalls(KnownSymbols symbols, FileSettings settings)
            {
                _symbols = symbols;
                _settings = settings;
            }

            public void OnInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                IMethodSymbol method = invocation.TargetMethod;
                BuilderKind kind = _symbols.KindOf(method.ContainingType);
                if (kind != BuilderKind.None)
                {
                    (_calls ??= new List<(IInvocationOperation, BuilderKind)>()).Add((invocation, kind));
                }
                else if (_symbols.IsClusterEntry(method))
                {
                    (_roots ??= new List<IInvocationOperation>()).Add(invocation);
                }
            }

            public void OnBlockEnd(OperationBlockAnalysisContext context)
            {
                if (_calls == null && _roots == null)
                {
                    return;
                }

                try
                {
                    Analyze(context);
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

            private void Analyze(OperationBlockAnalysisContext context)
            {
                SyntaxTree tree = (_roots?[0] ?? _calls![0].Call).Syntax.SyntaxTree;
                (ValidationOptions options, Func<RuleDescriptor, bool>? include) = _settings.For(tree, context.CancellationToken);
                var reported = new HashSet<(string, Location)>();

                // Each chain once. The origins of the values a chain ends with: those it checked.
                HashSet<object>? checkedValues = null;
                if (_roots != null)
                {
                    checkedValues = new HashSet<object>();
                    foreach (IInvocationOperation root in _roots)
                    {
                        ClusterFacts facts = FactCollector.ForChain(_symbols, root);
                        facts.AddKnownOrigins(checkedValues);
                        Report(context.ReportDiagnostic, RuleEngine.Evaluate(facts, options, include), FactCollector.NameLocation(root), reported);
                    }
                }

                // Then every call alone (per-value rules fire at any constant argument), unless its values are ones
                // a chain already checked: on a config-heavy project that was most of the analyzer's work.
                if (_calls != null)
                {
                    var written = new HashSet<object>();
                    foreach ((IInvocationOperation call, BuilderKind kind) in _calls)
                    {
                        ClusterFacts? facts = FactCollector.ForCall(_symbols, call, kind);
                        if (facts == null)
                        {
                            continue;
                        }

                        written.Clear();
                        facts.AddKnownOrigins(written);
                        if (written.Count == 0 || (checkedValues != null && written.IsSubsetOf(checkedValues)))
                        {
                            continue;
                        }

                        Report(context.ReportDiagnostic, RuleEngine.Evaluate(facts, options, include), FactCollector.NameLocation(call), reported);
                    }
                }
            }
        }

        private static void Report(Action<Diagnostic> report, IReadOnlyList<Finding> findings, Location fallback, HashSet<(string, Location)> reported)
        {
            foreach (Finding finding in findings)
            {
                Location location = finding.Origin as Location ?? fallback;
                if (!location.IsInSource || !reported.Add((finding.RuleId, location)))
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

                report(Diagnostic.Create(
                    Descriptors.For(finding.RuleId),
                    location,
                    Descriptors.ToRoslyn(finding.Severity),
                    additional,
                    finding.Replacement == null ? null : ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, finding.Replacement),
                    arguments));
            }
        }

        /// <summary>What the rules need to know about a file's settings, read once per file.</summary>
        private sealed class FileSettings
        {
            private readonly Compilation _compilation;
            private readonly AnalyzerOptions _options;
            private readonly ConcurrentDictionary<SyntaxTree, (ValidationOptions, Func<RuleDescriptor, bool>?)> _byTree =
                new ConcurrentDictionary<SyntaxTree, (ValidationOptions, Func<RuleDescriptor, bool>?)>();

            public FileSettings(Compilation compilation, AnalyzerOptions options)
            {
                _compilation = compilation;
                _options = options;
            }

            /// <summary>
            /// The rule options for <paramref name="tree"/> (<c>k0sconfig.max_pods</c> from .editorconfig, else the
            /// defaults) and the filter that skips the rules turned off for it.
            /// </summary>
            public (ValidationOptions Options, Func<RuleDescriptor, bool>? Include) For(SyntaxTree tree, CancellationToken cancellationToken)
            {
                if (_byTree.TryGetValue(tree, out (ValidationOptions, Func<RuleDescriptor, bool>?) known))
                {
                    return known;
                }

                AnalyzerConfigOptions treeOptions = _options.AnalyzerConfigOptionsProvider.GetOptions(tree);
                ValidationOptions options = ValidationOptions.Default;
                if (treeOptions.TryGetValue(MaxPodsOption, out string? text)
                    && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int maxPods)
                    && maxPods >= 1)
                {
                    options = new ValidationOptions(maxPods);
                }

                return _byTree.GetOrAdd(tree, (options, TurnedOffRules.Filter(_compilation, tree, treeOptions, cancellationToken)));
            }
        }
    }
}
