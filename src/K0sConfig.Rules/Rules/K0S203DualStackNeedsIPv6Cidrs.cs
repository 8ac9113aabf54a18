using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S203: dual-stack is enabled but IPv6podCIDR or IPv6serviceCIDR is missing or IPv4.</summary>
    internal sealed class K0S203DualStackNeedsIPv6Cidrs : Rule
    {
        public K0S203DualStackNeedsIPv6Cidrs()
            : base(new RuleDescriptor(
                RuleIds.DualStackNeedsIPv6Cidrs,
                "Dual-stack needs IPv6 pod and service CIDRs",
                "dual-stack is enabled but dualStack.{0} {1}; k0s rejects the configuration (\"{2}\"). Set it to an IPv6 range, such as {3}.",
                FindingSeverity.Error,
                RuleCategories.AddressFamily,
                "dualStack.IPv6podCIDR and dualStack.IPv6serviceCIDR have no default: a dual-stack cluster must set both, and both must be IPv6."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            NetworkView net = context.Network;
            if (net.DualStack != true)
            {
                return;
            }

            Check(context, net.IPv6Pod, net.Pod, net.DualStackOrigin);
            Check(context, net.IPv6Service, net.Service, net.DualStackOrigin);
        }

        private void Check(RuleContext context, CidrField field, CidrField ipv4, object? dualStackOrigin)
        {
            string example = Examples.Cidr(field.Path);
            if (field.Fact.IsUnset || (field.Fact.IsKnown && field.Text!.Length == 0))
            {
                // Nothing was written, so the finding goes where dual-stack was enabled.
                string what = field.Fact.IsUnset ? "is not set" : "is empty";
                context.Report(this, Descriptor.DefaultSeverity, field.Path, field.Origin ?? dualStackOrigin, new object?[] { field.Key, what, "invalid CIDR address", example }, new Related(FieldPaths.DualStackEnabled, dualStackOrigin));
            }
            else if (field.IsIPv4 && VersionFacts.HasIPv6ServiceChecks(context.Options.Version))
            {
                // k0s 1.35.1 brought "must be an IPv6 CIDR, not IPv4" (v1.35.1+k0s.0 pkg/apis/k0s/v1beta1/network.go).
                // When podCIDR (serviceCIDR) holds an IPv6 range (K0S202 there), the two values were written in each other's place.
                var arguments = new object?[] { field.Key, "'" + field.Text + "' is IPv4", "must be an IPv6 CIDR, not IPv4", example };
                var dualStack = new Related(FieldPaths.DualStackEnabled, dualStackOrigin);
                FindingFix? swap = ipv4.IsIPv6 ? field.Swap(context, this, field.Path, ipv4) : null;
                if (swap == null)
                {
                    context.Report(this, Descriptor.DefaultSeverity, field.Path, field.Origin, arguments, dualStack);
                }
                else
                {
                    context.Report(this, Descriptor.DefaultSeverity, field.Path, field.Origin, arguments, new[] { swap }, dualStack, new Related(ipv4.Path, ipv4.Origin));
                }
            }
        }
    }
}
