using K0sConfig.Rules.Parsing;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S207: with a host-name externalAddress and no primaryAddressFamily, k0s silently picks IPv4.</summary>
    internal sealed class K0S207HostNameExternalAddressPicksIPv4 : Rule
    {
        public K0S207HostNameExternalAddressPicksIPv4()
            : base(new RuleDescriptor(
                RuleIds.HostNameExternalAddressPicksIPv4,
                "Host-name external address makes k0s pick IPv4",
                "api.externalAddress '{0}' is a host name and primaryAddressFamily is not set, so k0s makes IPv4 the primary address family{1}. Set primaryAddressFamily to IPv4 or IPv6 to say which comes first.",
                FindingSeverity.Warning,
                RuleCategories.AddressFamily,
                "k0s derives the primary address family from api.externalAddress when it is set; a host name is not an address, so k0s falls back to IPv4 without looking at api.address."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            ClusterFacts facts = context.Facts;
            NetworkView net = context.Network;

            // Before k0s 1.34.1 the API address's family came first, whatever externalAddress holds.
            if (!VersionFacts.HasAddressFamilyChecks(context.Options.Version))
            {
                return;
            }

            if (!facts.PrimaryAddressFamily.TryGetEffective(string.Empty, out string family) || family.Length != 0)
            {
                return;
            }

            Fact<string> external = facts.ExternalAddress;
            if (!external.IsKnown || string.IsNullOrEmpty(external.Value))
            {
                return;
            }

            string host = NetworkView.ExternalHost(external.Value);
            if (GoNet.TryParseAddr(host, out _, out _, out _, out _) || !GoNet.IsDnsName(host))
            {
                return;
            }

            if (net.DualStack == true)
            {
                context.Report(this, FieldPaths.ExternalAddress, external.Origin, external.Value, " for this dual-stack cluster, whatever family api.address has");
            }
            else if (net.SingleStackIPv6 == true)
            {
                context.Report(this, FieldPaths.ExternalAddress, external.Origin, external.Value, " although this cluster is single-stack IPv6");
            }
        }
    }
}
