using System.Collections.Generic;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests.Rules;

/// <summary>K0S601–K0S602 (extraArgs) and K0S701 (node-local load balancing).</summary>
public class K0S6xx7xxTests
{
    // ---------------------------------------------------------------- K0S601 dashed extraArgs key

    [Fact]
    public void K0S601_fires_for_a_key_that_starts_with_a_dash_in_every_map()
    {
        IReadOnlyList<Finding> findings = Validate(c => c
            .Network(net => net.KubeRouter(k => k.ExtraArg("-run-firewall", "false")).KubeProxy(k => k.ExtraArg("--v", "2")))
            .Api(a => a.ExtraArg("-v", "2"))
            .ControllerManager(cm => cm.ExtraArg("--node-cidr-mask-size", "24")));

        findings.At("K0S601", "spec.controllerManager.extraArgs.--node-cidr-mask-size").Is(
            "K0S601",
            "spec.controllerManager.extraArgs.--node-cidr-mask-size",
            FindingSeverity.Warning,
            "controllerManager.extraArgs key '--node-cidr-mask-size' starts with '-'",
            "kube-controller-manager gets '----node-cidr-mask-size=...' and does not start (\"bad flag syntax\")",
            "Write 'node-cidr-mask-size'.");
        findings.At("K0S601", "spec.api.extraArgs.-v").Is("K0S601", "spec.api.extraArgs.-v", FindingSeverity.Warning, "kube-apiserver gets '---v=...'", "Write 'v'.");
        findings.At("K0S601", "spec.network.kubeProxy.extraArgs.--v").Is("K0S601", "spec.network.kubeProxy.extraArgs.--v", FindingSeverity.Warning, "kube-proxy");
        findings.At("K0S601", "spec.network.kuberouter.extraArgs.-run-firewall").Is("K0S601", "spec.network.kuberouter.extraArgs.-run-firewall", FindingSeverity.Warning, "kube-router", "Write 'run-firewall'.");
        Assert.Equal(4, findings.Count(f => f.RuleId == RuleIds.DashedExtraArgKey));
    }

