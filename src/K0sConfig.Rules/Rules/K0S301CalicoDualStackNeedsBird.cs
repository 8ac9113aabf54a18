using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S301: Calico with dual-stack in any mode but bird.</summary>
    internal sealed class K0S301CalicoDualStackNeedsBird : Rule
    {
        public K0S301CalicoDualStackNeedsBird()
            : base(new RuleDescriptor(
                RuleIds.CalicoDualStackNeedsBird,
                "Calico dual-stack needs bird mode",
                "Calico mode {0} does not support dual-stack{1}; k0s rejects the configuration (\"dual-stack for calico is only supported for mode `bird`\"). Set calico.mode to bird.",
                FindingSeverity.Error,
                RuleCategories.Provider,
                "Calico cannot tunnel IPv6 in vxlan mode, its default, so k0s allows dual-stack with Calico only in bird mode; it rejects ipip too, although ipip is a deprecated alias of bird."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = ReadsOf(NetworkView.Reads, FieldPaths.CalicoMode);

        public override void Evaluate(RuleContext context)
        {
            NetworkView net = context.Network;
            if (net.Provider != FieldValues.NetworkProvider.Calico || net.DualStack != true)
            {
                return;
            }

            Fact<string> mode = context.Facts.CalicoMode;
            if (!mode.TryGetEffective(NetworkView.DefaultCalicoMode, out string value) || value == FieldValues.CalicoMode.Bird)
            {
                return;
            }

            string note = mode.IsUnset
                ? " (vxlan is Calico's default mode)"
                : value == FieldValues.CalicoMode.Ipip ? " (ipip is a deprecated alias of bird, but k0s rejects it)" : string.Empty;

            // Unset mode: the finding goes on the call that chose Calico, and the fix sets the mode there.
            var arguments = new object?[] { value, note };
            var dualStack = new Related(FieldPaths.DualStackEnabled, net.DualStackOrigin);
            const string Title = "Set the Calico mode to bird";
            if (mode.IsKnown)
            {
                context.ReportFixable(this, FieldPaths.CalicoMode, mode.Origin, FieldValues.CalicoMode.Bird, Title, arguments, dualStack);
            }
            else
            {
                FindingFix fix = RuleContext.Fix("set-bird", Title, FixEdit.Set(net.ProviderOrigin, FieldPaths.CalicoMode, FieldValues.CalicoMode.Bird));
                context.Report(this, Descriptor.DefaultSeverity, FieldPaths.CalicoMode, net.ProviderOrigin, arguments, new[] { fix }, dualStack);
            }
        }
    }
}
