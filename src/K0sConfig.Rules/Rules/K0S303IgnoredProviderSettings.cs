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
                context.Report(this, FieldPaths.Provider, facts.Provider.Origin, "The network provider " + provider + " replaces " + facts.ReplacedProvider.Value + ", chosen earlier; k0s deploys only " + provider + ". Choose the provider once.");
            }

            if (facts.CalicoSettings.IsKnown && facts.CalicoSettings.Value && provider != "calico")
            {
                string fate = provider == "kuberouter" ? "k0s drops the calico block" : "k0s checks the calico block but deploys no Calico";
                context.Report(this, FieldPaths.Calico, facts.CalicoSettings.Origin, "Calico settings are ignored because the network provider is " + provider + ": " + fate + ". Remove them, or make Calico the provider.");
            }

            if (facts.KubeRouterSettings.IsKnown && facts.KubeRouterSettings.Value && provider != "kuberouter")
            {
                string fate = provider == "calico" ? "k0s drops the kuberouter block" : "k0s deploys no kube-router";
                context.Report(this, FieldPaths.KubeRouter, facts.KubeRouterSettings.Origin, "kube-router settings are ignored because the network provider is " + provider + ": " + fate + ". Remove them, or make kube-router the provider.");
            }
        }
    }
}
