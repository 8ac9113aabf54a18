using System.Collections.Generic;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// Which k0s a builder call is checked for: a <c>ForK0s("1.33")</c> in its fluent chain (a constant), else the build's
    /// <c>K0sVersion</c> property. A <c>ForK0s</c> whose argument is not a constant makes the version unknown.
    /// </summary>
    internal static class VersionChoice
    {
        private const string ForK0s = "ForK0s";

        /// <summary>What the chain holding <paramref name="operation"/> says: no ForK0s, a constant version, or an unknown one.</summary>
        public static (bool Found, K0sVersion? Version) Of(IOperation operation, KnownSymbols symbols)
        {
            // Up through the lambdas and the fluent chain; at each builder call of the cluster, its receivers below it.
            for (IOperation? at = operation; at != null; at = at.Parent)
            {
                if (!(at is IInvocationOperation call) || symbols.KindOf(call.TargetMethod.ContainingType) != BuilderKind.Cluster)
                {
                    continue;
                }

                for (IOperation? link = call; link is IInvocationOperation chained; link = OperationShapes.WithoutIdentityConversions(chained.Instance!))
                {
                    if (chained.TargetMethod.Name == ForK0s && symbols.KindOf(chained.TargetMethod.ContainingType) == BuilderKind.Cluster && chained.Arguments.Length == 1)
                    {
                        object? value = chained.Arguments[0].Value.ConstantValue.HasValue ? chained.Arguments[0].Value.ConstantValue.Value : null;
                        return (true, value is string text && K0sVersion.TryParse(text, out K0sVersion version) ? version : (K0sVersion?)null);
                    }

                    if (chained.Instance == null)
                    {
                        break;
                    }
                }
            }

            return (false, null);
        }

        /// <summary>
        /// <paramref name="options"/> for the chain of <paramref name="operation"/>; <see langword="null"/> when its ForK0s is not
        /// a constant (then only what holds in every supported version may be reported).
        /// </summary>
        public static ValidationOptions? OptionsFor(IOperation operation, KnownSymbols symbols, ValidationOptions options)
        {
            (bool found, K0sVersion? version) = Of(operation, symbols);
            return !found ? options : version is K0sVersion v ? options.WithVersion(v) : null;
        }

        /// <summary>
        /// <paramref name="options"/> for a chain whose facts are <paramref name="facts"/>: the version its builder's
        /// <c>ForK0s</c> calls gave (also one on a builder held in a local, as a statement of its own), else what the
        /// fluent chain of <paramref name="root"/> says; <see langword="null"/> when the version is not known.
        /// </summary>
        public static ValidationOptions? OptionsFor(IOperation root, ClusterFacts facts, KnownSymbols symbols, ValidationOptions options)
        {
            Fact<string> forK0s = facts.ForK0s;
            if (forK0s.IsUnset)
            {
                return OptionsFor(root, symbols, options);
            }

            return forK0s.IsKnown && K0sVersion.TryParse(forK0s.Value, out K0sVersion version) ? options.WithVersion(version) : null;
        }

        /// <summary>The findings that every supported k0s version gives (by rule and path), for a chain whose version is unknown.</summary>
        public static IReadOnlyList<Finding> InEveryVersion(ClusterFacts facts, ValidationOptions options, System.Func<RuleDescriptor, bool>? include)
        {
            IReadOnlyList<Finding> first = RuleEngine.Evaluate(facts, options.WithVersion(new K0sVersion(FieldCatalogue.FirstMinor)), include);
            var common = new List<Finding>(first);
            for (int minor = FieldCatalogue.FirstMinor + 1; minor <= FieldCatalogue.LastMinor && common.Count != 0; minor++)
            {
                var seen = new HashSet<(string, string)>();
                foreach (Finding finding in RuleEngine.Evaluate(facts, options.WithVersion(new K0sVersion(minor)), include))
                {
                    seen.Add((finding.RuleId, finding.Path));
                }

                common.RemoveAll(f => !seen.Contains((f.RuleId, f.Path)));
            }

            return common;
        }

        /// <summary>
        /// For a builder call whose field not every supported version has: the facts that let rule K0S808 say whether the
        /// chosen version has it, else <see langword="null"/>.
        /// </summary>
        public static ClusterFacts? VersionedCall(IInvocationOperation call, KnownSymbols symbols)
        {
            CatalogueField? field = symbols.VersionedFieldOf(call.TargetMethod);
            if (field == null)
            {
                return null;
            }

            string method = call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name;
            return new ClusterFacts { DocumentProblems = new[] { new DocumentProblem(DocumentProblemKind.VersionedField, field.Path, method, string.Empty, false, null) } };
        }
    }
}
