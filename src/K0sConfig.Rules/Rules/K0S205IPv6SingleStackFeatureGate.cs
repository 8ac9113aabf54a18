using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S205: single-stack IPv6 only starts with the IPv6SingleStack feature gate on every controller.</summary>
    internal sealed class K0S205IPv6SingleStackFeatureGate : Rule
    {
        public K0S205IPv6SingleStackFeatureGate()
            : base(new RuleDescriptor(
                RuleIds.IPv6SingleStackFeatureGate,
                "Single-stack IPv6 needs the IPv6SingleStack feature gate",
                "podCIDR '{0}' is IPv6 and dual-stack is off, which makes a single-stack IPv6 cluster: k0s rejects it unless every controller runs with --feature-gates=IPv6SingleStack=true (alpha since k0s 1.34). Start each controller with that gate, or use IPv4 podCIDR/serviceCIDR with dual-stack for IPv6.",
                FindingSeverity.Warning,
                RuleCategories.AddressFamily,
                "Single-stack IPv6 is an alpha k0s feature: without the IPv6SingleStack feature gate k0s rejects an IPv6 podCIDR (\"feature gate IPv6SingleStack must be explicitly enabled to use IPv6 single stack\"). The gate is a controller flag, not part of k0s.yaml, so this is a warning unless the feature gates are given (k0sconfig validate --feature-gates, the MSBuild property K0sFeatureGates): then an error without the gate, nothing with it."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            // k0s 1.34.1 brought the gate (v1.34.1+k0s.0 pkg/featuregate); older k0s takes single-stack IPv6 without one.
            // With the gate known to be on, k0s accepts; known to be off (--feature-gates without it), k0s rejects: an error.
            NetworkView net = context.Network;
            bool? gate = context.Options.IPv6SingleStack;
            if (net.SingleStackIPv6 == true && gate != true && VersionFacts.HasAddressFamilyChecks(context.Options.Version))
            {
                context.Report(this, gate == false ? FindingSeverity.Error : Descriptor.DefaultSeverity, net.Pod.Path, net.Pod.Origin, new object?[] { net.Pod.Text });
            }
        }
    }
}
