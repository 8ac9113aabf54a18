namespace K0sConfig.Rules
{
    /// <summary>K0S949: a k0sctl Cluster without a ClusterConfig: k0s runs with its defaults.</summary>
    internal sealed class K0S949K0sctlNoClusterConfig : Rule
    {
        public K0S949K0sctlNoClusterConfig()
            : base(new RuleDescriptor(
                RuleIds.K0sctlNoClusterConfig,
                "k0sctl cluster without a ClusterConfig",
                "The k0sctl Cluster has no spec.k0s.config and no 'kind: ClusterConfig' document; {0}. Nothing to check in it; add spec.k0s.config to change a default.",
                FindingSeverity.Info,
                RuleCategories.K0sctl,
                "Without spec.k0s.config (or a separate ClusterConfig document in the same file, which k0sctl merges into it), k0sctl lets k0s write its own default configuration, which is valid."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            if (context.Facts.K0sctl is K0sctlFacts k0sctl && k0sctl.HasClusterConfig is { IsKnown: true, Value: false })
            {
                context.Report(this, "spec.k0s.config", k0sctl.Origin, "k0s runs with its defaults (kube-router, pod CIDR 10.244.0.0/16, service CIDR 10.96.0.0/12, etcd storage)");
            }
        }
    }
}
