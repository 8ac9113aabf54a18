using System.Collections.Generic;
using System.Threading;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// How a method's effect reaches its caller. A builder that reaches a method in source (<see cref="FollowedMethods"/>)
    /// is followed into its body as if the body were written at the call: a factory's builder first
    /// (<see cref="Start"/>), a helper that receives the builder (<see cref="FollowHelper"/>), a method group given as a
    /// section callback (<see cref="Callback"/>). The call's constants are bound to the method's parameters
    /// (<see cref="Enter(IMethodSymbol, IInvocationOperation?, Location, string, bool)"/>) and read back wherever the body passes a parameter to the builder (<see cref="Evaluate"/>).
    /// What the method writes gets an <see cref="InheritedOrigin"/>: the place in the method and the call in the
    /// analyzed block that brought it in. Recursion, depth beyond <see cref="MaxDepth"/> and more than
    /// <see cref="MaxFollowedCalls"/> followed calls make the builder unknown instead.
    /// </summary>
    internal sealed partial class FactCollector
    {
        /// <summary>
        /// What <paramref name="call"/>, a call to a method in source with constant arguments, decides with them: the
        /// chains the method starts (and those of the methods it passes them on to), and what it writes to the builders
        /// it receives, everything else unknown. Adds the facts of each to <paramref name="chains"/> or <paramref name="alone"/>.
        /// </summary>
        public static void ForComposedCall(
            KnownSymbols symbols, FollowedMethods methods, IMethodSymbol? owner, IInvocationOperation call,
            List<ClusterFacts> chains, List<ClusterFacts> alone, CancellationToken cancellationToken)
        {
            var budget = new int[] { MaxFollowedCalls };
            Visit(null, call, 1);

            void Visit(Frame? parent, IInvocationOperation current, int depth)
            {
                FollowedMethod? followed = methods.Get(current.TargetMethod, cancellationToken);
                if (followed == null || !methods.ReachesConfiguration(followed, cancellationToken) || depth > MaxDepth || budget[0]-- <= 0)
                {
                    return;
                }

                var scout = new FactCollector(symbols, knowsEverything: false, methods, owner, cancellationToken) { _frame = parent };
                Frame? frame = scout.Enter(current.TargetMethod, current, NameLocation(current), Display(current.TargetMethod, group: false), followsReturn: false);
                if (frame == null || !frame.KnowsAnArgument)
                {
                    return;
                }

                foreach (IOperation start in frame.Method.Starts)
                {
                    var collector = new FactCollector(symbols, knowsEverything: true, methods, owner, cancellationToken) { _frame = frame, _perValue = alone };
                    collector.Start(start);
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
                        var collector = new FactCollector(symbols, knowsEverything: false, methods, owner, cancellationToken) { _perValue = alone };
                        collector.FollowParameter(frame, i, kind, conditional: false);
                        alone.Add(collector.Finish());
                    }
                }
            }
        }

        /// <summary>Where a finding brought in by a method group goes: its name.</summary>
        private static Location GroupLocation(IMethodReferenceOperation group)
            => group.Syntax is MemberAccessExpressionSyntax member ? member.Name.GetLocation() : group.Syntax.GetLocation();

        /// <summary>A builder call in the followed method passes a parameter bound to a constant written in the analyzed block.</summary>
        private bool WritesAConstantFromTheBlock(IInvocationOperation call)
        {
            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (Bound(argument.Value, out Value bound) && bound is { IsKnown: true, Origin: Location })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The lambda or method group that <paramref name="value"/>, an argument, gives as a callback that takes a builder:
        /// written there, or stored in a local that holds nothing else; or the field that holds it, or the call of a method
        /// in source that returns it (followed where it is applied). <see langword="null"/> for anything else.
        /// </summary>
        internal static IOperation? CallbackIn(KnownSymbols symbols, IOperation value)
        {
            if (!symbols.IsBuilderCallback(value.Type))
            {
                return null;
            }

            value = Unwrap(value);
            if (value is ILocalReferenceOperation local)
            {
                value = StoredCallback(local) ?? value;
            }

            return value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation or IMethodReferenceOperation } or IFieldReferenceOperation
                || (Invoked(value) is { } method && FollowedMethods.MayFollow(method))
                ? value
                : null;
        }

        /// <summary>How a message names a method a value came from: <c>Base()</c>, or <c>ConfigureNetwork</c> for a method group.</summary>
        internal static string Display(IMethodSymbol method, bool group) => group ? method.Name : method.Name + "()";

        /// <summary>How a message names the method <paramref name="reference"/> runs: <c>Base()</c> for a call, <c>Base</c> for a property.</summary>
        private static string Display(IOperation reference)
            => reference is IPropertyReferenceOperation property ? property.Property.Name : Display(Invoked(reference)!, group: false);

        /// <summary>The getter a read of <paramref name="property"/> runs; <see langword="null"/> for an indexer or a property without one.</summary>
        internal static IMethodSymbol? Getter(IPropertyReferenceOperation property)
            => property.Property.IsIndexer ? null : property.Property.GetMethod;

        /// <summary>The method <paramref name="operation"/> runs: a call's, or a property's getter; <see langword="null"/> for anything else.</summary>
        internal static IMethodSymbol? Invoked(IOperation operation) => operation switch
        {
            IInvocationOperation call => call.TargetMethod,
            IPropertyReferenceOperation property => Getter(property),
            _ => null,
        };

        /// <summary>
        /// Starts a chain at a <c>K0s.Cluster(...)</c> call, a call to a factory or a read of a factory property, and
        /// follows it.
        /// </summary>
        private void Start(IOperation root)
        {
            if (!(root is IInvocationOperation entry && _symbols.IsClusterEntry(entry.TargetMethod)))
            {
                // A factory: first what it writes to the builder it returns, then what the caller writes.
                Frame? frame = Enter(Invoked(root)!, root as IInvocationOperation, NameLocation(root), Display(root), followsReturn: true);
                if (frame?.Method.FactoryRoot is { } start)
                {
                    Frame? saved = _frame;
                    _frame = frame;
                    try
                    {
                        Start(start);
                    }
                    finally
                    {
                        _frame = saved;
                    }
                }

                if (frame == null || !frame.Returned)
                {
                    // A factory that cannot be followed, or whose builder escaped before it was returned.
                    Escape(BuilderKind.Cluster);
                }
            }

            Follow(root, BuilderKind.Cluster, conditional: false);
        }

        /// <summary>
        /// Enters <paramref name="target"/>, called at <paramref name="call"/> (null for a method group), with the
        /// caller's constants bound to its parameters. <see langword="null"/> when it cannot be followed: no body in
        /// source, virtual, recursive, too deep, or this chain has followed enough methods.
        /// </summary>
        private Frame? Enter(IMethodSymbol target, IInvocationOperation? call, Location site, string via, bool followsReturn)
            => _methods == null || CannotGoDeeper ? null : Enter(_methods.Get(target, _cancellationToken), call, site, via, followsReturn);

        /// <summary>This chain has followed enough methods, or is as deep as it may go: checked before binding another.</summary>
        private bool CannotGoDeeper => _budget <= 0 || (_frame?.Depth ?? 0) >= MaxDepth;

        /// <summary>Enters <paramref name="method"/> (a method's body or a stored lambda's); see the overload above.</summary>
        private Frame? Enter(FollowedMethod? method, IInvocationOperation? call, Location site, string via, bool followsReturn)
        {
            if (method == null || _methods == null || CannotGoDeeper || SymbolEqualityComparer.Default.Equals(method.Method, _owner))
            {
                return null;
            }

            for (Frame? frame = _frame; frame != null; frame = frame.Parent)
            {
                if (SymbolEqualityComparer.Default.Equals(frame.Method.Method, method.Method))
                {
                    return null;
                }
            }

            _budget--;
            var arguments = new Value[method.Method.Parameters.Length];
            object unknownAt = Origin(site);
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
                        || _symbols.KindOf(method.Method.Parameters[ordinal].Type) != BuilderKind.None)
                    {
                        continue;
                    }

                    arguments[ordinal] = Evaluate(call, argument);
                }
            }

            return new Frame(method, arguments, _frame?.Site ?? site, _frame?.Via ?? via, _frame, followsReturn);
        }

        /// <summary>Follows the builder <paramref name="frame"/>'s method receives as parameter <paramref name="ordinal"/>.</summary>
        private void FollowParameter(Frame frame, int ordinal, BuilderKind kind, bool conditional)
        {
            Frame? saved = _frame;
            _frame = frame;
            try
            {
                FollowedMethod method = frame.Method;
                foreach (IParameterReferenceOperation reference in References<IParameterReferenceOperation>(method.Body, OperationKind.ParameterReference, r => r.Parameter.Ordinal == ordinal && method.Owns(r.Parameter)))
                {
                    Follow(reference, kind, conditional || IsConditional(reference, method.Body));
                }
            }
            finally
            {
                _frame = saved;
            }
        }

        /// <summary>
        /// A builder passed to a method in source: follows it there. Returns whether the call returns the same builder,
        /// so the caller goes on following it.
        /// </summary>
        private bool FollowHelper(IInvocationOperation call, IArgumentOperation argument, BuilderKind kind, bool conditional)
        {
            IParameterSymbol? parameter = argument.Parameter;
            Frame? frame = null;
            if (parameter != null && _symbols.KindOf(parameter.Type) == kind && OnlyBuilderArgument(call, argument))
            {
                frame = Enter(call.TargetMethod, call, NameLocation(call), Display(call.TargetMethod, group: false), followsReturn: true);
            }

            if (frame == null)
            {
                Escape(kind);
                return false;
            }

            FollowParameter(frame, parameter!.Ordinal, kind, conditional);
            if (_symbols.KindOf(call.Type) != kind)
            {
                return false;
            }

            if (!frame.Returned)
            {
                // It returns a builder, but not certainly this one.
                Escape(kind);
                return false;
            }

            return true;
        }

        private bool OnlyBuilderArgument(IInvocationOperation call, IArgumentOperation argument)
        {
            foreach (IArgumentOperation other in call.Arguments)
            {
                if (other != argument && (_symbols.KindOf(other.Parameter?.Type) != BuilderKind.None || _symbols.KindOf(other.Value.Type) != BuilderKind.None))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Where a value written at <paramref name="location"/> comes from, as the analyzed block sees it.</summary>
        private object Origin(Location location)
        {
            if (_frame != null)
            {
                return new InheritedOrigin(location, _frame.Site, _frame.Via);
            }

            _written?.Origins.Add(location);
            return location;
        }

        /// <summary>An argument's value: a constant, a constant the caller bound to a parameter, or unknown.</summary>
        private Value Evaluate(IInvocationOperation call, IArgumentOperation? argument)
        {
            if (argument == null || argument.IsImplicit || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                object site = Origin(NameLocation(call));
                return argument?.Value.ConstantValue is { HasValue: true } implicitValue ? Value.Known(implicitValue.Value, site) : Value.Unknown(site);
            }

            IOperation value = argument.Value;
            if (value.ConstantValue.HasValue)
            {
                return Value.Known(value.ConstantValue.Value, Origin(value.Syntax.GetLocation()));
            }

            if (CallbackIn(_symbols, value) is { } callback)
            {
                // Make(n => n.Calico()): the lambda applies where the method passes it as a section callback.
                return Value.Of(callback, _frame, Origin(callback.Syntax.GetLocation()));
            }

            return Bound(value, out Value bound) ? bound : Value.Unknown(Origin(value.Syntax.GetLocation()));
        }

        /// <summary>
        /// Whether <paramref name="value"/> is a parameter of the followed method (through identity conversions), and
        /// then what the caller bound to it.
        /// </summary>
        private bool Bound(IOperation value, out Value bound)
        {
            if (WithoutIdentityConversions(value) is IParameterReferenceOperation reference && _frame != null
                && _frame.Method.Owns(reference.Parameter) && reference.Parameter.Ordinal < _frame.Arguments.Length)
            {
                bound = _frame.Arguments[reference.Parameter.Ordinal];
                return true;
            }

            bound = default;
            return false;
        }

        internal static IOperation WithoutIdentityConversions(IOperation value)
        {
            while (value is IConversionOperation { Conversion.IsIdentity: true } conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }

        /// <summary>
        /// A value as the analyzed block sees it: a constant with where it was written, a builder callback (a lambda or
        /// method group) with the frame its body belongs to, or unknown.
        /// </summary>
        private readonly struct Value
        {
            private Value(bool isKnown, object? constant, object origin, IOperation? callback = null, Frame? scope = null)
            {
                IsKnown = isKnown;
                Constant = constant;
                Origin = origin;
                Callback = callback;
                Scope = scope;
            }

            public bool IsKnown { get; }

            public object? Constant { get; }

            public object Origin { get; }

            /// <summary>A delegate creation of a lambda or a method group that takes a builder; not a constant.</summary>
            public IOperation? Callback { get; }

            /// <summary>The frame <see cref="Callback"/> was written in: <see langword="null"/> for the analyzed block.</summary>
            public Frame? Scope { get; }

            public static Value Known(object? constant, object origin) => new Value(true, constant, origin);

            public static Value Unknown(object origin) => new Value(false, null, origin);

            public static Value Of(IOperation callback, Frame? scope, object origin) => new Value(false, null, origin, callback, scope);
        }

        /// <summary>A method being followed: its body, the caller's constants bound to its parameters, and the call that brought it in.</summary>
        private sealed class Frame
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

            /// <summary>Some argument is a constant or a builder callback: the call may decide something on its own.</summary>
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
}
