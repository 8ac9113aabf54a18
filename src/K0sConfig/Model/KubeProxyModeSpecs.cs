using System;
using System.Collections.Generic;
using System.Linq;

namespace K0sConfig
{
    /// <summary><c>spec.network.kubeProxy.iptables</c>: kube-proxy's iptables mode settings.</summary>
    public sealed class KubeProxyIptablesSpec
    {
        internal KubeProxyIptablesSpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>masqueradeBit</c> (default: kube-proxy's 14; 0 to 31).</summary>
        public int? MasqueradeBit => Node.Written(nameof(KubeProxyIptablesBuilder.MasqueradeBit)) as int?;

        /// <summary><c>masqueradeAll</c> (default <see langword="false"/>).</summary>
        public bool? MasqueradeAll => Node.Written(nameof(KubeProxyIptablesBuilder.MasqueradeAll)) as bool?;

        /// <summary><c>localhostNodePorts</c> (default: kube-proxy's <see langword="true"/>).</summary>
        public bool? LocalhostNodePorts => Node.Written(nameof(KubeProxyIptablesBuilder.LocalhostNodePorts)) as bool?;

        /// <summary><c>syncPeriod</c> (default: kube-proxy's 30s).</summary>
        public TimeSpan? SyncPeriod => Node.Written(nameof(KubeProxyIptablesBuilder.SyncPeriod)) as TimeSpan?;

        /// <summary><c>minSyncPeriod</c> (default: kube-proxy's 1s).</summary>
        public TimeSpan? MinSyncPeriod => Node.Written(nameof(KubeProxyIptablesBuilder.MinSyncPeriod)) as TimeSpan?;
    }

    /// <summary><c>spec.network.kubeProxy.ipvs</c>: kube-proxy's IPVS mode settings.</summary>
    public sealed class KubeProxyIpvsSpec
    {
        internal KubeProxyIpvsSpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>syncPeriod</c> (default: kube-proxy's 30s).</summary>
        public TimeSpan? SyncPeriod => Node.Written(nameof(KubeProxyIpvsBuilder.SyncPeriod)) as TimeSpan?;

        /// <summary><c>minSyncPeriod</c> (default: kube-proxy's 0s).</summary>
        public TimeSpan? MinSyncPeriod => Node.Written(nameof(KubeProxyIpvsBuilder.MinSyncPeriod)) as TimeSpan?;

        /// <summary><c>scheduler</c> (default: kube-proxy's <c>rr</c>).</summary>
        public IpvsScheduler? Scheduler => Node.Written(nameof(KubeProxyIpvsBuilder.Scheduler)) as IpvsScheduler?;

        /// <summary><c>excludeCIDRs</c>: CIDRs kube-proxy leaves alone when it cleans up IPVS rules.</summary>
        public IReadOnlyList<string>? ExcludeCidrs => Node.Written(nameof(KubeProxyIpvsBuilder.ExcludeCidrs)) as IReadOnlyList<string>;

        /// <summary><c>strictARP</c> (default <see langword="false"/>).</summary>
        public bool? StrictArp => Node.Written(nameof(KubeProxyIpvsBuilder.StrictArp)) as bool?;

        /// <summary><c>tcpTimeout</c> (default: the system's).</summary>
        public TimeSpan? TcpTimeout => Node.Written(nameof(KubeProxyIpvsBuilder.TcpTimeout)) as TimeSpan?;

        /// <summary><c>tcpFinTimeout</c> (default: the system's).</summary>
        public TimeSpan? TcpFinTimeout => Node.Written(nameof(KubeProxyIpvsBuilder.TcpFinTimeout)) as TimeSpan?;

        /// <summary><c>udpTimeout</c> (default: the system's).</summary>
        public TimeSpan? UdpTimeout => Node.Written(nameof(KubeProxyIpvsBuilder.UdpTimeout)) as TimeSpan?;
    }

