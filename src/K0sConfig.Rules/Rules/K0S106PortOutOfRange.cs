using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S106: api.port, api.k0sApiPort, a node-local load balancer port or a konnectivity port outside 1..65535.</summary>
    internal sealed class K0S106PortOutOfRange : Rule
    {
        public K0S106PortOutOfRange()
            : base(new RuleDescriptor(
                RuleIds.PortOutOfRange,
                "Port is out of range",
                "{0} {1} {2}. Use a port from 1 to 65535, such as {3} (the default).",
                FindingSeverity.Error,
                RuleCategories.Address,
                "api.port (default 6443), api.k0sApiPort (default 9443) and the node-local load balancer's apiServerBindPort (default 7443) and konnectivityServerBindPort (default 7132), and konnectivity's adminPort (default 8133) and agentPort (default 8132) must be from 1 to 65535; k0s replaces 0 with the default for api.port, api.k0sApiPort and apiServerBindPort only. Before k0s 1.30, k0s checks neither api port and passes 0 on: kube-apiserver or k0s's own API then fails to start or listens where no one looks."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.ApiPort, FieldPaths.K0sApiPort, FieldPaths.EnvoyProxyApiServerBindPort, FieldPaths.EnvoyProxyKonnectivityServerBindPort, FieldPaths.TraefikApiServerBindPort, FieldPaths.TraefikKonnectivityServerBindPort, FieldPaths.KonnectivityAdminPort, FieldPaths.KonnectivityAgentPort };

        public override void Evaluate(RuleContext context)
        {
            // Before k0s 1.30 the API's ports are passed on unchecked, 0 too: what listens on them fails.
            bool checksApi = VersionFacts.ChecksApiPorts(context.Options.Version);
            Check(context, context.Facts.ApiPort, FieldPaths.ApiPort, 6443, zeroIsDefault: true, checksApi ? null
                : port => "kube-apiserver refuses to start (\"--secure-port " + port + " must be between 1 and 65535, inclusive. It cannot be turned off with 0\")");
            Check(context, context.Facts.K0sApiPort, FieldPaths.K0sApiPort, 9443, zeroIsDefault: true, checksApi ? null
                : port => port == "0"
                    ? "k0s's own API listens on whatever port the system picks, while the join address of further controllers names port 0, so no controller can join"
                    : "k0s's own API cannot listen on it (\"listen tcp: address " + port + ": invalid port\")");
            Check(context, context.Facts.EnvoyProxyApiServerBindPort, FieldPaths.EnvoyProxyApiServerBindPort, 7443, zeroIsDefault: true);
            Check(context, context.Facts.EnvoyProxyKonnectivityServerBindPort, FieldPaths.EnvoyProxyKonnectivityServerBindPort, 7132, zeroIsDefault: false);
            Check(context, context.Facts.TraefikApiServerBindPort, FieldPaths.TraefikApiServerBindPort, 7443, zeroIsDefault: true);
            Check(context, context.Facts.TraefikKonnectivityServerBindPort, FieldPaths.TraefikKonnectivityServerBindPort, 7132, zeroIsDefault: false);
            Check(context, context.Facts.KonnectivityAdminPort, FieldPaths.KonnectivityAdminPort, 8133, zeroIsDefault: false);
            Check(context, context.Facts.KonnectivityAgentPort, FieldPaths.KonnectivityAgentPort, 8132, zeroIsDefault: false);
        }

        // uncheckedFails: for a port the chosen k0s passes on unchecked, what then fails, given the port as written.
        private void Check(RuleContext context, Fact<long> port, string path, int defaultPort, bool zeroIsDefault, System.Func<string, string>? uncheckedFails = null)
        {
            if (!port.IsKnown || (port.Value >= 1 && port.Value <= 65535))
            {
                return;
            }

            string key = FieldPaths.Shown(path);
            if (uncheckedFails != null)
            {
                string version = context.Options.Version.ToString();
                string what = port.Value == 0
                    ? "is not a port; k0s " + version + " passes it on (it replaces 0 with the default from k0s 1.30), and "
                    : "is outside 1..65535; k0s " + version + " does not check it (the check came in k0s 1.30), and ";
                context.Report(this, path, port.Origin, key, port.Value, what + uncheckedFails(port.Value.ToInvariant()), defaultPort);
            }
            else if (port.Value == 0 && zeroIsDefault)
            {
                context.Report(this, FindingSeverity.Warning, path, port.Origin, new object?[] { key, 0, "is not a port; k0s replaces 0 with its default " + defaultPort.ToInvariant(), defaultPort });
            }
            else
            {
                context.Report(this, path, port.Origin, key, port.Value, "is outside 1..65535; k0s rejects it (\"must be between 1 and 65535, inclusive\")", defaultPort);
            }
        }
    }
}
