using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using K0sConfig.Analyzers;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K0sConfig.CodeFixes
{
    /// <summary>
    /// Writes the value a diagnostic names as the fix, where the diagnostic is: the canonical CIDR (K0S102), the
    /// /108 IPv6 service range (K0S502), an extraArgs key without dashes (K0S601), <c>CalicoMode.Bird</c> (K0S301).
    /// Offered only on a string literal or an enum member, never on a constant declared elsewhere.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceValueCodeFix))]
    [Shared]
    public sealed class ReplaceValueCodeFix : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIds.NonCanonicalCidr,
            RuleIds.CalicoDualStackNeedsBird,
            RuleIds.IPv6ServicePrefixRejected,
            RuleIds.DashedExtraArgKey);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(K0sConfigAnalyzer.ReplacementProperty, out string? replacement) || string.IsNullOrEmpty(replacement))
                {
                    continue;
                }

                SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                SyntaxNode? fixedNode = Replace(node, replacement!);
                if (fixedNode == null)
                {
                    continue;
                }

                string title = "Write " + replacement;
                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellation => Apply(context.Document, root, node, fixedNode, cancellation), equivalenceKey: diagnostic.Id + ":" + title),
                    diagnostic);
            }
        }

        private static SyntaxNode? Replace(SyntaxNode node, string replacement)
        {
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            switch (node)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement)).WithTriviaFrom(literal);
                case MemberAccessExpressionSyntax member when replacement == "bird" && member.Name.Identifier.ValueText is "Vxlan" or "Ipip":
                    return member.WithName(SyntaxFactory.IdentifierName("Bird").WithTriviaFrom(member.Name));
                default:
                    return null;
            }
        }

        private static Task<Document> Apply(Document document, SyntaxNode root, SyntaxNode node, SyntaxNode fixedNode, CancellationToken cancellation)
        {
            SyntaxNode target = node is ArgumentSyntax argument ? argument.Expression : node;
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(target, fixedNode)));
        }
    }
}
