using System;
using System.Collections.Generic;
using System.Globalization;
using K0sConfig.Rules.Parsing;

namespace K0sConfig.Rules
{
    /// <summary>
    /// What k0sctl derives from a host before it validates it (Host.SetDefaults: installFlags rewrite the role and
    /// noTaints; rig's defaults fill ports and users), and its text for a host (rig's <c>String()</c>), shared by the
    /// k0sctl rules.
    /// </summary>
    internal static class K0sctlChecks
    {
        public const string ApiVersion = K0sctlFacts.SupportedApiVersion;

        public static readonly string[] Roles = { K0sctlValues.Controller, K0sctlValues.Worker, K0sctlValues.ControllerWorker, K0sctlValues.Single };

        /// <summary>The hosts when the list is known, else none.</summary>
        public static IReadOnlyList<K0sctlHostFacts> KnownHosts(K0sctlFacts k0sctl)
            => k0sctl.Hosts is { IsKnown: true, Value: { } hosts } ? hosts : Array.Empty<K0sctlHostFacts>();

        /// <summary>
        /// Whether k0sctl validates each host: only when there are two or more (Hosts.Validate; a single host's role,
        /// connection, noTaints and fields are not checked before k0sctl connects).
        /// </summary>
        public static bool ChecksEachHost(K0sctlFacts k0sctl) => KnownHosts(k0sctl).Count > 1;

        /// <summary>The role after installFlags: <c>--single</c> makes it single, <c>--enable-worker</c> controller+worker.</summary>
        public static Fact<string> EffectiveRole(K0sctlHostFacts host)
        {
            Fact<string> role = host.Role;
            if (!host.InstallFlags.IsKnown && host.InstallFlags.State == FactState.Unknown)
            {
                return Fact<string>.Unknown(role.Origin);
            }

            IReadOnlyList<Fact<string>> flags = host.InstallFlags.Value ?? Array.Empty<Fact<string>>();
            if (Flag(flags, "--single") is Fact<string> single)
            {
                if (!single.IsKnown)
                {
                    return Fact<string>.Unknown(role.Origin);
                }

                if (IsOn(single.Value) && (!role.IsKnown || role.Value != K0sctlValues.Single))
                {
                    role = Fact<string>.Known(K0sctlValues.Single, role.Origin ?? single.Origin);
                }
            }

            if (Flag(flags, "--enable-worker") is Fact<string> worker)
            {
                if (!worker.IsKnown)
                {
                    return Fact<string>.Unknown(role.Origin);
                }

                if (IsOn(worker.Value))
                {
                    role = Fact<string>.Known(K0sctlValues.ControllerWorker, role.Origin ?? worker.Origin);
                }
            }

            return role.IsUnset ? Fact<string>.Known(string.Empty, host.Origin) : role;
        }

        /// <summary>noTaints after installFlags (<c>--no-taints</c> sets it).</summary>
        public static Fact<bool> EffectiveNoTaints(K0sctlHostFacts host)
        {
            if (host.InstallFlags.IsUnknown)
            {
                return host.NoTaints.IsKnown && host.NoTaints.Value ? host.NoTaints : Fact<bool>.Unknown(host.NoTaints.Origin);
            }

            IReadOnlyList<Fact<string>> flags = host.InstallFlags.Value ?? Array.Empty<Fact<string>>();
            if (Flag(flags, "--no-taints") is Fact<string> noTaints)
            {
                if (!noTaints.IsKnown)
                {
                    return Fact<bool>.Unknown(noTaints.Origin);
                }

                if (IsOn(noTaints.Value))
                {
                    return Fact<bool>.Known(true, host.NoTaints.IsKnown ? host.NoTaints.Origin : noTaints.Origin);
                }
            }

            return host.NoTaints.IsUnset ? Fact<bool>.Known(false, host.Origin) : host.NoTaints;
        }

        public static bool IsController(string role) => role == K0sctlValues.Controller || role == K0sctlValues.ControllerWorker || role == K0sctlValues.Single;

        /// <summary>
        /// rig's <c>CompositeConfig.String()</c>: <c>ssh.Config{ADDR:PORT}</c>, <c>winrm.Config{ADDR:PORT}</c>,
        /// <c>openssh.Config{ADDR[:PORT]}</c>, <c>localhost</c>, or <c>unknown{}</c> for none or several; null when not known.
        /// </summary>
        public static string? HostText(K0sctlHostFacts host)
        {
            if (!host.Connections.IsKnown)
            {
                return null;
            }

            IReadOnlyList<K0sctlConnectionFacts> connections = host.Connections.Value ?? Array.Empty<K0sctlConnectionFacts>();
            if (connections.Count != 1)
            {
                return "unknown{}";
            }

            K0sctlConnectionFacts c = connections[0];
            if (c.Kind == K0sctlConnectionKind.Localhost)
            {
                return K0sctlKeys.Localhost;
            }

            if (!c.Address.IsKnown && !c.Address.IsUnset)
            {
                return null;
            }

            string address = c.Address.IsKnown ? c.Address.Value : string.Empty;
            long? port;
            if (c.Port.IsUnknown)
            {
                return null;
            }

            port = c.Port.IsKnown && (c.Port.Value != 0 || c.Kind == K0sctlConnectionKind.OpenSsh) ? c.Port.Value : c.Kind switch
            {
                K0sctlConnectionKind.Ssh => 22,
                K0sctlConnectionKind.WinRM => 5985,
                _ => (long?)null,
            };
            string prefix = c.Kind switch
            {
                K0sctlConnectionKind.Ssh => "ssh.Config{",
                K0sctlConnectionKind.WinRM => "winrm.Config{",
                _ => "openssh.Config{",
            };
            return prefix + (port is long p ? JoinHostPort(address, p) : address) + "}";
        }

        public static string JoinHostPort(string host, long port)
            => (host.IndexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port.ToString(CultureInfo.InvariantCulture);

        public static string HostPath(int index) => "spec.hosts[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        public static string HostNumber(int index) => "host #" + (index + 1).ToString(CultureInfo.InvariantCulture);

        public static bool IsIP(string s) => GoNet.IsIP(s);

        /// <summary>k0sctl's Flags.Get: the first flag that is <paramref name="name"/> or starts with it and '=' or ' '.</summary>
        private static Fact<string>? Flag(IReadOnlyList<Fact<string>> flags, string name)
        {
            foreach (Fact<string> flag in flags)
            {
                if (!flag.IsKnown)
                {
                    return Fact<string>.Unknown(flag.Origin);
                }

                string text = Unquote(flag.Value);
                if (text == name || text.StartsWith(name + "=", StringComparison.Ordinal) || text.StartsWith(name + " ", StringComparison.Ordinal))
                {
                    return Fact<string>.Known(text, flag.Origin);
                }
            }

            return null;
        }

        /// <summary>k0sctl: the flag is on unless its value is exactly <c>false</c>.</summary>
        private static bool IsOn(string flag)
        {
            int at = flag.IndexOfAny(new[] { '=', ' ' });
            return at < 0 || flag.Substring(at + 1) != "false";
        }

        private static string Unquote(string s)
            => s.Length >= 2 && ((s[0] == '"' && s[s.Length - 1] == '"') || (s[0] == '\'' && s[s.Length - 1] == '\'')) ? s.Substring(1, s.Length - 2) : s;
    }
}
