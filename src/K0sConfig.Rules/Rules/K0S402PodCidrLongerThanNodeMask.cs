using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S402: the pod CIDR prefix is longer than its node mask, so kube-controller-manager refuses to start.</summary>
    internal sealed class K0S402PodCidrLongerThanNodeMask : Rule
    {
        public K0S402PodCidrLongerThanNodeMask()
            : base(new RuleDescriptor(
                RuleIds.PodCidrLongerThanNodeMask,
                "Pod CIDR is smaller than one node's range",
                "{0} pod CIDR '{1}' has prefix /{2}, longer than the node mask ({3}); kube-controller-manager refuses to start (\"mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family\"). Use a pod CIDR of /{4} or a shorter prefix, or a node mask of /{2} or more.",
                FindingSeverity.Error,
                RuleCategories.NodeIpam,
                "kube-controller-manager gives every node a slice of the pod CIDR of the node mask size (k0s: /24 for IPv4, /117 for IPv6, unless overridden); a pod CIDR smaller than one slice stops it at start."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            foreach (PodRange range in context.Network.PodRanges)
            {
                if (range.MaskIsValid && !range.Fits)
                {
                    string wider = range.Pod.IsArithmetic ? range.PodWithPrefix(range.Mask.Size) : string.Empty;
                    IReadOnlyList<FindingFix> fixes = RuleContext.Offered(
                        wider.Length == 0 ? null : range.Pod.Replace(context, this, range.Pod.Path, "shorten-pod-cidr", "Write " + wider, wider),
                        range.SetMask(context, this, range.Pod.Path, "set-node-mask", range.Prefix));
                    context.Report(
                        this,
                        Descriptor.DefaultSeverity,
                        range.Pod.Path,
                        range.Pod.Origin ?? range.Mask.Origin,
                        new object?[] { range.FamilyName, range.Pod.Text, range.Prefix, range.Mask.Describe(), range.Mask.Size },
                        fixes,
                        new Related(range.Mask.Path, range.Mask.Origin));
                }
            }
        }
    }
}
