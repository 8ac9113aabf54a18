using System;
using System.Collections.Generic;
using K0sConfig.Rules;

namespace K0sConfig
{
    /// <summary><c>spec.network</c>: what the configuration sets; <see langword="null"/> means "k0s's default".</summary>
    public sealed class NetworkSpec
    {
        internal NetworkSpec(ConfigNode node, NetworkProvider? replacedProvider)
        {
            Node = node;
            ReplacedProvider = replacedProvider;
        }

        internal ConfigNode Node { get; }

        /// <summary><c>provider</c> (default <c>kuberouter</c>).</summary>
        public NetworkProvider? Provider => Node.Get(FieldCatalogue.Find(FieldPaths.Provider)!.Key) as NetworkProvider?;

        /// <summary><c>podCIDR</c> (default <c>10.244.0.0/16</c>).</summary>
        public string? PodCidr => Node.Written(nameof(NetworkBuilder.PodCidr)) as string;

        /// <summary><c>serviceCIDR</c> (default <c>10.96.0.0/12</c>).</summary>
        public string? ServiceCidr => Node.Written(nameof(NetworkBuilder.ServiceCidr)) as string;

        /// <summary><c>clusterDomain</c> (default <c>cluster.local</c>).</summary>
        public string? ClusterDomain => Node.Written(nameof(NetworkBuilder.ClusterDomain)) as string;

        /// <summary><c>primaryAddressFamily</c> (default: derived from <c>spec.api</c>, IPv4 when in doubt).</summary>
        public IPFamily? PrimaryAddressFamily => Node.Written(nameof(NetworkBuilder.PrimaryAddressFamily)) as IPFamily?;

        /// <summary><c>dualStack</c> (default: disabled).</summary>
        public DualStackSpec? DualStack => Node.Section(nameof(NetworkBuilder.DualStack)) is ConfigNode node ? new DualStackSpec(node) : null;

        /// <summary><c>calico</c>: Calico settings, when any are set.</summary>
        public CalicoSpec? Calico => Node.Section(nameof(NetworkBuilder.Calico)) is ConfigNode node ? new CalicoSpec(node) : null;

        /// <summary><c>kuberouter</c>: kube-router settings, when any are set.</summary>
        public KubeRouterSpec? KubeRouter => Node.Section(nameof(NetworkBuilder.KubeRouter)) is ConfigNode node ? new KubeRouterSpec(node) : null;

        /// <summary><c>kubeProxy</c>: kube-proxy settings, when any are set.</summary>
        public KubeProxySpec? KubeProxy => Node.Section(nameof(NetworkBuilder.KubeProxy)) is ConfigNode node ? new KubeProxySpec(node) : null;

        /// <summary><c>nodeLocalLoadBalancing</c>, when set.</summary>
        public NodeLocalLoadBalancingSpec? NodeLocalLoadBalancing => Node.Section(nameof(NetworkBuilder.NodeLocalLoadBalancing)) is ConfigNode node ? new NodeLocalLoadBalancingSpec(node) : null;

        /// <summary><c>controlPlaneLoadBalancing</c>, when set.</summary>
        public ControlPlaneLoadBalancingSpec? ControlPlaneLoadBalancing => Node.Section(nameof(NetworkBuilder.ControlPlaneLoadBalancing)) is ConfigNode node ? new ControlPlaneLoadBalancingSpec(node) : null;

        /// <summary>A provider chosen before <see cref="Provider"/> replaced it (reported by rule K0S303).</summary>
        internal NetworkProvider? ReplacedProvider { get; }
    }

    /// <summary><c>spec.network.dualStack</c>.</summary>
    public sealed class DualStackSpec
    {
        internal DualStackSpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>enabled</c> (default <see langword="false"/>).</summary>
        public bool Enabled => Node.Written(nameof(DualStackBuilder.Enabled)) as bool? ?? false;

        /// <summary><c>IPv6podCIDR</c> (no default; the k0s docs use <c>fd00::/108</c>).</summary>
        public string? IPv6PodCidr => Node.Written(nameof(DualStackBuilder.IPv6PodCidr)) as string;

        /// <summary><c>IPv6serviceCIDR</c> (no default; the k0s docs use <c>fd01::/108</c>).</summary>
        public string? IPv6ServiceCidr => Node.Written(nameof(DualStackBuilder.IPv6ServiceCidr)) as string;
    }

    /// <summary><c>spec.network.calico</c>.</summary>
    public sealed class CalicoSpec
    {
        internal CalicoSpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>mode</c> (default <c>vxlan</c>).</summary>
        public CalicoMode? Mode => Node.Written(nameof(CalicoBuilder.Mode)) as CalicoMode?;

        /// <summary><c>overlay</c> (default <c>Always</c>).</summary>
        public CalicoOverlay? Overlay => Node.Written(nameof(CalicoBuilder.Overlay)) as CalicoOverlay?;

        /// <summary><c>vxlanPort</c> (default 4789).</summary>
        public int? VxlanPort => Node.Written(nameof(CalicoBuilder.VxlanPort)) as int?;

        /// <summary><c>vxlanVNI</c> (default 4096).</summary>
        public int? VxlanVni => Node.Written(nameof(CalicoBuilder.VxlanVni)) as int?;

        /// <summary><c>mtu</c> (default 1450).</summary>
        public int? Mtu => Node.Written(nameof(CalicoBuilder.Mtu)) as int?;

        /// <summary><c>wireguard</c> (default <see langword="false"/>).</summary>
        public bool? Wireguard => Node.Written(nameof(CalicoBuilder.Wireguard)) as bool?;

