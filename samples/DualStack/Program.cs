using K0sConfig;

// The kube-router dual-stack example from the k0s documentation (docs/dual-stack.md), with each node getting
// an IPv6 /120 and an IPv4 /21 instead of k0s's defaults (/117 and /24).
ClusterConfig config = K0s.Cluster("k0s")
    .Network(net => net
        .KubeRouter()
        .PodCidr("10.244.0.0/16")
        .ServiceCidr("10.96.0.0/12")
        .DualStack(ds => ds
            .IPv6PodCidr("fd00::/108")
            .IPv6ServiceCidr("fd01::/108")))
    .ControllerManager(cm => cm
        .NodeCidrMaskSizeIPv6(120)
        .NodeCidrMaskSizeIPv4(21))
    .Build();

return SampleOutput.Run(config, args);
