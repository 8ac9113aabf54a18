using System.Collections.Generic;
using K0sConfig.Rules.Parsing;

namespace K0sConfig.Rules
{
    /// <summary>K0S706: a keepalived virtual server whose ipAddress is empty or not an IP address.</summary>
    internal sealed class K0S706VirtualServerAddress : Rule
    {
        public K0S706VirtualServerAddress()
            : base(new RuleDescriptor(
                RuleIds.VirtualServerAddress,
                "Virtual server address is not an IP address",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.LoadBalancing,
                "A keepalived virtual server's ipAddress must be an IP address (Go net.ParseIP), normally one of the VRRP virtual IPs without its prefix length; k0s rejects anything else."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.VirtualServers };

        public override void Evaluate(RuleContext context)
        {
            Fact<IReadOnlyList<VirtualServerFacts>> servers = context.Facts.VirtualServers;
            if (!servers.IsKnown || servers.Value == null)
            {
                return;
            }

            for (int i = 0; i < servers.Value.Count; i++)
            {
                VirtualServerFacts server = servers.Value[i];
                Fact<string> address = server.IPAddress;
                string key = "virtualServers[" + i.ToInvariant() + "].ipAddress";
                string path = FieldPaths.VirtualServer(i) + ".ipAddress";
                if (address.IsUnset || (address.IsKnown && string.IsNullOrEmpty(address.Value)))
                {
                    context.Report(this, path, address.IsKnown ? address.Origin : server.Origin, key, "is empty", "k0s rejects it (\"controlPlaneLoadBalancing: IPAddress must be defined\", \"invalid IP address: \")", "Use the virtual IP the server listens on, such as 192.168.1.200.");
                }
                else if (address.IsKnown && !GoNet.IsIP(address.Value))
                {
                    string value = address.Value;
                    int slash = value.IndexOf('/');
                    string fix = slash > 0 && GoNet.IsIP(value.Substring(0, slash))
                        ? "Write the address without the prefix length: " + value.Substring(0, slash) + "."
                        : "Use the virtual IP the server listens on, such as 192.168.1.200.";
                    context.Report(this, path, address.Origin, key, "'" + value + "' is not an IP address", "k0s rejects it (\"controlPlaneLoadBalancing: invalid IP address: " + value + "\")", fix);
                }
            }
        }
    }
}
