using System;
using System.Collections.Generic;

namespace K0sConfig
{
    /// <summary><c>spec.network.kubeProxy.iptables</c>: kube-proxy's iptables mode settings.</summary>
    public sealed class KubeProxyIptablesSpec
    {
        internal KubeProxyIptablesSpec()
        {
        }

        /// <summary><c>masqueradeBit</c> (default: kube-proxy's 14; 0 to 31).</summary>
        public int? MasqueradeBit { get; internal set; }

        /// <summary><c>masqueradeAll</c> (default <see langword="false"/>).</summary>
        public bool? MasqueradeAll { get; internal set; }

        /// <summary><c>localhostNodePorts</c> (default: kube-proxy's <see langword="true"/>).</summary>
        public bool? LocalhostNodePorts { get; internal set; }

        /// <summary><c>syncPeriod</c> (default: kube-proxy's 30s).</summary>
        public TimeSpan? SyncPeriod { get; internal set; }

        /// <summary><c>minSyncPeriod</c> (default: kube-proxy's 1s).</summary>
        public TimeSpan? MinSyncPeriod { get; internal set; }

        internal KubeProxyIptablesSpec Clone() => (KubeProxyIptablesSpec)MemberwiseClone();
    }

    /// <summary><c>spec.network.kubeProxy.ipvs</c>: kube-proxy's IPVS mode settings.</summary>
    public sealed class KubeProxyIpvsSpec
    {
        internal KubeProxyIpvsSpec()
        {
        }

        /// <summary><c>syncPeriod</c> (default: kube-proxy's 30s).</summary>
        public TimeSpan? SyncPeriod { get; internal set; }

        /// <summary><c>minSyncPeriod</c> (default: kube-proxy's 0s).</summary>
        public TimeSpan? MinSyncPeriod { get; internal set; }

        /// <summary><c>scheduler</c> (default: kube-proxy's <c>rr</c>).</summary>
        public IpvsScheduler? Scheduler { get; internal set; }

        /// <summary><c>excludeCIDRs</c>: CIDRs kube-proxy leaves alone when it cleans up IPVS rules.</summary>
        public IReadOnlyList<string>? ExcludeCidrs { get; internal set; }

        /// <summary><c>strictARP</c> (default <see langword="false"/>).</summary>
        public bool? StrictArp { get; internal set; }

        /// <summary><c>tcpTimeout</c> (default: the system's).</summary>
        public TimeSpan? TcpTimeout { get; internal set; }

        /// <summary><c>tcpFinTimeout</c> (default: the system's).</summary>
        public TimeSpan? TcpFinTimeout { get; internal set; }

        /// <summary><c>udpTimeout</c> (default: the system's).</summary>
        public TimeSpan? UdpTimeout { get; internal set; }

        internal KubeProxyIpvsSpec Clone() => (KubeProxyIpvsSpec)MemberwiseClone();
    }

    /// <summary><c>spec.network.kubeProxy.nftables</c>: kube-proxy's nftables mode settings.</summary>
    public sealed class KubeProxyNftablesSpec
    {
        internal KubeProxyNftablesSpec()
        {
        }

        /// <summary><c>syncPeriod</c> (default: kube-proxy's 30s).</summary>
        public TimeSpan? SyncPeriod { get; internal set; }

        /// <summary><c>masqueradeBit</c> (default: kube-proxy's 14; 0 to 31).</summary>
        public int? MasqueradeBit { get; internal set; }

        /// <summary><c>masqueradeAll</c> (default <see langword="false"/>).</summary>
        public bool? MasqueradeAll { get; internal set; }

        /// <summary><c>minSyncPeriod</c> (default: kube-proxy's 1s).</summary>
        public TimeSpan? MinSyncPeriod { get; internal set; }

        internal KubeProxyNftablesSpec Clone() => (KubeProxyNftablesSpec)MemberwiseClone();
    }

    /// <summary><c>spec.network.nodeLocalLoadBalancing.envoyProxy</c> or <c>.traefik</c>: the proxy's ports and pull policy.</summary>
    public sealed class NodeLocalProxySpec
    {
        internal NodeLocalProxySpec()
        {
        }

        /// <summary><c>apiServerBindPort</c> (default 7443; 0 means the default).</summary>
        public int? ApiServerBindPort { get; internal set; }

        /// <summary><c>konnectivityServerBindPort</c> (default 7132).</summary>
        public int? KonnectivityServerBindPort { get; internal set; }

        /// <summary><c>imagePullPolicy</c> (default: Kubernetes').</summary>
        public ImagePullPolicy? ImagePullPolicy { get; internal set; }

        internal NodeLocalProxySpec Clone() => (NodeLocalProxySpec)MemberwiseClone();
    }

    /// <summary><c>spec.network.controlPlaneLoadBalancing</c>: keepalived virtual IPs and virtual servers on the controllers.</summary>
    public sealed class ControlPlaneLoadBalancingSpec
    {
        internal ControlPlaneLoadBalancingSpec()
        {
        }

        /// <summary><c>enabled</c> (default <see langword="false"/>).</summary>
        public bool Enabled { get; internal set; }

