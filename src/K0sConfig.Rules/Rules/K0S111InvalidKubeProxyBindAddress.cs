using K0sConfig.Rules.Parsing;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S111: a kube-proxy metrics or healthz bind address that is not host:port, or whose host is not an IP.</summary>
    internal sealed class K0S111InvalidKubeProxyBindAddress : Rule
    {
        public K0S111InvalidKubeProxyBindAddress()
            : base(new RuleDescriptor(
                RuleIds.InvalidKubeProxyBindAddress,
                "kube-proxy bind address is not IP:port",
                "kubeProxy.{0} '{1}' {2}. Write an IP address and a port, such as {3} (the default).",
                FindingSeverity.Error,
                RuleCategories.Address,
                "kubeProxy.metricsBindAddress and healthzBindAddress must be host:port with a port from 1 to 65535 (k0s checks it when kube-proxy is not disabled, from 1.36.1), and kube-proxy then requires the host to be an IP address; before k0s 1.36.1 only kube-proxy checks metricsBindAddress, at start."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.KubeProxyDisabled, FieldPaths.KubeProxyHealthzBindAddress, FieldPaths.KubeProxyMetricsBindAddress };

        public override void Evaluate(RuleContext context)
        {
            ClusterFacts facts = context.Facts;
            if (!facts.KubeProxyDisabled.TryGetEffective(false, out bool disabled) || disabled)
            {
                return;
            }

            // k0s's order: healthz, then metrics.
            Check(context, facts.KubeProxyHealthzBindAddress, FieldPaths.KubeProxyHealthzBindAddress);
            Check(context, facts.KubeProxyMetricsBindAddress, FieldPaths.KubeProxyMetricsBindAddress);
        }

        private void Check(RuleContext context, Fact<string> address, string path)
        {
            if (!address.IsKnown)
            {
                return;
            }

            string value = address.Value ?? string.Empty;
            CatalogueField field = FieldCatalogue.Find(path)!;
            string problem;
            K0sVersion version = context.Options.Version;
            if (!VersionFacts.ChecksKubeProxyBindAddresses(version))
            {
                // Before k0s 1.36.1 the value reaches kube-proxy's configuration as written; empty, kube-proxy's default.
                string? refused = value.Length == 0 ? null : KubeProxyError(value);
                if (refused == null)
                {
                    return;
                }

                problem = "is not IP:port; k0s " + version.ToString() + " does not check it (the check came in k0s 1.36.1), and kube-proxy refuses to start (\"" + refused + "\")";
            }
            else if (!GoNet.TryParseHostPort(value, out string host, out _, out string error))
            {
                problem = "is not host:port (" + error + "); k0s rejects it (\"" + field.Key + ": " + error + "\")";
            }
            else if (!GoNet.IsIPSloppy(host))
            {
                problem = "names the host " + host + "; k0s accepts it, but kube-proxy refuses to start (\"must be IP:port\")";
            }
            else
            {
                return;
            }

            context.Report(this, path, address.Origin, field.Key, value, problem, field.DefaultIn(FieldCatalogue.LastMinor));
        }

        /// <summary>kube-proxy's <c>validateHostPort</c> (pkg/proxy/apis/config/validation): its first error, or null.</summary>
        private static string? KubeProxyError(string value)
        {
            if (!GoNet.TrySplitHostPort(value, out string host, out string port, out _))
            {
                return "must be IP:port";
            }

            if (!GoNet.IsIPSloppy(host))
            {
                return "must be a valid IP";
            }

            return int.TryParse(port, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int number) && number >= 1 && number <= 65535
                ? null
                : "must be a valid port";
        }
    }
}