    /// <summary><c>spec.network.kubeProxy.nftables</c>: kube-proxy's nftables mode settings.</summary>
    public sealed class KubeProxyNftablesSpec
    {
        internal KubeProxyNftablesSpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>syncPeriod</c> (default: kube-proxy's 30s).</summary>
        public TimeSpan? SyncPeriod => Node.Written(nameof(KubeProxyNftablesBuilder.SyncPeriod)) as TimeSpan?;

        /// <summary><c>masqueradeBit</c> (default: kube-proxy's 14; 0 to 31).</summary>
        public int? MasqueradeBit => Node.Written(nameof(KubeProxyNftablesBuilder.MasqueradeBit)) as int?;

        /// <summary><c>masqueradeAll</c> (default <see langword="false"/>).</summary>
        public bool? MasqueradeAll => Node.Written(nameof(KubeProxyNftablesBuilder.MasqueradeAll)) as bool?;

        /// <summary><c>minSyncPeriod</c> (default: kube-proxy's 1s).</summary>
        public TimeSpan? MinSyncPeriod => Node.Written(nameof(KubeProxyNftablesBuilder.MinSyncPeriod)) as TimeSpan?;
    }

    /// <summary><c>spec.network.nodeLocalLoadBalancing.envoyProxy</c> or <c>.traefik</c>: the proxy's ports and pull policy.</summary>
    public sealed class NodeLocalProxySpec
    {
        internal NodeLocalProxySpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>apiServerBindPort</c> (default 7443; 0 means the default).</summary>
        public int? ApiServerBindPort => Node.Written(nameof(NodeLocalProxyBuilder.ApiServerBindPort)) as int?;

        /// <summary><c>konnectivityServerBindPort</c> (default 7132).</summary>
        public int? KonnectivityServerBindPort => Node.Written(nameof(NodeLocalProxyBuilder.KonnectivityServerBindPort)) as int?;

        /// <summary><c>imagePullPolicy</c> (default: Kubernetes').</summary>
        public ImagePullPolicy? ImagePullPolicy => Node.Written(nameof(NodeLocalProxyBuilder.ImagePullPolicy)) as ImagePullPolicy?;
    }

    /// <summary><c>spec.network.controlPlaneLoadBalancing</c>: keepalived virtual IPs and virtual servers on the controllers.</summary>
    public sealed class ControlPlaneLoadBalancingSpec
    {
        internal ControlPlaneLoadBalancingSpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>enabled</c> (default <see langword="false"/>).</summary>
        public bool Enabled => Node.Written(nameof(ControlPlaneLoadBalancingBuilder.Enabled)) as bool? ?? false;

        /// <summary><c>type</c> (default <c>Keepalived</c>).</summary>
        public ControlPlaneLoadBalancingType? Type => Node.Written(nameof(ControlPlaneLoadBalancingBuilder.Type)) as ControlPlaneLoadBalancingType?;

        /// <summary><c>keepalived</c>, when any keepalived value is set.</summary>
        public KeepalivedSpec? Keepalived => Node.Section(nameof(ControlPlaneLoadBalancingBuilder.Keepalived)) is ConfigNode node ? new KeepalivedSpec(node) : null;
    }

    /// <summary><c>spec.network.controlPlaneLoadBalancing.keepalived</c>.</summary>
    public sealed class KeepalivedSpec
    {
        internal KeepalivedSpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>vrrpInstances</c>, in order (at most 255).</summary>
        public IReadOnlyList<VrrpInstanceSpec> VrrpInstances => Node.Items(nameof(KeepalivedBuilder.VrrpInstance)).Select(item => new VrrpInstanceSpec(item)).ToArray();

        /// <summary><c>virtualServers</c>, in order, one per <c>ipAddress</c>.</summary>
        public IReadOnlyList<VirtualServerSpec> VirtualServers => Node.Items(nameof(KeepalivedBuilder.VirtualServer)).Select(item => new VirtualServerSpec(item)).ToArray();

        /// <summary><c>userSpaceProxyBindPort</c> (default 6444; 0 means the default).</summary>
        public int? UserSpaceProxyBindPort => Node.Written(nameof(KeepalivedBuilder.UserSpaceProxyBindPort)) as int?;