        /// <summary><c>keepalived</c>, when any keepalived value is set.</summary>
        public KeepalivedSpec? Keepalived { get; internal set; }

        internal ControlPlaneLoadBalancingSpec Clone()
        {
            var copy = (ControlPlaneLoadBalancingSpec)MemberwiseClone();
            copy.Keepalived = Keepalived?.Clone();
            return copy;
        }
    }

    /// <summary><c>spec.network.controlPlaneLoadBalancing.keepalived</c>.</summary>
    public sealed class KeepalivedSpec
    {
        internal KeepalivedSpec()
        {
        }

        /// <summary><c>vrrpInstances</c>, in order (at most 255).</summary>
        public IReadOnlyList<VrrpInstanceSpec> VrrpInstances => VrrpList;

        /// <summary><c>virtualServers</c>, in order, one per <c>ipAddress</c>.</summary>
        public IReadOnlyList<VirtualServerSpec> VirtualServers => ServerList;

        /// <summary><c>userSpaceProxyBindPort</c> (default 6444; 0 means the default).</summary>
        public int? UserSpaceProxyBindPort { get; internal set; }

        /// <summary><c>disableLoadBalancer</c> (default <see langword="false"/>).</summary>
        public bool? DisableLoadBalancer { get; internal set; }

        /// <summary><c>configTemplateVRRP</c>: path to a custom keepalived template for VRRP (default: k0s's own).</summary>
        public string? ConfigTemplateVrrp { get; internal set; }

        /// <summary><c>configTemplateVS</c>: path to a custom keepalived template for virtual servers (default: k0s's own).</summary>
        public string? ConfigTemplateVs { get; internal set; }

        internal List<VrrpInstanceSpec> VrrpList { get; private set; } = new List<VrrpInstanceSpec>();

        internal List<VirtualServerSpec> ServerList { get; private set; } = new List<VirtualServerSpec>();

        internal KeepalivedSpec Clone()
        {
            var copy = (KeepalivedSpec)MemberwiseClone();
            copy.VrrpList = VrrpList.ConvertAll(v => v.Clone());
            copy.ServerList = ServerList.ConvertAll(v => v.Clone());
            return copy;
        }
    }

    /// <summary>One entry of <c>keepalived.vrrpInstances</c>: a VRRP instance that holds virtual IPs.</summary>
    public sealed class VrrpInstanceSpec
    {
        internal VrrpInstanceSpec()
        {
        }

        /// <summary><c>virtualIPs</c>: CIDRs, each once (required).</summary>
        public IReadOnlyList<string>? VirtualIPs { get; internal set; }

        /// <summary><c>interface</c> (default: the NIC of the default route).</summary>
        public string? Interface { get; internal set; }

        /// <summary><c>virtualRouterID</c> (default: 51 + the instance's index).</summary>
        public int? VirtualRouterId { get; internal set; }

        /// <summary><c>advertIntervalSeconds</c> (default 1).</summary>
        public int? AdvertIntervalSeconds { get; internal set; }

        /// <summary><c>authPass</c> (required, at most 8 characters).</summary>
        public string? AuthPass { get; internal set; }

        /// <summary><c>unicastPeers</c>: IP addresses, each once (default: none, multicast).</summary>
        public IReadOnlyList<string>? UnicastPeers { get; internal set; }

        /// <summary><c>unicastSourceIP</c> (required with unicast peers).</summary>
        public string? UnicastSourceIP { get; internal set; }

        /// <summary><c>addressLabel</c> (default 10000).</summary>
        public uint? AddressLabel { get; internal set; }

        /// <summary>The virtual IPs as given, duplicates included (reported by rule K0S108).</summary>
        internal IReadOnlyList<string>? VirtualIPsAsGiven { get; set; }

        /// <summary>The unicast peers as given, duplicates included (reported by rule K0S108).</summary>
        internal IReadOnlyList<string>? UnicastPeersAsGiven { get; set; }

        internal VrrpInstanceSpec Clone() => (VrrpInstanceSpec)MemberwiseClone();
    }

    /// <summary>One entry of <c>keepalived.virtualServers</c>: a load balancer on a virtual IP.</summary>
    public sealed class VirtualServerSpec
    {
        internal VirtualServerSpec(string ipAddress) => IPAddress = ipAddress;

        /// <summary><c>ipAddress</c>: the virtual IP the server listens on (required; the list's key).</summary>
        public string IPAddress { get; }

        /// <summary><c>delayLoop</c> (default 1m).</summary>
        public TimeSpan? DelayLoop { get; internal set; }

        /// <summary><c>lbAlgo</c> (default <c>rr</c>).</summary>
        public KeepalivedLbAlgo? LbAlgo { get; internal set; }

        /// <summary><c>lbKind</c> (default <c>DR</c>).</summary>
        public KeepalivedLbKind? LbKind { get; internal set; }

        /// <summary><c>persistenceTimeoutSeconds</c> (default 360).</summary>
        public int? PersistenceTimeoutSeconds { get; internal set; }

        internal VirtualServerSpec Clone() => (VirtualServerSpec)MemberwiseClone();
    }
}
