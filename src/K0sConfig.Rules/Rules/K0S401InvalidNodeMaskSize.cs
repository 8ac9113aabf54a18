using K0sConfig.Rules.Parsing;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S401: a node-cidr-mask-size value is not an integer, or outside 1..32 (IPv4) / 1..128 (IPv6).</summary>
    internal sealed class K0S401InvalidNodeMaskSize : Rule
    {
        public K0S401InvalidNodeMaskSize()
            : base(new RuleDescriptor(
                RuleIds.InvalidNodeMaskSize,
                "Node CIDR mask size is not valid",
                "{0} '{1}' {2}, so kube-controller-manager refuses to start. Use an integer from 1 to {3}.",
                FindingSeverity.Error,
                RuleCategories.NodeIpam,
                "kube-controller-manager reads node-cidr-mask-size, -ipv4 and -ipv6 as integers (Go syntax) and needs a mask that fits the family: 1 to 32 for IPv4, 1 to 128 for IPv6 (0 means unset: its own default applies). k0s does not check controllerManager.extraArgs."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            NetworkView net = context.Network;

            // The family-less flag covers the single-stack family; unknown family: only the IPv6 bound is sure.
            int plainBits = net.DualStack == false && net.SingleStackIPv6 == false ? 32 : 128;
            Check(context, NodeMasks.MaskFlag, plainBits, plainBits == 32 ? "for an IPv4 cluster" : "for an IPv6 cluster");
            Check(context, NodeMasks.MaskIPv4Flag, 32, "for IPv4");
            Check(context, NodeMasks.MaskIPv6Flag, 128, "for IPv6");
        }

        private void Check(RuleContext context, string flag, int bits, string family)
        {
            if (!context.Facts.ControllerManagerExtraArgs.Entries.TryGetValue(flag, out ExtraArgFact entry) || !entry.Value.IsKnown)
            {
                return;
            }

            string value = entry.Value.Value ?? string.Empty;
            string path = FieldPaths.ExtraArg(FieldPaths.ControllerManagerExtraArgs, flag);
            if (!GoStrconv.TryParseInt32(value, out int size))
            {
                context.Report(this, path, entry.Value.Origin, flag, value, "is not an integer", bits);
            }
            else if (size < 0 || size > bits)
            {
                // 0 is allowed: kube-controller-manager reads it as "not set" and uses its own default (24 / 64),
                // and node-cidr-mask-size: "0" is how a single-stack cluster clears the flag k0s sets.
                context.Report(this, path, entry.Value.Origin, flag, value, "is not a mask size " + family, bits);
            }
        }
    }
}
