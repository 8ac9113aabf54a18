using K0sConfig;

// Dual-stack with Calico, from the k0s documentation (docs/dual-stack.md, the Calico example; k0sproject/k0s at
// dff90cee9a). k0s supports dual-stack with Calico only in bird mode (BGP; IP-in-IP for IPv4): vxlan and ipip are
// refused (rule K0S301). The node masks stay at k0s's defaults, /24 for IPv4 and /117 for IPv6.
//
// k0s's own integration test (inttest/dualstack, k0sConfigWithCalicoDualStack) runs the same shape with kube-proxy in
// ipvs mode and other IPv4 ranges; to try it, add .KubeProxy(proxy => proxy.Mode(KubeProxyMode.Ipvs)) and use
// podCIDR 10.233.0.0/16, serviceCIDR 10.112.0.0/12.
ClusterConfig config = K0s.Cluster("k0s")
    .Network(net => net
        .Calico(calico => calico.Mode(CalicoMode.Bird))
        .PodCidr("10.244.0.0/16")
        .ServiceCidr("10.96.0.0/12")
        .DualStack(ds => ds
            .IPv6PodCidr("fd00::/108")
            .IPv6ServiceCidr("fd01::/108")))
    .Build();

return SampleOutput.Run(config, args);
