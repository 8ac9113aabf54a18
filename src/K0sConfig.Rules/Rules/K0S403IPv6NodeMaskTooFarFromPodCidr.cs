using System.Collections.Generic;
using System.Net;

namespace K0sConfig.Rules
{
    /// <summary>K0S403: the IPv6 node mask is more than 16 bits longer than the IPv6 pod CIDR prefix.</summary>
    internal sealed class K0S403IPv6NodeMaskTooFarFromPodCidr : Rule
    {
        private const int MaxDiff = 16;

        public K0S403IPv6NodeMaskTooFarFromPodCidr()
            : base(new RuleDescriptor(
                RuleIds.IPv6NodeMaskTooFarFromPodCidr,
                "IPv6 pod CIDR is too wide for the node mask",
                "IPv6 pod CIDR '{0}' is {1} bits wider than node mask /{2} ({3}); kube-controller-manager allows at most 16 bits ({4} or longer), so it will refuse to start (\"the node CIDR size is too big\"). Use {4}, or a node mask of /{5} or less.",
                FindingSeverity.Error,
                RuleCategories.NodeIpam,
                "kube-controller-manager's CIDR set allows at most 16 bits between an IPv6 cluster CIDR and the node mask (at most 65536 nodes); with k0s's /117 the IPv6 pod CIDR must be /101 or longer, so fd00::/64 fails."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            foreach (PodRange range in context.Network.PodRanges)
            {
                if (range.FamilyBits != 128 || !range.Fits || range.WithinCidrSetLimit)
                {
                    continue;
                }

                int shortest = range.Mask.Size - MaxDiff;
                IPNetwork2 network = range.Pod.Cidr.ToNetwork();
                string suggestion = network.Network + "/" + shortest.ToInvariant();
                context.Report(
                    this,
                    Descriptor.DefaultSeverity,
                    range.Pod.Path,
                    range.Pod.Origin ?? range.Mask.Origin,
                    new object?[] { range.Pod.Text, range.Mask.Size - range.Prefix, range.Mask.Size, range.Mask.Setter(), suggestion, range.Prefix + MaxDiff },
                    RuleContext.Offered(
                        range.Pod.IsArithmetic ? range.Pod.Replace(context, this, range.Pod.Path, "narrow-pod-cidr", "Write " + suggestion, suggestion) : null,
                        range.SetMask(context, this, range.Pod.Path, "set-node-mask", range.Prefix + MaxDiff)),
                    new Related(range.Mask.Path, range.Mask.Origin));
            }
        }
    }
}
