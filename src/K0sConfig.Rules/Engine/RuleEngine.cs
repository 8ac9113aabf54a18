using System;
using System.Collections.Generic;
using System.Linq;

namespace K0sConfig.Rules
{
    /// <summary>Runs every rule in the catalogue over a configuration's facts.</summary>
    public static class RuleEngine
    {
        private static readonly Rule[] Rules =
        {
            new K0S101InvalidCidr(),
            new K0S102NonCanonicalCidr(),
            new K0S103InvalidApiAddress(),
            new K0S104InvalidExternalAddressOrSan(),
            new K0S105InvalidClusterDomain(),
            new K0S106PortOutOfRange(),
            new K0S107UnsupportedValue(),
            new K0S108DuplicateSetEntry(),
            new K0S109InvalidKubeProxyIPBlock(),
            new K0S110MasqueradeBitOutOfRange(),
            new K0S111InvalidKubeProxyBindAddress(),
            new K0S201PodServiceFamilyMismatch(),
            new K0S202DualStackNeedsIPv4Cidrs(),
            new K0S203DualStackNeedsIPv6Cidrs(),
            new K0S204DualStackCidrsIgnored(),
            new K0S205IPv6SingleStackFeatureGate(),
            new K0S206ApiAddressFamilyMismatch(),
            new K0S207HostNameExternalAddressPicksIPv4(),
            new K0S301CalicoDualStackNeedsBird(),
            new K0S302CustomCniDualStack(),
            new K0S303IgnoredProviderSettings(),
            new K0S304KubeProxyUserspaceMode(),
            new K0S305KubeRouterIPv6SingleStack(),
            new K0S401InvalidNodeMaskSize(),
            new K0S402PodCidrLongerThanNodeMask(),
            new K0S403IPv6NodeMaskTooFarFromPodCidr(),
            new K0S404NodeMaskFlagForWrongStack(),
            new K0S405NodeRangeBelowMaxPods(),
            new K0S406CapacitySummary(),
            new K0S501PodServiceOverlap(),
            new K0S502IPv6ServicePrefixRejected(),
            new K0S503ServiceCidrTooLargeForOldApiServer(),
            new K0S504ServiceCidrTooNarrow(),
            new K0S601DashedExtraArgKey(),
            new K0S602ExtraArgOverridesDerivedFlag(),
            new K0S701NodeLocalLoadBalancingWithExternalAddress(),
            new K0S702VrrpVirtualRouterId(),
            new K0S703VrrpAuthPass(),
            new K0S704VrrpVirtualIPs(),
            new K0S705VrrpUnicast(),
            new K0S706VirtualServerAddress(),
            new K0S707KeepalivedValueOutOfRange(),
            new K0S708ControlPlaneLoadBalancingWithExternalAddress(),
            new K0S709VrrpInterfaceLookedUpOnEachController(),
            new K0S710VrrpInterfaceFromDefaultRoute(),
            new K0S801UnknownKey(),
            new K0S802WrongType(),
            new K0S803DuplicateKey(),
            new K0S804UnreadableDocument(),
            new K0S805K0sCrashes(),
            new K0S806NotClusterConfig(),
            new K0S807K0sVersionOutsideSupportedRange(),
            new K0S808FieldNotInK0sVersion(),
            new K0S809K0sctlVersionPin(),
            new K0S810UnreadableSetting(),
            new K0S901HelmRepositoryIncomplete(),
            new K0S902HelmChartInvalid(),
            new K0S903WorkerProfileName(),
            new K0S904WorkerProfileValues(),
            new K0S905InvalidImage(),
            new K0S906ExternalEtcdCluster(),
            new K0S907InvalidPatch(),
            new K0S908WorkerProfileValueType(),
            new K0S909PatchWithoutContent(),
            new K0S910StorageExtension(),
            new K0S940K0sctlUnreadable(),
            new K0S941K0sctlApiVersionKind(),
            new K0S942K0sctlNoController(),
            new K0S943K0sctlRole(),
            new K0S944K0sctlDuplicateHost(),
            new K0S945K0sctlConnection(),
            new K0S946K0sctlNoTaints(),
            new K0S947K0sctlK0sVersion(),
            new K0S948K0sctlHostField(),
            new K0S949K0sctlNoClusterConfig(),
        };

