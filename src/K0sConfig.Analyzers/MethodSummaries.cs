using System.Collections.Generic;
using System.Threading;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static K0sConfig.Analyzers.OperationShapes;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// How a method's effect reaches its caller. What a method in source (<see cref="FollowedMethods"/>) does to the
    /// builders it receives or returns is summarised once per compilation, in terms of its parameters: the
    /// <see cref="Step"/>s of the builder each parameter receives, of the builder a factory starts and returns, of the
    /// chains it starts, and of each section lambda written in it (<see cref="BuilderWalk"/>). A summary names the
    /// builder calls and the helpers it passes the builder to; the values of their arguments are read when it is
    /// applied. Applying one at a call (<see cref="Enter(FactCollector, FollowedMethod?, IInvocationOperation?, Location, string, bool)"/>, then <see cref="FactCollector.Run"/>) binds the caller's
    /// values to the method's parameters (a <see cref="Frame"/>: substitution) and replays the steps on the caller's
    /// facts, so a constant the call passes is read wherever the method passes the parameter to the builder, and a
    /// lambda it passes runs wherever the method applies it as a section callback. Every kind of callee comes down to
    /// this: a factory (<see cref="StartFactory"/>), a helper that receives a builder (<see cref="FollowHelper"/>), and a
    /// closure given as a section callback (<see cref="ApplyCallback"/>): a lambda, a method group, a <c>readonly</c>
    /// field, a method or property that returns a lambda, or a parameter a caller gave any of these.
    /// What the method writes gets an <see cref="InheritedOrigin"/>: the place in the method and the call in the
    /// analyzed block that brought it in. Recursion, depth beyond <see cref="FactCollector.MaxDepth"/> and more than
    /// <see cref="FactCollector.MaxFollowedCalls"/> applied summaries make the builder unknown instead.
    /// </summary>
    internal static class MethodSummaries
    {
        /// <summary>The steps of the builder <paramref name="method"/> receives as parameter <paramref name="ordinal"/>.</summary>
        public static Step[] OfParameter(FollowedMethods methods, FollowedMethod method, int ordinal, BuilderKind kind)
            => Known(method, ordinal) ?? Keep(methods, method, ordinal, WalkParameter(methods.Symbols, method, ordinal, kind));

        // Apart, so that the lambda's captures are allocated only when the summary is made.
        private static Step[] WalkParameter(KnownSymbols symbols, FollowedMethod method, int ordinal, BuilderKind kind)
            => BuilderWalk.FromParameter(symbols, method.Body, r => r.Parameter.Ordinal == ordinal && method.Owns(r.Parameter), kind);

        /// <summary>The steps of the builder a factory starts (<see cref="FollowedMethod.FactoryRoot"/>), up to its <c>return</c>.</summary>
        public static Step[] OfFactory(FollowedMethods methods, FollowedMethod method)
        {
            int slot = method.Method.Parameters.Length;
            return Known(method, slot) ?? Keep(methods, method, slot, BuilderWalk.FromValue(methods.Symbols, method.FactoryRoot!, BuilderKind.Cluster));
        }

        /// <summary>The steps of the chain <paramref name="method"/> starts at <see cref="FollowedMethod.Starts"/>[<paramref name="index"/>].</summary>
        public static Step[] OfStart(FollowedMethods methods, FollowedMethod method, int index)
        {
            int slot = method.Method.Parameters.Length + 1 + index;
            return Known(method, slot) ?? Keep(methods, method, slot, BuilderWalk.FromValue(methods.Symbols, method.Starts[index], BuilderKind.Cluster));
        }

        private static Step[]? Known(FollowedMethod method, int slot) => Volatile.Read(ref method.Summaries[slot]);

        /// <summary>
        /// Keeps a summary just made. Several threads may make the same summary at once (the walk is a pure function of
        /// the method's operations): the first one kept stays, and every thread gets that one.
        /// </summary>
        private static Step[] Keep(FollowedMethods methods, FollowedMethod method, int slot, Step[] made)
        {
            Step[]? first = Interlocked.CompareExchange(ref method.Summaries[slot], made, null);
            if (first != null)
            {
                return first;
            }

            methods.CountSummary();
            return made;
        }

        /// <summary>
        /// Enters <paramref name="target"/>, called at <paramref name="call"/> (null for a method group or a field), with
        /// the caller's values bound to its parameters. <see langword="null"/> when it cannot be followed: no body in
        /// source, virtual, recursive, too deep, or this chain has applied enough summaries.
        /// </summary>
        public static Frame? Enter(FactCollector c, IMethodSymbol target, IInvocationOperation? call, Location site, string via, bool followsReturn)
            => c.Methods == null || CannotGoDeeper(c) ? null : Enter(c, c.Methods.Get(target, c.CancellationToken), call, site, via, followsReturn);

        /// <summary>This chain has applied enough summaries, or is as deep as it may go: checked before binding another method.</summary>
        private static bool CannotGoDeeper(FactCollector c) => c.Budget <= 0 || (c.Values.Frame?.Depth ?? 0) >= FactCollector.MaxDepth;

        /// <summary>Enters <paramref name="method"/> (a method's body or a stored lambda's); see the overload above.</summary>
        public static Frame? Enter(FactCollector c, FollowedMethod? method, IInvocationOperation? call, Location site, string via, bool followsReturn)
        {
            Frame? caller = c.Values.Frame;
            if (method == null || c.Methods == null || CannotGoDeeper(c) || SymbolEqualityComparer.Default.Equals(method.Method, c.Owner))
            {
                return null;
            }

            for (Frame? frame = caller; frame != null; frame = frame.Parent)
            {
                if (SymbolEqualityComparer.Default.Equals(frame.Method.Method, method.Method))
                {
                    return null;
                }
            }

            c.Budget--;
            var arguments = new Value[method.Method.Parameters.Length];
            object unknownAt = c.Values.Origin(site);
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = Value.Unknown(unknownAt);
            }

            if (call != null)
            {
                foreach (IArgumentOperation argument in call.Arguments)
                {
                    int ordinal = argument.Parameter?.Ordinal ?? -1;
                    if (ordinal < 0 || ordinal >= arguments.Length || method.WritesParameter(ordinal)
                        || c.Symbols.KindOf(method.Method.Parameters[ordinal].Type) != BuilderKind.None)
                    {
                        continue;
                    }

                    // Substitution: the caller's value, read where the call is.
                    arguments[ordinal] = c.Values.Evaluate(call, argument);
                }
            }

            return new Frame(method, arguments, caller?.Site ?? site, caller?.Via ?? via, caller, followsReturn);
        }

        /// <summary>Applies the summary of the builder <paramref name="frame"/>'s method receives as parameter <paramref name="ordinal"/>.</summary>
        public static void ApplyToParameter(FactCollector c, Frame frame, int ordinal, BuilderKind kind, bool conditional)
            => c.RunIn(frame, OfParameter(c.Methods!, frame.Method, ordinal, kind), conditional);

        /// <summary>
        /// A builder passed to a method in source: applies what the method does to it. Returns whether the call returns
        /// the same builder, so the caller goes on with it.
        /// </summary>
        public static bool FollowHelper(FactCollector c, IInvocationOperation call, IArgumentOperation argument, BuilderKind kind, bool conditional)
        {
            IParameterSymbol? parameter = argument.Parameter;
            Frame? frame = null;
            if (parameter != null && c.Symbols.KindOf(parameter.Type) == kind && OnlyBuilderArgument(c.Symbols, call, argument))
            {
                frame = Enter(c, call.TargetMethod, call, NameLocation(call), Display(call.TargetMethod, group: false), followsReturn: true);
            }

            if (frame == null)
            {
                c.Writer.Escape(kind);
                return false;
            }

            ApplyToParameter(c, frame, parameter!.Ordinal, kind, conditional);
            if (c.Symbols.KindOf(call.Type) != kind)
            {
                return false;
            }

            if (!frame.Returned)
            {
                // It returns a builder, but not certainly this one.
                c.Writer.Escape(kind);
                return false;
            }

            return true;
        }

        private static bool OnlyBuilderArgument(KnownSymbols symbols, IInvocationOperation call, IArgumentOperation argument)
        {
            foreach (IArgumentOperation other in call.Arguments)
            {
                if (other != argument && (symbols.KindOf(other.Parameter?.Type) != BuilderKind.None || symbols.KindOf(other.Value.Type) != BuilderKind.None))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A chain that starts at a call of a factory or a read of a factory property: first what the factory writes to
        /// the builder it returns (its summary, itself perhaps starting from another factory), then the caller goes on.
        /// </summary>
        public static void StartFactory(FactCollector c, IOperation root)
        {
            Frame? frame = Enter(c, Invoked(root)!, root as IInvocationOperation, NameLocation(root), Display(root), followsReturn: true);
            if (frame?.Method.FactoryRoot is { } start)
            {
                Frame? saved = c.Values.Frame;
                c.Values.Frame = frame;
                try
                {
                    c.Start(start, OfFactory(c.Methods!, frame.Method));
                }
                finally
                {
                    c.Values.Frame = saved;
                }
            }

            if (frame == null || !frame.Returned)
            {
                // A factory that cannot be followed, or whose builder escaped before it was returned.
                c.Writer.Escape(BuilderKind.Cluster);
            }
        }

        /// <summary>
        /// The section callback <paramref name="invocation"/> gives as its argument <paramref name="ordinal"/>, run on the
        /// section's builder: the closure the argument evaluates to, in the frame it was written in.
        /// </summary>
        public static void ApplyCallback(FactCollector c, IInvocationOperation invocation, BuilderKind kind, bool conditional, int ordinal)
        {
            IArgumentOperation? argument = Argument(invocation, ordinal);
            if (argument == null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                return;
            }

            // The lambda, method group, field or call given here, also through a local that holds nothing else
            // (Action<NetworkBuilder> configure = n => ...; .Network(configure)).
            IOperation value = ValueEvaluator.CallbackIn(c.Symbols, argument.Value) ?? Unwrap(argument.Value);
            Frame? scope = c.Values.Frame;
            if (c.Values.Bound(value, out Value bound) && bound.Callback != null)
            {
                // A followed method's parameter, given a closure by its caller: it applies here, as part of the code it
                // was written in.
                value = bound.Callback;
                scope = bound.Scope;
            }

            Frame? saved = c.Values.Frame;
            c.Values.Frame = scope;
            try
            {
                ApplyClosure(c, value, kind, conditional);
            }
            finally
            {
                c.Values.Frame = saved;
            }
        }

        /// <summary>Runs the closure <paramref name="value"/> on a builder of <paramref name="kind"/>, in the current frame (where it was written).</summary>
        private static void ApplyClosure(FactCollector c, IOperation value, BuilderKind kind, bool conditional)
        {
            if (Resolve(c, value, kind, out Step[] steps, out Frame? frame))
            {
                c.RunIn(frame, steps, conditional);
            }
            else if (value is IFieldReferenceOperation || !(value.ConstantValue.HasValue && value.ConstantValue.Value == null))
            {
                // A method group that cannot be followed, a delegate from elsewhere, or an async lambda (whose code after
                // an await runs whenever it resumes): whatever it sets is unknown. .Calico(null) writes nothing.
                c.Writer.Escape(kind);
            }
        }

        /// <summary>
        /// What the closure <paramref name="value"/> does to the builder it is given: the <paramref name="steps"/> of its
        /// summary and the <paramref name="frame"/> they apply in, entered with the caller's values. <see langword="false"/>
        /// when it cannot be followed.
        /// </summary>
        private static bool Resolve(FactCollector c, IOperation value, BuilderKind kind, out Step[] steps, out Frame? frame)
        {
            Frame? scope = c.Values.Frame;
            switch (value)
            {
                case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } when lambda.Symbol.Parameters.Length == 1 && !lambda.Symbol.IsAsync:
                    // A lambda: its body runs in the frame it was written in. One written in a followed method is
                    // summarised once; one of the analyzed block is walked for this chain.
                    steps = scope != null && c.Methods != null ? c.Methods.LambdaSummary(lambda, kind) : BuilderWalk.FromLambda(c.Symbols, lambda, kind);
                    frame = scope;
                    return true;

                case IDelegateCreationOperation { Target: IMethodReferenceOperation group } when group.Method.Parameters.Length == 1
                                                                                                && c.Symbols.KindOf(group.Method.Parameters[0].Type) == kind:
                    // A method group: its body applies as a lambda's would, brought in by its name.
                    frame = Enter(c, group.Method, call: null, GroupLocation(group), Display(group.Method, group: true), followsReturn: false);
                    break;

                case IFieldReferenceOperation field:
                    // static readonly Action<NetworkBuilder> s_network = n => ...; .Network(s_network): the lambda or method
                    // group the field holds applies as another method's body would, brought in by the field's name.
                    FollowedMethod? body = c.Methods?.StoredIn(field.Field, c.CancellationToken)?.Target switch
                    {
                        IAnonymousFunctionOperation stored => c.Methods.ForLambda(stored),
                        IMethodReferenceOperation storedGroup => c.Methods.Get(storedGroup.Method, c.CancellationToken),
                        _ => null,
                    };
                    frame = body != null && body.Method.Parameters.Length == 1 && c.Symbols.KindOf(body.Method.Parameters[0].Type) == kind
                        ? Enter(c, body, call: null, FieldLocation(field), field.Field.Name, followsReturn: false)
                        : null;
                    break;

                case IInvocationOperation or IPropertyReferenceOperation when Invoked(value) != null:
                    // static Action<NetworkBuilder> WithDualStack(string pods) => n => ...; .Network(WithDualStack("fd00::/108")):
                    // the closure the method (or a property's getter) returns, in the frame of that method with the
                    // call's values bound to its parameters.
                    FollowedMethod? method = c.Methods?.Get(Invoked(value)!, c.CancellationToken);
                    if (method?.Result?.ReturnedValue is { } returned && Unwrap(returned) is IDelegateCreationOperation callback
                        && Enter(c, method, value as IInvocationOperation, NameLocation(value), Display(value), followsReturn: false) is Frame returning)
                    {
                        c.Values.Frame = returning;
                        try
                        {
                            return Resolve(c, callback, kind, out steps, out frame);
                        }
                        finally
                        {
                            c.Values.Frame = scope;
                        }
                    }

                    frame = null;
                    break;

                default:
                    frame = null;
                    break;
            }

            // A method's body (a method group's, or a field's lambda or method group), entered: its builder parameter's summary.
            steps = frame != null ? OfParameter(c.Methods!, frame.Method, 0, kind) : System.Array.Empty<Step>();
            return frame != null;
        }

        /// <summary>
        /// What <paramref name="call"/>, a call to a method in source with constant arguments, decides with them: the
        /// chains the method starts (and those of the methods it passes them on to), and what it writes to the builders
        /// it receives, everything else unknown. Adds the facts of each to <paramref name="chains"/> or <paramref name="alone"/>.
        /// </summary>
        public static void ForComposedCall(
            KnownSymbols symbols, FollowedMethods methods, IMethodSymbol? owner, IInvocationOperation call,
            List<ClusterFacts> chains, List<ClusterFacts> alone, CancellationToken cancellationToken)
        {
            int budget = FactCollector.MaxFollowedCalls;
            Visit(null, call, 1);

            void Visit(Frame? parent, IInvocationOperation current, int depth)
            {
                FollowedMethod? followed = methods.Get(current.TargetMethod, cancellationToken);
                if (followed == null || !methods.ReachesConfiguration(followed, cancellationToken) || depth > FactCollector.MaxDepth || budget-- <= 0)
                {
                    return;
                }

                var scout = new FactCollector(symbols, knowsEverything: false, methods, owner, cancellationToken, frame: parent);
                Frame? frame = Enter(scout, current.TargetMethod, current, NameLocation(current), Display(current.TargetMethod, group: false), followsReturn: false);
                if (frame == null || !frame.KnowsAnArgument)
                {
                    return;
                }

                for (int i = 0; i < frame.Method.Starts.Length; i++)
                {
                    var collector = new FactCollector(symbols, knowsEverything: true, methods, owner, cancellationToken, frame: frame, perValue: alone);
                    collector.Start(frame.Method.Starts[i], OfStart(methods, frame.Method, i));
                    chains.Add(collector.Finish());
                }

                foreach (IInvocationOperation inner in frame.Method.Calls)
                {
                    if (!methods.StartsAChain(inner) && methods.PassesOn(inner))
                    {
                        // The constants passed on towards a method that configures: Make2(pod) => Make(pod, "10.96.0.0/12").
                        Visit(frame, inner, depth + 1);
                    }
                }

                // A builder the method receives and returns goes back to code that may go on writing to it, but
                // what the method wrote stays until then: the return is no escape here.
                frame.FollowsReturn = true;
                IMethodSymbol method = frame.Method.Method;
                for (int i = 0; i < method.Parameters.Length; i++)
                {
                    BuilderKind kind = symbols.KindOf(method.Parameters[i].Type);
                    if (kind != BuilderKind.None)
                    {
                        var collector = new FactCollector(symbols, knowsEverything: false, methods, owner, cancellationToken, perValue: alone);
                        ApplyToParameter(collector, frame, i, kind, conditional: false);
                        alone.Add(collector.Finish());
                    }
                }
            }
        }
    }

    /// <summary>
    /// A summary being applied: the followed method, the caller's values bound to its parameters (the substitution), and
    /// the call in the analyzed block that brought the outermost method in.
    /// </summary>
    internal sealed class Frame
    {
        public Frame(FollowedMethod method, Value[] arguments, Location site, string via, Frame? parent, bool followsReturn)
        {
            Method = method;
            Arguments = arguments;
            Site = site;
            Via = via;
            Parent = parent;
            FollowsReturn = followsReturn;
            Depth = (parent?.Depth ?? 0) + 1;
        }

        public FollowedMethod Method { get; }

        /// <summary>By parameter ordinal.</summary>
        public Value[] Arguments { get; }

        /// <summary>The call (or method group) in the analyzed block that brought the outermost method in.</summary>
        public Location Site { get; }

        /// <summary>How messages name that outermost method.</summary>
        public string Via { get; }

        public Frame? Parent { get; }

        public int Depth { get; }

        /// <summary>The caller goes on with the builder this method returns.</summary>
        public bool FollowsReturn { get; set; }

        /// <summary>The followed builder reached the method's <c>return</c>.</summary>
        public bool Returned { get; set; }

        /// <summary>Some argument is a constant or a closure: the call may decide something on its own.</summary>
        public bool KnowsAnArgument
        {
            get
            {
                foreach (Value argument in Arguments)
                {
                    if (argument.IsKnown || argument.Callback != null)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
