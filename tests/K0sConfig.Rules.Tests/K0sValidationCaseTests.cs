using System.Collections.Generic;
using System.Reflection;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests;

/// <summary>
/// k0s's and Kubernetes's own validation cases, reproduced through the builder (or the facts where the typed
/// builder cannot say the value): the error ids are compared as a set, and k0s's message text, which our
/// messages quote, is asserted where k0s has one.
/// Sources (k0sproject/k0s main @ dff90cee9a; kubernetes/kubernetes):
/// - k0s pkg/apis/k0s/v1beta1/network_test.go TestValidation (17 cases), clusterconfig_types_test.go;
/// - cases derived from k0s's Network.Validate / APISpec.Validate code, not in k0s's tests ("synthesized");
/// - k8s pkg/controller/nodeipam/node_ipam_controller_test.go TestNewNodeIpamControllerWithCIDRMasks,
///   cmd/kube-apiserver/app/options/validation_test.go TestValidateMaxCIDRRange, TestClusterServiceIPRange,
///   TestValidatePublicIPServiceClusterIPRangeIPFamilies.
/// </summary>
public class K0sValidationCaseTests
{
    private static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal);

    static K0sValidationCaseTests()
    {
        // ------------------------------------------------ k0s network_test.go TestValidation
        // "default network" = kuberouter, 10.244.0.0/16, 10.96.0.0/12, cluster.local, kube-proxy iptables,
        // dual-stack off; an untouched builder is exactly that.
        Add("k0s/defaults_are_valid", () => K0s.Cluster().Validate());
        Add("k0s/invalid_provider", () => Evaluate(Facts(f => f.Provider = K("foobar"))), "K0S107")
            .Quote("K0S107", "spec.network.provider", "Unsupported value").Count(1);
        Add("k0s/invalid_pod_cidr", () => Network(n => n.PodCidr("foobar")), "K0S101")
            .Quote("K0S101", "spec.network.podCIDR", "'foobar'", "invalid CIDR address").Count(1);
        Add("k0s/invalid_service_cidr", () => Network(n => n.ServiceCidr("foobar")), "K0S101")
            .Quote("K0S101", "spec.network.serviceCIDR", "'foobar'", "invalid CIDR address").Count(1);
        Add("k0s/invalid_cluster_domain", () => Network(n => n.ClusterDomain(".invalid-cluster-domain")), "K0S105")
            .Quote("K0S105", "spec.network.clusterDomain", "clusterDomain '.invalid-cluster-domain'", "invalid DNS name").Count(1);

        // Cases 6, 8 and 12 write a calico block (mode bird) while the provider stays kuberouter. The builder
        // can only write a calico block by choosing Calico, so the facts say it as k0s.yaml does; k0s drops the
        // block and so do the rules (K0S303 warns that it is ignored).
        Add("k0s/invalid_ipv6_service_cidr", () => Evaluate(CalicoBlockWithKubeRouter("fd00::/108", "foobar", proxyDisabled: false)), "K0S101")
            .Quote("K0S101", "spec.network.dualStack.IPv6serviceCIDR", "'foobar'", "invalid CIDR address").Count(1)
            .Warnings("K0S303");

        // k0s runs this with the IPv6SingleStack gate on; the gate is a controller flag we cannot see, so the
        // single-stack IPv6 warning K0S205 comes along (a warning, not an error).
        Add("k0s/invalid_ipv6_service_cidr_prefix_too_large", () => Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/120")), "K0S502")
            .Quote("K0S502", "spec.network.serviceCIDR", "IPv6 service CIDR prefix must be <= 108").Count(1)
            .Warnings("K0S205");
        Add("k0s/invalid_ipv6_pod_cidr", () => Evaluate(CalicoBlockWithKubeRouter("foobar", "fd00::/108", proxyDisabled: false)), "K0S101")
            .Quote("K0S101", "spec.network.dualStack.IPv6podCIDR", "'foobar'", "invalid CIDR address").Count(1)
            .Warnings("K0S303");
        Add("k0s/dualstack_ipv6_podcidr_rejects_ipv4", () => Network(n => n.PodCidr("10.244.0.0/16").ServiceCidr("10.96.0.0/12").DualStack(ds => ds.IPv6PodCidr("10.0.0.0/24").IPv6ServiceCidr("fd01::/108"))), "K0S203")
            .Quote("K0S203", "spec.network.dualStack.IPv6podCIDR", "must be an IPv6 CIDR");
        Add("k0s/dualstack_ipv6_servicecidr_rejects_ipv4", () => Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("10.96.0.0/12"))), "K0S203")
            .Quote("K0S203", "spec.network.dualStack.IPv6serviceCIDR", "must be an IPv6 CIDR");

        // The typed builder has no way to write kube-proxy mode "foobar".
        Add("k0s/invalid_mode_for_kube_proxy", () => Evaluate(Facts(f => f.KubeProxyMode = K("foobar"))), "K0S107")
            .Quote("K0S107", "spec.network.kubeProxy.mode", "unsupported mode foobar for kubeProxy config").Count(1);
        Add("k0s/valid_proxy_disabled_for_dualstack", () => Evaluate(CalicoBlockWithKubeRouter("fd00::/108", "fd01::/108", proxyDisabled: true)))
            .Warnings("K0S303");
        Add("k0s/invalid_address_family/empty", () => Evaluate(Facts(f => f.PrimaryAddressFamily = K(""))));
        Add("k0s/invalid_address_family/IPv4", () => Network(n => n.PrimaryAddressFamily(IPFamily.IPv4)));
        Add("k0s/invalid_address_family/IPv6", () => Network(n => n.PrimaryAddressFamily(IPFamily.IPv6)));
        Add("k0s/invalid_address_family/IPv5", () => Evaluate(Facts(f => f.PrimaryAddressFamily = K("IPv5"))), "K0S107")
            .Quote("K0S107", "spec.network.primaryAddressFamily", "Unsupported value").Count(1);
        Add("k0s/invalid_pod_cidr_service_cidr_protocol_mismatch", () => Network(n => n.ServiceCidr("fd01::/108")), "K0S201")
            .Quote("K0S201", "spec.network.serviceCIDR", "podCIDR and serviceCIDR must be both IPv4 or IPv6").Count(1);

        // Cases 15 and 16 are the same k0s.yaml; k0s decides by the controller's --feature-gates flag, which is
        // not in k0s.yaml, so we cannot tell them apart: both give the K0S205 warning and no error. For case 16
        // k0s errors ("feature gate IPv6SingleStack must be explicitly enabled to use IPv6 single stack").
        Add("k0s/valid_single_stack_ipv6", () => Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/108")))
            .Quote("K0S205", "spec.network.podCIDR", "IPv6SingleStack=true")
            .Warnings("K0S205");
        Add("k0s/invalid_single_stack_ipv6_missing_feature_gates", () => Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/108")))
            .Quote("K0S205", "spec.network.podCIDR", "IPv6SingleStack=true")
            .Warnings("K0S205");
        Add("k0s/invalid_dual_stack_ipv6_dualstack_CIDRs", () => Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/108").DocsDualStack()), "K0S202")
            .Quote("K0S202", "spec.network.podCIDR", "if DualStack is enabled, podCIDR must be IPv4")
            .Quote("K0S202", "spec.network.serviceCIDR", "if DualStack is enabled, serviceCIDR must be IPv4")
            .Count(2);

        // ------------------------------------------------ k0s clusterconfig_types_test.go (YAML-level, network part)
        Add("k0s/TestNetworkValidation_Custom", () => Network(n => n.CustomCni()));
        Add("k0s/TestNetworkValidation_Calico", () => Network(n => n.Calico()));
        Add("k0s/TestNetworkValidation_Invalid", () => Evaluate(Facts(f => f.Provider = K("invalidProvider"))), "K0S107")
            .Quote("K0S107", "spec.network.provider", "provider 'invalidProvider' is not one of kuberouter, calico, custom", "Unsupported value").Count(1);
        Add("k0s/TestValidateCmd_nllb_external_address", () => Validate(c => c.Network(n => n.NodeLocalLoadBalancing()).Api(a => a.ExternalAddress("k0s.example.com"))), "K0S701")
            .Quote("K0S701", "spec.network.nodeLocalLoadBalancing.enabled", "node-local load balancing cannot be used in conjunction with an external Kubernetes API server address");
        Add("k0s/api_test/defaults_are_valid", () => Validate(c => c.Api(a => a.Port(6443).K0sApiPort(9443))));

        // k0s's api_test.go validates spec.api alone, where an IPv6 address is fine (K0S103 is silent). In a
        // whole config with the default IPv4 network kube-apiserver would exit (service IP family must match
        // public address family), which K0S206 reports; with IPv6 ranges or an externalAddress it is valid.
        Add("k0s/api_test/accepts_ipv6_as_address", () => Validate(c => c.Api(a => a.Address("2001:0db8:85a3:0000:0000:8a2e:0370:7334"))), "K0S206")
            .Also(findings => findings.None(RuleIds.InvalidApiAddress));
        Add("k0s/api_test/accepts_ipv6_as_address/with_ipv6_ranges", () => Validate(c => c
                .Network(n => n.Calico().PodCidr("fd00::/108").ServiceCidr("fd01::/108"))
                .Api(a => a.Address("2001:0db8:85a3:0000:0000:8a2e:0370:7334"))))
            .Warnings("K0S205");
        Add("k0s/api_test/invalid_api_address", () => Validate(c => c.Api(a => a.Address("something.that.is.not.valid//(())"))), "K0S103")
            .Quote("K0S103", "spec.api.address", "'something.that.is.not.valid//(())'", "invalid IP address").Count(1);
        Add("k0s/api_test/invalid_sans_address", () => Validate(c => c.Api(a => a.Sans("something.that.is.not.valid//(())"))), "K0S104")
            .Quote("K0S104", "spec.api.sans[0]", "'something.that.is.not.valid//(())'", "invalid IP address / DNS name").Count(1);

        // ------------------------------------------------ synthesized from k0s's code (not in k0s's tests)
        Add("synthesized/kube_proxy_metrics_bind_address_without_port", () => Network(n => n.KubeProxy(p => p.MetricsBindAddress("0.0.0.0"))), "K0S111")
            .Quote("K0S111", "spec.network.kubeProxy.metricsBindAddress", "metricsBindAddress: missing port in address").Count(1);
        Add("synthesized/kube_proxy_healthz_bind_address_port_zero", () => Network(n => n.KubeProxy(p => p.HealthzBindAddress("0.0.0.0:0"))), "K0S111")
            .Quote("K0S111", "spec.network.kubeProxy.healthzBindAddress", "healthzBindAddress: port is zero").Count(1);
        Add("synthesized/calico_dual_stack_without_calico_block", () => Network(n => n.Calico().DocsDualStack()), "K0S301")
            .Quote("K0S301", "spec.network.calico.mode", "dual-stack for calico is only supported for mode `bird`");
        Add("synthesized/calico_dual_stack_mode_ipip", () => Network(n => n.Calico(c => c.Mode(CalicoMode.Ipip)).DocsDualStack()), "K0S301")
            .Quote("K0S301", "spec.network.calico.mode", "dual-stack for calico is only supported for mode `bird`");
        Add("synthesized/calico_dual_stack_mode_bird", () => Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).DocsDualStack()));

        // A calico block under kube-router, or mode "foo": the builder can write neither.
        Add("synthesized/kuberouter_with_calico_mode_foo", () => Evaluate(Facts(f => { f.Provider = K("kuberouter"); f.CalicoSettings = K(true); f.CalicoMode = K("foo"); })))
            .Warnings("K0S303");
        Add("synthesized/custom_with_calico_mode_foo", () => Evaluate(Facts(f => { f.Provider = K("custom"); f.CalicoSettings = K(true); f.CalicoMode = K("foo"); })), "K0S107")
            .Quote("K0S107", "spec.network.calico.mode", "'foo'", "bird, vxlan, ipip", "Unsupported value")
            .Warnings("K0S303");
        Add("synthesized/provider_empty", () => Evaluate(Facts(f => f.Provider = K(""))), "K0S107")
            .Quote("K0S107", "spec.network.provider", "Required value");
        Add("synthesized/dual_stack_enabled_only", () => Network(n => n.DualStack(ds => { })), "K0S203")
            .Quote("K0S203", "spec.network.dualStack.IPv6podCIDR", "invalid CIDR address")
            .Quote("K0S203", "spec.network.dualStack.IPv6serviceCIDR", "invalid CIDR address")
            .Count(2);

        // k0s reports two errors on podCIDR here ("invalid CIDR address" and "if DualStack is enabled, podCIDR
        // must be IPv4"); we report the unparsable value once, as K0S101, and K0S202 leaves it alone.
        Add("synthesized/dual_stack_podCIDR_foo", () => Network(n => n.PodCidr("foo").DocsDualStack()), "K0S101")
            .Quote("K0S101", "spec.network.podCIDR", "'foo'", "invalid CIDR address")
            .Count(1);
        Add("synthesized/dual_stack_IPv6serviceCIDR_64", () => Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/64"))), "K0S502")
            .Quote("K0S502", "spec.network.dualStack.IPv6serviceCIDR", "'fd01::/64'", "IPv6 service CIDR prefix must be <= 108");
        Add("synthesized/dual_stack_IPv6serviceCIDR_120", () => Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/120"))));

        // Gate on, single-stack serviceCIDR fd01::/64: k0s accepts it (its single-stack comparison is inverted).
        // kube-apiserver before 1.34 would refuse it, which K0S503 says as a warning.
        Add("synthesized/single_stack_serviceCIDR_64", () => Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/64")))
            .Warnings("K0S205", "K0S503");

        // k0s names the field "addressFamily" in this error; we name the k0s.yaml key.
        Add("synthesized/primaryAddressFamily_ipv6_lowercase", () => Evaluate(Facts(f => f.PrimaryAddressFamily = K("ipv6"))), "K0S107")
            .Quote("K0S107", "spec.network.primaryAddressFamily", "'ipv6'", "IPv4, IPv6", "Unsupported value");
        Add("synthesized/kubeProxy_mode_empty", () => Evaluate(Facts(f => f.KubeProxyMode = K(""))), "K0S107")
            .Quote("K0S107", "spec.network.kubeProxy.mode", "unsupported mode  for kubeProxy config");
        Add("synthesized/kubeProxy_disabled_mode_bogus", () => Evaluate(Facts(f => { f.KubeProxyDisabled = K(true); f.KubeProxyMode = K("bogus"); })));
        Add("synthesized/api_address_0.0.0.0", () => Validate(c => c.Api(a => a.Address("0.0.0.0"))), "K0S103")
            .Quote("K0S103", "spec.api.address", "'0.0.0.0'", "invalid INADDR_ANY");

        // k0s's own message here names api.address's value ("10.0.0.1"), a k0s bug; we name the value at fault.
        Add("synthesized/externalAddress_unspecified", () => Validate(c => c.Api(a => a.Address("10.0.0.1").ExternalAddress("::"))), "K0S104")
            .Quote("K0S104", "spec.api.externalAddress", "api.externalAddress '::'", "invalid INADDR_ANY")
            .Also(findings => Assert.DoesNotContain("10.0.0.1", findings.One(RuleIds.InvalidExternalAddressOrSan).Message, StringComparison.Ordinal));
        Add("synthesized/externalAddress_host_port", () => Validate(c => c.Api(a => a.ExternalAddress("lb.example.com:443"))));
        Add("synthesized/api_port_70000", () => Validate(c => c.Api(a => a.Port(70000))), "K0S106")
            .Quote("K0S106", "spec.api.port", "70000", "must be between 1 and 65535, inclusive");
        Add("synthesized/nllb_with_externalAddress", () => Validate(c => c.Network(n => n.NodeLocalLoadBalancing()).Api(a => a.ExternalAddress("x.example.com"))), "K0S701")
            .Quote("K0S701", "spec.network.nodeLocalLoadBalancing.enabled", "node-local load balancing cannot be used in conjunction with an external Kubernetes API server address");
        Add("synthesized/IPv6podCIDR_64", () => Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/64").IPv6ServiceCidr("fd01::/108"))), "K0S403")
            .Quote("K0S403", "spec.network.dualStack.IPv6podCIDR", "the node CIDR size is too big");
        Add("synthesized/podCIDR_25", () => Network(n => n.PodCidr("10.244.0.0/25")), "K0S402")
            .Quote("K0S402", "spec.network.podCIDR", "mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family");
        Add("synthesized/dual_stack_node_cidr_mask_size", () => T.Seed().ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", "24")).Validate(), "K0S404")
            .Quote("K0S404", "spec.controllerManager.extraArgs.node-cidr-mask-size", "usage of --node-cidr-mask-size is not allowed with dual-stack clusters");
        Add("synthesized/single_stack_node_cidr_mask_size_ipv4", () => Validate(c => c.ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size-ipv4", "22"))), "K0S404")
            .Quote("K0S404", "spec.controllerManager.extraArgs.node-cidr-mask-size-ipv4", "usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set. For dual-stack clusters please unset it and use IPFamily specific flags");
        Add("synthesized/single_stack_ipv6_with_ipv4_api_address", () => Validate(c => c.Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/108")).Api(a => a.Address("10.0.0.5"))), "K0S206")
            .Quote("K0S206", "spec.api.address", "'fd01::/108'", "'10.0.0.5'", "must match public address family")
            .Warnings("K0S205");

        // ------------------------------------------------ Kubernetes: kube-controller-manager node IPAM
        Add("k8s/nodeipam/10.0.0.0_21_mask_24", () => Network(n => n.PodCidr("10.0.0.0/21")))
            .Quote("K0S406", "spec.network.podCIDR", "8 nodes × 256 addresses per node");
        Add("k8s/nodeipam/10.0.0.0_21_2000::_48_masks_24_64", () => Validate(c => c
                .Network(n => n.PodCidr("10.0.0.0/21").DualStack(ds => ds.IPv6PodCidr("2000::/48").IPv6ServiceCidr("fd01::/108")))
                .ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(24).NodeCidrMaskSizeIPv6(64))))
            .Quote("K0S406", "spec.network.dualStack.IPv6podCIDR", "65536 nodes × 2^64 addresses per node");
        Add("k8s/nodeipam/10.0.0.0_26_mask_24", () => Network(n => n.PodCidr("10.0.0.0/26")), "K0S402")
            .Quote("K0S402", "spec.network.podCIDR", "mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family");
        Add("k8s/nodeipam/10.0.0.0_24_2000::_64_masks_24_48", () => Validate(c => c
                .Network(n => n.PodCidr("10.0.0.0/24").DualStack(ds => ds.IPv6PodCidr("2000::/64").IPv6ServiceCidr("fd01::/108")))
                .ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(24).NodeCidrMaskSizeIPv6(48))), "K0S402")
            .Quote("K0S402", "spec.network.dualStack.IPv6podCIDR", "'2000::/64' has prefix /64, longer than the node mask (node-cidr-mask-size-ipv6 /48)")
            .Count(1);
        Add("k8s/nodeipam/cluster_10.0.0.0_16_service_10.0.0.0_8", () => Network(n => n.PodCidr("10.0.0.0/16").ServiceCidr("10.0.0.0/8")), "K0S501")
            .Quote("K0S501", "spec.network.serviceCIDR", "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range")
            .Warnings("K0S503");

        // ------------------------------------------------ Kubernetes: kube-apiserver service range
        // TestValidateMaxCIDRRange: kube-apiserver before 1.34 rejects these; from 1.34 (k0s 1.34+) the new
        // allocator accepts them, so we warn (K0S503) rather than error. 10.92.0.0/8 also has host bits (K0S102);
        // podCIDR is moved out of the way so the overlap rule stays out of it.
        Add("k8s/apiserver/max_cidr_range_10.92.0.0_8", () => Network(n => n.PodCidr("172.16.0.0/16").ServiceCidr("10.92.0.0/8")))
            .Quote("K0S503", "spec.network.serviceCIDR", "specified --service-cluster-ip-range is too large", "larger than /12")
            .Warnings("K0S102", "K0S503");
        Add("k8s/apiserver/max_cidr_range_3000::_64", () => Network(n => n.PodCidr("fd00::/108").ServiceCidr("3000::/64")))
            .Quote("K0S503", "spec.network.serviceCIDR", "specified --service-cluster-ip-range is too large", "larger than /108")
            .Warnings("K0S205", "K0S503");
        Add("k8s/apiserver/max_cidr_range_12", () => Network(n => n.ServiceCidr("10.96.0.0/12")));
        Add("k8s/apiserver/max_cidr_range_108", () => Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/108")))
            .Warnings("K0S205");

        // TestClusterServiceIPRange: k0s builds --service-cluster-ip-range from serviceCIDR and IPv6serviceCIDR,
        // so "v4,v4" and "v6,v6" become family errors on those fields.
        Add("k8s/apiserver/service_range_v4_v4", () => Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("10.112.0.0/12"))), "K0S203")
            .Quote("K0S203", "spec.network.dualStack.IPv6serviceCIDR", "must be an IPv6 CIDR, not IPv4");
        // k0s also says "podCIDR and serviceCIDR must be both IPv4 or IPv6"; with dual-stack on, K0S202 alone says it better.
        Add("k8s/apiserver/service_range_v6_v6", () => Network(n => n.ServiceCidr("fd02::/108").DocsDualStack()), "K0S202")
            .Quote("K0S202", "spec.network.serviceCIDR", "if DualStack is enabled, serviceCIDR must be IPv4");
        Add("k8s/apiserver/service_range_10.0.0.0_16_3000::_64", () => Network(n => n.ServiceCidr("10.0.0.0/16").DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("3000::/64"))), "K0S502")
            .Quote("K0S502", "spec.network.dualStack.IPv6serviceCIDR", "'3000::/64'");

        // With the allocator gates kube-apiserver takes 10.0.0.0/8; k0s has no such gate in k0s.yaml, so this is
        // the K0S503 warning (podCIDR moved out of the range).
        Add("k8s/apiserver/service_range_10.0.0.0_8_with_allocator_gates", () => Network(n => n.PodCidr("172.16.0.0/16").ServiceCidr("10.0.0.0/8")))
            .Warnings("K0S503");

        // More than two entries, or pairs of one family, are only possible through an extraArgs override, whose
        // value we do not parse: K0S602 warns that it replaces k0s's value, nothing more.
        Add("k8s/apiserver/service_range_three_entries_via_extra_args", () => Validate(c => c.Api(a => a.ExtraArg("service-cluster-ip-range", "10.0.0.0/16,3000::/108,4000::/108"))))
            .Quote("K0S602", "spec.api.extraArgs.service-cluster-ip-range", "replaces the value k0s derives")
            .Warnings("K0S602");

        // TestValidatePublicIPServiceClusterIPRangeIPFamilies: the family check fails for the lease reconciler
        // (k0s without externalAddress) and passes for "none" (k0s with externalAddress).
        Add("k8s/apiserver/public_ip_family_mismatch_lease", () => Validate(c => c.Api(a => a.Address("2001:db8::5"))), "K0S206")
            .Quote("K0S206", "spec.api.address", "IPv4 '10.96.0.0/12'", "'2001:db8::5' is IPv6");
        Add("k8s/apiserver/public_ip_family_mismatch_none", () => Validate(c => c.Api(a => a.Address("2001:db8::5").ExternalAddress("2001:db8::10"))));
    }

    public static TheoryData<string> Names(string prefix)
    {
        var data = new TheoryData<string>();
        foreach (string name in Cases.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            data.Add(name);
        }

        return data;
    }

    public static TheoryData<string> K0sCases() => Names("k0s/");

    public static TheoryData<string> SynthesizedCases() => Names("synthesized/");

    public static TheoryData<string> KubernetesCases() => Names("k8s/");

    [Theory]
    [MemberData(nameof(K0sCases))]
    public void K0s_test_case(string name) => Cases[name].Check(name);

    [Theory]
    [MemberData(nameof(SynthesizedCases))]
    public void Synthesized_case(string name) => Cases[name].Check(name);

    [Theory]
    [MemberData(nameof(KubernetesCases))]
    public void Kubernetes_case(string name) => Cases[name].Check(name);

    [Fact]
    public void Every_TestValidation_case_of_k0s_is_here()
    {
        string[] k0sCases =
        {
            "defaults_are_valid", "invalid_provider", "invalid_pod_cidr", "invalid_service_cidr", "invalid_cluster_domain",
            "invalid_ipv6_service_cidr", "invalid_ipv6_service_cidr_prefix_too_large", "invalid_ipv6_pod_cidr",
            "dualstack_ipv6_podcidr_rejects_ipv4", "dualstack_ipv6_servicecidr_rejects_ipv4", "invalid_mode_for_kube_proxy",
            "valid_proxy_disabled_for_dualstack", "invalid_address_family", "invalid_pod_cidr_service_cidr_protocol_mismatch",
            "valid_single_stack_ipv6", "invalid_single_stack_ipv6_missing_feature_gates", "invalid_dual_stack_ipv6_dualstack_CIDRs",
        };
        Assert.Equal(17, k0sCases.Length);
        foreach (string name in k0sCases)
        {
            Assert.True(Cases.Keys.Any(k => k == "k0s/" + name || k.StartsWith("k0s/" + name + "/", StringComparison.Ordinal)), "missing k0s case " + name);
        }
    }

    [Fact]
    public void Dual_stack_IPv6_CIDRs_in_podCIDR_are_reported_in_k0s_order()
    {
        // k0s invalid_dual_stack_ipv6_dualstack_CIDRs: errs[0] is podCIDR's, errs[1] serviceCIDR's.
        Finding[] errors = Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/108").DocsDualStack()).Where(f => f.Severity == FindingSeverity.Error).ToArray();
        Assert.Equal(new[] { "spec.network.podCIDR", "spec.network.serviceCIDR" }, errors.Select(e => e.Path));
    }

    /// <summary>
    /// k0s cases that the builder and the facts cannot say at all: the facts have no field for them, so there is
    /// nothing to check. If a field is added, this fails: add the case above.
    /// </summary>
    [Theory]
    [InlineData("synthesized: network {podCIDR__WRONG: ...} accepted by k0s (typo ignored); the typed builder has no keys to mistype", "UnknownKeys")]
    [InlineData("synthesized: spec.controllerManager {extraArg: {}} => json: unknown field \"extraArg\"; a parse error before validation", "UnknownKeys")]
    [InlineData("k8s: IPv6SingleStack / MultiCIDRServiceAllocator feature gates are controller flags, not k0s.yaml", "FeatureGates")]
    public void Case_that_cannot_be_expressed(string kase, string member)
    {
        Assert.False(string.IsNullOrEmpty(kase));
        Assert.Null(typeof(ClusterFacts).GetProperty(member, BindingFlags.Public | BindingFlags.Instance));
        foreach (Type builder in new[] { typeof(NetworkBuilder), typeof(KubeProxyBuilder), typeof(ClusterConfigBuilder), typeof(ApiBuilder) })
        {
            Assert.DoesNotContain(builder.GetMethods(), m => m.Name == member);
        }
    }

    private static ClusterFacts CalicoBlockWithKubeRouter(string ipv6Pod, string ipv6Service, bool proxyDisabled) => Facts(f =>
    {
        f.CalicoSettings = K(true);
        f.CalicoMode = K("bird");
        f.DualStackEnabled = K(true);
        f.KubeProxyDisabled = K(proxyDisabled);
        f.KubeProxyMode = K(proxyDisabled ? "iptables" : "ipvs");
        f.IPv6PodCidr = K(ipv6Pod);
        f.IPv6ServiceCidr = K(ipv6Service);
    });

    private static Case Add(string name, Func<IReadOnlyList<Finding>> run, params string[] errors)
    {
        var c = new Case(run, errors);
        Cases.Add(name, c);
        return c;
    }

    private sealed class Case
    {
        private readonly Func<IReadOnlyList<Finding>> _run;
        private readonly SortedSet<string> _errors;
        private readonly List<(string Id, string Path, string[] Texts)> _quotes = new();
        private readonly List<Action<IReadOnlyList<Finding>>> _also = new();
        private SortedSet<string> _warnings = Set();
        private int? _errorCount;

        public Case(Func<IReadOnlyList<Finding>> run, string[] errors)
        {
            _run = run;
            _errors = Set(errors);
        }

        /// <summary>A finding of <paramref name="id"/> at <paramref name="path"/> whose message holds every text.</summary>
        public Case Quote(string id, string path, params string[] texts)
        {
            _quotes.Add((id, path, texts));
            return this;
        }

        /// <summary>The exact number of error findings (k0s's len(errs)).</summary>
        public Case Count(int errors)
        {
            _errorCount = errors;
            return this;
        }

        /// <summary>The warning ids, as a set (none unless said).</summary>
        public Case Warnings(params string[] ids)
        {
            _warnings = Set(ids);
            return this;
        }

        public Case Also(Action<IReadOnlyList<Finding>> check)
        {
            _also.Add(check);
            return this;
        }

        public void Check(string name)
        {
            IReadOnlyList<Finding> findings = _run();
            string shown = name + ":" + Environment.NewLine + Show(findings);
            Assert.True(_errors.SetEquals(findings.ErrorIds()), "errors differ for " + shown);
            Assert.True(_warnings.SetEquals(findings.WarningIds()), "warnings differ for " + shown);
            if (_errorCount is int count)
            {
                Assert.True(count == findings.Count(f => f.Severity == FindingSeverity.Error), $"expected {count} error findings for {shown}");
            }

            foreach ((string id, string path, string[] texts) in _quotes)
            {
                Finding finding = findings.At(id, path);
                foreach (string text in texts)
                {
                    Assert.True(finding.Message.Contains(text, StringComparison.Ordinal), $"{name}: {id} message lacks \"{text}\": {finding.Message}");
                }
            }

            foreach (Action<IReadOnlyList<Finding>> check in _also)
            {
                check(findings);
            }
        }
    }
}