        // For each rule, the paths it reads (RuleReads); null: the rule always runs.
        private static readonly int[]?[] Declared = Rules.Select(RuleReads.Declared).ToArray();

        /// <summary>The rules, in id order: for the tests of what each rule declares it reads.</summary>
        internal static IReadOnlyList<Rule> All => Rules;

        /// <summary>The catalogue: every rule's descriptor, in id order.</summary>
        public static IReadOnlyList<RuleDescriptor> Catalogue { get; } = Rules.Select(r => r.Descriptor).ToArray();

        /// <summary>Runs every rule. Never throws for any facts: a rule that cannot decide says nothing.</summary>
        /// <param name="facts">What is known about the configuration.</param>
        /// <param name="options">Settings outside k0s.yaml, or <see langword="null"/> for the defaults.</param>
        /// <returns>Every finding, in rule order.</returns>
        public static IReadOnlyList<Finding> Evaluate(ClusterFacts facts, ValidationOptions? options = null)
            => Evaluate(facts, options, include: null);

        /// <summary>
        /// Runs the rules that <paramref name="include"/> selects (all when it is <see langword="null"/>): a caller that
        /// knows some rules are turned off skips their work. Never throws for any facts.
        /// </summary>
        /// <param name="facts">What is known about the configuration.</param>
        /// <param name="options">Settings outside k0s.yaml, or <see langword="null"/> for the defaults.</param>
        /// <param name="include">Which rules to run, by descriptor; <see langword="null"/> runs every rule.</param>
        /// <returns>The selected rules' findings, in rule order.</returns>
        public static IReadOnlyList<Finding> Evaluate(ClusterFacts facts, ValidationOptions? options, Func<RuleDescriptor, bool>? include)
        {
            if (facts == null)
            {
                throw new ArgumentNullException(nameof(facts));
            }

            var findings = new List<Finding>();
            var context = new RuleContext(facts, options ?? ValidationOptions.Default, findings);
            var paths = default(RuleReads.Memo);
            for (int i = 0; i < Rules.Length; i++)
            {
                Rule rule = Rules[i];
                if (include != null && !include(rule.Descriptor))
                {
                    continue;
                }

                // A rule that cannot see a value says nothing: skipped when every value it reads is unknown. Asked of facts
                // that started unknown (the analyzer's facts of one call alone, which know a field or two), not of facts
                // that started unset, where a rule sees a default wherever nothing was written.
                if (facts.StartedUnknown && Declared[i] is { } reads && !RuleReads.SeesAny(reads, facts, ref paths))
                {
                    continue;
                }

                rule.Evaluate(context);
            }

            return findings;
        }

        /// <summary>Runs every rule in <paramref name="context"/> (a rule checking that a fix makes no new error or warning).</summary>
        internal static void Run(RuleContext context)
        {
            foreach (Rule rule in Rules)
            {
                rule.Evaluate(context);
            }
        }

        /// <summary>The capacity of each pod range: nodes per cluster and addresses per node, per family.</summary>
        /// <param name="facts">What is known about the configuration.</param>
        /// <returns>One entry per family whose pod CIDR and node mask are known and usable.</returns>
        public static IReadOnlyList<PodRangeCapacity> Capacity(ClusterFacts facts) => Capacity(facts, K0sVersion.Newest);

        /// <summary>The capacity of each pod range for k0s <paramref name="version"/>, whose node mask defaults differ (IPv6 /110 before 1.34.1, /117 since).</summary>
        /// <param name="facts">What is known about the configuration.</param>
        /// <param name="version">The k0s version.</param>
        /// <returns>One entry per family whose pod CIDR and node mask are known and usable.</returns>
        public static IReadOnlyList<PodRangeCapacity> Capacity(ClusterFacts facts, K0sVersion version)
        {
            if (facts == null)
            {
                throw new ArgumentNullException(nameof(facts));
            }

            return new NetworkView(facts, version.Checked).PodRanges
                .Where(r => r.IsUsable)
                .Select(r => new PodRangeCapacity(r.FamilyName, r.Pod.Text!, r.Mask.Size, r.Nodes, r.AddressesPerNode))
                .ToArray();
        }
    }
}
