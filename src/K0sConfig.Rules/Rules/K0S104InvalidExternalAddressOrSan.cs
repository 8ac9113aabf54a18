using System.Collections.Generic;
using K0sConfig.Rules.Parsing;

namespace K0sConfig.Rules
{
    /// <summary>K0S104: api.externalAddress or an api.sans entry is neither an IP address nor a DNS name.</summary>
    internal sealed class K0S104InvalidExternalAddressOrSan : Rule
    {
        public K0S104InvalidExternalAddressOrSan()
            : base(new RuleDescriptor(
                RuleIds.InvalidExternalAddressOrSan,
                "External address or SAN is not an IP address or DNS name",
                "{0} '{1}' {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.Address,
                "api.externalAddress (an IP, a DNS name, or host:port since k0s 1.34.1) and every api.sans entry must be an IP address or a DNS name; k0s rejects anything else."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.ExternalAddress, FieldPaths.Sans };

        public override void Evaluate(RuleContext context)
        {
            Fact<string> external = context.Facts.ExternalAddress;
            if (external.IsKnown && !string.IsNullOrEmpty(external.Value))
            {
                CheckExternalAddress(context, external);
            }

            Fact<IReadOnlyList<Fact<string>>> sans = context.Facts.Sans;
            if (sans.IsKnown && sans.Value != null)
            {
                for (int i = 0; i < sans.Value.Count; i++)
                {
                    Fact<string> san = sans.Value[i];
                    if (san.IsKnown && !IsIPOrDnsName(san.Value ?? string.Empty))
                    {
                        context.Report(this, FieldPaths.San(i), san.Origin, "api.sans[" + i.ToInvariant() + "]", san.Value, "is neither an IP address nor a DNS name; k0s rejects it (\"invalid IP address / DNS name\")", "Use an IP address or a DNS name such as k8s.example.com.");
                    }
                }
            }
        }

        private void CheckExternalAddress(RuleContext context, Fact<string> external)
        {
            string value = external.Value;
            K0sVersion version = context.Options.Version;
            if ((value == "0.0.0.0" || value == "::") && VersionFacts.RejectsUnspecifiedAddress(version))
            {
                context.Report(this, FieldPaths.ExternalAddress, external.Origin, "api.externalAddress", value, "is the unspecified address; k0s rejects it (\"invalid INADDR_ANY\")", "Use the address or DNS name of the load balancer in front of the controllers.");
                return;
            }

            int scheme = value.IndexOf("://", System.StringComparison.Ordinal);
            if (scheme > 0)
            {
                // "https://lb" splits as host "https", port "//lb": k0s accepts it and writes https://https://... URLs.
                string rest = value.Substring(scheme + 3).TrimEnd('/');
                context.Report(this, FieldPaths.ExternalAddress, external.Origin, "api.externalAddress", value, "is a URL, not an address; k0s accepts it but builds API server URLs from it that no client can use", "Write the host (and port) alone: " + rest + ".");
                return;
            }

            string host = NetworkView.ExternalHost(value);
            if (host != value && !VersionFacts.AcceptsExternalAddressPort(version) && !IsIPOrDnsName(value))
            {
                context.Report(this, FieldPaths.ExternalAddress, external.Origin, "api.externalAddress", value, "is host:port, which k0s " + version + " rejects (\"invalid IP address / DNS name\"); k0s takes a port there from 1.31.13, 1.32.10, 1.33.6 and 1.34.1", "Write the host alone, " + host + " (the API is then reached on api.port), or upgrade k0s.");
                return;
            }

            if (!IsIPOrDnsName(host))
            {
                string what = host == value ? "is neither an IP address, a DNS name nor host:port" : "has a host part '" + host + "' that is neither an IP address nor a DNS name";
                string inner = value.Length > 2 ? value.Substring(1, value.Length - 2) : value;
                string fix = value.StartsWith("[", System.StringComparison.Ordinal) && value.EndsWith("]", System.StringComparison.Ordinal) && GoNet.TryParseIP(inner, out byte[] innerIP, out _) && !GoNet.IsV4Mapped(innerIP)
                    ? "Write the IPv6 address without brackets, " + inner + ", or with a port: " + value + ":6443."
                    : "Use an IP address, a DNS name such as k8s.example.com, or host:port.";
                context.Report(this, FieldPaths.ExternalAddress, external.Origin, "api.externalAddress", value, what + "; k0s rejects it (\"invalid IP address / DNS name\")", fix);
                return;
            }

            // k0s does not validate the port of host:port, but it puts it into the kubeconfigs it writes and into
            // Calico's configuration (k0s internal/pkg/net ParseHostPortWithDefault), where it breaks.
            if (!GoNet.IsIP(value) && GoNet.TrySplitHostPort(value, out _, out string port, out _) && !IsPort(port))
            {
                context.Report(this, FieldPaths.ExternalAddress, external.Origin, "api.externalAddress", value, "has the port '" + port + "', which is not a number from 1 to 65535; k0s accepts it, but the kubeconfigs it writes and Calico's configuration get an unusable API server address", "Write host:port with a port from 1 to 65535, or leave the port out to use api.port.");
            }
        }

        private static bool IsIPOrDnsName(string value) => GoNet.IsIP(value) || GoNet.IsDnsName(value);

        // Go strconv.ParseUint(port, 10, 16) succeeds and the port is not 0.
        private static bool IsPort(string port)
        {
            if (port.Length == 0 || port.Length > 20)
            {
                return false;
            }

            long value = 0;
            foreach (char c in port)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
                if (value > 65535)
                {
                    return false;
                }
            }

            return value != 0;
        }
    }
}