    [Fact]
    public void K0S601_silent_for_plain_keys()
        => Validate(c => c
            .Network(net => net.KubeRouter(k => k.ExtraArg("run-firewall", "false")).KubeProxy(k => k.ExtraArg("v", "2")))
            .Api(a => a.ExtraArg("v", "2"))
            .ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", "24").ExtraArg("v-", "2"))).None(RuleIds.DashedExtraArgKey);

    [Fact]
    public void K0S601_unknown_maps_report_only_the_keys_they_know()
    {
        Evaluate(ClusterFacts.AllUnknown()).None(RuleIds.DashedExtraArgKey);
        ExtraArgsFacts partial = new(Args(("--v", "2")).Entries, isComplete: false);
        Evaluate(Unknown(f => f.ApiExtraArgs = partial)).One(RuleIds.DashedExtraArgKey).Is("K0S601", "spec.api.extraArgs.--v", FindingSeverity.Warning, "'--v'");
    }

    // ---------------------------------------------------------------- K0S602 extraArgs override a derived flag

    [Fact]
    public void K0S602_fires_for_cluster_cidr_and_service_cluster_ip_range()
    {
        IReadOnlyList<Finding> findings = Validate(c => c
            .ControllerManager(cm => cm.ExtraArg("cluster-cidr", "fd00::/108,10.244.0.0/16").ExtraArg("service-cluster-ip-range", "10.96.0.0/12"))
            .Api(a => a.ExtraArg("service-cluster-ip-range", "10.96.0.0/12")));

        findings.At("K0S602", "spec.controllerManager.extraArgs.cluster-cidr").Is(
            "K0S602",
            "spec.controllerManager.extraArgs.cluster-cidr",
            FindingSeverity.Warning,
            "controllerManager.extraArgs 'cluster-cidr' replaces the value k0s derives from podCIDR and dualStack.IPv6podCIDR",
            "Remove it and set the network fields instead");
        findings.At("K0S602", "spec.controllerManager.extraArgs.service-cluster-ip-range").Is("K0S602", "spec.controllerManager.extraArgs.service-cluster-ip-range", FindingSeverity.Warning, "serviceCIDR and dualStack.IPv6serviceCIDR");
        findings.At("K0S602", "spec.api.extraArgs.service-cluster-ip-range").Is("K0S602", "spec.api.extraArgs.service-cluster-ip-range", FindingSeverity.Warning, "api.extraArgs 'service-cluster-ip-range'");
    }

    [Fact]
    public void K0S602_fires_for_allocate_node_cidrs_false_with_kube_router()
        => Validate(c => c.ControllerManager(cm => cm.ExtraArg("allocate-node-cidrs", "False"))).One(RuleIds.ExtraArgOverridesDerivedFlag).Is(
            "K0S602",
            "spec.controllerManager.extraArgs.allocate-node-cidrs",
            FindingSeverity.Warning,
            "'allocate-node-cidrs: false' stops kube-controller-manager from giving nodes a pod range",
            "Remove it.");

    [Fact]
    public void K0S602_fires_for_a_mask_set_by_its_typed_helper_and_as_a_raw_argument()
        => Validate(c => c.ControllerManager(cm => cm.NodeCidrMaskSize(24).ExtraArg("node-cidr-mask-size", "23"))).One(RuleIds.ExtraArgOverridesDerivedFlag).Is(
            "K0S602",
            "spec.controllerManager.extraArgs.node-cidr-mask-size",
            FindingSeverity.Warning,
            "'node-cidr-mask-size' is set both by its typed helper and as a raw extra argument; the later one wins ('23')",
            "Set it once.");

    [Fact]
    public void K0S602_silent_for_typed_masks_other_flags_and_Calico()
    {
        T.Seed().ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(120).NodeCidrMaskSizeIPv4(21)).Validate().None(RuleIds.ExtraArgOverridesDerivedFlag);
        Validate(c => c.ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", "23").ExtraArg("v", "2"))).None(RuleIds.ExtraArgOverridesDerivedFlag);
        Validate(c => c.Network(net => net.Calico()).ControllerManager(cm => cm.ExtraArg("allocate-node-cidrs", "false"))).None(RuleIds.ExtraArgOverridesDerivedFlag);
        Validate(c => c.ControllerManager(cm => cm.ExtraArg("allocate-node-cidrs", "true"))).None(RuleIds.ExtraArgOverridesDerivedFlag);
    }

    [Fact]
    public void K0S602_unknown_provider_silences_the_allocate_check()
    {
        Evaluate(Unknown(f => f.ControllerManagerExtraArgs = Args(("allocate-node-cidrs", "false")))).None(RuleIds.ExtraArgOverridesDerivedFlag);
        Evaluate(Unknown(f => { f.Provider = K("kuberouter"); f.ControllerManagerExtraArgs = Args(("allocate-node-cidrs", "false")); })).One(RuleIds.ExtraArgOverridesDerivedFlag);

        // An override whose value is unknown still replaces k0s's value.
        Evaluate(Unknown(f => f.ControllerManagerExtraArgs = ArgsWithUnknownValue("cluster-cidr"))).One(RuleIds.ExtraArgOverridesDerivedFlag)
            .Is("K0S602", "spec.controllerManager.extraArgs.cluster-cidr", FindingSeverity.Warning, "'cluster-cidr'");
    }

    // ---------------------------------------------------------------- K0S701 NLLB with externalAddress

    [Fact]
    public void K0S701_fires_for_node_local_load_balancing_with_an_external_address()
    {
        // k0s TestValidateCmd (cmd/config/validate_test.go) and §8.9.
        Finding finding = Validate(c => c.Network(net => net.NodeLocalLoadBalancing()).Api(a => a.ExternalAddress("k0s.example.com")))
            .One(RuleIds.NodeLocalLoadBalancingWithExternalAddress).Is(
                "K0S701",
                "spec.network.nodeLocalLoadBalancing.enabled",
                FindingSeverity.Error,
                "api.externalAddress 'k0s.example.com'",
                "(\"node-local load balancing cannot be used in conjunction with an external Kubernetes API server address\")",
                "Remove api.externalAddress or disable node-local load balancing.");
        Assert.Equal(new[] { "spec.api.externalAddress" }, finding.AdditionalPaths);
    }

    [Fact]
    public void K0S701_silent_with_only_one_of_the_two()
    {
        Validate(c => c.Network(net => net.NodeLocalLoadBalancing(n => n.Type(NodeLocalLoadBalancingType.Traefik)))).None(RuleIds.NodeLocalLoadBalancingWithExternalAddress);
        Validate(c => c.Api(a => a.ExternalAddress("k0s.example.com"))).None(RuleIds.NodeLocalLoadBalancingWithExternalAddress);
        Validate(c => c.Network(net => net.NodeLocalLoadBalancing(n => n.Enabled(false))).Api(a => a.ExternalAddress("k0s.example.com"))).None(RuleIds.NodeLocalLoadBalancingWithExternalAddress);
        Validate(c => c.Network(net => net.NodeLocalLoadBalancing()).Api(a => a.ExternalAddress(""))).None(RuleIds.NodeLocalLoadBalancingWithExternalAddress);
    }

    [Fact]
    public void K0S701_unknown_inputs_silence_it()
    {
        Evaluate(Unknown(f => f.NodeLocalLoadBalancingEnabled = K(true))).None(RuleIds.NodeLocalLoadBalancingWithExternalAddress);
        Evaluate(Unknown(f => f.ExternalAddress = K("k0s.example.com"))).None(RuleIds.NodeLocalLoadBalancingWithExternalAddress);
        Evaluate(Unknown(f => { f.NodeLocalLoadBalancingEnabled = K(true); f.ExternalAddress = K("k0s.example.com"); })).One(RuleIds.NodeLocalLoadBalancingWithExternalAddress);
    }
}
