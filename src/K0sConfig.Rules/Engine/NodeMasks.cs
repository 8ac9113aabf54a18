using System.Collections.Generic;
using K0sConfig.Rules.Parsing;

namespace K0sConfig.Rules
{
    /// <summary>Who decided a node CIDR mask size.</summary>
    internal enum NodeMaskSource
    {
        /// <summary>k0s sets it and the configuration does not override it.</summary>
        K0sDefault,

        /// <summary>No flag sets it, so kube-controller-manager's own default applies.</summary>
        ControllerManagerDefault,

        /// <summary>The configuration sets the flag.</summary>
        Configured,
    }

    /// <summary>One node CIDR mask size: its value and where it comes from.</summary>
    internal readonly struct NodeMask
    {
        public NodeMask(int size, string flag, NodeMaskSource source, object? origin)
        {
            Size = size;
            Flag = flag;
            Source = source;
            Origin = origin;
        }

        public int Size { get; }

        /// <summary>The kube-controller-manager flag that sets it.</summary>
        public string Flag { get; }

        public NodeMaskSource Source { get; }

        public object? Origin { get; }

        public string Path => FieldPaths.ExtraArg(FieldPaths.ControllerManagerExtraArgs, Flag);

        /// <summary>Who set it, without the size: "k0s's default", "kube-controller-manager's default" or "set by node-cidr-mask-size-ipv4".</summary>
        public string Setter() => Source switch
        {
            NodeMaskSource.K0sDefault => "k0s's default",
            NodeMaskSource.ControllerManagerDefault => "kube-controller-manager's default",
            _ => "set by " + Flag,
        };

        /// <summary>"k0s's default /24", "kube-controller-manager's default /64" or "node-cidr-mask-size-ipv4 /21".</summary>
        public string Describe()
            => (Source == NodeMaskSource.K0sDefault || Source == NodeMaskSource.ControllerManagerDefault ? Setter() : Flag) + " /" + Size.ToInvariant();
    }

    /// <summary>
    /// The node CIDR mask sizes kube-controller-manager ends up with: what k0s sets (dual-stack: -ipv4 24 and
    /// -ipv6 117, 110 before k0s 1.34.1; single-stack IPv6: 117, 24 before 1.34.1; otherwise 24), overridden by <c>controllerManager.extraArgs</c>, then
    /// read the way kube-controller-manager's <c>setNodeCIDRMaskSizes</c> reads them.
    /// </summary>
    internal sealed class NodeMasks
    {
        public const string MaskFlag = "node-cidr-mask-size";
        public const string MaskIPv4Flag = "node-cidr-mask-size-ipv4";
        public const string MaskIPv6Flag = "node-cidr-mask-size-ipv6";
        public const int K0sIPv4Default = 24;
        public const int K0sIPv6Default = 117;

        /// <summary>k0s's IPv6 node mask in dual-stack before 1.34.1 (k0s v1.33.13+k0s.1 pkg/component/controller/controllermanager.go).</summary>
        public const int K0sIPv6DefaultBefore134 = 110;

        /// <summary>k0s's IPv6 node mask for k0s <paramref name="version"/>: /110 up to 1.33, /117 from 1.34.1.</summary>
        public static int K0sIPv6DefaultIn(K0sVersion version) => VersionFacts.HasAddressFamilyChecks(version) ? K0sIPv6Default : K0sIPv6DefaultBefore134;

        public static readonly IReadOnlyList<string> Flags = new[] { MaskFlag, MaskIPv4Flag, MaskIPv6Flag };

        private NodeMasks()
        {
        }

        /// <summary>Everything needed was known.</summary>
        public bool IsKnown { get; private set; }

        /// <summary>kube-controller-manager's start-up error, when the flags do not fit the stack.</summary>
        public string? Error { get; private set; }

        /// <summary>The flag whose presence causes <see cref="Error"/>.</summary>
        public NodeMask ErrorFlag { get; private set; }

        public NodeMask IPv4 { get; private set; }

        public NodeMask IPv6 { get; private set; }

