using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S204: IPv6 dual-stack CIDRs are set while dual-stack is off, so k0s ignores them.</summary>
    internal sealed class K0S204DualStackCidrsIgnored : Rule
    {
        public K0S204DualStackCidrsIgnored()
            : base(new RuleDescriptor(
                RuleIds.DualStackCidrsIgnored,
                "Dual-stack CIDRs are set while dual-stack is off",
                "dualStack.{0} '{1}' is set but dual-stack is not enabled, so k0s ignores it. Enable dual-stack (dualStack.enabled: true) or remove the value.",
                FindingSeverity.Warning,
                RuleCategories.AddressFamily,
                "k0s reads dualStack.IPv6podCIDR and IPv6serviceCIDR only when dualStack.enabled is true."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            NetworkView net = context.Network;
            if (net.DualStack != false)
            {
                return;
            }

            Check(context, net.IPv6Pod, net.DualStackOrigin);
            Check(context, net.IPv6Service, net.DualStackOrigin);
        }

        private void Check(RuleContext context, CidrField field, object? dualStackOrigin)
        {
            if (field.Fact.IsKnown && field.Text!.Length != 0)
            {
                // Turning dual-stack on is offered only when the configuration is then a valid dual-stack one.
                Fact<bool> enabled = context.Facts.DualStackEnabled;
                IReadOnlyList<FindingFix> fixes = RuleContext.Offered(
                    enabled.IsKnown
                        ? context.Offer(this, field.Path, RuleContext.Fix("enable", "Turn dual-stack on", FixEdit.Replace(dualStackOrigin, "true")), f => f.DualStackEnabled = Fact<bool>.Known(true, dualStackOrigin))
                        : null,
                    context.Offer(this, field.Path, RuleContext.Fix("remove", "Remove dualStack." + field.Key + ", which k0s ignores", FixEdit.Remove(field.Origin)), f => field.Write(f, Fact<string>.Unset)));
                context.Report(this, Descriptor.DefaultSeverity, field.Path, field.Origin, new object?[] { field.Key, field.Text }, fixes, new Related(FieldPaths.DualStackEnabled, dualStackOrigin));
            }
        }
    }
}
