using K0sConfig;

/// <summary>Small helpers the environments share.</summary>
internal static class NetworkExtensions
{
    /// <summary>Turns dual-stack on with the given IPv6 ranges.</summary>
    public static NetworkBuilder WithDualStack(this NetworkBuilder n, string ipv6Pods, string ipv6Services)
        => n.DualStack(ds => ds.IPv6PodCidr(ipv6Pods).IPv6ServiceCidr(ipv6Services));

    /// <summary>The per-family node masks a dual-stack cluster needs (rule K0S404).</summary>
    public static ControllerManagerBuilder NodeMasks(this ControllerManagerBuilder cm, int ipv4, int ipv6)
        => cm.NodeCidrMaskSizeIPv4(ipv4).NodeCidrMaskSizeIPv6(ipv6);
}
