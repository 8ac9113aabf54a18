namespace K0sConfig.Rules
{
    /// <summary>K0S806: a document that does not say it is a k0s ClusterConfig, which k0s reads as one anyway.</summary>
    internal sealed class K0S806NotClusterConfig : Rule
    {
        public K0S806NotClusterConfig()
            : base(new RuleDescriptor(
                RuleIds.NotClusterConfig,
                "Document does not say it is a k0s ClusterConfig",
                "{0}; {1}.",
                FindingSeverity.Warning,
                RuleCategories.Yaml,
                "k0s checks neither apiVersion nor kind: a document with kind 'Cluster' (what k0s default-config wrote in 2021), another kind or another apiVersion is read as a ClusterConfig, and an empty file is all of k0s's defaults. The file works, but may not be the one meant."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            foreach (DocumentProblem problem in context.Facts.DocumentProblems)
            {
                if (problem.Kind != DocumentProblemKind.NotClusterConfig)
                {
                    continue;
                }

                if (problem.Detail == "empty")
                {
                    context.Report(this, FindingSeverity.Info, problem.Path, problem.Origin, new object?[] { "The file holds no settings", "k0s reads it as a ClusterConfig with every default (kube-router, pod CIDR 10.244.0.0/16, service CIDR 10.96.0.0/12, etcd storage)" });
                    continue;
                }

                context.Report(this, problem.Path, problem.Origin, "The document says " + problem.Text + ", not apiVersion 'k0s.k0sproject.io/v1beta1' and kind 'ClusterConfig'", "k0s checks neither and reads the document as a ClusterConfig anyway, so it is checked as one; if it is a k0s configuration, write 'apiVersion: k0s.k0sproject.io/v1beta1' and 'kind: ClusterConfig'");
            }
        }
    }
}
