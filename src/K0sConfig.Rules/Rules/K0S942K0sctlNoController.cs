namespace K0sConfig.Rules
{
    /// <summary>K0S942: a k0sctl Cluster without hosts, or without a host that runs a controller.</summary>
    internal sealed class K0S942K0sctlNoController : Rule
    {
        public K0S942K0sctlNoController()
            : base(new RuleDescriptor(
                RuleIds.K0sctlNoController,
                "k0sctl cluster has no controller",
                "{0}; k0sctl rejects the configuration (\"{1}\"). {2}",
                FindingSeverity.Error,
                RuleCategories.K0sctl,
                "k0sctl needs at least one host, and at least one with role controller, controller+worker or single (after installFlags: --enable-worker and --single change the role)."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            if (context.Facts.K0sctl is not K0sctlFacts k0sctl || k0sctl.Hosts.IsUnknown)
            {
                return;
            }

            var hosts = k0sctl.Hosts.Value;
            if (k0sctl.Hosts.IsUnset || hosts == null || hosts.Count == 0)
            {
                context.Report(this, "spec.hosts", k0sctl.Hosts.Origin ?? k0sctl.Origin, "spec.hosts lists no host", "spec: (hosts: at least one host required.)", "Add the machines to install k0s on, at least one with role controller.");
                return;
            }

            foreach (K0sctlHostFacts host in hosts)
            {
                Fact<string> role = K0sctlChecks.EffectiveRole(host);
                if (!role.IsKnown || K0sctlChecks.IsController(role.Value))
                {
                    return;
                }
            }

            context.Report(this, "spec.hosts", k0sctl.Hosts.Origin ?? k0sctl.Origin, "None of the " + hosts.Count.ToInvariant() + " host(s) in spec.hosts has role controller, controller+worker or single", "spec: (hosts: no hosts with a controller role defined.)", "Give one host role: controller (or controller+worker, or single for a one-machine cluster).");
        }
    }
}
