namespace K0sConfig.Rules
{
    /// <summary>K0S946: noTaints on a host whose role is not controller+worker.</summary>
    internal sealed class K0S946K0sctlNoTaints : Rule
    {
        public K0S946K0sctlNoTaints()
            : base(new RuleDescriptor(
                RuleIds.K0sctlNoTaints,
                "k0sctl noTaints on a host that is not controller+worker",
                "{0}.noTaints is true, but the host's role is '{1}'; k0sctl rejects the configuration (\"{2}: noTaints: noTaints can only be true for controller+worker role.\"). Remove noTaints, or make the role controller+worker.",
                FindingSeverity.Error,
                RuleCategories.K0sctl,
                "noTaints (or the install flag --no-taints) removes the control-plane taint from a controller that also runs workloads, so it only means something for role controller+worker. k0sctl checks this only when there are two or more hosts."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            if (context.Facts.K0sctl is not K0sctlFacts k0sctl || !K0sctlChecks.ChecksEachHost(k0sctl))
            {
                return;
            }

            var hosts = K0sctlChecks.KnownHosts(k0sctl);
            for (int i = 0; i < hosts.Count; i++)
            {
                Fact<bool> noTaints = K0sctlChecks.EffectiveNoTaints(hosts[i]);
                Fact<string> role = K0sctlChecks.EffectiveRole(hosts[i]);
                if (noTaints.IsKnown && noTaints.Value && role.IsKnown && role.Value != K0sctlValues.ControllerWorker)
                {
                    context.Report(this, K0sctlChecks.HostPath(i) + ".noTaints", noTaints.Origin ?? hosts[i].Origin, K0sctlChecks.HostPath(i), role.Value, K0sctlChecks.HostNumber(i));
                }
            }
        }
    }
}
