using System.Collections.Generic;
using System.Threading;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static K0sConfig.Analyzers.OperationShapes;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// The chain collector: turns builder code into the rule engine's facts by composing the collector's parts. The walk
    /// (<see cref="BuilderWalk"/>) says where a builder goes, as <see cref="Step"/>s; <see cref="Run"/> applies them in
    /// order: <see cref="CallWriter"/> says what each builder call writes and where, the <see cref="ValueEvaluator"/>
    /// what each argument is, and <see cref="MethodSummaries"/> what a method in source the builder reaches does to it.
    /// A whole chain from <c>K0s.Cluster(...)</c> starts with every value unset (k0s defaults); a single call starts
    /// with every value unknown. Values that are not compile-time constants, that are written in a branch, a try block
    /// with a catch, a lambda or a local function, or that belong to a builder passed elsewhere or given a second name
    /// (from then on) are unknown, so the rules that need them stay silent.
    /// </summary>
    internal sealed class FactCollector
    {
        /// <summary>How deep methods are followed into one another; deeper, what a method writes is unknown.</summary>
        internal const int MaxDepth = 32;

        /// <summary>How many summaries one chain applies at most (each call of a helper counts); then the rest is unknown.</summary>
        internal const int MaxFollowedCalls = 512;

        private readonly List<ClusterFacts>? _perValue;
        private readonly WrittenOrigins? _written;
        private bool _usedAlone;

        internal FactCollector(
            KnownSymbols symbols, bool knowsEverything, FollowedMethods? methods = null, IMethodSymbol? owner = null, CancellationToken cancellationToken = default,
            ClusterFacts? reuse = null, Frame? frame = null, List<ClusterFacts>? perValue = null, WrittenOrigins? written = null)
        {
            Symbols = symbols;
            Methods = methods;
            Owner = owner;
            CancellationToken = cancellationToken;
            _perValue = perValue;
            _written = written;
            Values = new ValueEvaluator(symbols, written, frame);
            Writer = new CallWriter(this, symbols, Values, knowsEverything, reuse);
        }

        public KnownSymbols Symbols { get; }

        /// <summary>The methods in source that can be followed, with their summaries; <see langword="null"/>: none is.</summary>
        public FollowedMethods? Methods { get; }

        /// <summary>The method whose block is analyzed: never followed into from itself.</summary>
        public IMethodSymbol? Owner { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>The evaluator, whose <see cref="ValueEvaluator.Frame"/> is the summary being applied.</summary>
        public ValueEvaluator Values { get; }

        /// <summary>The facts and the state of the builders written to.</summary>
        public CallWriter Writer { get; }

        /// <summary>How many more summaries this collection may apply.</summary>
        public int Budget { get; set; } = MaxFollowedCalls;

        /// <summary>
        /// Facts for the chain that starts at <paramref name="root"/>, a <c>K0s.Cluster(...)</c> call, a call to a
        /// factory in source or a read of a factory property, in the block of <paramref name="owner"/>. Adds to <paramref name="perValue"/>, for each builder
        /// call in a followed method that writes a constant from the analyzed block, the facts of that call alone
        /// (everything else unknown): what that constant decides on its own is reported even when the builder escapes later.
        /// </summary>
        public static ClusterFacts ForChain(KnownSymbols symbols, IOperation root, FollowedMethods? methods = null, IMethodSymbol? owner = null, CancellationToken cancellationToken = default, List<ClusterFacts>? perValue = null, WrittenOrigins? written = null)
        {
            var collector = new FactCollector(symbols, knowsEverything: true, methods, owner, cancellationToken, perValue: perValue, written: written);
            collector.Start(root, BuilderWalk.FromValue(symbols, root, BuilderKind.Cluster));
            return collector.Finish();
        }

        /// <summary>
        /// Facts that hold only what one call writes; everything else is unknown. With <paramref name="reuse"/>, the facts
        /// are that instance, which the next call with it overwrites: on a config-heavy project, a new instance for each
        /// call was most of the memory the analyzer asked for.
        /// </summary>
        public static ClusterFacts? ForCall(KnownSymbols symbols, IInvocationOperation call, BuilderKind kind, ClusterFacts? reuse = null)
            => new FactCollector(symbols, knowsEverything: false, reuse: reuse).Lone(call, kind);

        /// <summary>
        /// A collector for the calls of a block checked on their own one after the other (<see cref="Lone"/>), each
        /// into <paramref name="reuse"/>: one collector for the block rather than one for each call.
        /// </summary>
        public static FactCollector ForLoneCalls(KnownSymbols symbols, ClusterFacts reuse) => new FactCollector(symbols, knowsEverything: false, reuse: reuse);

        /// <summary>
        /// What <paramref name="call"/> writes on its own, everything else unknown (<see cref="ForCall"/>), in this
        /// collector's facts, which the next lone call overwrites; <see langword="null"/> when it writes nothing the rules read.
        /// </summary>
        public ClusterFacts? Lone(IInvocationOperation call, BuilderKind kind)
        {
            if (_usedAlone)
            {
                Writer.ResetForLoneCall();
            }

            _usedAlone = true;
            if (kind == BuilderKind.Calico || kind == BuilderKind.KubeRouter)
            {
                // Written in the lambda given to n.Calico(c => ...): a chain through that call says the provider's settings
                // are written there, at Calico; saying the same here lets the call's values count as checked by the chain.
                Location? section = SectionCall(call, kind == BuilderKind.Calico ? "Calico" : "KubeRouter");
                Writer.PlaceSectionAt(kind == BuilderKind.Calico ? section : null, kind == BuilderKind.KubeRouter ? section : null);
            }

            return Apply(kind, call, conditional: false, followCallbacks: false) ? Finish() : null;
        }

        /// <summary>
        /// What <paramref name="call"/>, a call to a method in source with constant arguments, decides with them
        /// (<see cref="MethodSummaries.ForComposedCall"/>).
        /// </summary>
        public static void ForComposedCall(
            KnownSymbols symbols, FollowedMethods methods, IMethodSymbol? owner, IInvocationOperation call,
            List<ClusterFacts> chains, List<ClusterFacts> alone, CancellationToken cancellationToken)
            => MethodSummaries.ForComposedCall(symbols, methods, owner, call, chains, alone, cancellationToken);

        public ClusterFacts Finish() => Writer.Finish();

        /// <summary>
        /// Starts a chain at <paramref name="root"/>: the builder it evaluates to (a new one for <c>K0s.Cluster(...)</c>,
        /// the one a factory returns, with what the factory wrote), then <paramref name="steps"/>, where it goes from there.
        /// </summary>
        public void Start(IOperation root, Step[] steps)
        {
            if (!(root is IInvocationOperation entry && Symbols.IsClusterEntry(entry.TargetMethod)))
            {
                MethodSummaries.StartFactory(this, root);
            }

            Run(steps, conditional: false);
        }

        /// <summary>Applies <paramref name="steps"/> in <paramref name="frame"/> (a summary of that frame's method; <see langword="null"/>: the analyzed block's own code).</summary>
        public void RunIn(Frame? frame, Step[] steps, bool conditional)
        {
            Frame? saved = Values.Frame;
            Values.Frame = frame;
            try
            {
                Run(steps, conditional);
            }
            finally
            {
                Values.Frame = saved;
            }
        }

        /// <summary>Applies <paramref name="steps"/> in order, in the current frame; <paramref name="conditional"/>: they run only sometimes.</summary>
        public void Run(Step[] steps, bool conditional)
        {
            int i = 0;
            while (i < steps.Length)
            {
                Step step = steps[i];
                bool sometimes = conditional || step.Conditional;
                switch (step.Kind)
                {
                    case StepKind.Call:
                        Apply(step.Builder, (IInvocationOperation)step.Operation!, sometimes, followCallbacks: true);
                        i++;
                        break;
                    case StepKind.Helper:
                        // What the helper does to the builder; the steps after it go on with what it returns, if that is the builder.
                        i = MethodSummaries.FollowHelper(this, (IInvocationOperation)step.Operation!, step.Argument!, step.Builder, sometimes) ? i + 1 : step.End;
                        break;
                    case StepKind.Return:
                        Frame? frame = Values.Frame;
                        if (frame != null && frame.FollowsReturn && step.Operation == frame.Method.Result)
                        {
                            // The followed method returns this builder: its caller goes on with it.
                            frame.Returned = true;
                        }
                        else
                        {
                            Writer.Escape(step.Builder);
                        }

                        i++;
                        break;
                    default:
                        Writer.Escape(step.Builder);
                        i++;
                        break;
                }
            }
        }

        /// <summary>
        /// The section callback <paramref name="call"/> gives (its argument <paramref name="ordinal"/>), run on the
        /// section's builder of <paramref name="kind"/>.
        /// </summary>
        public void Callback(IInvocationOperation call, BuilderKind kind, bool conditional, int ordinal = 0)
            => MethodSummaries.ApplyCallback(this, call, kind, conditional, ordinal);

        /// <summary>Records what one builder call writes. Returns whether it writes anything the rules read.</summary>
        private bool Apply(BuilderKind kind, IInvocationOperation call, bool conditional, bool followCallbacks)
        {
            if (_perValue != null && Values.Frame != null && Values.WritesAConstantFromTheBlock(call))
            {
                // A constant from the analyzed block, written in a followed method: what it decides alone.
                var single = new FactCollector(Symbols, knowsEverything: false, Methods, Owner, CancellationToken, frame: Values.Frame);
                if (single.Apply(kind, call, conditional: false, followCallbacks: false))
                {
                    _perValue.Add(single.Finish());
                }
            }

            // A call on a Calico or kube-router builder is not recorded: what it writes on its own is placed at the
            // section's call when a lambda is given to it (ForCall finds it), but a chain may have placed it elsewhere.
            if (_written == null || Values.Frame != null || kind == BuilderKind.Calico || kind == BuilderKind.KubeRouter)
            {
                return Writer.Apply(kind, call, conditional, followCallbacks);
            }

            // A call of the analyzed block itself: remember every origin it (and the callbacks it runs) made.
            int start = _written.Origins.Count;
            bool writes = Writer.Apply(kind, call, conditional, followCallbacks);
            _written.Calls.Add((call, start, _written.Origins.Count));
            return writes;
        }


        /// <summary>
        /// The name of the <c>Calico</c> or <c>KubeRouter</c> call (<paramref name="section"/>) whose lambda's parameter
        /// <paramref name="call"/> is made on, through fluent calls: <c>n.Calico(c => c.Mode(...).Mtu(...))</c>;
        /// <see langword="null"/> for any other shape.
        /// </summary>
        private static Location? SectionCall(IInvocationOperation call, string section)
        {
            IOperation? receiver = call.Instance;
            while (receiver is IInvocationOperation or IConversionOperation or IParenthesizedOperation)
            {
                receiver = receiver switch
                {
                    IInvocationOperation fluent => fluent.Instance,
                    IConversionOperation conversion => conversion.Operand,
                    _ => ((IParenthesizedOperation)receiver).Operand,
                };
            }

            if (receiver is not IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol lambda })
            {
                return null;
            }

            for (IOperation? current = call.Parent; current != null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
                {
                    return function.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation owner } }
                           && owner.TargetMethod.Name == section
                        ? NameLocation(owner)
                        : null;
                }
            }

            return null;
        }
    }
}
