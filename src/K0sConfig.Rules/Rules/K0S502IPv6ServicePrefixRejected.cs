using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// K0S502: an IPv6 service CIDR prefix k0s rejects. Dual-stack IPv6serviceCIDR must be /108 or longer;
    /// single-stack IPv6 serviceCIDR must be /108 or shorter (k0s compares the other way there).
    /// </summary>
    internal sealed class K0S502IPv6ServicePrefixRejected : Rule
    {
        private const int Limit = 108;

        public K0S502IPv6ServicePrefixRejected()
            : base(new RuleDescriptor(
                RuleIds.IPv6ServicePrefixRejected,
                "IPv6 service CIDR prefix that k0s rejects",
                "{0} '{1}' has prefix /{2}; k0s rejects it (\"IPv6 service CIDR prefix must be <= 108\"): {3}. Use /108, such as {4}.",
                FindingSeverity.Error,
                RuleCategories.ServiceRange,
                "k0s 1.35.1+ checks IPv6 service CIDR prefixes with one message and two opposite bounds: dualStack.IPv6serviceCIDR must be /108 or longer (as kube-apiserver wants), while an IPv6 serviceCIDR must be /108 or shorter. /108 is the only prefix both accept."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            // k0s 1.35.1 brought both checks (v1.35.1+k0s.0 pkg/apis/k0s/v1beta1/network.go); older k0s accepts the file.
            if (!VersionFacts.HasIPv6ServiceChecks(context.Options.Version))
            {
                return;
            }

            NetworkView net = context.Network;
            CidrField service = net.Service;
            if (service.IsIPv6 && service.Cidr.Bits == 128 && service.Cidr.Prefix > Limit)
            {
                Report(context, service, "for serviceCIDR k0s accepts only /108 or shorter, the opposite of its dual-stack check, so /108 is the only IPv6 prefix both places take");
            }

            CidrField ipv6 = net.IPv6Service;
            if (net.DualStack == true && ipv6.IsIPv6 && ipv6.Cidr.Bits - ipv6.Cidr.Prefix > 128 - Limit)
            {
                Report(context, ipv6, "dualStack.IPv6serviceCIDR must be /108 or longer (a service range of at most 2^20 addresses, as kube-apiserver wants)");
            }
        }

        private void Report(RuleContext context, CidrField field, string why)
        {
            var at108 = new System.Net.IPNetwork2(field.Cidr.ToNetwork().Network, Limit);
            string fixedCidr = at108.Network + "/" + Limit.ToInvariant();
            context.Report(
                this,
                Descriptor.DefaultSeverity,
                field.Path,
                field.Origin,
                new object?[] { field.Key, field.Text, field.Cidr.Prefix, why, fixedCidr },
                RuleContext.Offered(field.Replace(context, this, field.Path, "replace", "Write " + fixedCidr, fixedCidr)));
        }
    }
}
