using System.Collections.Generic;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests.Rules;

/// <summary>K0S301–K0S305: network providers and kube-proxy.</summary>
public class K0S3xxTests
{
    // ---------------------------------------------------------------- K0S301 Calico dual-stack needs bird

    [Fact]
    public void K0S301_fires_for_Calico_dual_stack_in_the_default_vxlan_mode()
    {
        // §8.9: provider calico, dual-stack, no calico block.
        Finding finding = Network(net => net.Calico().DocsDualStack()).One(RuleIds.CalicoDualStackNeedsBird).Is(
            "K0S301",
            "spec.network.calico.mode",
            FindingSeverity.Error,
            "Calico mode vxlan does not support dual-stack (vxlan is Calico's default mode)",
            "(\"dual-stack for calico is only supported for mode `bird`\")",
            "Set calico.mode to bird.");
        Assert.Equal(new[] { "spec.network.dualStack.enabled" }, finding.AdditionalPaths);
    }

    [Theory]
    [InlineData(CalicoMode.Ipip, "ipip is a deprecated alias of bird, but k0s rejects it")] // §8.9 calico {mode: ipip}
    [InlineData(CalicoMode.Vxlan, "Calico mode vxlan does not support dual-stack")]
    public void K0S301_fires_for_every_mode_but_bird(CalicoMode mode, string fragment)
        => Network(net => net.Calico(c => c.Mode(mode)).DocsDualStack()).One(RuleIds.CalicoDualStackNeedsBird)
            .Is("K0S301", "spec.network.calico.mode", FindingSeverity.Error, fragment, "Set calico.mode to bird.");

    [Fact]
    public void K0S301_silent_for_bird_single_stack_or_another_provider()
    {
        Network(net => net.Calico(c => c.Mode(CalicoMode.Bird)).DocsDualStack()).None(RuleIds.CalicoDualStackNeedsBird);
        Network(net => net.Calico()).None(RuleIds.CalicoDualStackNeedsBird);
        Network(net => net.Calico(c => c.Mode(CalicoMode.Vxlan)).PodCidr("fd00::/108").ServiceCidr("fd01::/108")).None(RuleIds.CalicoDualStackNeedsBird);
        T.Seed().Validate().None(RuleIds.CalicoDualStackNeedsBird);
        Network(net => net.CustomCni().DocsDualStack()).None(RuleIds.CalicoDualStackNeedsBird);
    }

    [Fact]
    public void K0S301_unknown_mode_provider_or_dual_stack_silences_it()
    {
        Evaluate(Unknown(f => { f.Provider = K("calico"); f.DualStackEnabled = K(true); })).None(RuleIds.CalicoDualStackNeedsBird);
        Evaluate(Unknown(f => { f.CalicoMode = K("vxlan"); f.DualStackEnabled = K(true); })).None(RuleIds.CalicoDualStackNeedsBird);
        Evaluate(Unknown(f => { f.Provider = K("calico"); f.CalicoMode = K("vxlan"); })).None(RuleIds.CalicoDualStackNeedsBird);
        Evaluate(Unknown(f => { f.Provider = K("calico"); f.CalicoMode = K("vxlan"); f.DualStackEnabled = K(true); })).One(RuleIds.CalicoDualStackNeedsBird);
    }

    // ---------------------------------------------------------------- K0S302 custom CNI with dual-stack

    [Fact]
    public void K0S302_fires_as_information_for_a_custom_CNI_with_dual_stack()
        => Network(net => net.CustomCni().DocsDualStack()).One(RuleIds.CustomCniDualStack).Is(
            "K0S302",
            "spec.network.provider",
            FindingSeverity.Info,
            "k0s deploys no CNI",
            "configure yours for dual-stack with the pod ranges 10.244.0.0/16 and fd00::/108");

    [Fact]
    public void K0S302_silent_single_stack_or_with_a_deployed_CNI()
    {
        Network(net => net.CustomCni()).None(RuleIds.CustomCniDualStack);
        T.Seed().Validate().None(RuleIds.CustomCniDualStack);
    }

    [Fact]
    public void K0S302_unknown_inputs_silence_it()
    {
        Evaluate(Unknown(f => { f.Provider = K("custom"); f.DualStackEnabled = K(true); f.IPv6PodCidr = K("fd00::/108"); })).None(RuleIds.CustomCniDualStack);
        Evaluate(Unknown(f => { f.Provider = K("custom"); f.DualStackEnabled = K(true); f.PodCidr = K("10.244.0.0/16"); f.IPv6PodCidr = K("fd00::/108"); })).One(RuleIds.CustomCniDualStack);
    }

    // ---------------------------------------------------------------- K0S303 ignored provider settings

    [Fact]
    public void K0S303_fires_for_Calico_settings_with_kube_router_and_for_the_replaced_provider()
    {
        IReadOnlyList<Finding> findings = Network(net => net.Calico(c => c.Mode(CalicoMode.Bird)).KubeRouter());
        findings.At("K0S303", "spec.network.calico").Is(
            "K0S303",
            "spec.network.calico",
            FindingSeverity.Warning,
            "Calico settings are ignored because the network provider is kuberouter: k0s drops the calico block",
            "Remove them, or make Calico the provider.");
        findings.At("K0S303", "spec.network.provider").Is(
            "K0S303",
            "spec.network.provider",
            FindingSeverity.Warning,
            "The network provider kuberouter replaces calico",
            "Choose the provider once.");
        findings.NoErrors();
    }

