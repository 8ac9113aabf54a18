using System;

namespace K0sConfig
{
    /// <summary>Configures <c>spec.network.kubeProxy.iptables</c>.</summary>
    public sealed class KubeProxyIptablesBuilder
    {
        private readonly ConfigNode _node;

        internal KubeProxyIptablesBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>spec.network.kubeProxy.iptables.masqueradeBit</c> (default: kube-proxy's 14). Checked by K0S110.</summary>
        /// <param name="bit">The fwmark bit, 0 to 31.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIptablesBuilder MasqueradeBit(int bit)
        {
            _node.Set(bit);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.iptables.masqueradeAll</c> (default <see langword="false"/>).</summary>
        /// <param name="enabled">Whether kube-proxy masquerades all service traffic.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIptablesBuilder MasqueradeAll(bool enabled = true)
        {
            _node.Set(enabled);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.iptables.localhostNodePorts</c> (default: kube-proxy's <see langword="true"/>).</summary>
        /// <param name="enabled">Whether NodePorts answer on localhost.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIptablesBuilder LocalhostNodePorts(bool enabled = true)
        {
            _node.Set(enabled);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.iptables.syncPeriod</c>, written as a Go duration (default: kube-proxy's 30s).</summary>
        /// <param name="period">How often kube-proxy refreshes its rules.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIptablesBuilder SyncPeriod(TimeSpan period)
        {
            _node.Set(period);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.iptables.minSyncPeriod</c>, written as a Go duration (default: kube-proxy's 1s).</summary>
        /// <param name="period">The least time between two refreshes.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIptablesBuilder MinSyncPeriod(TimeSpan period)
        {
            _node.Set(period);
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.kubeProxy.ipvs</c>.</summary>
    public sealed class KubeProxyIpvsBuilder
    {
        private readonly ConfigNode _node;

        internal KubeProxyIpvsBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>spec.network.kubeProxy.ipvs.syncPeriod</c>, written as a Go duration (default: kube-proxy's 30s).</summary>
        /// <param name="period">How often kube-proxy refreshes its rules.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIpvsBuilder SyncPeriod(TimeSpan period)
        {
            _node.Set(period);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.ipvs.minSyncPeriod</c>, written as a Go duration (default: kube-proxy's 0s).</summary>
        /// <param name="period">The least time between two refreshes.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIpvsBuilder MinSyncPeriod(TimeSpan period)
        {
            _node.Set(period);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.ipvs.scheduler</c> (default: kube-proxy's <c>rr</c>).</summary>
        /// <param name="scheduler">The IPVS scheduler.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIpvsBuilder Scheduler(IpvsScheduler scheduler)
        {
            _node.SetEnum(scheduler, nameof(scheduler));
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.kubeProxy.ipvs.excludeCIDRs</c>, replacing any set before (default: none): CIDRs whose IPVS
        /// rules kube-proxy leaves alone. Each must be a CIDR, or kube-proxy refuses to start. Checked by K0S109.
        /// </summary>
        /// <param name="cidrs">CIDRs such as <c>10.0.0.0/24</c>.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIpvsBuilder ExcludeCidrs(params string[] cidrs)
        {
            _node.Set(Lists.Copy(cidrs, nameof(cidrs), _node.PathOf(), "CIDRs"));
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.ipvs.strictARP</c> (default <see langword="false"/>; MetalLB needs it).</summary>
        /// <param name="enabled">Whether to answer ARP only for addresses on the interface.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIpvsBuilder StrictArp(bool enabled = true)
        {
            _node.Set(enabled);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.ipvs.tcpTimeout</c>, written as a Go duration (default: the system's).</summary>
        /// <param name="timeout">The idle TCP session timeout.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIpvsBuilder TcpTimeout(TimeSpan timeout)
        {
            _node.Set(timeout);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.ipvs.tcpFinTimeout</c>, written as a Go duration (default: the system's).</summary>
        /// <param name="timeout">The timeout after a FIN.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIpvsBuilder TcpFinTimeout(TimeSpan timeout)
        {
            _node.Set(timeout);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.ipvs.udpTimeout</c>, written as a Go duration (default: the system's).</summary>
        /// <param name="timeout">The UDP session timeout.</param>
        /// <returns>This builder.</returns>
        public KubeProxyIpvsBuilder UdpTimeout(TimeSpan timeout)
        {
            _node.Set(timeout);
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.kubeProxy.nftables</c>.</summary>
    public sealed class KubeProxyNftablesBuilder
    {
        private readonly ConfigNode _node;

        internal KubeProxyNftablesBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>spec.network.kubeProxy.nftables.syncPeriod</c>, written as a Go duration (default: kube-proxy's 30s).</summary>
        /// <param name="period">How often kube-proxy refreshes its rules.</param>
        /// <returns>This builder.</returns>
        public KubeProxyNftablesBuilder SyncPeriod(TimeSpan period)
        {
            _node.Set(period);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.nftables.masqueradeBit</c> (default: kube-proxy's 14). Checked by K0S110.</summary>
        /// <param name="bit">The fwmark bit, 0 to 31.</param>
        /// <returns>This builder.</returns>
        public KubeProxyNftablesBuilder MasqueradeBit(int bit)
        {
            _node.Set(bit);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.nftables.masqueradeAll</c> (default <see langword="false"/>).</summary>
        /// <param name="enabled">Whether kube-proxy masquerades all service traffic.</param>
        /// <returns>This builder.</returns>
        public KubeProxyNftablesBuilder MasqueradeAll(bool enabled = true)
        {
            _node.Set(enabled);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.nftables.minSyncPeriod</c>, written as a Go duration (default: kube-proxy's 1s).</summary>
        /// <param name="period">The least time between two refreshes.</param>
        /// <returns>This builder.</returns>
        public KubeProxyNftablesBuilder MinSyncPeriod(TimeSpan period)
        {
            _node.Set(period);
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.nodeLocalLoadBalancing.envoyProxy</c> or <c>.traefik</c>.</summary>
    public sealed class NodeLocalProxyBuilder
    {
        private readonly ConfigNode _node;

        internal NodeLocalProxyBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Sets <c>apiServerBindPort</c>, the local port workers reach the API servers on (default 7443; k0s replaces 0
        /// with the default, and K0sConfig then writes nothing). Checked by K0S106.
        /// </summary>
        /// <param name="port">A port from 1 to 65535.</param>
        /// <returns>This builder.</returns>
        public NodeLocalProxyBuilder ApiServerBindPort(int port)
        {
            _node.Set(port);
            return this;
        }

        /// <summary>Sets <c>konnectivityServerBindPort</c>, the local port for konnectivity (default 7132). Checked by K0S106.</summary>
        /// <param name="port">A port from 1 to 65535.</param>
        /// <returns>This builder.</returns>
        public NodeLocalProxyBuilder KonnectivityServerBindPort(int port)
        {
            _node.Set(port);
            return this;
        }

        /// <summary>Sets <c>imagePullPolicy</c> of the proxy's pods (default: Kubernetes').</summary>
        /// <param name="policy">When to pull the image.</param>
        /// <returns>This builder.</returns>
        public NodeLocalProxyBuilder ImagePullPolicy(ImagePullPolicy policy)
        {
            _node.SetEnum(policy, nameof(policy));
            return this;
        }

        /// <summary>
        /// Configures <c>image</c>: the proxy's image (Envoy's or Traefik's; <c>traefik</c> from k0s 1.36). Checked by
        /// K0S905 as k0s checks it in every version: a version that is not an image tag and an image with a space at either
        /// end are errors; an empty or unwritten image or version is filled in by k0s. Write both for a file that the CRD of
        /// k0s 1.31 and later accepts.
        /// </summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/envoy-distroless&quot;).Version(&quot;v1.39.0&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public NodeLocalProxyBuilder Image(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/envoy-distroless\").Version(\"v1.39.0\")")(new ImageBuilder(_node.Open()));
            return this;
        }
    }
}
