namespace K0sConfig.Rules
{
    /// <summary>K0S404: node-cidr-mask-size with dual-stack, or -ipv4/-ipv6 with single-stack.</summary>
    internal sealed class K0S404NodeMaskFlagForWrongStack : Rule
    {
        public K0S404NodeMaskFlagForWrongStack()
            : base(new RuleDescriptor(
                RuleIds.NodeMaskFlagForWrongStack,
                "Node mask flag does not match the stack",
                "{0} is set for a {1} cluster, so kube-controller-manager exits (\"{2}\"). {3}",
                FindingSeverity.Error,
                RuleCategories.NodeIpam,
                "kube-controller-manager takes node-cidr-mask-size only for single-stack clusters and node-cidr-mask-size-ipv4/-ipv6 only for dual-stack ones; k0s already sets the one that fits, so setting the other stops it."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            NetworkView net = context.Network;
            NodeMasks masks = net.Masks;
            if (!masks.IsKnown || masks.Error == null)
            {
                return;
            }

            string stack = net.DualStack == true ? "dual-stack" : net.SingleStackIPv6 == true ? "single-stack IPv6" : "single-stack IPv4";
            string fix = net.DualStack == true
                ? "Use node-cidr-mask-size-ipv4 and node-cidr-mask-size-ipv6 instead."
                : "Use node-cidr-mask-size (it applies to the cluster's one family) instead.";
            NodeMask flag = masks.ErrorFlag;
            context.Report(this, flag.Path, flag.Origin, flag.Flag, stack, masks.Error, fix);
        }
    }
}