        /// <summary><c>disableLoadBalancer</c> (default <see langword="false"/>).</summary>
        public bool? DisableLoadBalancer => Node.Written(nameof(KeepalivedBuilder.DisableLoadBalancer)) as bool?;

        /// <summary><c>configTemplateVRRP</c>: path to a custom keepalived template for VRRP (default: k0s's own).</summary>
        public string? ConfigTemplateVrrp => Node.Written(nameof(KeepalivedBuilder.ConfigTemplateVrrp)) as string;

        /// <summary><c>configTemplateVS</c>: path to a custom keepalived template for virtual servers (default: k0s's own).</summary>
        public string? ConfigTemplateVs => Node.Written(nameof(KeepalivedBuilder.ConfigTemplateVs)) as string;
    }

    /// <summary>One entry of <c>keepalived.vrrpInstances</c>: a VRRP instance that holds virtual IPs.</summary>
    public sealed class VrrpInstanceSpec
    {
        internal VrrpInstanceSpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>virtualIPs</c>: CIDRs, each once (required).</summary>
        public IReadOnlyList<string>? VirtualIPs => Node.Written(nameof(VrrpInstanceBuilder.VirtualIPs)) as IReadOnlyList<string>;

        /// <summary><c>interface</c> (default: the NIC of the default route).</summary>
        public string? Interface => Node.Written(nameof(VrrpInstanceBuilder.Interface)) as string;

        /// <summary><c>virtualRouterID</c> (default: 51 + the instance's index).</summary>
        public int? VirtualRouterId => Node.Written(nameof(VrrpInstanceBuilder.VirtualRouterId)) as int?;

        /// <summary><c>advertIntervalSeconds</c> (default 1).</summary>
        public int? AdvertIntervalSeconds => Node.Written(nameof(VrrpInstanceBuilder.AdvertIntervalSeconds)) as int?;

        /// <summary><c>authPass</c> (required, at most 8 characters).</summary>
        public string? AuthPass => Node.Written(nameof(VrrpInstanceBuilder.AuthPass)) as string;

        /// <summary><c>unicastPeers</c>: IP addresses, each once (default: none, multicast).</summary>
        public IReadOnlyList<string>? UnicastPeers => Node.Written(nameof(VrrpInstanceBuilder.UnicastPeers)) as IReadOnlyList<string>;

        /// <summary><c>unicastSourceIP</c> (required with unicast peers).</summary>
        public string? UnicastSourceIP => Node.Written(nameof(VrrpInstanceBuilder.UnicastSourceIP)) as string;

        /// <summary><c>addressLabel</c> (default 10000).</summary>
        public uint? AddressLabel => Node.Written(nameof(VrrpInstanceBuilder.AddressLabel)) as uint?;


    }

    /// <summary>One entry of <c>keepalived.virtualServers</c>: a load balancer on a virtual IP.</summary>
    public sealed class VirtualServerSpec
    {
        internal VirtualServerSpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>ipAddress</c>: the virtual IP the server listens on (required; the list's key).</summary>
        public string IPAddress => (string)Node.Written(nameof(KeepalivedBuilder.VirtualServer))!;

        /// <summary><c>delayLoop</c> (default 1m).</summary>
        public TimeSpan? DelayLoop => Node.Written(nameof(VirtualServerBuilder.DelayLoop)) as TimeSpan?;

        /// <summary><c>lbAlgo</c> (default <c>rr</c>).</summary>
        public KeepalivedLbAlgo? LbAlgo => Node.Written(nameof(VirtualServerBuilder.LbAlgo)) as KeepalivedLbAlgo?;

        /// <summary><c>lbKind</c> (default <c>DR</c>).</summary>
        public KeepalivedLbKind? LbKind => Node.Written(nameof(VirtualServerBuilder.LbKind)) as KeepalivedLbKind?;

        /// <summary><c>persistenceTimeoutSeconds</c> (default 360).</summary>
        public int? PersistenceTimeoutSeconds => Node.Written(nameof(VirtualServerBuilder.PersistenceTimeoutSeconds)) as int?;
    }
}
