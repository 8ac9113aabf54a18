using System.Collections.Generic;

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

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

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
            context.Report(this, Descriptor.DefaultSeverity, flag.Path, flag.Origin, new object?[] { flag.Flag, stack, masks.Error, fix }, RuleContext.Offered(Fixes(context, net, flag)));
        }

        /// <summary>
        /// Dual-stack: the plain flag's size goes to the IPv4 flag (k0s keeps the IPv6 one at /117 unless it is set).
        /// Single-stack: the flag of a family the cluster does not have, or a family flag beside the plain one, goes;
        /// or becomes the plain flag when nothing sets that. Each only when it makes no new error or warning.
        /// </summary>
        private FindingFix?[] Fixes(RuleContext context, NetworkView net, NodeMask flag)
        {
            ExtraArgsFacts args = context.Facts.ControllerManagerExtraArgs;
            Fact<string> value = args.Get(flag.Flag);
            string size = flag.Size.ToInvariant();
            string path = flag.Path;
            FindingFix? remove = context.Offer(
                this,
                path,
                RuleContext.Fix("remove", "Remove " + flag.Flag + " " + size, FixEdit.Remove(flag.Origin)),
                f => f.ControllerManagerExtraArgs = RuleContext.With(args, flag.Flag, null));
            string target = net.DualStack == true ? NodeMasks.MaskIPv4Flag : NodeMasks.MaskFlag;
            FindingFix? rename = args.Get(target).IsUnset
                ? context.Offer(
                    this,
                    path,
                    RuleContext.Fix("rename", "Use " + target + " " + size + " instead", FixEdit.Rename(flag.Origin, target)),
                    f => f.ControllerManagerExtraArgs = RuleContext.With(RuleContext.With(args, flag.Flag, null), target, value))
                : null;
            return net.DualStack == true ? new[] { rename ?? remove } : new[] { remove, rename };
        }
    }
}