        public static NodeMasks Compute(ClusterFacts facts, bool? dualStack, bool? singleStackIPv6, K0sVersion version)
        {
            var result = new NodeMasks();
            if (dualStack == null || (dualStack == false && singleStackIPv6 == null))
            {
                return result;
            }

            ExtraArgsFacts args = facts.ControllerManagerExtraArgs;
            // Before 1.34.1 k0s set node-cidr-mask-size 24 for any single-stack cluster, IPv6 included.
            int k0sMask = dualStack == true ? 0 : singleStackIPv6 == true && VersionFacts.HasAddressFamilyChecks(version) ? K0sIPv6Default : K0sIPv4Default;
            int k0sIPv4 = dualStack == true ? K0sIPv4Default : 0;
            int k0sIPv6 = dualStack == true ? K0sIPv6DefaultIn(version) : 0;
            if (!TryFlag(args, MaskFlag, k0sMask, out NodeMask mask)
                || !TryFlag(args, MaskIPv4Flag, k0sIPv4, out NodeMask maskIPv4)
                || !TryFlag(args, MaskIPv6Flag, k0sIPv6, out NodeMask maskIPv6))
            {
                return result;
            }

            result.IsKnown = true;

            // kube-controller-manager: cmd/kube-controller-manager/app/core.go setNodeCIDRMaskSizes.
            // Its own defaults when a flag is 0: IPv4 24, IPv6 64.
            var ipv4 = new NodeMask(24, MaskIPv4Flag, NodeMaskSource.ControllerManagerDefault, origin: null);
            var ipv6 = new NodeMask(64, MaskIPv6Flag, NodeMaskSource.ControllerManagerDefault, origin: null);
            if (dualStack == true)
            {
                if (mask.Size != 0)
                {
                    result.Error = "usage of --node-cidr-mask-size is not allowed with dual-stack clusters";
                    result.ErrorFlag = mask;
                    return result;
                }

                result.IPv4 = maskIPv4.Size != 0 ? maskIPv4 : ipv4;
                result.IPv6 = maskIPv6.Size != 0 ? maskIPv6 : ipv6;
                return result;
            }

            if (mask.Size != 0)
            {
                if (maskIPv4.Size != 0 || maskIPv6.Size != 0)
                {
                    result.Error = "usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set. For dual-stack clusters please unset it and use IPFamily specific flags";
                    result.ErrorFlag = maskIPv4.Size != 0 ? maskIPv4 : maskIPv6;
                    return result;
                }

                result.IPv4 = mask;
                result.IPv6 = mask;
                return result;
            }

            result.IPv4 = ipv4;
            result.IPv6 = ipv6;
            if (maskIPv4.Size != 0)
            {
                if (singleStackIPv6 == true)
                {
                    result.Error = "usage of --node-cidr-mask-size-ipv4 is not allowed for a single-stack IPv6 cluster";
                    result.ErrorFlag = maskIPv4;
                    return result;
                }

                result.IPv4 = maskIPv4;
            }

            if (maskIPv6.Size != 0)
            {
                if (singleStackIPv6 != true)
                {
                    result.Error = "usage of --node-cidr-mask-size-ipv6 is not allowed for a single-stack IPv4 cluster";
                    result.ErrorFlag = maskIPv6;
                    return result;
                }

                result.IPv6 = maskIPv6;
            }

            return result;
        }

        /// <summary>Reads one flag: the override when set, else k0s's value (0 = k0s does not set it).</summary>
        private static bool TryFlag(ExtraArgsFacts args, string flag, int k0sValue, out NodeMask mask)
        {
            Fact<string> fact = args.Get(flag);
            switch (fact.State)
            {
                case FactState.Unset:
                    mask = new NodeMask(k0sValue, flag, NodeMaskSource.K0sDefault, origin: null);
                    return true;
                case FactState.Known when GoStrconv.TryParseInt32(fact.Value ?? string.Empty, out int value):
                    mask = new NodeMask(value, flag, NodeMaskSource.Configured, origin: fact.Origin);
                    return true;
                default:
                    mask = default;
                    return false;
            }
        }
    }
}