    [Fact]
    public void K0S303_fires_for_kube_router_settings_with_Calico_and_for_both_with_custom()
    {
        Network(net => net.KubeRouter(k => k.Mtu(1400)).Calico()).At("K0S303", "spec.network.kuberouter")
            .Is("K0S303", "spec.network.kuberouter", FindingSeverity.Warning, "kube-router settings are ignored because the network provider is calico: k0s drops the kuberouter block");

        // A YAML reader: provider custom with both blocks written.
        IReadOnlyList<Finding> custom = Evaluate(Facts(f => { f.Provider = K("custom"); f.CalicoSettings = K(true); f.CalicoMode = K("bird"); f.KubeRouterSettings = K(true); }));
        custom.At("K0S303", "spec.network.calico").Is("K0S303", "spec.network.calico", FindingSeverity.Warning, "k0s checks the calico block but deploys no Calico");
        custom.At("K0S303", "spec.network.kuberouter").Is("K0S303", "spec.network.kuberouter", FindingSeverity.Warning, "k0s deploys no kube-router");
    }

    [Fact]
    public void K0S303_silent_for_the_chosen_providers_own_settings()
    {
        Network(net => net.Calico(c => c.Mode(CalicoMode.Bird).Mtu(1400))).None(RuleIds.IgnoredProviderSettings);
        Network(net => net.KubeRouter(k => k.Mtu(1400)).KubeRouter(k => k.AutoMtu(false))).None(RuleIds.IgnoredProviderSettings);
        Network(net => net.Calico(c => { }).KubeRouter()).One(RuleIds.IgnoredProviderSettings); // only the replaced provider: an empty block is not written
    }

    [Fact]
    public void K0S303_unknown_provider_silences_it()
    {
        Evaluate(Unknown(f => { f.CalicoSettings = K(true); f.KubeRouterSettings = K(true); f.ReplacedProvider = K("calico"); })).None(RuleIds.IgnoredProviderSettings);
        Evaluate(Unknown(f => { f.Provider = K("kuberouter"); f.CalicoSettings = K(true); })).One(RuleIds.IgnoredProviderSettings);
    }

    // ---------------------------------------------------------------- K0S304 kube-proxy userspace

    [Fact]
    public void K0S304_fires_for_userspace_mode()
        => Network(net => net.KubeProxy(k => k.Mode(KubeProxyMode.Userspace))).One(RuleIds.KubeProxyUserspaceMode).Is(
            "K0S304",
            "spec.network.kubeProxy.mode",
            FindingSeverity.Error,
            "kube-proxy mode userspace was removed in Kubernetes 1.26",
            "k0s accepts it",
            "(\"must be iptables, ipvs, nftables or blank\")",
            "Use iptables (the default), ipvs or nftables.");

    [Fact]
    public void K0S304_silent_for_other_modes_and_disabled_kube_proxy()
    {
        foreach (KubeProxyMode mode in new[] { KubeProxyMode.Iptables, KubeProxyMode.Ipvs, KubeProxyMode.Nftables })
        {
            Network(net => net.KubeProxy(k => k.Mode(mode))).None(RuleIds.KubeProxyUserspaceMode);
        }

        Network(net => net.KubeProxy(k => k.Mode(KubeProxyMode.Userspace).Disabled())).None(RuleIds.KubeProxyUserspaceMode);
    }

    [Fact]
    public void K0S304_unknown_disabled_silences_it()
    {
        Evaluate(Unknown(f => f.KubeProxyMode = K("userspace"))).None(RuleIds.KubeProxyUserspaceMode);
        Evaluate(Unknown(f => { f.KubeProxyMode = K("userspace"); f.KubeProxyDisabled = K(false); })).One(RuleIds.KubeProxyUserspaceMode);
    }

    // ---------------------------------------------------------------- K0S305 kube-router on single-stack IPv6

    [Fact]
    public void K0S305_fires_as_information_for_kube_router_on_single_stack_IPv6()
    {
        Finding finding = Network(net => net.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).One(RuleIds.KubeRouterIPv6SingleStack).Is(
            "K0S305",
            "spec.network.provider",
            FindingSeverity.Info,
            "kube-router on single-stack IPv6 (podCIDR 'fd00::/108')",
            "Consider Calico for an IPv6-only cluster.");
        Assert.Equal(new[] { "spec.network.podCIDR" }, finding.AdditionalPaths);
    }

    [Fact]
    public void K0S305_silent_for_Calico_IPv4_or_dual_stack()
    {
        Network(net => net.Calico().PodCidr("fd00::/108").ServiceCidr("fd01::/108")).None(RuleIds.KubeRouterIPv6SingleStack);
        K0s.Cluster().Validate().None(RuleIds.KubeRouterIPv6SingleStack);
        T.Seed().Validate().None(RuleIds.KubeRouterIPv6SingleStack);
    }

    [Fact]
    public void K0S305_unknown_inputs_silence_it()
    {
        Evaluate(Unknown(f => { f.Provider = K("kuberouter"); f.PodCidr = K("fd00::/108"); })).None(RuleIds.KubeRouterIPv6SingleStack);
        Evaluate(Unknown(f => { f.DualStackEnabled = K(false); f.PodCidr = K("fd00::/108"); })).None(RuleIds.KubeRouterIPv6SingleStack);
        Evaluate(Unknown(f => { f.Provider = K("kuberouter"); f.DualStackEnabled = K(false); f.PodCidr = K("fd00::/108"); })).One(RuleIds.KubeRouterIPv6SingleStack);
    }
}