        /// <summary><c>ipAutodetectionMethod</c> (default: Calico's own).</summary>
        public string? IPAutodetectionMethod => Node.Written(nameof(CalicoBuilder.IPAutodetectionMethod)) as string;

        /// <summary><c>ipV6AutodetectionMethod</c> (default: <see cref="IPAutodetectionMethod"/>).</summary>
        public string? IPv6AutodetectionMethod => Node.Written(nameof(CalicoBuilder.IPv6AutodetectionMethod)) as string;

        /// <summary><c>envVars</c>: extra environment variables for calico-node.</summary>
        public ArgsMap EnvVars => Node.Written(nameof(CalicoBuilder.EnvVar)) as ArgsMap ?? new ArgsMap();
    }

    /// <summary><c>spec.network.kuberouter</c>.</summary>
    public sealed class KubeRouterSpec
    {
        internal KubeRouterSpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>autoMTU</c> (default <see langword="true"/>).</summary>
        public bool? AutoMtu => Node.Written(nameof(KubeRouterBuilder.AutoMtu)) as bool?;

        /// <summary><c>mtu</c> (default 0; used only when <c>autoMTU</c> is false).</summary>
        public int? Mtu => Node.Written(nameof(KubeRouterBuilder.Mtu)) as int?;

        /// <summary><c>metricsPort</c> (default 8080; 0 disables metrics).</summary>
        public int? MetricsPort => Node.Written(nameof(KubeRouterBuilder.MetricsPort)) as int?;

        /// <summary><c>hairpin</c> (default <c>Enabled</c>).</summary>
        public KubeRouterHairpin? Hairpin => Node.Written(nameof(KubeRouterBuilder.Hairpin)) as KubeRouterHairpin?;

        /// <summary><c>ipMasq</c> (default <see langword="false"/>).</summary>
        public bool? IPMasq => Node.Written(nameof(KubeRouterBuilder.IPMasq)) as bool?;

        /// <summary><c>extraArgs</c>: extra kube-router flags, without leading dashes.</summary>
        public ArgsMap ExtraArgs => Node.Written(nameof(KubeRouterBuilder.ExtraArg)) as ArgsMap ?? new ArgsMap();
    }

    /// <summary><c>spec.network.kubeProxy</c>.</summary>
    public sealed class KubeProxySpec
    {
        internal KubeProxySpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>disabled</c> (default <see langword="false"/>).</summary>
        public bool? Disabled => Node.Written(nameof(KubeProxyBuilder.Disabled)) as bool?;

        /// <summary><c>mode</c> (default <c>iptables</c>).</summary>
        public KubeProxyMode? Mode => Node.Written(nameof(KubeProxyBuilder.Mode)) as KubeProxyMode?;

        /// <summary><c>iptables</c>: iptables mode settings, when any are set.</summary>
        public KubeProxyIptablesSpec? Iptables => Node.Section(nameof(KubeProxyBuilder.Iptables)) is ConfigNode node ? new KubeProxyIptablesSpec(node) : null;

        /// <summary><c>ipvs</c>: IPVS mode settings, when any are set.</summary>
        public KubeProxyIpvsSpec? Ipvs => Node.Section(nameof(KubeProxyBuilder.Ipvs)) is ConfigNode node ? new KubeProxyIpvsSpec(node) : null;

        /// <summary><c>nftables</c>: nftables mode settings, when any are set.</summary>
        public KubeProxyNftablesSpec? Nftables => Node.Section(nameof(KubeProxyBuilder.Nftables)) is ConfigNode node ? new KubeProxyNftablesSpec(node) : null;

        /// <summary><c>nodePortAddresses</c>: CIDRs (or <c>primary</c>) of the node addresses NodePorts listen on (default: all).</summary>
        public IReadOnlyList<string>? NodePortAddresses => Node.Written(nameof(KubeProxyBuilder.NodePortAddresses)) as IReadOnlyList<string>;

        /// <summary><c>extraArgs</c>: extra kube-proxy flags, without leading dashes.</summary>
        public ArgsMap ExtraArgs => Node.Written(nameof(KubeProxyBuilder.ExtraArg)) as ArgsMap ?? new ArgsMap();
    }

    /// <summary><c>spec.network.nodeLocalLoadBalancing</c>.</summary>
    public sealed class NodeLocalLoadBalancingSpec
    {
        internal NodeLocalLoadBalancingSpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>enabled</c> (default <see langword="false"/>).</summary>
        public bool Enabled => Node.Written(nameof(NodeLocalLoadBalancingBuilder.Enabled)) as bool? ?? false;

        /// <summary><c>type</c> (default <c>EnvoyProxy</c>).</summary>
        public NodeLocalLoadBalancingType? Type => Node.Written(nameof(NodeLocalLoadBalancingBuilder.Type)) as NodeLocalLoadBalancingType?;

        /// <summary><c>envoyProxy</c>: Envoy's ports and pull policy, when any are set.</summary>
        public NodeLocalProxySpec? EnvoyProxy => Node.Section(nameof(NodeLocalLoadBalancingBuilder.EnvoyProxy)) is ConfigNode node ? new NodeLocalProxySpec(node) : null;

        /// <summary><c>traefik</c>: Traefik's ports and pull policy, when any are set.</summary>
        public NodeLocalProxySpec? Traefik => Node.Section(nameof(NodeLocalLoadBalancingBuilder.Traefik)) is ConfigNode node ? new NodeLocalProxySpec(node) : null;
    }
}
