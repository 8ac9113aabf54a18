using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S102: a CIDR Go accepts but that is not written the way it means (host bits, /016, IPv4-mapped form).</summary>
    internal sealed class K0S102NonCanonicalCidr : Rule
    {
        public K0S102NonCanonicalCidr()
            : base(new RuleDescriptor(
                RuleIds.NonCanonicalCidr,
                "CIDR is not in canonical form",
                "{0} '{1}' {2}; k0s accepts it and passes it to the Kubernetes components as written. Write {3}.",
                FindingSeverity.Warning,
                RuleCategories.Address,
                "A CIDR with host bits set (10.244.0.1/16), a prefix length with leading zeros (/016) or an IPv4 network in IPv4-mapped IPv6 form (::ffff:10.0.0.0/104) parses, but says something other than it means."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            NetworkView net = context.Network;
            Check(context, net.Pod);
            Check(context, net.Service);
            Check(context, net.IPv6Pod);
            Check(context, net.IPv6Service);
        }

        private void Check(RuleContext context, CidrField field)
        {
            if (!field.Fact.IsKnown || !field.IsValid || field.Cidr.IsCanonical)
            {
                return;
            }

            string reason = field.Cidr.IsMappedForm
                ? "is an IPv4 network written in IPv4-mapped IPv6 form, which k0s counts as IPv4 but with a 128-bit prefix"
                : field.Cidr.HasHostBits
                    ? "has host bits set (the network is " + field.Cidr.Canonical + ")"
                    : "writes its prefix length with leading zeros";
            context.ReportFixable(this, field.Path, field.Origin, field.Cidr.Canonical, "Write " + field.Cidr.Canonical, new object?[] { field.Key, field.Text, reason, field.Cidr.Canonical });
        }
    }
}
