using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S303: provider settings k0s drops or never uses, or a provider chosen twice.</summary>
    internal sealed class K0S303IgnoredProviderSettings : Rule
    {
        public K0S303IgnoredProviderSettings()
            : base(new RuleDescriptor(
                RuleIds.IgnoredProviderSettings,
                "Provider settings that k0s ignores",
                "{0}",
                FindingSeverity.Warning,
                RuleCategories.Provider,
                "k0s keeps only the settings of the chosen network provider: with kuberouter it drops the calico block, with calico the kuberouter block, and with custom it deploys neither."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = ReadsOf(NetworkView.Reads, FieldPaths.Calico, FieldPaths.KubeRouter);

        public override void Evaluate(RuleContext context)
        {
            ClusterFacts facts = context.Facts;
            string? provider = context.Network.Provider;
            if (provider == null)
            {
                return;
            }

            if (facts.ReplacedProvider.IsKnown && facts.ReplacedProvider.Value != provider)
            {
                // Removing the earlier choice (and whatever settings came with it, which k0s drops) changes nothing k0s sees.
                object? earlier = facts.ReplacedProvider.Origin;
                context.Report(
                    this,
                    Descriptor.DefaultSeverity,
                    FieldPaths.Provider,
                    facts.Provider.Origin,
                    new object?[] { "The network provider " + provider + " replaces " + facts.ReplacedProvider.Value + ", chosen earlier; k0s deploys only " + provider + ". Choose the provider once." },
                    new[] { RuleContext.Fix("remove-earlier", "Remove the earlier choice of " + facts.ReplacedProvider.Value, FixEdit.Remove(earlier)) },
                    new Related(FieldPaths.Provider, earlier));
            }

            if (facts.CalicoSettings.IsKnown && facts.CalicoSettings.Value && provider != FieldValues.NetworkProvider.Calico)
            {
                // Before k0s 1.33.1 the calico block stays beside kube-router's (network.go UnmarshalJSON), checked but unused.
                string fate = provider == FieldValues.NetworkProvider.Kuberouter && VersionFacts.DropsCalicoWithKubeRouter(context.Options.Version) ? "k0s drops the calico block" : "k0s checks the calico block but deploys no Calico";
                context.Report(
                    this,
                    Descriptor.DefaultSeverity,
                    FieldPaths.Calico,
                    facts.CalicoSettings.Origin,
                    new object?[] { "Calico settings are ignored because the network provider is " + provider + ": " + fate + ". Remove them, or make Calico the provider." },
                    new[] { RuleContext.Fix("remove-ignored", "Remove the Calico settings k0s ignores", FixEdit.Remove(facts.CalicoSettings.Origin)) });
            }

            if (facts.KubeRouterSettings.IsKnown && facts.KubeRouterSettings.Value && provider != FieldValues.NetworkProvider.Kuberouter)
            {
                string fate = provider == FieldValues.NetworkProvider.Calico ? "k0s drops the kuberouter block" : "k0s deploys no kube-router";
                context.Report(
                    this,
                    Descriptor.DefaultSeverity,
                    FieldPaths.KubeRouter,
                    facts.KubeRouterSettings.Origin,
                    new object?[] { "kube-router settings are ignored because the network provider is " + provider + ": " + fate + ". Remove them, or make kube-router the provider." },
                    new[] { RuleContext.Fix("remove-ignored", "Remove the kube-router settings k0s ignores", FixEdit.Remove(facts.KubeRouterSettings.Origin)) });
            }
        }
    }
}
