using System.Collections.Generic;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests.Rules;

/// <summary>K0S401–K0S406: node IPAM (node CIDR mask sizes against the pod CIDRs).</summary>
public class K0S4xxTests
{
    private const string MaskPath = "spec.controllerManager.extraArgs.node-cidr-mask-size";
    private const string MaskIPv4Path = "spec.controllerManager.extraArgs.node-cidr-mask-size-ipv4";
    private const string MaskIPv6Path = "spec.controllerManager.extraArgs.node-cidr-mask-size-ipv6";

    // ---------------------------------------------------------------- K0S401 invalid node mask size

    [Theory]
    [InlineData("abc", "is not an integer")]
    [InlineData("24 ", "is not an integer")]
    [InlineData(" 24", "is not an integer")]
    [InlineData("1e1", "is not an integer")]
    [InlineData("24.0", "is not an integer")]
    [InlineData("", "is not an integer")]
    [InlineData("2__4", "is not an integer")] // Go allows one '_' between digits only
    [InlineData("_24", "is not an integer")]
    [InlineData("99999999999999", "is not an integer")] // out of int32, as pflag reads it
    [InlineData("33", "is not a mask size for an IPv4 cluster")]
    [InlineData("-1", "is not a mask size for an IPv4 cluster")]
    [InlineData("0x21", "is not a mask size for an IPv4 cluster")]
    public void K0S401_fires_on_a_mask_kube_controller_manager_cannot_use(string value, string what)
    {
        Validate(c => c.ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", value))).One(RuleIds.InvalidNodeMaskSize).Is(
            "K0S401",
            MaskPath,
            FindingSeverity.Error,
            "node-cidr-mask-size '" + value + "' " + what,
            "kube-controller-manager refuses to start",
            "Use an integer from 1 to 32.");
    }

    [Fact]
    public void K0S401_fires_on_typed_helpers_with_the_familys_bound()
    {
        IReadOnlyList<Finding> findings = T.Seed().ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(33).NodeCidrMaskSizeIPv6(129)).Validate();
        findings.At("K0S401", MaskIPv4Path).Is("K0S401", MaskIPv4Path, FindingSeverity.Error, "node-cidr-mask-size-ipv4 '33' is not a mask size for IPv4", "Use an integer from 1 to 32.");
        findings.At("K0S401", MaskIPv6Path).Is("K0S401", MaskIPv6Path, FindingSeverity.Error, "node-cidr-mask-size-ipv6 '129' is not a mask size for IPv6", "Use an integer from 1 to 128.");

