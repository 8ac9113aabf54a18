using System;
using System.Collections.Generic;

namespace K0sConfig
{
    /// <summary><c>spec.network</c>: what the configuration sets; <see langword="null"/> means "k0s's default".</summary>
    public sealed class NetworkSpec
    {
        internal NetworkSpec()
        {
        }

        /// <summary><c>provider</c> (default <c>kuberouter</c>).</summary>
        public NetworkProvider? Provider { get; internal set; }

        /// <summary><c>podCIDR</c> (default <c>10.244.0.0/16</c>).</summary>
        public string? PodCidr { get; internal set; }

        /// <summary><c>serviceCIDR</c> (default <c>10.96.0.0/12</c>).</summary>
        public string? ServiceCidr { get; internal set; }

        /// <summary><c>clusterDomain</c> (default <c>cluster.local</c>).</summary>
        public string? ClusterDomain { get; internal set; }

        /// <summary><c>primaryAddressFamily</c> (default: derived from <c>spec.api</c>, IPv4 when in doubt).</summary>
        public IPFamily? PrimaryAddressFamily { get; internal set; }

        /// <summary><c>dualStack</c> (default: disabled).</summary>
        public DualStackSpec? DualStack { get; internal set; }

        /// <summary><c>calico</c>: Calico settings, when any are set.</summary>
        public CalicoSpec? Calico { get; internal set; }

        /// <summary><c>kuberouter</c>: kube-router settings, when any are set.</summary>
        public KubeRouterSpec? KubeRouter { get; internal set; }

        /// <summary><c>kubeProxy</c>: kube-proxy settings, when any are set.</summary>
        public KubeProxySpec? KubeProxy { get; internal set; }

        /// <summary><c>nodeLocalLoadBalancing</c>, when set.</summary>
        public NodeLocalLoadBalancingSpec? NodeLocalLoadBalancing { get; internal set; }

        /// <summary><c>controlPlaneLoadBalancing</c>, when set.</summary>
        public ControlPlaneLoadBalancingSpec? ControlPlaneLoadBalancing { get; internal set; }

        /// <summary>A provider chosen before <see cref="Provider"/> replaced it (reported by rule K0S303).</summary>
        internal NetworkProvider? ReplacedProvider { get; set; }

        internal NetworkSpec Clone()
        {
            var copy = (NetworkSpec)MemberwiseClone();
            copy.DualStack = DualStack?.Clone();
            copy.Calico = Calico?.Clone();
            copy.KubeRouter = KubeRouter?.Clone();
            copy.KubeProxy = KubeProxy?.Clone();
            copy.NodeLocalLoadBalancing = NodeLocalLoadBalancing?.Clone();
            copy.ControlPlaneLoadBalancing = ControlPlaneLoadBalancing?.Clone();
            return copy;
        }
    }

    /// <summary><c>spec.network.dualStack</c>.</summary>
    public sealed class DualStackSpec
    {
        internal DualStackSpec()
        {
        }

        /// <summary><c>enabled</c> (default <see langword="false"/>).</summary>
        public bool Enabled { get; internal set; }

        /// <summary><c>IPv6podCIDR</c> (no default; the k0s docs use <c>fd00::/108</c>).</summary>
        public string? IPv6PodCidr { get; internal set; }

        /// <summary><c>IPv6serviceCIDR</c> (no default; the k0s docs use <c>fd01::/108</c>).</summary>
        public string? IPv6ServiceCidr { get; internal set; }

        internal DualStackSpec Clone() => (DualStackSpec)MemberwiseClone();
    }

    /// <summary><c>spec.network.calico</c>.</summary>
    public sealed class CalicoSpec
    {
        internal CalicoSpec()
        {
        }

        /// <summary><c>mode</c> (default <c>vxlan</c>).</summary>
        public CalicoMode? Mode { get; internal set; }

        /// <summary><c>overlay</c> (default <c>Always</c>).</summary>
        public CalicoOverlay? Overlay { get; internal set; }

        /// <summary><c>vxlanPort</c> (default 4789).</summary>
        public int? VxlanPort { get; internal set; }

        /// <summary><c>vxlanVNI</c> (default 4096).</summary>
        public int? VxlanVni { get; internal set; }

        /// <summary><c>mtu</c> (default 1450).</summary>
        public int? Mtu { get; internal set; }

        /// <summary><c>wireguard</c> (default <see langword="false"/>).</summary>
        public bool? Wireguard { get; internal set; }

        /// <summary><c>ipAutodetectionMethod</c> (default: Calico's own).</summary>
        public string? IPAutodetectionMethod { get; internal set; }

        /// <summary><c>ipV6AutodetectionMethod</c> (default: <see cref="IPAutodetectionMethod"/>).</summary>
        public string? IPv6AutodetectionMethod { get; internal set; }

