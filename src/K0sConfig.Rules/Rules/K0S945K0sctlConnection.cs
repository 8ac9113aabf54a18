using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S945: a host's connection that rig rejects: several kinds, no address, a port outside 1..65535 (the connection's or its bastion's), winRM without credentials.</summary>
    internal sealed class K0S945K0sctlConnection : Rule
    {
        public K0S945K0sctlConnection()
            : base(new RuleDescriptor(
                RuleIds.K0sctlConnection,
                "k0sctl host connection is not valid",
                "{0}; k0sctl rejects the configuration (\"{1}\"). {2}",
                FindingSeverity.Error,
                RuleCategories.K0sctl,
                "A host connects in exactly one way (ssh, winRM, openSSH or localhost), with an address and a port from 1 to 65535 (0 or none is the default, 22 or 5985; openSSH takes no 0), and winRM with a password or a certificate and key; an ssh bastion that ssh or winRM goes through needs an address and a port as well. k0sctl checks this only when there are two or more hosts."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            if (context.Facts.K0sctl is not K0sctlFacts k0sctl || !K0sctlChecks.ChecksEachHost(k0sctl))
            {
                return;
            }

            IReadOnlyList<K0sctlHostFacts> hosts = K0sctlChecks.KnownHosts(k0sctl);
            for (int i = 0; i < hosts.Count; i++)
            {
                if (!hosts[i].Connections.IsKnown || hosts[i].Connections.Value is not { } connections || connections.Count == 0)
                {
                    continue;
                }

                string number = K0sctlChecks.HostNumber(i);
                string hostPath = K0sctlChecks.HostPath(i);
                if (connections.Count > 1)
                {
                    var names = new List<string>();
                    foreach (K0sctlConnectionFacts c in connections)
                    {
                        names.Add(Key(c.Kind));
                    }

                    context.Report(this, hostPath, connections[1].Origin ?? hosts[i].Origin, hostPath + " has " + string.Join(" and ", names) + " connections", number + ": validation failed: multiple protocols configured for a single client", "Keep one: a host connects in exactly one way.");
                    continue;
                }

                K0sctlConnectionFacts one = connections[0];
                if (one.Kind == K0sctlConnectionKind.Localhost)
                {
                    continue;
                }

                string path = hostPath + "." + Key(one.Kind);
                string type = one.Kind switch
                {
                    K0sctlConnectionKind.Ssh => "*ssh.Config",
                    K0sctlConnectionKind.WinRM => "*winrm.Config",
                    _ => "*openssh.Config",
                };
                Check(context, one, path, number + ": validate " + type + ": ");
            }
        }

        /// <summary>
        /// One connection as rig validates it: the address, the port, then the ssh bastion it goes through (a connection
        /// of its own, whose errors rig prefixes with "bastion: "), then winRM's credentials. Reports the first problem.
        /// </summary>
        /// <returns>Whether the connection passed.</returns>
        private bool Check(RuleContext context, K0sctlConnectionFacts one, string path, string head)
        {
            string prefix = head + "validation failed: ";
            if (one.Address.IsUnset || (one.Address.IsKnown && one.Address.Value.Length == 0))
            {
                context.Report(this, path + ".address", one.Address.Origin ?? one.Origin, path + " has no address", prefix + "address is required", "Write the host's IP address or name in " + path + ".address.");
                return false;
            }

            if (one.Port.IsKnown && (one.Port.Value < 0 || one.Port.Value > 65535 || (one.Port.Value == 0 && one.Kind == K0sctlConnectionKind.OpenSsh)))
            {
                context.Report(this, path + ".port", one.Port.Origin, path + ".port " + one.Port.Value.ToInvariant() + " is not a port", prefix + "port must be between 1 and 65535", "Use a port from 1 to 65535, or leave it out for the default.");
                return false;
            }

            if (one.Bastion.IsKnown && one.Bastion.Value is { } bastion && !Check(context, bastion, path + "." + K0sctlKeys.Bastion, head + K0sctlKeys.Bastion + ": "))
            {
                return false;
            }

            if (one.Kind == K0sctlConnectionKind.WinRM)
            {
                CheckWinRM(context, one, path, prefix);
            }

            return true;
        }

        private void CheckWinRM(RuleContext context, K0sctlConnectionFacts winRM, string path, string prefix)
        {
            if (winRM.CertPath.IsUnknown || winRM.KeyPath.IsUnknown || winRM.Password.IsUnknown || winRM.User.IsUnknown)
            {
                return;
            }

            bool cert = winRM.CertPath.IsKnown && winRM.CertPath.Value.Length != 0;
            bool key = winRM.KeyPath.IsKnown && winRM.KeyPath.Value.Length != 0;
            bool password = winRM.Password.IsKnown && winRM.Password.Value.Length != 0;

            // rig defaults the user to Administrator, so a user is always there.
            if (cert != key)
            {
                context.Report(this, path, winRM.Origin, path + " has " + (cert ? "certPath but no keyPath" : "keyPath but no certPath"), prefix + "certPath and keyPath must both be set for certificate authentication", "Set both certPath and keyPath, or neither and a password.");
            }
            else if (!password && !cert)
            {
                context.Report(this, path, winRM.Origin, path + " has no password (and no certificate)", prefix + "user and password must both be set for password authentication", "Set " + path + ".password, or certPath and keyPath.");
            }
        }

        internal static string Key(K0sctlConnectionKind kind) => kind switch
        {
            K0sctlConnectionKind.Ssh => K0sctlKeys.Ssh,
            K0sctlConnectionKind.WinRM => K0sctlKeys.WinRM,
            K0sctlConnectionKind.OpenSsh => K0sctlKeys.OpenSSH,
            _ => K0sctlKeys.Localhost,
        };
    }
}
