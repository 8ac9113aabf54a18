using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K0sConfig.Analyzers
{
    /// <summary>Small questions about the shape of an operation that every part of the collector asks.</summary>
    internal static class OperationShapes
    {
        /// <summary>
        /// Where a finding about a whole call goes: the method name (<c>Calico</c> in <c>n.Calico()</c>); for a property
        /// read, the property's name (<c>Base</c> in <c>Defaults.Base</c>).
        /// </summary>
        public static Location NameLocation(IOperation call)
        {
            SyntaxNode? callee = call.Syntax is InvocationExpressionSyntax invocation ? invocation.Expression : call is IPropertyReferenceOperation ? call.Syntax : null;
            if (callee != null)
            {
                switch (callee)
                {
                    case MemberAccessExpressionSyntax member:
                        return member.Name.GetLocation();
                    case MemberBindingExpressionSyntax binding:
                        return binding.Name.GetLocation();
                    case SimpleNameSyntax name:
                        return name.GetLocation();
                }
            }

            return call.Syntax.GetLocation();
        }

        /// <summary>Where a finding brought in by a method group goes: its name.</summary>
        public static Location GroupLocation(IMethodReferenceOperation group)
            => group.Syntax is MemberAccessExpressionSyntax member ? member.Name.GetLocation() : group.Syntax.GetLocation();

        /// <summary>Where a finding brought in by a <c>readonly</c> field goes: its name.</summary>
        public static Location FieldLocation(IFieldReferenceOperation field)
            => field.Syntax is MemberAccessExpressionSyntax member ? member.Name.GetLocation() : field.Syntax.GetLocation();

        /// <summary>Where an argument's value is: the expression, or the call's name when the argument is implicit.</summary>
        public static Location ValueLocation(IInvocationOperation call, IArgumentOperation? argument)
            => argument == null || argument.IsImplicit || argument.ArgumentKind == ArgumentKind.DefaultValue
                ? NameLocation(call)
                : argument.Value.Syntax.GetLocation();

        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        public static IOperation WithoutIdentityConversions(IOperation value)
        {
            while (value is IConversionOperation { Conversion.IsIdentity: true } conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }

        public static IArgumentOperation? Argument(IInvocationOperation call, int ordinal)
        {
            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>The getter a read of <paramref name="property"/> runs; <see langword="null"/> for an indexer or a property without one.</summary>
        public static IMethodSymbol? Getter(IPropertyReferenceOperation property)
            => property.Property.IsIndexer ? null : property.Property.GetMethod;

        /// <summary>The method <paramref name="operation"/> runs: a call's, or a property's getter; <see langword="null"/> for anything else.</summary>
        public static IMethodSymbol? Invoked(IOperation operation) => operation switch
        {
            IInvocationOperation call => call.TargetMethod,
            IPropertyReferenceOperation property => Getter(property),
            _ => null,
        };

        /// <summary>How a message names a method a value came from: <c>Base()</c>, or <c>ConfigureNetwork</c> for a method group.</summary>
        public static string Display(IMethodSymbol method, bool group) => group ? method.Name : method.Name + "()";

        /// <summary>How a message names the method <paramref name="reference"/> runs: <c>Base()</c> for a call, <c>Base</c> for a property.</summary>
        public static string Display(IOperation reference)
            => reference is IPropertyReferenceOperation property ? property.Property.Name : Display(Invoked(reference)!, group: false);
    }
}