        Validate(c => c.Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).ControllerManager(cm => cm.NodeCidrMaskSize(129)))
            .One(RuleIds.InvalidNodeMaskSize).Is("K0S401", MaskPath, FindingSeverity.Error, "'129' is not a mask size for an IPv6 cluster", "Use an integer from 1 to 128.");
    }

    [Theory]
    [InlineData("24")]
    [InlineData("0x18")] // pflag reads int32 flags with strconv.ParseInt(s, 0, 32): hex
    [InlineData("030")] // leading-zero octal
    [InlineData("0o30")]
    [InlineData("0b11000")]
    [InlineData("2_4")] // '_' between digits
    [InlineData("+24")]
    public void K0S401_silent_on_what_Go_reads_as_24(string value)
    {
        IReadOnlyList<Finding> findings = Validate(c => c.ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", value)));
        findings.None(RuleIds.InvalidNodeMaskSize);
        Assert.Contains("with node mask /24:", findings.One(RuleIds.CapacitySummary).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void K0S401_silent_on_0_which_means_kube_controller_managers_default()
    {
        // Regression: K0S401 used to reject 0. kube-controller-manager reads 0 as "not set" and uses its own
        // default (24 / 64); node-cidr-mask-size "0" is how single-stack IPv6 clears k0s's flag to use -ipv6.
        IReadOnlyList<Finding> findings = Validate(c => c
            .Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108"))
            .ControllerManager(cm => cm.NodeCidrMaskSize(0).NodeCidrMaskSizeIPv6(120)));
        findings.None(RuleIds.InvalidNodeMaskSize);
        findings.NoErrors();
        findings.One(RuleIds.CapacitySummary).Is("K0S406", "spec.network.podCIDR", FindingSeverity.Info, "with node mask /120: 4096 nodes × 256 addresses per node");

        Validate(c => c.ControllerManager(cm => cm.NodeCidrMaskSize(0))).None(RuleIds.InvalidNodeMaskSize);
    }

    [Fact]
    public void K0S401_unknown_family_uses_only_the_bound_that_is_sure()
    {
        // The family-less flag's bound depends on the stack: unknown, only 128 is sure to be wrong.
        Evaluate(Unknown(f => f.ControllerManagerExtraArgs = Args(("node-cidr-mask-size", "33")))).None(RuleIds.InvalidNodeMaskSize);
        Evaluate(Unknown(f => f.ControllerManagerExtraArgs = Args(("node-cidr-mask-size", "129")))).One(RuleIds.InvalidNodeMaskSize)
            .Is("K0S401", MaskPath, FindingSeverity.Error, "'129'", "Use an integer from 1 to 128.");
        Evaluate(Unknown(f => f.ControllerManagerExtraArgs = Args(("node-cidr-mask-size-ipv4", "33")))).One(RuleIds.InvalidNodeMaskSize);
        Evaluate(Unknown(f => f.ControllerManagerExtraArgs = Args(("node-cidr-mask-size", "abc")))).One(RuleIds.InvalidNodeMaskSize);
        Evaluate(Facts(f => f.ControllerManagerExtraArgs = ArgsWithUnknownValue("node-cidr-mask-size"))).None(RuleIds.InvalidNodeMaskSize);
    }

    // ---------------------------------------------------------------- K0S402 pod CIDR longer than node mask

    [Fact]
    public void K0S402_fires_for_an_IPv4_pod_CIDR_longer_than_k0s_default_24()
    {
        // §8.9: podCIDR 10.244.0.0/25 (k0s-valid) stops kube-controller-manager.
        Finding finding = Network(net => net.PodCidr("10.244.0.0/25")).One(RuleIds.PodCidrLongerThanNodeMask).Is(
            "K0S402",
            "spec.network.podCIDR",
            FindingSeverity.Error,
            "IPv4 pod CIDR '10.244.0.0/25' has prefix /25, longer than the node mask (k0s's default /24)",
            "(\"mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family\")",
            "Use a pod CIDR of /24 or a shorter prefix, or a node mask of /25 or more.");
        Assert.Equal(new[] { MaskPath }, finding.AdditionalPaths);
    }

    [Fact]
    public void K0S402_fires_for_the_IPv6_range_against_the_IPv6_mask()
    {
        T.Seed().Network(net => net.DualStack(ds => ds.IPv6PodCidr("fd00::/118"))).Validate().One(RuleIds.PodCidrLongerThanNodeMask)
            .Is("K0S402", "spec.network.dualStack.IPv6podCIDR", FindingSeverity.Error, "IPv6 pod CIDR 'fd00::/118' has prefix /118, longer than the node mask (k0s's default /117)", "Use a pod CIDR of /117");

        T.Seed().ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(100)).Validate().One(RuleIds.PodCidrLongerThanNodeMask)
            .Is("K0S402", "spec.network.dualStack.IPv6podCIDR", FindingSeverity.Error, "(node-cidr-mask-size-ipv6 /100)", "Use a pod CIDR of /100 or a shorter prefix, or a node mask of /108 or more.");
    }

    [Fact]
    public void K0S402_fires_against_kube_controller_managers_default_when_the_flag_is_0()
    {
        T.Seed().ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(0)).Validate().One(RuleIds.PodCidrLongerThanNodeMask)
            .Is("K0S402", "spec.network.dualStack.IPv6podCIDR", FindingSeverity.Error, "(kube-controller-manager's default /64)");
    }

    [Theory]
    [InlineData("10.244.0.0/24")] // equal is allowed: one node
    [InlineData("10.244.0.0/16")]
    [InlineData("10.0.0.0/21")] // k8s TestNewNodeIpamControllerWithCIDRMasks, mask 24
    public void K0S402_silent_when_the_pod_CIDR_holds_a_node_range(string pod)
        => Network(net => net.PodCidr(pod)).None(RuleIds.PodCidrLongerThanNodeMask);

    [Fact]
    public void K0S402_unknown_masks_or_stack_silence_it()
    {
        Evaluate(Unknown(f => { f.DualStackEnabled = K(false); f.PodCidr = K("10.244.0.0/25"); })).None(RuleIds.PodCidrLongerThanNodeMask);
        Evaluate(Unknown(f => { f.ControllerManagerExtraArgs = ExtraArgsFacts.Empty; f.PodCidr = K("10.244.0.0/25"); })).None(RuleIds.PodCidrLongerThanNodeMask);
        Evaluate(Facts(f => { f.PodCidr = K("10.244.0.0/25"); f.ControllerManagerExtraArgs = ArgsWithUnknownValue("node-cidr-mask-size"); })).None(RuleIds.PodCidrLongerThanNodeMask);
        Evaluate(Unknown(f => { f.DualStackEnabled = K(false); f.ControllerManagerExtraArgs = ExtraArgsFacts.Empty; f.PodCidr = K("10.244.0.0/25"); })).One(RuleIds.PodCidrLongerThanNodeMask);
    }

    // ---------------------------------------------------------------- K0S403 IPv6 node mask more than 16 bits away

    [Fact]
    public void K0S403_fires_for_fd00_64_with_k0s_default_117()
    {
        // §8.9: dual-stack IPv6podCIDR fd00::/64 (k0s-valid) stops kube-controller-manager.
        Finding finding = T.Seed().Network(net => net.DualStack(ds => ds.IPv6PodCidr("fd00::/64"))).Validate().One(RuleIds.IPv6NodeMaskTooFarFromPodCidr).Is(
            "K0S403",
            "spec.network.dualStack.IPv6podCIDR",
            FindingSeverity.Error,
            "IPv6 pod CIDR 'fd00::/64' is 53 bits wider than node mask /117 (k0s's default)",
            "allows at most 16 bits (fd00::/101 or longer)",
            "(\"the node CIDR size is too big\")",
            "Use fd00::/101, or a node mask of /80 or less.");
        Assert.Equal(new[] { MaskIPv6Path }, finding.AdditionalPaths);
    }

    [Fact]
    public void K0S403_fires_for_single_stack_IPv6_with_a_configured_mask()
        => Validate(c => c.Network(net => net.PodCidr("fd00:1::/48").ServiceCidr("fd01::/108")).ControllerManager(cm => cm.NodeCidrMaskSize(120)))
            .One(RuleIds.IPv6NodeMaskTooFarFromPodCidr).Is("K0S403", "spec.network.podCIDR", FindingSeverity.Error, "72 bits wider than node mask /120 (set by node-cidr-mask-size)", "Use fd00:1::/104, or a node mask of /64 or less.");

    [Fact]
    public void K0S403_silent_at_16_bits_and_for_IPv4()
    {
        T.Seed().Network(net => net.DualStack(ds => ds.IPv6PodCidr("fd00::/101"))).Validate().None(RuleIds.IPv6NodeMaskTooFarFromPodCidr);
        T.Seed().Validate().None(RuleIds.IPv6NodeMaskTooFarFromPodCidr);

        // kube-controller-manager's 16-bit limit is IPv6 only: 10.0.0.0/8 with /28 is 20 bits and fine.
        Validate(c => c.Network(net => net.PodCidr("10.0.0.0/8").ServiceCidr("172.16.0.0/12")).ControllerManager(cm => cm.NodeCidrMaskSize(28))).None(RuleIds.IPv6NodeMaskTooFarFromPodCidr);
    }

    [Fact]
    public void K0S403_unknown_masks_silence_it()
    {
        Evaluate(Unknown(f => { f.DualStackEnabled = K(true); f.IPv6PodCidr = K("fd00::/64"); })).None(RuleIds.IPv6NodeMaskTooFarFromPodCidr);
        Evaluate(Unknown(f => { f.DualStackEnabled = K(true); f.IPv6PodCidr = K("fd00::/64"); f.ControllerManagerExtraArgs = ExtraArgsFacts.Empty; })).One(RuleIds.IPv6NodeMaskTooFarFromPodCidr);
    }

    // ---------------------------------------------------------------- K0S404 node mask flag for the wrong stack

    [Fact]
    public void K0S404_fires_for_node_cidr_mask_size_with_dual_stack()
    {
        // §8.9: dual-stack + controllerManager.extraArgs {node-cidr-mask-size: "24"}.
        T.Seed().ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", "24")).Validate().One(RuleIds.NodeMaskFlagForWrongStack).Is(
            "K0S404",
            MaskPath,
            FindingSeverity.Error,
            "node-cidr-mask-size is set for a dual-stack cluster",
            "(\"usage of --node-cidr-mask-size is not allowed with dual-stack clusters\")",
            "Use node-cidr-mask-size-ipv4 and node-cidr-mask-size-ipv6 instead.");
    }

    [Fact]
    public void K0S404_fires_for_a_family_flag_with_single_stack()
    {
        // §8.9: single-stack + controllerManager.extraArgs {node-cidr-mask-size-ipv4: "22"}; k0s sets node-cidr-mask-size.
        Validate(c => c.ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(22))).One(RuleIds.NodeMaskFlagForWrongStack).Is(
            "K0S404",
            MaskIPv4Path,
            FindingSeverity.Error,
            "node-cidr-mask-size-ipv4 is set for a single-stack IPv4 cluster",
            "(\"usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set. For dual-stack clusters please unset it and use IPFamily specific flags\")",
            "Use node-cidr-mask-size (it applies to the cluster's one family) instead.");
    }

    [Fact]
    public void K0S404_fires_for_the_other_familys_flag_once_the_plain_flag_is_cleared()
    {
        Validate(c => c.Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).ControllerManager(cm => cm.NodeCidrMaskSize(0).NodeCidrMaskSizeIPv4(22)))
            .One(RuleIds.NodeMaskFlagForWrongStack).Is("K0S404", MaskIPv4Path, FindingSeverity.Error, "single-stack IPv6", "(\"usage of --node-cidr-mask-size-ipv4 is not allowed for a single-stack IPv6 cluster\")");
        Validate(c => c.ControllerManager(cm => cm.NodeCidrMaskSize(0).NodeCidrMaskSizeIPv6(120)))
            .One(RuleIds.NodeMaskFlagForWrongStack).Is("K0S404", MaskIPv6Path, FindingSeverity.Error, "single-stack IPv4", "(\"usage of --node-cidr-mask-size-ipv6 is not allowed for a single-stack IPv4 cluster\")");
    }

    [Fact]
    public void K0S404_silent_for_the_flags_that_fit_the_stack()
    {
        T.Seed().ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(120).NodeCidrMaskSizeIPv4(21)).Validate().None(RuleIds.NodeMaskFlagForWrongStack);
        Validate(c => c.ControllerManager(cm => cm.NodeCidrMaskSize(23))).None(RuleIds.NodeMaskFlagForWrongStack);
        T.Seed().ControllerManager(cm => cm.NodeCidrMaskSize(0)).Validate().None(RuleIds.NodeMaskFlagForWrongStack);
    }

    [Fact]
    public void K0S404_unknown_stack_or_extra_args_silence_it()
    {
        Evaluate(Unknown(f => f.ControllerManagerExtraArgs = Args(("node-cidr-mask-size", "24")))).None(RuleIds.NodeMaskFlagForWrongStack);
        Evaluate(Unknown(f => { f.DualStackEnabled = K(true); f.ControllerManagerExtraArgs = new ExtraArgsFacts(Args(("node-cidr-mask-size", "24")).Entries, isComplete: false); })).None(RuleIds.NodeMaskFlagForWrongStack);
        Evaluate(Unknown(f => { f.DualStackEnabled = K(true); f.ControllerManagerExtraArgs = Args(("node-cidr-mask-size", "24")); })).One(RuleIds.NodeMaskFlagForWrongStack);
    }

    // ---------------------------------------------------------------- K0S405 node range below max pods

    [Fact]
    public void K0S405_fires_when_a_node_range_holds_fewer_addresses_than_max_pods()
    {
        Finding finding = Validate(c => c.ControllerManager(cm => cm.NodeCidrMaskSize(26))).One(RuleIds.NodeRangeBelowMaxPods).Is(
            "K0S405",
            MaskPath,
            FindingSeverity.Warning,
            "node mask /26 (set by node-cidr-mask-size) leaves each node 61 IPv4 pod addresses, fewer than the kubelet's max pods 110",
            "Use a node mask of /25 or less, or lower max pods.");
        Assert.Equal(new[] { "spec.network.podCIDR" }, finding.AdditionalPaths);
    }

    [Fact]
    public void K0S405_uses_max_pods_from_the_options_and_checks_IPv6()
    {
        // /24 leaves 253 usable addresses (network, gateway and broadcast are taken).
        K0s.Cluster().Validate(new ValidationOptions(maxPods: 254)).One(RuleIds.NodeRangeBelowMaxPods)
            .Is("K0S405", MaskPath, FindingSeverity.Warning, "node mask /24 (k0s's default) leaves each node 253 IPv4 pod addresses, fewer than the kubelet's max pods 254", "Use a node mask of /23 or less");
        K0s.Cluster().Validate(new ValidationOptions(maxPods: 253)).None(RuleIds.NodeRangeBelowMaxPods);

        T.Seed().Network(net => net.DualStack(ds => ds.IPv6PodCidr("fd00::/112"))).ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(125)).Validate().One(RuleIds.NodeRangeBelowMaxPods)
            .Is("K0S405", MaskIPv6Path, FindingSeverity.Warning, "leaves each node 6 IPv6 pod addresses", "Use a node mask of /121 or less");
    }

    [Fact]
    public void K0S405_silent_for_the_defaults_and_for_Calico()
    {
        K0s.Cluster().Validate().None(RuleIds.NodeRangeBelowMaxPods);
        T.Seed().Validate().None(RuleIds.NodeRangeBelowMaxPods);

        // Calico allocates pod addresses from its own IP pools, not from the node range.
        Validate(c => c.Network(net => net.Calico()).ControllerManager(cm => cm.NodeCidrMaskSize(26))).None(RuleIds.NodeRangeBelowMaxPods);
    }

    [Fact]
    public void K0S405_unknown_provider_silences_it()
    {
        Evaluate(Facts(f => { f.Provider = U; f.ControllerManagerExtraArgs = Args(("node-cidr-mask-size", "26")); })).None(RuleIds.NodeRangeBelowMaxPods);
        Evaluate(Facts(f => { f.Provider = K("kuberouter"); f.ControllerManagerExtraArgs = Args(("node-cidr-mask-size", "26")); })).One(RuleIds.NodeRangeBelowMaxPods);
    }

    // ---------------------------------------------------------------- K0S406 capacity summary

    [Fact]
    public void K0S406_fires_as_information_per_pod_range()
    {
        Finding finding = K0s.Cluster().Validate().One(RuleIds.CapacitySummary).Is(
            "K0S406",
            "spec.network.podCIDR",
            FindingSeverity.Info,
            "IPv4 pod CIDR '10.244.0.0/16' with node mask /24: 256 nodes × 256 addresses per node.");
        Assert.Equal(new[] { MaskPath }, finding.AdditionalPaths);
    }

    [Fact]
    public void K0S406_silent_for_a_range_kube_controller_manager_cannot_split()
    {
        Network(net => net.PodCidr("10.244.0.0/25")).None(RuleIds.CapacitySummary);
        Network(net => net.PodCidr("::ffff:10.244.0.0/112")).None(RuleIds.CapacitySummary); // mapped form: no arithmetic on it

        IReadOnlyList<Finding> findings = T.Seed().Network(net => net.DualStack(ds => ds.IPv6PodCidr("fd00::/64"))).Validate();
        findings.One(RuleIds.CapacitySummary).Is("K0S406", "spec.network.podCIDR", FindingSeverity.Info, "IPv4");
    }

    [Fact]
    public void K0S406_unknown_inputs_silence_it()
    {
        Assert.Empty(Evaluate(ClusterFacts.AllUnknown()));
        Evaluate(Unknown(f => f.PodCidr = K("10.244.0.0/16"))).None(RuleIds.CapacitySummary);
        Evaluate(Unknown(f => { f.PodCidr = K("10.244.0.0/16"); f.DualStackEnabled = K(false); f.ControllerManagerExtraArgs = ExtraArgsFacts.Empty; })).One(RuleIds.CapacitySummary);
    }
}
