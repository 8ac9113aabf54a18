using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S202: dual-stack is enabled but podCIDR or serviceCIDR is not IPv4.</summary>
    internal sealed class K0S202DualStackNeedsIPv4Cidrs : Rule
    {
        public K0S202DualStackNeedsIPv4Cidrs()
            : base(new RuleDescriptor(
                RuleIds.DualStackNeedsIPv4Cidrs,
                "Dual-stack needs IPv4 podCIDR and serviceCIDR",
                "dual-stack is enabled, so {0} must be IPv4, but '{1}' is IPv6; k0s rejects it (\"if DualStack is enabled, {0} must be IPv4\"). Put the IPv4 range in {0} and the IPv6 range in dualStack.{2}.",
                FindingSeverity.Error,
                RuleCategories.AddressFamily,
                "In a dual-stack k0s cluster podCIDR and serviceCIDR hold the IPv4 ranges and dualStack.IPv6podCIDR / IPv6serviceCIDR the IPv6 ones (k0s 1.34.1 and later)."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            // k0s 1.34.1 brought the check (v1.34.1+k0s.0 pkg/apis/k0s/v1beta1/network.go); older k0s accepts the file.
            NetworkView net = context.Network;
            if (net.DualStack != true || !VersionFacts.HasAddressFamilyChecks(context.Options.Version))
            {
                return;
            }

            Check(context, net.Pod, net.IPv6Pod, net.DualStackOrigin);
            Check(context, net.Service, net.IPv6Service, net.DualStackOrigin);
        }

        // An unparsable value is K0S101's; k0s reports both, one report is enough.
        // When the IPv6 field holds an IPv4 range (K0S203 there), the two values were written in each other's place.
        private void Check(RuleContext context, CidrField field, CidrField ipv6, object? dualStackOrigin)
        {
            if (!field.IsIPv6)
            {
                return;
            }

            var arguments = new object?[] { field.Key, field.Text, ipv6.Key };
            var dualStack = new Related(FieldPaths.DualStackEnabled, dualStackOrigin);
            FindingFix? swap = ipv6.IsIPv4 ? field.Swap(context, this, field.Path, ipv6) : null;
            if (swap == null)
            {
                context.Report(this, Descriptor.DefaultSeverity, field.Path, field.Origin, arguments, dualStack);
            }
            else
            {
                context.Report(this, Descriptor.DefaultSeverity, field.Path, field.Origin, arguments, new[] { swap }, dualStack, new Related(ipv6.Path, ipv6.Origin));
            }
        }
    }
}
