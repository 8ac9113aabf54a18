namespace K0sConfig.Tests;

/// <summary>
/// The configs of the golden files. Each is built the way a user would write it; the YAML it must produce lives in
/// Golden/&lt;name&gt;.yaml. Sources of the k0s examples are named at each config (k0sproject/k0s @ dff90cee9a).
/// </summary>
internal static class Configs
{
    public static readonly IReadOnlyDictionary<string, Func<ClusterConfigBuilder>> All = new Dictionary<string, Func<ClusterConfigBuilder>>
    {
        ["docs-dual-stack-kuberouter"] = DocsDualStackKubeRouter,
        ["dual-stack-kuberouter-masks"] = DualStackSample,
        ["dual-stack-calico-bird"] = CalicoBirdSample,
        ["inttest-dual-stack-calico-ipvs"] = InttestDualStackCalico,
        ["single-stack-ipv6-mask-120"] = SingleStackIPv6,
        ["api-external-address-sans-ports"] = ApiExternalAddress,
        ["kube-proxy-ipvs-extra-args"] = KubeProxyIpvs,
        ["node-local-load-balancing"] = NodeLocalLoadBalancing,
    };

    /// <summary>docs/dual-stack.md, first example: kube-router (the default provider, not written) with dual-stack.</summary>
    public static ClusterConfigBuilder DocsDualStackKubeRouter() => K0s.Cluster("k0s")
        .Network(net => net
            .PodCidr("10.244.0.0/16")
            .ServiceCidr("10.96.0.0/12")
            .DualStack(ds => ds
                .IPv6PodCidr("fd00::/108")
                .IPv6ServiceCidr("fd01::/108")));

    /// <summary>samples/DualStack/Program.cs: the docs example with kube-router chosen and node masks /120 and /21 (docs/dual-stack.md, second example).</summary>
    public static ClusterConfigBuilder DualStackSample() => K0s.Cluster("k0s")
        .Network(net => net
            .KubeRouter()
            .PodCidr("10.244.0.0/16")
            .ServiceCidr("10.96.0.0/12")
            .DualStack(ds => ds
                .IPv6PodCidr("fd00::/108")
                .IPv6ServiceCidr("fd01::/108")))
        .ControllerManager(cm => cm
            .NodeCidrMaskSizeIPv6(120)
            .NodeCidrMaskSizeIPv4(21));

    /// <summary>samples/CalicoBird/Program.cs: docs/dual-stack.md, the Calico example (mode bird).</summary>
    public static ClusterConfigBuilder CalicoBirdSample() => K0s.Cluster("k0s")
        .Network(net => net
            .Calico(calico => calico.Mode(CalicoMode.Bird))
            .PodCidr("10.244.0.0/16")
            .ServiceCidr("10.96.0.0/12")
            .DualStack(ds => ds
                .IPv6PodCidr("fd00::/108")
                .IPv6ServiceCidr("fd01::/108")));

    /// <summary>inttest/dualstack/dualstack_test.go, k0sConfigWithCalicoDualStack: Calico bird, kube-proxy ipvs, custom IPv4 ranges.</summary>
    public static ClusterConfigBuilder InttestDualStackCalico() => K0s.Cluster("k0s")
        .Network(net => net
            .KubeProxy(proxy => proxy.Mode(KubeProxyMode.Ipvs))
            .Calico(calico => calico.Mode(CalicoMode.Bird))
            .DualStack(ds => ds
                .IPv6PodCidr("fd00::/108")
                .IPv6ServiceCidr("fd01::/108"))
            .PodCidr("10.233.0.0/16")
            .ServiceCidr("10.112.0.0/12"));

    /// <summary>docs/single-stack-ipv6.md, second example: IPv6 only, each node a /120.</summary>
    public static ClusterConfigBuilder SingleStackIPv6() => K0s.Cluster("k0s")
        .ControllerManager(cm => cm.NodeCidrMaskSize(120))
        .Network(net => net
            .PodCidr("fd00::/108")
            .ServiceCidr("fd01::/108"));

    /// <summary>A controller behind a load balancer: externalAddress, extra certificate names, both ports.</summary>
    public static ClusterConfigBuilder ApiExternalAddress() => K0s.Cluster("k0s")
        .Api(api => api
            .Address("192.168.68.104")
            .ExternalAddress("k0s.example.com")
            .Sans("192.168.68.104", "10.0.0.10", "k0s.example.com", "k0s.internal")
            .Port(6443)
            .K0sApiPort(9443));

    /// <summary>docs/examples/metallb-loadbalancer.md (kube-proxy ipvs) with kube-proxy extraArgs as in inttest/extraargs.</summary>
    public static ClusterConfigBuilder KubeProxyIpvs() => K0s.Cluster("k0s")
        .Network(net => net
            .KubeProxy(proxy => proxy
                .Mode(KubeProxyMode.Ipvs)
                .ExtraArg("config-sync-period", "12m0s")
                .ExtraArg("ipvs-strict-arp", "true")
                .ExtraArg("v", "2")));

    /// <summary>docs/nllb.md: node-local load balancing with Envoy.</summary>
    public static ClusterConfigBuilder NodeLocalLoadBalancing() => K0s.Cluster("k0s")
        .Network(net => net
            .NodeLocalLoadBalancing(nllb => nllb.Type(NodeLocalLoadBalancingType.EnvoyProxy)));
}
