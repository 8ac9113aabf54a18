using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S406: how many nodes the pod CIDR holds and how many addresses each node gets, per family.</summary>
    internal sealed class K0S406CapacitySummary : Rule
    {
        public K0S406CapacitySummary()
            : base(new RuleDescriptor(
                RuleIds.CapacitySummary,
                "Cluster capacity",
                "{0} pod CIDR '{1}' with node mask /{2}: {3} nodes × {4} addresses per node.",
                FindingSeverity.Info,
                RuleCategories.NodeIpam,
                "kube-controller-manager splits each pod CIDR into node ranges of the node mask size: 2^(mask - prefix) nodes with 2^(bits - mask) addresses each. Off by default in the analyzers (it would show on every configuration, and reporting it costs more than all other rules together); turn it on with dotnet_diagnostic.K0S406.severity = suggestion.",
                isEnabledByDefault: false))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            foreach (PodRange range in context.Network.PodRanges)
            {
                if (range.IsUsable)
                {
                    context.Report(
                        this,
                        Descriptor.DefaultSeverity,
                        range.Pod.Path,
                        range.Pod.Origin ?? range.Mask.Origin,
                        new object?[] { range.FamilyName, range.Pod.Text, range.Mask.Size, Formatting.Count(range.Nodes), Formatting.Count(range.AddressesPerNode) },
                        new Related(range.Mask.Path, range.Mask.Origin));
                }
            }
        }
    }
}
