using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        /// <summary>
        /// The diagnostic property holding the text that fixes the finding at its location, when its first fix is that
        /// one value (<see cref="FixProperties"/> carries every fix).
        /// </summary>
        public const string ReplacementProperty = "replacement";

        /// <summary>The .editorconfig key for the kubelet's max pods (rule K0S405).</summary>
        public const string MaxPodsOption = "k0sconfig.max_pods";

        /// <summary>The options the build's <c>K0sVersion</c> and <c>K0sFeatureGates</c> properties give (the newest k0s, no gates known, without them).</summary>
        internal static ValidationOptions BuildOptions(AnalyzerConfigOptions global) => FileSettings.Options(global);

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
                // k0sctl builder chains (K0S942-K0S948), read on their own (they share no facts with ClusterConfig chains), from
                // the same invocation callback: a second one would cost every invocation of every project a dispatch.
                K0sctlChains? k0sctl = K0sctlChains.Resolve(symbols);
                // A K0sVersion or K0sFeatureGates the build gives but that cannot be read: once per compilation (K0S810).
                IReadOnlyList<SettingProblem> problems = FileSettings.Problems(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
                if (problems.Count != 0)
                {
                    start.RegisterCompilationEndAction(end => ReportSettingProblems(end, problems));
                }

                var settings = new FileSettings(start.Compilation, start.Options, start.CancellationToken);
                var methods = new FollowedMethods(start.Compilation, symbols);
                start.RegisterOperationBlockStartAction(block =>
                {
                    var calls = new BlockCalls(symbols, settings, methods, block.OwningSymbol as IMethodSymbol, k0sctl);
                    block.RegisterOperationAction(calls.OnInvocation, OperationKind.Invocation);
                    block.RegisterOperationBlockEndAction(calls.OnBlockEnd);
                });
            });
        }

        /// <summary>
        /// The collections one block's analysis fills, kept per thread and emptied after each block: on a config-heavy
        /// project, making them anew for each block (and growing them) was a tenth of the analyzer's allocations, and
        /// allocations in a compile cost garbage collections that the compiler pays in the analyzer's time.
        /// </summary>
        private sealed class BlockScratch
        {
            public HashSet<(string, Location)> Reported { get; } = new HashSet<(string, Location)>();

            public HashSet<object> Checked { get; } = new HashSet<object>();

            public WrittenOrigins Written { get; } = new WrittenOrigins();

            public List<ClusterFacts> PerValue { get; } = new List<ClusterFacts>();

            public HashSet<IInvocationOperation> CheckedCalls { get; } = new HashSet<IInvocationOperation>(OperationComparer<IInvocationOperation>.Instance);

            /// <summary>The facts each call checked on its own is collected into (<see cref="FactCollector.ForCall"/>).</summary>
            public ClusterFacts Facts { get; } = new ClusterFacts();

            public void Clear()
            {
                Reported.Clear();
                Checked.Clear();
                Written.Clear();
                PerValue.Clear();
                CheckedCalls.Clear();
                Facts.SetAllUnknown();
            }
        }

        [ThreadStatic]
        private static BlockScratch? t_scratch;

        /// <summary>The K0sConfig calls of one operation block, analyzed together when the block ends.</summary>
        private sealed class BlockCalls
        {
            private readonly KnownSymbols _symbols;
            private readonly FileSettings _settings;
            private readonly FollowedMethods _methods;
            private readonly IMethodSymbol? _owner;
            private List<(IInvocationOperation Call, BuilderKind Kind)>? _calls;
            private List<IOperation>? _roots;
            private HashSet<ILocalSymbol>? _locals;
            private List<IInvocationOperation>? _composed;
            private List<IInvocationOperation>? _k0sctlConfigs;

            private readonly K0sctlChains? _k0sctl;

            public BlockCalls(KnownSymbols symbols, FileSettings settings, FollowedMethods methods, IMethodSymbol? owner, K0sctlChains? k0sctl)
            {
                _symbols = symbols;
                _settings = settings;
                _methods = methods;
                _owner = owner;
                _k0sctl = k0sctl;
            }

            public void OnInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                IMethodSymbol method = invocation.TargetMethod;
                BuilderKind kind = _symbols.KindOf(method.ContainingType);
                if (kind != BuilderKind.None)
                {
                    (_calls ??= new List<(IInvocationOperation, BuilderKind)>()).Add((invocation, kind));
                    if (kind == BuilderKind.Cluster && invocation.Instance != null)
                    {
                        AddPropertyRoot(invocation.Instance);
                    }
                }
                else if (_k0sctl != null && _k0sctl.IsChainEnd(invocation))
                {
                    _k0sctl.OnInvocation(context);
                }
                else if (_symbols.IsK0sctlConfig(method))
                {
                    // A k0sctl chain's Config(cfg): a configuration held in a local takes that chain's K0sVersion pin.
                    (_k0sctlConfigs ??= new List<IInvocationOperation>()).Add(invocation);
                }
                else if (_methods.StartsAChain(invocation))
                {
                    // A chain starts here: K0s.Cluster(...), or a factory in source that returns a builder it started.
                    (_roots ??= new List<IOperation>()).Add(invocation);
                }
                else if (FollowedMethods.MayFollow(method) && TakesConstantsOrCallbacks(invocation))
                {
                    // A method in source given constants, or a callback for the configuration it starts: what they
                    // decide there is reported here.
                    (_composed ??= new List<IInvocationOperation>()).Add(invocation);
                }
            }

            /// <summary>
            /// A read of a factory property (<c>static ClusterConfigBuilder Base => K0s.Cluster()...;</c>) starts a chain
            /// where a builder call or a helper receives it, directly or through the local it initialized: found from
            /// the invocations the block has anyway, as an operation callback on every property read in every project
            /// would cost more than the few reads it finds.
            /// </summary>
            private void AddPropertyRoot(IOperation receiver)
            {
                receiver = OperationShapes.WithoutIdentityConversions(receiver);
                if (receiver is ILocalReferenceOperation local)
                {
                    // Each local once: its declaration is looked up at its first use in the block.
                    if (!(_locals ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default)).Add(local.Local)
                        || !(local.Local.DeclaringSyntaxReferences is { Length: 1 } declarations)
                        || !(declarations[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initial })
                        || !(local.SemanticModel?.GetOperation(initial) is { } value))
                    {
                        return;
                    }

                    receiver = OperationShapes.WithoutIdentityConversions(value);
                }

                if (receiver is IPropertyReferenceOperation property && _methods.StartsAChain(property))
                {
                    (_roots ??= new List<IOperation>()).Add(property);
                }
            }

            /// <summary>
            /// Looks at the arguments of a call of a method in source: a factory property it receives starts a chain here;
            /// and whether it is given a constant, or a callback for a configuration it starts, which is checked here.
            /// </summary>
            private bool TakesConstantsOrCallbacks(IInvocationOperation invocation)
            {
                bool callback = false;
                bool builder = false;
                bool constant = false;
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    constant |= argument.Value.ConstantValue.HasValue;
                    BuilderKind kind = _symbols.KindOf(argument.Value.Type);
                    if (kind == BuilderKind.Cluster)
                    {
                        // Finish(Base), Base.WithDualStack(): a factory property the helper receives starts a chain here.
                        AddPropertyRoot(argument.Value);
                    }

                    builder |= kind != BuilderKind.None;
                    callback = callback || (!constant && ValueEvaluator.CallbackIn(_symbols, argument.Value) != null);
                }

                // A helper given a builder as well: a chain follows the callbacks it passes, and the calls in them are
                // checked on their own here.
                return constant || (callback && !builder);
            }

            public void OnBlockEnd(OperationBlockAnalysisContext context)
            {
                if (_calls == null && _roots == null && _composed == null)
                {
                    return;
                }

                // No catch: a bug shows as AD0001 with its stack trace, as Roslyn intends (the robustness tests keep it at zero).
                Analyze(context);
            }

            private void Analyze(OperationBlockAnalysisContext context)
            {
                // The thread's collections, taken while this block uses them (a block analyzed meanwhile on the same
                // thread gets new ones) and emptied after, so they hold nothing of the compilation between blocks.
                BlockScratch scratch = t_scratch ?? new BlockScratch();
                t_scratch = null;
                try
                {
                    Analyze(context, scratch);
                }
                finally
                {
                    scratch.Clear();
                    t_scratch = scratch;
                }
            }

            private void Analyze(OperationBlockAnalysisContext context, BlockScratch scratch)
            {
                SyntaxTree tree = (_roots?[0] ?? _calls?[0].Call ?? _composed![0]).Syntax.SyntaxTree;
                (ValidationOptions options, Func<RuleDescriptor, bool>? include) = _settings.For(tree, context.CancellationToken);
                HashSet<(string, Location)> reported = scratch.Reported;

                // One delegate for the block: each one made from the context (a struct) boxes a copy of it.
                Action<Diagnostic> report = context.ReportDiagnostic;

                // Each chain once. The origins of the values a chain ends with: those it checked.
                HashSet<object>? checkedValues = null;
                WrittenOrigins? written = null;
                if (_roots != null)
                {
                    checkedValues = scratch.Checked;
                    written = _calls == null ? null : scratch.Written;
                    List<ClusterFacts> perValue = scratch.PerValue;
                    Func<object, bool> fromElsewhereOrChecked = origin => !(origin is Location) || checkedValues.Contains(origin);
                    foreach (IOperation root in _roots)
                    {
                        perValue.Clear();
                        ClusterFacts facts = FactCollector.ForChain(_symbols, root, _methods, _owner, context.CancellationToken, perValue, written);
                        facts.AddKnownOrigins(checkedValues);

                        // The chain's ForK0s("1.33") chooses its version; one that is not a constant: what every version says.
                        // A k0sctl chain's pin, where the chain is its Config(...): what a method wrote was checked in its
                        // own block for the build's version, so what the pinned version adds is reported here.
                        ValidationOptions? chainOptions = VersionChoice.OptionsFor(root, facts, _symbols, options, _k0sctlConfigs, out bool pinned);
                        ValidationOptions decided = pinned ? options : chainOptions ?? options;
                        IReadOnlyList<Finding> findings = chainOptions != null ? RuleEngine.Evaluate(facts, chainOptions, include) : VersionChoice.InEveryVersion(facts, options, include);
                        Report(report, findings, OperationShapes.NameLocation(root), reported, f => !DecidedElsewhere(f, facts, decided, include));

                        // A constant from here that a followed method writes: what it decides alone, also if the builder
                        // escapes later; unless the chain ends with that very value, which it checked already.
                        foreach (ClusterFacts single in perValue)
                        {
                            if (!single.AllKnownOrigins(fromElsewhereOrChecked))
                            {
                                Report(report, chainOptions != null ? RuleEngine.Evaluate(single, chainOptions, include) : VersionChoice.InEveryVersion(single, options, include), OperationShapes.NameLocation(root), reported, DecidedByOneValueHere);
                            }
                        }
                    }
                }

                // Then every call alone (per-value rules fire at any constant argument), unless its values are ones
                // a chain already checked: on a config-heavy project that was most of the analyzer's work.
                if (_calls != null)
                {
                    Func<object, bool> isChecked = checkedValues == null ? (_ => false) : checkedValues.Contains;
                    HashSet<IInvocationOperation>? checkedCalls = null;
                    if (written != null)
                    {
                        checkedCalls = scratch.CheckedCalls;
                        written.AddCheckedCalls(checkedValues!, checkedCalls);
                    }

                    ClusterFacts reuse = scratch.Facts;
                    FactCollector? lone = null;
                    foreach ((IInvocationOperation call, BuilderKind kind) in _calls)
                    {
                        // A builder method whose field the chosen k0s does not have (K0S808), at the call.
                        if (_symbols.VersionedFieldOf(call.TargetMethod) is CatalogueField versionedField
                            && VersionChoice.OptionsFor(call, _symbols, options) is ValidationOptions callOptions
                            && !versionedField.ExistsIn(callOptions.Version.Minor))
                        {
                            Report(report, RuleEngine.Evaluate(VersionChoice.VersionedCall(call, versionedField), callOptions, r => r.Id == RuleIds.FieldNotInK0sVersion && (include == null || include(r))), OperationShapes.NameLocation(call), reported);
                        }

                        if (checkedCalls != null && checkedCalls.Contains(call))
                        {
#if DEBUG
                            // Every value the call writes on its own is one a chain ended with: the check below would skip it too.
                            if (FactCollector.ForCall(_symbols, call, kind, reuse) is { } own && !own.AllKnownOrigins(isChecked))
                            {
                                throw new InvalidOperationException("A call counted as checked by its chain writes a value the chain did not end with: " + call.Syntax);
                            }
#endif
                            continue;
                        }

                        ClusterFacts? facts = (lone ??= FactCollector.ForLoneCalls(_symbols, reuse)).Lone(call, kind);
                        if (facts == null)
                        {
                            continue;
                        }

                        if (facts.AllKnownOrigins(isChecked))
                        {
                            continue;
                        }

                        Report(report, RuleEngine.Evaluate(facts, options, include), OperationShapes.NameLocation(call), reported);
                    }
                }

                // Methods in source given constants: a chain they start, checked with this call's constants, reports
                // what involves a value from here; what they write to a builder they receive, what a constant from
                // here decides on its own.
                if (_composed != null)
                {
                    var chains = new List<ClusterFacts>();
                    var alone = new List<ClusterFacts>();
                    foreach (IInvocationOperation call in _composed)
                    {
                        if (checkedValues != null && AllConstantsChecked(call, checkedValues))
                        {
                            continue;
                        }

                        chains.Clear();
                        alone.Clear();
                        FactCollector.ForComposedCall(_symbols, _methods, _owner, call, chains, alone, context.CancellationToken);
                        Location fallback = OperationShapes.NameLocation(call);
                        Func<Finding, bool> involves = f => InvolvesThisBlock(f, fallback);
                        foreach (ClusterFacts facts in chains)
                        {
                            Report(report, RuleEngine.Evaluate(facts, options, include), fallback, reported, involves);
                        }

                        foreach (ClusterFacts facts in alone)
                        {
                            Report(report, RuleEngine.Evaluate(facts, options, include), fallback, reported, DecidedByOneValueHere);
                        }
                    }
                }
            }

            private bool AllConstantsChecked(IInvocationOperation call, HashSet<object> checkedValues)
            {
                foreach (IArgumentOperation argument in call.Arguments)
                {
                    if (ValueEvaluator.CallbackIn(_symbols, argument.Value) != null)
                    {
                        // Only the configuration the method starts applies the callback.
                        return false;
                    }

                    if (argument.Value.ConstantValue.HasValue)
                    {
                        Location at = argument.IsImplicit || argument.ArgumentKind == ArgumentKind.DefaultValue
                            ? OperationShapes.NameLocation(call)
                            : argument.Value.Syntax.GetLocation();
                        if (!checkedValues.Contains(at))
                        {
                            return false;
                        }
                    }
                }

                return true;
            }
        }

        /// <summary>
        /// A finding of a chain that only values written in other methods take part in, and that the value at its
        /// origin decides alone: the block that wrote it reports it already (each call's constants are checked on
        /// their own there), so the block that brought it in does not report it again.
        /// </summary>
        private static bool DecidedElsewhere(Finding finding, ClusterFacts facts, ValidationOptions options, Func<RuleDescriptor, bool>? include)
        {
            // A call of a builder method that writes one field or another, depending on the builder it is made on
            // (NodeLocalProxyBuilder's ports: envoyProxy's or traefik's), decides nothing alone where it is written.
            if (!(finding.Origin is InheritedOrigin origin) || InvolvesThisBlock(finding) || FieldCatalogue.BuilderMethodIsShared(finding.Path))
            {
                return false;
            }

            Location at = origin.At;
            ClusterFacts alone = facts.KeepOnly(o => o is InheritedOrigin other && other.At == at);
            foreach (Finding found in RuleEngine.Evaluate(alone, options, r => r.Id == finding.RuleId && (include == null || include(r))))
            {
                if (InheritedOrigin.Source(found.Origin) == at)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A value written in the analyzed block takes part in the finding, or one that an argument of the call at
        /// <paramref name="call"/> brought in (a method group given as a callback: <c>Make(ConfigureNetwork)</c>), not
        /// only values of the method called there.
        /// </summary>
        private static bool InvolvesThisBlock(Finding finding, Location? call = null)
        {
            if (IsFromThisBlock(finding.Origin, call))
            {
                return true;
            }

            foreach (object? origin in finding.AdditionalOrigins)
            {
                if (IsFromThisBlock(origin, call))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsFromThisBlock(object? origin, Location? call)
            => origin is Location || (call != null && origin is InheritedOrigin inherited && !inherited.Call.Equals(call));

        /// <summary>The finding is about one value written in the analyzed block, alone.</summary>
        private static bool DecidedByOneValueHere(Finding finding)
        {
            if (!(finding.Origin is Location at))
            {
                return false;
            }

            foreach (object? origin in finding.AdditionalOrigins)
            {
                if (origin != null && !at.Equals(origin))
                {
                    return false;
                }
            }

            return true;
        }

        private static void Report(Action<Diagnostic> report, IReadOnlyList<Finding> findings, Location fallback, HashSet<(string, Location)> reported, Func<Finding, bool>? keep = null)
        {
            foreach (Finding finding in findings)
            {
                if (keep != null && !keep(finding))
                {
                    continue;
                }

                // A value written in another method: reported at the call here that brought that method in.
                var inherited = finding.Origin as InheritedOrigin;
                Location location = InheritedOrigin.InBlock(finding.Origin) ?? fallback;
                if (!location.IsInSource || !reported.Add((finding.RuleId, location)))
                {
                    continue;
                }

                List<Location>? additional = null;
                if (inherited != null)
                {
                    AddAdditional(ref additional, inherited.At, location);
                }

                foreach (object? origin in finding.AdditionalOrigins)
                {
                    AddAdditional(ref additional, InheritedOrigin.InBlock(origin), location);
                    if (origin is InheritedOrigin other)
                    {
                        AddAdditional(ref additional, other.At, location);
                    }
                }

                object?[] arguments = Descriptors.Arguments(finding, inherited == null ? string.Empty : " The value at fault is written in " + inherited.Via + ".");

                // A fix edits values where they are written: only those written here.
                report(Diagnostic.Create(
                    Descriptors.For(finding.RuleId),
                    location,
                    Descriptors.ToRoslyn(finding.Severity),
                    additional,
                    FixProperties.Write(finding.Fixes, location, additional),
                    arguments));
            }
        }

        private static void AddAdditional(ref List<Location>? additional, Location? other, Location location)
        {
            if (other != null && other.IsInSource && other != location && (additional == null || !additional.Contains(other)))
            {
                (additional ??= new List<Location>()).Add(other);
            }
        }

        private static void ReportSettingProblems(CompilationAnalysisContext context, IReadOnlyList<SettingProblem> problems)
        {
            ValidationOptions options = ValidationOptions.Default;
            foreach (SettingProblem problem in problems)
            {
                options = options.WithSettingProblem(problem);
            }

            foreach (Finding finding in RuleEngine.Evaluate(new ClusterFacts(), options, r => r.Id == RuleIds.UnreadableSetting))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(finding.RuleId), Location.None, Descriptors.ToRoslyn(finding.Severity), null, null, Descriptors.Arguments(finding, string.Empty)));
            }
        }

        /// <summary>What the rules need to know about a file's settings, read once per file.</summary>
        private sealed class FileSettings
        {
            private readonly AnalyzerOptions _options;
            private readonly ConcurrentDictionary<SyntaxTree, (ValidationOptions, Func<RuleDescriptor, bool>?)> _byTree =
                new ConcurrentDictionary<SyntaxTree, (ValidationOptions, Func<RuleDescriptor, bool>?)>();

            // What the compilation-wide settings say of each rule, read once.
            private readonly TurnedOffRules _turnedOff;

            /// <summary>The options the build's properties give: <c>K0sVersion</c> and <c>K0sFeatureGates</c>.</summary>
            private ValidationOptions? Build { get; set; }

            /// <summary>
            /// The build's <c>K0sVersion</c> and <c>K0sFeatureGates</c> properties (CompilerVisibleProperty). A value that is
            /// not a version or not gates k0s takes is left out here (the newest k0s, no gates known); <see cref="Problems"/>
            /// names it and the analyzer reports it once (K0S810).
            /// </summary>
            internal static ValidationOptions Options(AnalyzerConfigOptions global)
            {
                ValidationOptions options = ValidationOptions.Default;
                if (global.TryGetValue("build_property.K0sVersion", out string? versionText) && !string.IsNullOrWhiteSpace(versionText)
                    && K0sVersion.TryParse(versionText, out K0sVersion version))
                {
                    options = options.WithVersion(version);
                }

                if (global.TryGetValue("build_property.K0sFeatureGates", out string? gates) && !string.IsNullOrWhiteSpace(gates)
                    && ValidationOptions.TryParseFeatureGates(gates, options.Version, out bool ipv6SingleStack, out _))
                {
                    options = options.WithIPv6SingleStack(ipv6SingleStack);
                }

                return options;
            }

            /// <summary>The build's <c>K0sVersion</c> and <c>K0sFeatureGates</c> that cannot be read, each with why.</summary>
            internal static IReadOnlyList<SettingProblem> Problems(AnalyzerConfigOptions global)
            {
                var problems = new List<SettingProblem>();
                K0sVersion version = ValidationOptions.Default.Version;
                if (global.TryGetValue("build_property.K0sVersion", out string? versionText) && !string.IsNullOrWhiteSpace(versionText))
                {
                    if (K0sVersion.TryParse(versionText, out K0sVersion parsed, out string? problem))
                    {
                        version = parsed;
                    }
                    else
                    {
                        problems.Add(new SettingProblem("The MSBuild property K0sVersion", versionText!, problem ?? string.Empty, "the newest k0s K0sConfig knows (" + ValidationOptions.Default.Version + ")"));
                    }
                }

                if (global.TryGetValue("build_property.K0sFeatureGates", out string? gates) && !string.IsNullOrWhiteSpace(gates)
                    && !ValidationOptions.TryParseFeatureGates(gates, version, out _, out string? gatesProblem))
                {
                    problems.Add(new SettingProblem("The MSBuild property K0sFeatureGates", gates!, Sentence(gatesProblem), "k0s " + version + " with its feature gates not known"));
                }

                return problems;
            }

            private static string Sentence(string? text)
            {
                string s = (text ?? string.Empty).Trim();
                s = s.Length != 0 && char.IsLower(s[0]) && !s.StartsWith("k0s", StringComparison.Ordinal) ? char.ToUpperInvariant(s[0]) + s.Substring(1) : s;
                s = s.EndsWith(".", StringComparison.Ordinal) ? s : s + ".";
                return s + (s.Contains("has no feature gates") ? string.Empty : " Write comma-separated Name=true or Name=false, such as IPv6SingleStack=true.");
            }

            public FileSettings(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
            {
                _options = options;
                _turnedOff = new TurnedOffRules(compilation, cancellationToken);
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
                ValidationOptions options = Build ??= Options(_options.AnalyzerConfigOptionsProvider.GlobalOptions);
                if (treeOptions.TryGetValue(MaxPodsOption, out string? text)
                    && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int maxPods)
                    && maxPods >= 1)
                {
                    options = options.WithMaxPods(maxPods);
                }

                return _byTree.GetOrAdd(tree, (options, _turnedOff.Filter(tree, treeOptions, cancellationToken)));
            }
        }
    }
}
