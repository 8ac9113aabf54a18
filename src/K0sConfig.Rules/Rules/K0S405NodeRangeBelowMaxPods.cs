using System.Collections.Generic;
using System.Numerics;

namespace K0sConfig.Rules
{
    /// <summary>K0S405: with kube-router, a node's pod range holds fewer addresses than the kubelet's max pods.</summary>
    internal sealed class K0S405NodeRangeBelowMaxPods : Rule
    {
        public K0S405NodeRangeBelowMaxPods()
            : base(new RuleDescriptor(
                RuleIds.NodeRangeBelowMaxPods,
                "Node pod range is smaller than max pods",
                "node mask /{0} ({1}) leaves each node {2} {3} pod addresses, fewer than the kubelet's max pods {4}; pods beyond that fail to get an address. Use a node mask of /{5} or less, or lower max pods.",
                FindingSeverity.Warning,
                RuleCategories.NodeIpam,
                "kube-router hands pods addresses from the node's range (host-local IPAM), minus the network and gateway addresses (and broadcast for IPv4). The kubelet runs up to maxPods pods (110 unless configured; set k0sconfig.max_pods in .editorconfig). Calico allocates from its own IP pools and is not checked."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            if (context.Network.Provider != FieldValues.NetworkProvider.Kuberouter)
            {
                return;
            }

            int maxPods = context.Options.MaxPods;
            foreach (PodRange range in context.Network.PodRanges)
            {
                if (!range.IsUsable)
                {
                    continue;
                }

                int reserved = range.FamilyBits == 32 ? 3 : 2;
                BigInteger usable = range.AddressesPerNode - reserved;
                if (usable >= maxPods)
                {
                    continue;
                }

                int needed = range.FamilyBits;
                while (needed > 0 && (BigInteger.One << (range.FamilyBits - needed)) - reserved < maxPods)
                {
                    needed--;
                }

                string count = usable < 0 ? "0" : Formatting.Count(usable);
                context.Report(
                    this,
                    Descriptor.DefaultSeverity,
                    range.Mask.Path,
                    range.Mask.Origin ?? range.Pod.Origin,
                    new object?[] { range.Mask.Size, range.Mask.Setter(), count, range.FamilyName, maxPods, needed },
                    RuleContext.Offered(range.SetMask(context, this, range.Mask.Path, "set-node-mask", needed)),
                    new Related(range.Pod.Path, range.Pod.Origin));
            }
        }
    }
}