        /// <summary><c>envVars</c>: extra environment variables for calico-node.</summary>
        public ArgsMap EnvVars { get; private set; } = new ArgsMap();

        internal bool IsEmpty => Mode == null && Overlay == null && VxlanPort == null && VxlanVni == null && Mtu == null
            && Wireguard == null && IPAutodetectionMethod == null && IPv6AutodetectionMethod == null && EnvVars.Count == 0;

        internal CalicoSpec Clone()
        {
            var copy = (CalicoSpec)MemberwiseClone();
            copy.EnvVars = EnvVars.Clone();
            return copy;
        }
    }

    /// <summary><c>spec.network.kuberouter</c>.</summary>
    public sealed class KubeRouterSpec
    {
        internal KubeRouterSpec()
        {
        }

        /// <summary><c>autoMTU</c> (default <see langword="true"/>).</summary>
        public bool? AutoMtu { get; internal set; }

        /// <summary><c>mtu</c> (default 0; used only when <c>autoMTU</c> is false).</summary>
        public int? Mtu { get; internal set; }

        /// <summary><c>metricsPort</c> (default 8080; 0 disables metrics).</summary>
        public int? MetricsPort { get; internal set; }

        /// <summary><c>hairpin</c> (default <c>Enabled</c>).</summary>
        public KubeRouterHairpin? Hairpin { get; internal set; }

        /// <summary><c>ipMasq</c> (default <see langword="false"/>).</summary>
        public bool? IPMasq { get; internal set; }

        /// <summary><c>extraArgs</c>: extra kube-router flags, without leading dashes.</summary>
        public ArgsMap ExtraArgs { get; private set; } = new ArgsMap();

        internal bool IsEmpty => AutoMtu == null && Mtu == null && MetricsPort == null && Hairpin == null && IPMasq == null && ExtraArgs.Count == 0;

        internal KubeRouterSpec Clone()
        {
            var copy = (KubeRouterSpec)MemberwiseClone();
            copy.ExtraArgs = ExtraArgs.Clone();
            return copy;
        }
    }

    /// <summary><c>spec.network.kubeProxy</c>.</summary>
    public sealed class KubeProxySpec
    {
        internal KubeProxySpec()
        {
        }

        /// <summary><c>disabled</c> (default <see langword="false"/>).</summary>
        public bool? Disabled { get; internal set; }

        /// <summary><c>mode</c> (default <c>iptables</c>).</summary>
        public KubeProxyMode? Mode { get; internal set; }

        /// <summary><c>iptables</c>: iptables mode settings, when any are set.</summary>
        public KubeProxyIptablesSpec? Iptables { get; internal set; }

        /// <summary><c>ipvs</c>: IPVS mode settings, when any are set.</summary>
        public KubeProxyIpvsSpec? Ipvs { get; internal set; }

        /// <summary><c>nftables</c>: nftables mode settings, when any are set.</summary>
        public KubeProxyNftablesSpec? Nftables { get; internal set; }

        /// <summary><c>nodePortAddresses</c>: CIDRs (or <c>primary</c>) of the node addresses NodePorts listen on (default: all).</summary>
        public IReadOnlyList<string>? NodePortAddresses { get; internal set; }

        /// <summary><c>extraArgs</c>: extra kube-proxy flags, without leading dashes.</summary>
        public ArgsMap ExtraArgs { get; private set; } = new ArgsMap();

        internal KubeProxySpec Clone()
        {
            var copy = (KubeProxySpec)MemberwiseClone();
            copy.ExtraArgs = ExtraArgs.Clone();
            copy.Iptables = Iptables?.Clone();
            copy.Ipvs = Ipvs?.Clone();
            copy.Nftables = Nftables?.Clone();
            return copy;
        }
    }

    /// <summary><c>spec.network.nodeLocalLoadBalancing</c>.</summary>
    public sealed class NodeLocalLoadBalancingSpec
    {
        internal NodeLocalLoadBalancingSpec()
        {
        }

        /// <summary><c>enabled</c> (default <see langword="false"/>).</summary>
        public bool Enabled { get; internal set; }

        /// <summary><c>type</c> (default <c>EnvoyProxy</c>).</summary>
        public NodeLocalLoadBalancingType? Type { get; internal set; }

        /// <summary><c>envoyProxy</c>: Envoy's ports and pull policy, when any are set.</summary>
        public NodeLocalProxySpec? EnvoyProxy { get; internal set; }

        /// <summary><c>traefik</c>: Traefik's ports and pull policy, when any are set.</summary>
        public NodeLocalProxySpec? Traefik { get; internal set; }

        internal NodeLocalLoadBalancingSpec Clone()
        {
            var copy = (NodeLocalLoadBalancingSpec)MemberwiseClone();
            copy.EnvoyProxy = EnvoyProxy?.Clone();
            copy.Traefik = Traefik?.Clone();
            return copy;
        }
    }
}
