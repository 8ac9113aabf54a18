using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S302: a custom CNI with dual-stack must be configured for dual-stack by hand.</summary>
    internal sealed class K0S302CustomCniDualStack : Rule
    {
        public K0S302CustomCniDualStack()
            : base(new RuleDescriptor(
                RuleIds.CustomCniDualStack,
                "Custom CNI with dual-stack",
                "The network provider is custom and dual-stack is enabled: k0s deploys no CNI, so configure yours for dual-stack with the pod ranges {0} and {1}.",
                FindingSeverity.Info,
                RuleCategories.Provider,
                "With provider custom k0s deploys no network plugin; the one you install must be set up for both families itself (k0s docs, dual-stack)."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            NetworkView net = context.Network;
            if (net.Provider == FieldValues.NetworkProvider.Custom && net.DualStack == true && net.Pod.HasValue && net.IPv6Pod.HasValue)
            {
                context.Report(this, Descriptor.DefaultSeverity, FieldPaths.Provider, net.ProviderOrigin, new object?[] { net.Pod.Text, net.IPv6Pod.Text }, new Related(FieldPaths.DualStackEnabled, net.DualStackOrigin));
            }
        }
    }
}
