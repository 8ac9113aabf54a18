namespace K0sConfig.Rules
{
    /// <summary>K0S943: a host's role k0sctl does not know, or role single next to other hosts.</summary>
    internal sealed class K0S943K0sctlRole : Rule
    {
        public K0S943K0sctlRole()
            : base(new RuleDescriptor(
                RuleIds.K0sctlRole,
                "k0sctl host role is not valid",
                "{0}; k0sctl rejects the configuration (\"{1}\"). {2}",
                FindingSeverity.Error,
                RuleCategories.K0sctl,
                "A host's role is controller, worker, controller+worker or single, and single (one machine that is the whole cluster) only when it is the only host. k0sctl checks this only when there are two or more hosts."))
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
                Fact<string> role = K0sctlChecks.EffectiveRole(hosts[i]);
                if (!role.IsKnown)
                {
                    continue;
                }

                string path = K0sctlChecks.HostPath(i) + ".role";
                if (System.Array.IndexOf(K0sctlChecks.Roles, role.Value) < 0)
                {
                    context.Report(this, path, role.Origin, path + " '" + role.Value + "' is not a role k0sctl knows", K0sctlChecks.HostNumber(i) + ": role: unknown role " + role.Value + ".", "Use controller, worker, controller+worker or single.");
                }
                else if (role.Value == K0sctlValues.Single)
                {
                    string? text = K0sctlChecks.HostText(hosts[i]) ?? "the host";
                    context.Report(this, path, role.Origin, path + " is single, but spec.hosts lists " + hosts.Count.ToInvariant() + " hosts", hosts.Count.ToInvariant() + " hosts defined but includes a host with role 'single': " + text, "Use role controller (or controller+worker) when the cluster has more than one machine, or keep only this host.");
                }
            }
        }
    }
}
