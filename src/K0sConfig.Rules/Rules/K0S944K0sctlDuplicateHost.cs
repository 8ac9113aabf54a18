using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S944: two hosts with the same connection (protocol, address and port).</summary>
    internal sealed class K0S944K0sctlDuplicateHost : Rule
    {
        public K0S944K0sctlDuplicateHost()
            : base(new RuleDescriptor(
                RuleIds.K0sctlDuplicateHost,
                "k0sctl host is listed twice",
                "{0} connects to {1}, as {2} does; k0sctl rejects the configuration (\"{1}: is not unique\"). Remove one of them, or correct its address.",
                FindingSeverity.Error,
                RuleCategories.K0sctl,
                "k0sctl tells hosts apart by their connection as rig prints it (ssh.Config{ADDRESS:PORT}, winrm.Config{...}, openssh.Config{...}, localhost): the same address on another port is another host; two hosts without any connection are both 'unknown{}'."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            if (context.Facts.K0sctl is not K0sctlFacts k0sctl || !K0sctlChecks.ChecksEachHost(k0sctl))
            {
                return;
            }

            var hosts = K0sctlChecks.KnownHosts(k0sctl);
            var seen = new Dictionary<string, int>(System.StringComparer.Ordinal);
            for (int i = 0; i < hosts.Count; i++)
            {
                string? text = K0sctlChecks.HostText(hosts[i]);
                if (text == null)
                {
                    continue;
                }

                if (seen.TryGetValue(text, out int first))
                {
                    object? origin = hosts[i].Connections.Value is { Count: 1 } c ? c[0].Address.Origin ?? c[0].Origin : hosts[i].Origin;
                    context.Report(this, K0sctlChecks.HostPath(i), origin ?? hosts[i].Origin, K0sctlChecks.HostPath(i), text, K0sctlChecks.HostPath(first));
                }
                else
                {
                    seen.Add(text, i);
                }
            }
        }
    }
}
