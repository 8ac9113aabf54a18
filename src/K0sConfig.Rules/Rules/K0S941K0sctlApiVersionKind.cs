namespace K0sConfig.Rules
{
    /// <summary>K0S941: a k0sctl Cluster whose apiVersion or kind is not written as k0sctl requires.</summary>
    internal sealed class K0S941K0sctlApiVersionKind : Rule
    {
        public K0S941K0sctlApiVersionKind()
            : base(new RuleDescriptor(
                RuleIds.K0sctlApiVersionKind,
                "k0sctl apiVersion or kind is not written exactly",
                "{0} '{1}' is not written as k0sctl requires; k0sctl finds the document ignoring case but then rejects it (\"{2}\"). Write {3}.",
                FindingSeverity.Error,
                RuleCategories.K0sctl,
                "k0sctl selects its Cluster document ignoring case, then Cluster.Validate requires apiVersion exactly 'k0sctl.k0sproject.io/v1beta1' and kind 'Cluster' (or 'cluster')."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            if (context.Facts.K0sctl is not K0sctlFacts k0sctl)
            {
                return;
            }

            if (k0sctl.ApiVersion is { IsKnown: true } api && api.Value.Length != 0 && api.Value != K0sctlChecks.ApiVersion)
            {
                context.Report(this, K0sctlKeys.ApiVersion, api.Origin, K0sctlKeys.ApiVersion, api.Value, "apiVersion: must equal " + K0sctlChecks.ApiVersion, "apiVersion: " + K0sctlChecks.ApiVersion);
            }

            if (k0sctl.Kind is { IsKnown: true } kind && kind.Value.Length != 0 && kind.Value != K0sctlValues.Cluster && kind.Value != "cluster")
            {
                context.Report(this, K0sctlKeys.Kind, kind.Origin, K0sctlKeys.Kind, kind.Value, "kind: must equal Cluster", "kind: Cluster");
            }
        }
    }
}
