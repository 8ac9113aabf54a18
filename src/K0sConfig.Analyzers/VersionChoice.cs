using System.Collections.Generic;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// Which k0s a builder call is checked for: a <c>ForK0s("1.33")</c> in its fluent chain (a constant), else the
    /// <c>K0sVersion("v1.33.1+k0s.0")</c> of the k0sctl chain whose <c>Config(...)</c> the chain is written in (as the k0sctl
    /// builder's <c>Build()</c> checks it), else the build's <c>K0sVersion</c> property. A <c>ForK0s</c> or pin whose
    /// argument is not a constant makes the version unknown.
    /// </summary>
    internal static class VersionChoice
    {
        private const string ForK0s = "ForK0s";

        /// <summary>What the chain holding <paramref name="operation"/> says: no version, a constant version, or an unknown one.</summary>
        public static (bool Found, K0sVersion? Version) Of(IOperation operation, KnownSymbols symbols) => Of(operation, symbols, null, out _);

        private static (bool Found, K0sVersion? Version) Of(IOperation operation, KnownSymbols symbols, IReadOnlyList<IInvocationOperation>? configs, out bool pinned)
        {
            pinned = false;
            // Up through the lambdas and the fluent chain; at each builder call of the cluster, its receivers below it.
            for (IOperation? at = operation; at != null; at = at.Parent)
            {
                if (at is IArgumentOperation argument && argument.Parent is IInvocationOperation config && K0sctlPin(config, symbols) is { } pin)
                {
                    // Past every call of the ClusterConfig chain, so a ForK0s of its own was looked for first: it wins.
                    pinned = true;
                    return pin;
                }

                if (configs != null && at is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } && PinThroughLocal(declarator.Symbol, configs, symbols) is { } held)
                {
                    // Held in a local that a k0sctl chain of the block is given: Config(cfg).
                    pinned = true;
                    return held;
                }

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
        /// For <c>Config(...)</c> of a k0sctl cluster builder: the k0s version its chain pins with <c>K0sVersion(...)</c> (the
        /// last one written, as the builder keeps it), unknown when that is not a constant; <see langword="null"/> for any
        /// other call, or a chain without a pin.
        /// </summary>
        private static (bool Found, K0sVersion? Version)? K0sctlPin(IInvocationOperation config, KnownSymbols symbols)
        {
            if (!symbols.IsK0sctlConfig(config.TargetMethod))
            {
                return null;
            }

            INamedTypeSymbol cluster = config.TargetMethod.ContainingType;

            bool OnCluster(IOperation? operation, out IInvocationOperation call)
            {
                call = (operation as IInvocationOperation)!;
                return call != null && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, cluster);
            }

            // The calls written after Config(...) first: the last pin wins.
            IInvocationOperation? pin = null;
            for (IOperation link = config; OnCluster(link.Parent, out IInvocationOperation later) && later.Instance != null && OperationShapes.WithoutIdentityConversions(later.Instance) == link; link = later)
            {
                if (later.TargetMethod.Name == "K0sVersion")
                {
                    pin = later;
                }
            }

            for (IOperation? link = config.Instance; pin == null && link != null && OnCluster(OperationShapes.WithoutIdentityConversions(link), out IInvocationOperation earlier); link = earlier.Instance)
            {
                if (earlier.TargetMethod.Name == "K0sVersion")
                {
                    pin = earlier;
                }
            }

            if (pin == null || pin.Arguments.Length != 1)
            {
                return null;
            }

            object? value = pin.Arguments[0].Value.ConstantValue.HasValue ? pin.Arguments[0].Value.ConstantValue.Value : null;
            return (true, value is string text && K0sVersion.TryParse(text, out K0sVersion version) ? version : (K0sVersion?)null);
        }

        /// <summary>
        /// The pin of the k0sctl chains in <paramref name="configs"/> (the block's <c>Config(...)</c> calls) that are given
        /// <paramref name="local"/>: the one they agree on, unknown when they differ; <see langword="null"/> when none is given it.
        /// </summary>
        private static (bool Found, K0sVersion? Version)? PinThroughLocal(ILocalSymbol local, IReadOnlyList<IInvocationOperation> configs, KnownSymbols symbols)
        {
            (bool Found, K0sVersion? Version)? found = null;
            foreach (IInvocationOperation config in configs)
            {
                if (config.Arguments.Length == 1
                    && OperationShapes.WithoutIdentityConversions(config.Arguments[0].Value) is ILocalReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && K0sctlPin(config, symbols) is { } pin)
                {
                    if (found is { } other && !Equals(other.Version, pin.Version))
                    {
                        return (true, null);
                    }

                    found = pin;
                }
            }

            return found;
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
        /// <param name="root">Where the chain starts.</param>
        /// <param name="facts">What the chain writes.</param>
        /// <param name="symbols">The compilation's K0sConfig types.</param>
        /// <param name="options">The build's settings.</param>
        /// <param name="pinned">Whether the version is the pin of the k0sctl chain the ClusterConfig is given to (in the chain, or
        /// held in a local that the chain's <c>Config(...)</c> is given): a method
        /// that wrote part of it was checked, in its own block, for the build's version instead.</param>
        /// <param name="configs">The k0sctl <c>Config(...)</c> calls of the block, or <see langword="null"/>.</param>
        public static ValidationOptions? OptionsFor(IOperation root, ClusterFacts facts, KnownSymbols symbols, ValidationOptions options, IReadOnlyList<IInvocationOperation>? configs, out bool pinned)
        {
            pinned = false;
            Fact<string> forK0s = facts.ForK0s;
            if (forK0s.IsUnset)
            {
                (bool found, K0sVersion? chosen) = Of(root, symbols, configs, out pinned);
                return !found ? options : chosen is K0sVersion v ? options.WithVersion(v) : null;
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
        /// For a builder call that writes <paramref name="field"/>, a field not every supported version has: the facts
        /// that let rule K0S808 say that the chosen version does not have it. The analyzer asks only when the catalogue
        /// says the chosen version lacks it (most calls are of fields their version has: no facts made, no rules run).
        /// </summary>
        public static ClusterFacts VersionedCall(IInvocationOperation call, CatalogueField field)
        {
            string method = call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name;
            return new ClusterFacts { DocumentProblems = new[] { new DocumentProblem(DocumentProblemKind.VersionedField, field.Path, method, string.Empty, false, null) } };
        }
    }
}
