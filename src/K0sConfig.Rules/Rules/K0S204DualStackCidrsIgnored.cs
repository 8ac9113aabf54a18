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
                context.Report(this, Descriptor.DefaultSeverity, field.Path, field.Origin, new object?[] { field.Key, field.Text }, new Related(FieldPaths.DualStackEnabled, dualStackOrigin));
            }
        }
    }
}
