using K0sConfig;

/// <summary>The configuration every environment shares, and one overlay per environment.</summary>
internal static class Environments
{
    private const string PodRange = "10.244.0.0/16";
    private const string ServiceRange = "10.96.0.0/12";

    /// <summary>
    /// What every environment shares: Calico in bird mode (BGP; the only Calico mode k0s allows with dual-stack,
    /// rule K0S301) and the IPv4 ranges.
    /// </summary>
    public static ClusterConfigBuilder Base(string name) => K0s.Cluster(name)
        .Network(n => n
            .Calico(c => c.Mode(CalicoMode.Bird))
            .PodCidr(PodRange)
            .ServiceCidr(ServiceRange));

    /// <summary>Production: dual-stack, IPv4 node ranges of /24 and IPv6 ones of /120, the API on a fixed address.</summary>
    public static ClusterConfig Prod() => Base("prod")
        .Network(n => n.WithDualStack("fd00::/108", "fd01::/108"))
        .Api(a => a.Address("10.0.0.10").Sans("10.0.0.10", "10.0.0.11"))
        .ControllerManager(cm => cm.NodeMasks(ipv4: 24, ipv6: 120))
        .Build();

    /// <summary>Staging: dual-stack like production, on its own IPv6 ranges.</summary>
    public static ClusterConfig Staging() => Base("staging")
        .Network(n => n.WithDualStack("fd10::/108", "fd11::/108"))
        .ControllerManager(cm => cm.NodeMasks(ipv4: 24, ipv6: 120))
        .Build();

    /// <summary>Development: single-stack IPv4, kube-proxy in ipvs mode.</summary>
    public static ClusterConfig Dev() => Base("dev")
        .Network(Development)
        .Build();

    private static void Development(NetworkBuilder n) => n.KubeProxy(proxy => proxy.Mode(KubeProxyMode.Ipvs));
}
