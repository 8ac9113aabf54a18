using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S101: a CIDR field holds a value Go's net.ParseCIDR (and so k0s) rejects.</summary>
    internal sealed class K0S101InvalidCidr : Rule
    {
        public K0S101InvalidCidr()
            : base(new RuleDescriptor(
                RuleIds.InvalidCidr,
                "CIDR is not valid",
                "{0} '{1}' is not a CIDR k0s accepts: {2}; k0s rejects the configuration (\"invalid CIDR address\"). Write an address and a prefix length, such as {3}.",
                FindingSeverity.Error,
                RuleCategories.Address,
                "podCIDR, serviceCIDR, dualStack.IPv6podCIDR and dualStack.IPv6serviceCIDR must parse with Go's net.ParseCIDR, which k0s uses."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            NetworkView net = context.Network;
            Check(context, net.Pod, allowEmpty: false);
            Check(context, net.Service, allowEmpty: false);

            // k0s reads the dual-stack CIDRs only when dual-stack is on (off: K0S204 says they are ignored), and an
            // empty one is "missing", which K0S203 reports.
            if (net.DualStack != false)
            {
                Check(context, net.IPv6Pod, allowEmpty: true);
                Check(context, net.IPv6Service, allowEmpty: true);
            }
        }

        private void Check(RuleContext context, CidrField field, bool allowEmpty)
        {
            if (!field.Fact.IsKnown || field.IsValid || (allowEmpty && field.Text!.Length == 0))
            {
                return;
            }

            context.Report(this, field.Path, field.Origin, field.Key, field.Text, field.ParseError, Examples.Cidr(field.Path));
        }
    }
}
