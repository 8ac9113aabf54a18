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
                "{0} '{1}' is too narrow: k0s puts the API service at the network address + 1 and cluster DNS at + 10 (+ 2 in ranges of 8 or fewer) and stops at controller start (\"{2}\"). Use /{3} or a shorter prefix.",
                FindingSeverity.Error,
                RuleCategories.ServiceRange,
                "k0s computes the kubernetes service address (index 1) of every service CIDR and the cluster DNS address of the primary one at controller start; IPv4 /31 and /32 and IPv6 /127 and /128 leave no room."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            NetworkView net = context.Network;

            // k0s Network.DNSAddress: the IPv6 service CIDR only when dual-stack and the primary family is IPv6.
            // Unknown dual-stack: which CIDR holds DNS cannot be known either.
            bool? ipv6IsDns = net.DualStack == true ? (net.PrimaryFamily == null ? (bool?)null : net.PrimaryFamily == "IPv6")
                : net.DualStack == false ? false : (bool?)null;
            Check(context, net.Service, ipv6IsDns == null ? (bool?)null : !ipv6IsDns.Value);
            if (net.DualStack == true)
            {
                Check(context, net.IPv6Service, ipv6IsDns);
            }
        }

        private void Check(RuleContext context, CidrField field, bool? holdsDns)
        {
            if (!field.IsArithmetic)
            {
                return;
            }

            int hostBits = field.Cidr.FamilyBits - field.Cidr.FamilyPrefix;
            int widest = field.Cidr.FamilyBits - 2;
            string? why = hostBits == 0 ? "can't build internal API address"
                : hostBits == 1 && holdsDns == true ? "failed to calculate DNS address: CIDR too narrow"
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
