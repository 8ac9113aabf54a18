namespace K0sConfig.Rules
{
    /// <summary>K0S943: a host's role k0sctl does not know, or role single next to other hosts.</summary>
    internal sealed class K0S943K0sctlRole : Rule
    {
        public K0S943K0sctlRole()
            : base(new RuleDescriptor(
                RuleIds.K0sctlRole,
                "k0sctl host role is not valid",
                "{0}; {1}. {2}",
                FindingSeverity.Error,
                RuleCategories.K0sctl,
                "A host's role is controller, worker, controller+worker or single, and single (one machine that is the whole cluster) only when it is the only host. k0sctl checks this only when there are two or more hosts, and its check lets an empty role through: such a host is neither a controller nor a worker to k0sctl, so k0s is never installed on it (a warning)."))
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
                if (role.Value.Length == 0)
                {
                    // ozzo-validation's In passes an empty value, and no Required rule stands beside it (cluster/host.go).
                    context.Report(this, FindingSeverity.Warning, path, role.Origin, new object?[] { path + " is empty", "k0sctl accepts it, since its role check skips an empty value, but counts the host as neither a controller nor a worker (hosts.go Controllers, Workers), so k0sctl never installs k0s there", "Use controller, worker, controller+worker or single." });
                }
                else if (System.Array.IndexOf(K0sctlChecks.Roles, role.Value) < 0)
                {
                    context.Report(this, path, role.Origin, path + " '" + role.Value + "' is not a role k0sctl knows", Rejects(K0sctlChecks.HostNumber(i) + ": role: unknown role " + role.Value + "."), "Use controller, worker, controller+worker or single.");
                }
                else if (role.Value == K0sctlValues.Single)
                {
                    string? text = K0sctlChecks.HostText(hosts[i]) ?? "the host";
                    context.Report(this, path, role.Origin, path + " is single, but spec.hosts lists " + hosts.Count.ToInvariant() + " hosts", Rejects(hosts.Count.ToInvariant() + " hosts defined but includes a host with role 'single': " + text), "Use role controller (or controller+worker) when the cluster has more than one machine, or keep only this host.");
                }
            }
        }

        private static string Rejects(string k0sctlError) => "k0sctl rejects the configuration (\"" + k0sctlError + "\")";
    }
}
