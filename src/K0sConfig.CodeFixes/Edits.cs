using System;
using System.Globalization;
using System.Threading;
using System.Linq;
using K0sConfig.Analyzers;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace K0sConfig.CodeFixes
{
    /// <summary>
    /// The syntax of each kind of edit (<see cref="FixEditKind"/>): a node to change and what it becomes (null: the
    /// node, a statement, goes). Each returns null when the code at the location is not what it can change.
    /// </summary>
    internal static class Edits
    {
        /// <summary>Writes <paramref name="value"/> in place of the literal or enum member at <paramref name="node"/>.</summary>
        public static (SyntaxNode, SyntaxNode?)? Replace(SemanticModel model, SyntaxNode node, string? value, CancellationToken cancellation)
        {
            if (value == null)
            {
                return null;
            }

            switch (node)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    return (literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)).WithTriviaFrom(literal));
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression) || literal.IsKind(SyntaxKind.FalseLiteralExpression):
                    return value == "true" || value == "false"
                        ? (literal, SyntaxFactory.LiteralExpression(value == "true" ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression).WithTriviaFrom(literal))
                        : ((SyntaxNode, SyntaxNode?)?)null;
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression):
                    return Number(literal, value);
                case PrefixUnaryExpressionSyntax negative when negative.IsKind(SyntaxKind.UnaryMinusExpression) && negative.Operand is LiteralExpressionSyntax:
                    return Number(negative, value);
                case MemberAccessExpressionSyntax member when EnumMember(model, member, value, cancellation) is string name:
                    return (member.Name, SyntaxFactory.IdentifierName(name).WithTriviaFrom(member.Name));
                case IdentifierNameSyntax identifier when EnumMember(model, identifier, value, cancellation) is string name:
                    return (identifier, SyntaxFactory.IdentifierName(name).WithTriviaFrom(identifier));
                case SimpleNameSyntax name when value == "false" && BuilderCall(model, name, cancellation) is InvocationExpressionSyntax call:
                    // The call itself turns the feature on (NodeLocalLoadBalancing()): off means without the call, or
                    // with its omitted bool argument written (Enabled() becomes Enabled(false)).
                    return OmittedBool(model, call, cancellation) ?? Remove(model, name, cancellation);
                default:
                    // A constant declared elsewhere, an interpolation, a concatenation: the value is not written here.
                    return null;
            }
        }

        /// <summary>Removes the builder call that wrote the value at <paramref name="node"/> (its argument or its name).</summary>
        public static (SyntaxNode, SyntaxNode?)? Remove(SemanticModel model, SyntaxNode node, CancellationToken cancellation)
        {
            if (!(BuilderCall(model, node, cancellation) is InvocationExpressionSyntax call) || !(call.Expression is MemberAccessExpressionSyntax access))
            {
                return null;
            }

            ExpressionSyntax receiver = access.Expression;
            bool receiverIsCall = receiver is InvocationExpressionSyntax;
            switch (call.Parent)
            {
                case ExpressionStatementSyntax statement when !receiverIsCall:
                    // b.Calico(); on its own: the statement goes.
                    return (statement, null);
                case LambdaExpressionSyntax lambda when !receiverIsCall && lambda.ExpressionBody == call:
                    // n => n.Calico(): the callback is left with nothing to do.
                    return (lambda, WithEmptyBody(lambda));
                default:
                    // In a chain: what the call was made on takes its place (builder calls return their builder).
                    if (!SameType(model, call, receiver, cancellation))
                    {
                        return null;
                    }

                    return (call, receiver.WithTrailingTrivia(call.GetTrailingTrivia()));
            }
        }

        /// <summary>The node-mask setting at <paramref name="node"/> keeps its value under <paramref name="flag"/>.</summary>
        public static (SyntaxNode, SyntaxNode?)? Rename(SemanticModel model, SyntaxNode node, string? flag, CancellationToken cancellation)
        {
            if (flag == null || !(BuilderCall(model, node, cancellation) is InvocationExpressionSyntax call) || !(call.Expression is MemberAccessExpressionSyntax access))
            {
                return null;
            }

            string method = access.Name.Identifier.ValueText;
            if (TypedExtraArgs.FlagOf(method) != null)
            {
                string? renamed = TypedExtraArgs.MethodOf(FieldPaths.ControllerManagerExtraArgs, flag);
                return renamed == null ? ((SyntaxNode, SyntaxNode?)?)null : (access.Name, SyntaxFactory.IdentifierName(renamed).WithTriviaFrom(access.Name));
            }

            if (method == "ExtraArg" && Argument(model, call, 0, cancellation) is LiteralExpressionSyntax key && key.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return (key, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(flag)).WithTriviaFrom(key));
            }

            return null;
        }

        /// <summary>
        /// Sets the enum field at <paramref name="path"/> (<c>calico.mode</c>) in the call named at <paramref name="node"/>
        /// of the builder method that opens the field's section (<c>Calico(...)</c>), which does not set it: the catalogue
        /// names both methods, the setter's parameter gives the enum.
        /// </summary>
        public static (SyntaxNode, SyntaxNode?)? Set(SemanticModel model, SyntaxNode node, string? path, string? value, CancellationToken cancellation)
        {
            if (path == null || value == null
                || !(FieldCatalogue.Find(path) is { BuilderMethod: string setter } field)
                || !(FieldCatalogue.Find(field.Parent)?.BuilderMethod is string opener)
                || !(BuilderCall(model, node, cancellation) is InvocationExpressionSyntax call)
                || !(model.GetSymbolInfo(call, cancellation).Symbol is IMethodSymbol method)
                || method.ContainingType.Name + "." + method.Name != opener
                || !(model.Compilation.GetTypeByMetadataName("K0sConfig." + setter.Substring(0, setter.IndexOf('.'))) is INamedTypeSymbol builderType)
                || !(builderType.GetMembers(setter.Substring(setter.IndexOf('.') + 1)).OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 1) is IMethodSymbol setMethod)
                || !(setMethod.Parameters[0].Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
                || !(EnumSpellings.MemberSpelled(enumType, value) is string member))
            {
                return null;
            }

            // global::K0sConfig.CalicoMode.Bird, simplified to CalicoMode.Bird where K0sConfig is imported.
            ExpressionSyntax argument = SyntaxFactory.ParseExpression("global::" + enumType.ToDisplayString() + "." + member).WithAdditionalAnnotations(Simplifier.Annotation);
            if (call.ArgumentList.Arguments.Count == 0)
            {
                string parameter = FreeName(model, call.SpanStart, char.ToLowerInvariant(method.Name[0]).ToString(), method.Name.ToLowerInvariant());
                ExpressionSyntax lambda = SyntaxFactory.SimpleLambdaExpression(
                    SyntaxFactory.Parameter(SyntaxFactory.Identifier(parameter)),
                    Call(SyntaxFactory.IdentifierName(parameter), setMethod.Name, argument));
                return (call.ArgumentList, call.ArgumentList.AddArguments(SyntaxFactory.Argument(lambda)));
            }

            if (call.ArgumentList.Arguments.Count == 1
                && call.ArgumentList.Arguments[0].Expression is SimpleLambdaExpressionSyntax callback
                && method.Parameters.Length == 1)
            {
                if (callback.ExpressionBody is ExpressionSyntax body
                    && model.GetTypeInfo(body, cancellation).Type is ITypeSymbol type
                    && SymbolEqualityComparer.Default.Equals(type, builderType))
                {
                    return (body, Call(body.WithoutTrailingTrivia(), setMethod.Name, argument).WithTrailingTrivia(body.GetTrailingTrivia()));
                }

                if (callback.Block is BlockSyntax block)
                {
                    StatementSyntax statement = SyntaxFactory.ExpressionStatement(Call(SyntaxFactory.IdentifierName(callback.Parameter.Identifier.ValueText), setMethod.Name, argument));
                    return (block, block.AddStatements(statement));
                }
            }

            return null;
        }

        private static InvocationExpressionSyntax Call(ExpressionSyntax receiver, string method, ExpressionSyntax argument)
            => SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(method)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(argument))));

        private static (SyntaxNode, SyntaxNode?)? Number(ExpressionSyntax node, string value)
        {
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
            {
                return null;
            }

            ExpressionSyntax literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(Math.Abs(number)));
            if (number < 0)
            {
                literal = SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, literal);
            }

            return (node, literal.WithTriviaFrom(node));
        }

        /// <summary>The member of the enum that <paramref name="node"/> names that k0s spells <paramref name="value"/>, when the node names an enum member.</summary>
        private static string? EnumMember(SemanticModel model, ExpressionSyntax node, string value, CancellationToken cancellation)
            => model.GetSymbolInfo(node, cancellation).Symbol is IFieldSymbol { ContainingType: { TypeKind: TypeKind.Enum } type }
                ? EnumSpellings.MemberSpelled(type, value)
                : null;

        /// <summary>The call of a K0sConfig builder method whose argument or name <paramref name="node"/> is; null for any other call.</summary>
        private static InvocationExpressionSyntax? BuilderCall(SemanticModel model, SyntaxNode node, CancellationToken cancellation)
        {
            InvocationExpressionSyntax? call = node.Parent switch
            {
                ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } => invocation,
                MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } access when access.Name == node => invocation,
                _ => null,
            };

            // Sans(new[] { ... }) and other values nested in an argument are not a call's own value.
            return call != null
                && model.GetSymbolInfo(call, cancellation).Symbol is IMethodSymbol { ContainingType: { } type }
                && type.ContainingNamespace?.ToDisplayString() == "K0sConfig"
                && type.Name.EndsWith("Builder", StringComparison.Ordinal)
                ? call
                : null;
        }

        private static ExpressionSyntax? Argument(SemanticModel model, InvocationExpressionSyntax call, int ordinal, CancellationToken cancellation)
        {
            if (!(model.GetSymbolInfo(call, cancellation).Symbol is IMethodSymbol method) || ordinal >= method.Parameters.Length)
            {
                return null;
            }

            string name = method.Parameters[ordinal].Name;
            for (int i = 0; i < call.ArgumentList.Arguments.Count; i++)
            {
                ArgumentSyntax argument = call.ArgumentList.Arguments[i];
                if (argument.NameColon != null ? argument.NameColon.Name.Identifier.ValueText == name : i == ordinal)
                {
                    return argument.Expression;
                }
            }

            return null;
        }

        /// <summary><c>Enabled()</c> becomes <c>Enabled(false)</c>: the call's one parameter, a bool left at its default.</summary>
        private static (SyntaxNode, SyntaxNode?)? OmittedBool(SemanticModel model, InvocationExpressionSyntax call, CancellationToken cancellation)
            => call.ArgumentList.Arguments.Count == 0
               && model.GetSymbolInfo(call, cancellation).Symbol is IMethodSymbol { Parameters: { Length: 1 } parameters }
               && parameters[0].Type.SpecialType == SpecialType.System_Boolean
                ? (call.ArgumentList, call.ArgumentList.AddArguments(SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression))))
                : ((SyntaxNode, SyntaxNode?)?)null;

        private static bool SameType(SemanticModel model, ExpressionSyntax call, ExpressionSyntax receiver, CancellationToken cancellation)
        {
            ITypeSymbol? callType = model.GetTypeInfo(call, cancellation).Type;
            ITypeSymbol? receiverType = model.GetTypeInfo(receiver, cancellation).Type;
            return callType != null && SymbolEqualityComparer.Default.Equals(callType, receiverType);
        }

        private static LambdaExpressionSyntax WithEmptyBody(LambdaExpressionSyntax lambda)
        {
            BlockSyntax empty = SyntaxFactory.Block().WithTriviaFrom(lambda.ExpressionBody!);
            return lambda switch
            {
                SimpleLambdaExpressionSyntax simple => simple.WithExpressionBody(null).WithBlock(empty),
                ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.WithExpressionBody(null).WithBlock(empty),
                _ => lambda,
            };
        }

        private static string FreeName(SemanticModel model, int position, string preferred, string other)
            => model.LookupSymbols(position, name: preferred).IsEmpty ? preferred : other;
    }
}
