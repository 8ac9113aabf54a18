using System;
using System.Collections.Generic;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static K0sConfig.Analyzers.OperationShapes;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// A value as the analyzed block sees it: a constant with where it was written, a closure (a lambda, method group,
    /// <c>readonly</c> field or call that gives a builder callback, with the frame its code belongs to), or unknown.
    /// </summary>
    internal readonly struct Value
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

        /// <summary>A closure: the lambda, method group, field or call that gives a builder callback; not a constant.</summary>
        public IOperation? Callback { get; }

        /// <summary>The frame <see cref="Callback"/> was written in: <see langword="null"/> for the analyzed block.</summary>
        public Frame? Scope { get; }

        public static Value Known(object? constant, object origin) => new Value(true, constant, origin);

        public static Value Unknown(object origin) => new Value(false, null, origin);

        public static Value Closure(IOperation callback, Frame? scope, object origin) => new Value(false, null, origin, callback, scope);
    }

    /// <summary>
    /// The evaluator: what an argument is (<see cref="Value"/>), read in the frame of the method being followed, whose
    /// parameters hold what its caller passed (substitution), and where it was written, as the analyzed block sees it.
    /// </summary>
    internal sealed class ValueEvaluator
    {
        private readonly KnownSymbols _symbols;
        private readonly WrittenOrigins? _written;

        public ValueEvaluator(KnownSymbols symbols, WrittenOrigins? written, Frame? frame)
        {
            _symbols = symbols;
            _written = written;
            Frame = frame;
        }

        /// <summary>The method being followed, whose parameters values are read through; <see langword="null"/>: the analyzed block itself.</summary>
        public Frame? Frame { get; set; }

        /// <summary>Where a value written at <paramref name="location"/> comes from, as the analyzed block sees it.</summary>
        public object Origin(Location location)
        {
            if (Frame != null)
            {
                return new InheritedOrigin(location, Frame.Site, Frame.Via);
            }

            _written?.Origins.Add(location);
            return location;
        }

        /// <summary>An argument's value: a constant, a closure, what the caller bound to a parameter, or unknown.</summary>
        public Value Evaluate(IInvocationOperation call, IArgumentOperation? argument)
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
                return Value.Closure(callback, Frame, Origin(callback.Syntax.GetLocation()));
            }

            return Bound(value, out Value bound) ? bound : Value.Unknown(Origin(value.Syntax.GetLocation()));
        }

        /// <summary>
        /// Whether <paramref name="value"/> is a parameter of the followed method (through identity conversions), and
        /// then what the caller bound to it.
        /// </summary>
        public bool Bound(IOperation value, out Value bound)
        {
            if (WithoutIdentityConversions(value) is IParameterReferenceOperation reference && Frame != null
                && Frame.Method.Owns(reference.Parameter) && reference.Parameter.Ordinal < Frame.Arguments.Length)
            {
                bound = Frame.Arguments[reference.Parameter.Ordinal];
                return true;
            }

            bound = default;
            return false;
        }

        /// <summary>A builder call in the followed method passes a parameter bound to a constant written in the analyzed block.</summary>
        public bool WritesAConstantFromTheBlock(IInvocationOperation call)
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

        public Fact<string> Text(IInvocationOperation call, int ordinal, bool conditional)
        {
            Value value = Evaluate(call, Argument(call, ordinal));
            return !conditional && value.IsKnown && value.Constant is string text
                ? Fact<string>.Known(text, value.Origin)
                : Fact<string>.Unknown(value.Origin);
        }

        public Fact<bool> Bool(IInvocationOperation call, int ordinal, bool conditional)
        {
            Value value = Evaluate(call, Argument(call, ordinal));
            return !conditional && value.IsKnown && value.Constant is bool known
                ? Fact<bool>.Known(known, value.Origin)
                : Fact<bool>.Unknown(value.Origin);
        }

        public Fact<long> Int(IInvocationOperation call, int ordinal, bool conditional)
        {
            Value value = Evaluate(call, Argument(call, ordinal));
            return !conditional && value.IsKnown && value.Constant is int known
                ? Fact<long>.Known(known, value.Origin)
                : Fact<long>.Unknown(value.Origin);
        }

        /// <summary>An enum argument as k0s spells it; a value with no member (a cast such as (CalicoMode)42) keeps its number, which K0S107 reports.</summary>
        public Fact<string> Enum(IInvocationOperation call, int ordinal, bool conditional)
        {
            IArgumentOperation? argument = Argument(call, ordinal);
            Value value = Evaluate(call, argument);
            if (conditional || !value.IsKnown || value.Constant == null
                || argument?.Parameter?.Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            {
                return Fact<string>.Unknown(value.Origin);
            }

            if (_symbols.SpellingOf(enumType, value.Constant) is string spelling)
            {
                return Fact<string>.Known(spelling, value.Origin);
            }

            return Fact<string>.Known(Convert.ToString(value.Constant, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, value.Origin);
        }

        /// <summary>A list argument: <c>Sans("a", "b")</c> and <c>Sans(new[] { "a", "b" })</c> both create the array right there.</summary>
        public Fact<IReadOnlyList<Fact<string>>> StringList(IInvocationOperation call, bool conditional)
        {
            IArgumentOperation? argument = Argument(call, 0);
            object at = Origin(ValueLocation(call, argument));
            if (conditional || argument == null
                || Unwrap(argument.Value) is not IArrayCreationOperation { Initializer: { } initializer })
            {
                return Fact<IReadOnlyList<Fact<string>>>.Unknown(at);
            }

            var entries = new List<Fact<string>>(initializer.ElementValues.Length);
            foreach (IOperation element in initializer.ElementValues)
            {
                object elementAt = Origin(element.Syntax.GetLocation());
                entries.Add(element.ConstantValue is { HasValue: true, Value: string text } ? Fact<string>.Known(text, elementAt) : Fact<string>.Unknown(elementAt));
            }

            return Fact<IReadOnlyList<Fact<string>>>.Known(entries, at);
        }

        /// <summary>
        /// The lambda or method group that <paramref name="value"/>, an argument, gives as a callback that takes a builder:
        /// written there, or stored in a local that holds nothing else; or the field that holds it, or the call of a method
        /// in source that returns it (followed where it is applied). <see langword="null"/> for anything else.
        /// </summary>
        public static IOperation? CallbackIn(KnownSymbols symbols, IOperation value)
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

        /// <summary>
        /// The lambda or method group a local delegate was declared with, when the local holds nothing else: it is never
        /// assigned, passed by reference or deconstructed into, in the block or in a lambda of it. Otherwise
        /// <see langword="null"/> (what the callback writes is unknown).
        /// </summary>
        private static IOperation? StoredCallback(ILocalReferenceOperation local)
        {
            IOperation root = local;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            IOperation? initial = null;
            foreach (IVariableDeclaratorOperation declarator in BuilderWalk.References<IVariableDeclaratorOperation>(root, OperationKind.VariableDeclarator, d => SymbolEqualityComparer.Default.Equals(d.Symbol, local.Local)))
            {
                initial = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
            }

            initial = initial == null ? null : Unwrap(initial);
            if (!(initial is IDelegateCreationOperation { Target: IAnonymousFunctionOperation or IMethodReferenceOperation }))
            {
                return null;
            }

            foreach (ILocalReferenceOperation reference in BuilderWalk.References<ILocalReferenceOperation>(root, OperationKind.LocalReference, r => SymbolEqualityComparer.Default.Equals(r.Local, local.Local)))
            {
                if (FollowedMethods.IsWritten(reference))
                {
                    return null;
                }
            }

            return initial;
        }
    }
}
