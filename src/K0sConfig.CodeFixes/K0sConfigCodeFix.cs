using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using K0sConfig.Analyzers;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K0sConfig.CodeFixes
{
    /// <summary>
    /// Applies the fixes a K0sConfig diagnostic carries (<see cref="FixProperties"/>): the rules decide what the fix
    /// is in k0s's terms (write this value, remove that setting, use this flag instead), and this provider makes the
    /// edit in the code. A fix is offered only where every edit lands on code it can change: a literal or an enum
    /// member written right there, never a constant declared elsewhere; a call of the K0sConfig builder, never a
    /// method of the user's. "Fix all" applies every fix of the same kind at once.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(K0sConfigCodeFix))]
    [Shared]
    public sealed class K0sConfigCodeFix : CodeFixProvider
    {
        /// <summary>The rules whose findings may carry a fix.</summary>
        public static ImmutableArray<string> FixableIds { get; } = ImmutableArray.Create(
            RuleIds.NonCanonicalCidr,
            RuleIds.DualStackNeedsIPv4Cidrs,
            RuleIds.DualStackNeedsIPv6Cidrs,
            RuleIds.DualStackCidrsIgnored,
            RuleIds.ApiAddressFamilyMismatch,
            RuleIds.CalicoDualStackNeedsBird,
            RuleIds.IgnoredProviderSettings,
            RuleIds.KubeProxyUserspaceMode,
            RuleIds.PodCidrLongerThanNodeMask,
            RuleIds.IPv6NodeMaskTooFarFromPodCidr,
            RuleIds.NodeMaskFlagForWrongStack,
            RuleIds.NodeRangeBelowMaxPods,
            RuleIds.IPv6ServicePrefixRejected,
            RuleIds.ServiceCidrTooLargeForOldApiServer,
            RuleIds.ServiceCidrTooNarrow,
            RuleIds.DashedExtraArgKey,
            RuleIds.ExtraArgOverridesDerivedFlag,
            RuleIds.NodeLocalLoadBalancingWithExternalAddress);

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => FixableIds;

        /// <summary>Fixes of one kind do not overlap (each edits the values of its own finding), so they are applied in one batch.</summary>
        /// <returns>Roslyn's batch fixer.</returns>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                foreach (DiagnosticFix fix in FixProperties.Read(diagnostic))
                {
                    List<(SyntaxNode Node, SyntaxNode? NewNode)>? changes = Plan(root, model, fix, context.CancellationToken);
                    if (changes == null)
                    {
                        continue;
                    }

                    Document document = context.Document;
                    context.RegisterCodeFix(
                        CodeAction.Create(fix.Title, _ => Task.FromResult(Apply(document, root, changes)), equivalenceKey: diagnostic.Id + ":" + fix.Key),
                        diagnostic);
                }
            }
        }

        /// <summary>The syntax changes of every edit of <paramref name="fix"/> (a null new node removes the node), or null when one cannot be made.</summary>
        private static List<(SyntaxNode Node, SyntaxNode? NewNode)>? Plan(SyntaxNode root, SemanticModel model, DiagnosticFix fix, CancellationToken cancellation)
        {
            var changes = new List<(SyntaxNode, SyntaxNode?)>(fix.Edits.Count);
            foreach (DiagnosticFixEdit edit in fix.Edits)
            {
                if (edit.Location.SourceTree != root.SyntaxTree || !root.FullSpan.Contains(edit.Location.SourceSpan))
                {
                    return null;
                }

                SyntaxNode node = root.FindNode(edit.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node is ArgumentSyntax argument)
                {
                    node = argument.Expression;
                }

                (SyntaxNode Node, SyntaxNode? NewNode)? change = edit.Kind switch
                {
                    FixEditKind.Replace => Edits.Replace(model, node, edit.Value, cancellation),
                    FixEditKind.Remove => Edits.Remove(model, node, cancellation),
                    FixEditKind.Rename => Edits.Rename(model, node, edit.Value, cancellation),
                    FixEditKind.Set => Edits.Set(model, node, edit.Path, edit.Value, cancellation),
                    _ => null,
                };
                if (change == null)
                {
                    return null;
                }

                foreach ((SyntaxNode planned, SyntaxNode? _) in changes)
                {
                    if (planned.FullSpan.IntersectsWith(change.Value.Node.FullSpan))
                    {
                        return null;
                    }
                }

                changes.Add(change.Value);
            }

            return changes;
        }

        private static Document Apply(Document document, SyntaxNode root, List<(SyntaxNode Node, SyntaxNode? NewNode)> changes)
        {
            var nodes = new List<SyntaxNode>(changes.Count);
            foreach ((SyntaxNode node, SyntaxNode? _) in changes)
            {
                nodes.Add(node);
            }

            SyntaxNode changed = root.TrackNodes(nodes);
            foreach ((SyntaxNode node, SyntaxNode? newNode) in changes)
            {
                SyntaxNode? current = changed.GetCurrentNode(node);
                if (current == null)
                {
                    return document;
                }

                changed = newNode == null
                    ? changed.RemoveNode(current, SyntaxRemoveOptions.KeepUnbalancedDirectives) ?? changed
                    : changed.ReplaceNode(current, newNode);
            }

            return document.WithSyntaxRoot(changed);
        }
    }
}
