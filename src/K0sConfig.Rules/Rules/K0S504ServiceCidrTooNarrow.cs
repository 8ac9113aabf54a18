using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S504: a service CIDR too narrow for k0s to place the API service and cluster DNS addresses.</summary>
    internal sealed class K0S504ServiceCidrTooNarrow : Rule
    {
        public K0S504ServiceCidrTooNarrow()
            : base(new RuleDescriptor(
                RuleIds.ServiceCidrTooNarrow,
                "Service CIDR is too narrow",
                "{0} '{1}' is too narrow: k0s puts the API service at the network address + 1 and cluster DNS at + 10 (+ 2 in ranges of 8 or fewer) and {2}. Use /{3} or a shorter prefix.",
                FindingSeverity.Error,
                RuleCategories.ServiceRange,
                "k0s computes the kubernetes service address (index 1) of every service CIDR and the cluster DNS address of the primary one at controller start; IPv4 /31 and /32 and IPv6 /127 and /128 leave no room."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            NetworkView net = context.Network;

            // k0s Network.DNSAddress: the IPv6 service CIDR only when dual-stack and the primary family is IPv6.
            // Unknown dual-stack: which CIDR holds DNS cannot be known either.
            bool? ipv6IsDns = net.DualStack == true ? (net.PrimaryFamily == null ? (bool?)null : net.PrimaryFamily == FieldValues.IPFamily.IPv6)
                : net.DualStack == false ? false : (bool?)null;
            Check(context, net.Service, ipv6IsDns == null ? (bool?)null : !ipv6IsDns.Value);
            if (net.DualStack == true)
            {
                Check(context, net.IPv6Service, ipv6IsDns);
            }
        }

        private static string Stops(string error) => "stops at controller start (\"" + error + "\")";

        /// <summary>What k0s does with a DNS range of two addresses, by version (VersionFacts.ChecksDnsAddressInRange, ComputesIPv6DnsAddress).</summary>
        private static string DnsTooNarrow(K0sVersion version, CidrField field)
        {
            bool ipv6 = field.Cidr.FamilyBits == 128;
            if (!VersionFacts.ChecksDnsAddressInRange(version))
            {
                // network.go before 1.31.3: address[3] += 2 (the last byte of an IPv4 address, the fourth of an IPv6 one).
                byte[] bytes = field.Cidr.ToNetwork().Network.GetAddressBytes();
                bytes[3] += 2;
                return "k0s " + version.ToString() + " does not check it (the check came in k0s 1.31.3) and gives the kubelets and CoreDNS's Service the cluster DNS address "
                    + new System.Net.IPAddress(bytes).ToString() + ", outside the range, which the API server does not give out, so cluster DNS does not work";
            }

            return ipv6 && !VersionFacts.ComputesIPv6DnsAddress(version)
                ? Stops("unsupported operation: DNS address calculation for non-v4 CIDR")
                : Stops("failed to calculate DNS address: CIDR too narrow");
        }

        private void Check(RuleContext context, CidrField field, bool? holdsDns)
        {
            if (!field.IsArithmetic)
            {
                return;
            }

            int hostBits = field.Cidr.FamilyBits - field.Cidr.FamilyPrefix;
            int widest = field.Cidr.FamilyBits - 2;
            string? why = hostBits == 0 ? Stops("can't build internal API address")
                : hostBits == 1 && holdsDns == true ? DnsTooNarrow(context.Options.Version, field)
                : null;
            if (why != null)
            {
                string wider = new System.Net.IPNetwork2(field.Cidr.ToNetwork().Network, (byte)widest).Network + "/" + widest.ToInvariant();
                context.Report(
                    this,
                    Descriptor.DefaultSeverity,
                    field.Path,
                    field.Origin,
                    new object?[] { field.Key, field.Text, why, widest },
                    RuleContext.Offered(field.Replace(context, this, field.Path, "widen", "Write " + wider, wider)));
            }
        }
    }
}
