using System;

namespace K0sConfig
{
    /// <summary>Configures <c>spec.network</c>.</summary>
    public sealed class NetworkBuilder
    {
        private readonly NetworkSpec _spec = new NetworkSpec();
        private bool _touched;

        internal NetworkBuilder()
        {
        }

        /// <summary>
        /// Sets <c>spec.network.podCIDR</c>, the IPv4 pod range (or IPv6 for single-stack IPv6). Default
        /// <c>10.244.0.0/16</c>. Checked by K0S101, K0S102, K0S201, K0S202, K0S205, K0S402, K0S403, K0S501.
        /// </summary>
        /// <param name="cidr">A CIDR such as <c>10.244.0.0/16</c>.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder PodCidr(string cidr)
        {
            _spec.PodCidr = Guard.NotNull(cidr, nameof(cidr), "spec.network.podCIDR");
            return Touch();
        }

        /// <summary>
        /// Sets <c>spec.network.serviceCIDR</c>, the IPv4 service range (or IPv6 for single-stack IPv6). Default
        /// <c>10.96.0.0/12</c>. Checked by K0S101, K0S102, K0S201, K0S202, K0S501, K0S502, K0S503, K0S504.
        /// </summary>
        /// <param name="cidr">A CIDR such as <c>10.96.0.0/12</c>.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder ServiceCidr(string cidr)
        {
            _spec.ServiceCidr = Guard.NotNull(cidr, nameof(cidr), "spec.network.serviceCIDR");
            return Touch();
        }

        /// <summary>Sets <c>spec.network.clusterDomain</c>. Default <c>cluster.local</c>. Checked by K0S105.</summary>
        /// <param name="domain">A DNS name such as <c>cluster.local</c>.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder ClusterDomain(string domain)
        {
            _spec.ClusterDomain = Guard.NotNull(domain, nameof(domain), "spec.network.clusterDomain");
            return Touch();
        }

        /// <summary>
        /// Chooses kube-router, k0s's default network provider: <c>spec.network.provider: kuberouter</c>, and
        /// optionally sets <c>spec.network.kuberouter</c>. Checked by K0S303, K0S305, K0S405.
        /// </summary>
        /// <param name="configure">Sets kube-router values, or <see langword="null"/>.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder KubeRouter(Action<KubeRouterBuilder>? configure = null)
        {
            ChooseProvider(NetworkProvider.KubeRouter);
            if (configure != null)
            {
                _spec.KubeRouter ??= new KubeRouterSpec();
                configure(new KubeRouterBuilder(_spec.KubeRouter));
            }

            return this;
        }

        /// <summary>
        /// Chooses Calico: <c>spec.network.provider: calico</c>, and optionally sets <c>spec.network.calico</c>
        /// (mode default <c>vxlan</c>, which does not support dual-stack). Checked by K0S301, K0S303.
        /// </summary>
        /// <param name="configure">Sets Calico values, or <see langword="null"/>.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder Calico(Action<CalicoBuilder>? configure = null)
        {
            ChooseProvider(NetworkProvider.Calico);
            if (configure != null)
            {
                _spec.Calico ??= new CalicoSpec();
                configure(new CalicoBuilder(_spec.Calico));
            }

            return this;
        }

        /// <summary>
        /// Chooses a custom CNI: <c>spec.network.provider: custom</c>; k0s deploys no network plugin.
        /// Checked by K0S302, K0S303.
        /// </summary>
        /// <returns>This builder.</returns>
        public NetworkBuilder CustomCni()
        {
            ChooseProvider(NetworkProvider.Custom);
            return this;
        }

        /// <summary>
        /// Enables dual-stack, <c>spec.network.dualStack.enabled: true</c>, and sets its IPv6 ranges
        /// (<c>IPv6podCIDR</c>, <c>IPv6serviceCIDR</c>; no defaults). Default: disabled. Checked by K0S202, K0S203,
        /// K0S204, K0S301, K0S404.
        /// </summary>
        /// <param name="configure">Sets the IPv6 ranges.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder DualStack(Action<DualStackBuilder> configure)
        {
            Action<DualStackBuilder> action = Guard.NotNull(configure, nameof(configure), "spec.network.dualStack", "ds => ds.IPv6PodCidr(\"fd00::/108\").IPv6ServiceCidr(\"fd01::/108\")");
            _spec.DualStack ??= new DualStackSpec();
            _spec.DualStack.Enabled = true;
            action(new DualStackBuilder(_spec.DualStack));
            return Touch();
        }

        /// <summary>
        /// Sets <c>spec.network.primaryAddressFamily</c>: which family comes first in dual-stack. Default: derived
        /// from <c>spec.api.externalAddress</c> or <c>spec.api.address</c>, IPv4 when in doubt. Checked by K0S206, K0S207.
        /// </summary>
        /// <param name="family">IPv4 or IPv6.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder PrimaryAddressFamily(IPFamily family)
        {
            _spec.PrimaryAddressFamily = Guard.Defined(family, nameof(family), "spec.network.primaryAddressFamily");
            return Touch();
        }

        /// <summary>Configures <c>spec.network.kubeProxy</c> (default: enabled, mode <c>iptables</c>). Checked by K0S304.</summary>
        /// <param name="configure">Sets kube-proxy values.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder KubeProxy(Action<KubeProxyBuilder> configure)
        {
            Action<KubeProxyBuilder> action = Guard.NotNull(configure, nameof(configure), "spec.network.kubeProxy", "proxy => proxy.Mode(KubeProxyMode.Ipvs)");
            _spec.KubeProxy ??= new KubeProxySpec();
            action(new KubeProxyBuilder(_spec.KubeProxy));
            return Touch();
        }

        /// <summary>
        /// Enables node-local load balancing, <c>spec.network.nodeLocalLoadBalancing.enabled: true</c> (default:
        /// disabled; type <c>EnvoyProxy</c>). It cannot be combined with <c>spec.api.externalAddress</c> (K0S701).
        /// </summary>
        /// <param name="configure">Sets the type or disables it again, or <see langword="null"/>.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder NodeLocalLoadBalancing(Action<NodeLocalLoadBalancingBuilder>? configure = null)
        {
            _spec.NodeLocalLoadBalancing ??= new NodeLocalLoadBalancingSpec();
            _spec.NodeLocalLoadBalancing.Enabled = true;
            configure?.Invoke(new NodeLocalLoadBalancingBuilder(_spec.NodeLocalLoadBalancing));
            return Touch();
        }

        /// <summary>
        /// Enables control plane load balancing, <c>spec.network.controlPlaneLoadBalancing.enabled: true</c> (default:
        /// disabled): keepalived on the controllers holds virtual IPs and, optionally, load balances the API servers.
        /// Not for <c>k0s controller --single</c>. Checked by K0S108, K0S702–K0S708.
        /// </summary>
        /// <param name="configure">Sets keepalived's values, or <see langword="null"/>.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder ControlPlaneLoadBalancing(Action<ControlPlaneLoadBalancingBuilder>? configure = null)
        {
            _spec.ControlPlaneLoadBalancing ??= new ControlPlaneLoadBalancingSpec();
            _spec.ControlPlaneLoadBalancing.Enabled = true;
            configure?.Invoke(new ControlPlaneLoadBalancingBuilder(_spec.ControlPlaneLoadBalancing));
            return Touch();
        }

        internal NetworkSpec? Snapshot()
        {
            if (!_touched)
            {
                return null;
            }

            NetworkSpec copy = _spec.Clone();
            if (copy.Calico?.IsEmpty == true)
            {
                copy.Calico = null;
            }

            if (copy.KubeRouter?.IsEmpty == true)
            {
                copy.KubeRouter = null;
            }

            return copy;
        }

        private void ChooseProvider(NetworkProvider provider)
        {
            if (_spec.Provider != null && _spec.Provider != provider)
            {
                _spec.ReplacedProvider = _spec.Provider;
            }

            _spec.Provider = provider;
            Touch();
        }

        private NetworkBuilder Touch()
        {
            _touched = true;
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.dualStack</c>.</summary>
    public sealed class DualStackBuilder
    {
        private readonly DualStackSpec _spec;

        internal DualStackBuilder(DualStackSpec spec) => _spec = spec;

        /// <summary>
        /// Sets <c>spec.network.dualStack.IPv6podCIDR</c>, the IPv6 pod range (no default; the k0s docs use
        /// <c>fd00::/108</c>). With k0s's IPv6 node mask /117 it must be /101 to /117. Checked by K0S101, K0S203, K0S402, K0S403.
        /// </summary>
        /// <param name="cidr">An IPv6 CIDR such as <c>fd00::/108</c>.</param>
        /// <returns>This builder.</returns>
        public DualStackBuilder IPv6PodCidr(string cidr)
        {
            _spec.IPv6PodCidr = Guard.NotNull(cidr, nameof(cidr), "spec.network.dualStack.IPv6podCIDR");
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.dualStack.IPv6serviceCIDR</c>, the IPv6 service range (no default; the k0s docs use
        /// <c>fd01::/108</c>). k0s requires /108 or longer. Checked by K0S101, K0S203, K0S501, K0S502, K0S504.
        /// </summary>
        /// <param name="cidr">An IPv6 CIDR such as <c>fd01::/108</c>.</param>
        /// <returns>This builder.</returns>
        public DualStackBuilder IPv6ServiceCidr(string cidr)
        {
            _spec.IPv6ServiceCidr = Guard.NotNull(cidr, nameof(cidr), "spec.network.dualStack.IPv6serviceCIDR");
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.dualStack.enabled</c>. Calling <see cref="NetworkBuilder.DualStack"/> already
        /// enables it; pass <see langword="false"/> to keep the ranges but turn dual-stack off (K0S204 warns).
        /// </summary>
        /// <param name="enabled">Whether dual-stack is on.</param>
        /// <returns>This builder.</returns>
        public DualStackBuilder Enabled(bool enabled = true)
        {
            _spec.Enabled = enabled;
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.calico</c>.</summary>
    public sealed class CalicoBuilder
    {
        private readonly CalicoSpec _spec;

        internal CalicoBuilder(CalicoSpec spec) => _spec = spec;

        /// <summary>
        /// Sets <c>spec.network.calico.mode</c> (default <c>vxlan</c>). Dual-stack needs <see cref="CalicoMode.Bird"/> (K0S301).
        /// </summary>
        /// <param name="mode">The mode.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder Mode(CalicoMode mode)
        {
            _spec.Mode = Guard.Defined(mode, nameof(mode), "spec.network.calico.mode");
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.overlay</c> (default <c>Always</c>).</summary>
        /// <param name="overlay">When Calico encapsulates traffic.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder Overlay(CalicoOverlay overlay)
        {
            _spec.Overlay = Guard.Defined(overlay, nameof(overlay), "spec.network.calico.overlay");
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.vxlanPort</c> (default 4789).</summary>
        /// <param name="port">The UDP port for VXLAN.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder VxlanPort(int port)
        {
            _spec.VxlanPort = port;
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.vxlanVNI</c> (default 4096).</summary>
        /// <param name="vni">The VXLAN network identifier.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder VxlanVni(int vni)
        {
            _spec.VxlanVni = vni;
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.mtu</c> (default 1450).</summary>
        /// <param name="mtu">The MTU of the pod interfaces.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder Mtu(int mtu)
        {
            _spec.Mtu = mtu;
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.wireguard</c> (default <see langword="false"/>).</summary>
        /// <param name="enabled">Whether to encrypt pod traffic with WireGuard.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder Wireguard(bool enabled = true)
        {
            _spec.Wireguard = enabled;
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.ipAutodetectionMethod</c> (default: Calico's first-found).</summary>
        /// <param name="method">A Calico autodetection method, such as <c>interface=eth0</c>.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder IPAutodetectionMethod(string method)
        {
            _spec.IPAutodetectionMethod = Guard.NotNull(method, nameof(method), "spec.network.calico.ipAutodetectionMethod");
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.ipV6AutodetectionMethod</c> (default: the IPv4 method).</summary>
        /// <param name="method">A Calico autodetection method, such as <c>interface=eth0</c>.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder IPv6AutodetectionMethod(string method)
        {
            _spec.IPv6AutodetectionMethod = Guard.NotNull(method, nameof(method), "spec.network.calico.ipV6AutodetectionMethod");
            return this;
        }

        /// <summary>Sets one entry of <c>spec.network.calico.envVars</c>, passed to calico-node after k0s's own variables.</summary>
        /// <param name="name">The variable name.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder EnvVar(string name, string value)
        {
            _spec.EnvVars.Set(Guard.ArgName(name, nameof(name), "spec.network.calico.envVars", "the environment variable name, such as \"FELIX_LOGSEVERITYSCREEN\""), Guard.NotNull(value, nameof(value), "spec.network.calico.envVars"));
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.kuberouter</c>.</summary>
    public sealed class KubeRouterBuilder
    {
        private readonly KubeRouterSpec _spec;

        internal KubeRouterBuilder(KubeRouterSpec spec) => _spec = spec;

        /// <summary>Sets <c>spec.network.kuberouter.autoMTU</c> (default <see langword="true"/>).</summary>
        /// <param name="enabled">Whether kube-router detects the MTU.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder AutoMtu(bool enabled = true)
        {
            _spec.AutoMtu = enabled;
            return this;
        }

        /// <summary>Sets <c>spec.network.kuberouter.mtu</c> (default 0; used only with <c>autoMTU: false</c>).</summary>
        /// <param name="mtu">The MTU.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder Mtu(int mtu)
        {
            _spec.Mtu = mtu;
            return this;
        }

        /// <summary>Sets <c>spec.network.kuberouter.metricsPort</c> (default 8080; 0 disables metrics).</summary>
        /// <param name="port">The metrics port.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder MetricsPort(int port)
        {
            _spec.MetricsPort = port;
            return this;
        }

        /// <summary>Sets <c>spec.network.kuberouter.hairpin</c> (default <c>Enabled</c>).</summary>
        /// <param name="hairpin">The hairpin mode.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder Hairpin(KubeRouterHairpin hairpin)
        {
            _spec.Hairpin = Guard.Defined(hairpin, nameof(hairpin), "spec.network.kuberouter.hairpin");
            return this;
        }

        /// <summary>Sets <c>spec.network.kuberouter.ipMasq</c> (default <see langword="false"/>).</summary>
        /// <param name="enabled">Whether to masquerade pod traffic leaving the cluster.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder IPMasq(bool enabled = true)
        {
            _spec.IPMasq = enabled;
            return this;
        }

        /// <summary>Sets one entry of <c>spec.network.kuberouter.extraArgs</c>. Checked by K0S601.</summary>
        /// <param name="name">The flag name, without leading dashes.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder ExtraArg(string name, string value)
        {
            _spec.ExtraArgs.Set(Guard.ArgName(name, nameof(name), "spec.network.kuberouter.extraArgs"), Guard.NotNull(value, nameof(value), "spec.network.kuberouter.extraArgs"));
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.kubeProxy</c>.</summary>
    public sealed class KubeProxyBuilder
    {
        private readonly KubeProxySpec _spec;

        internal KubeProxyBuilder(KubeProxySpec spec) => _spec = spec;

        /// <summary>Sets <c>spec.network.kubeProxy.disabled</c> (default <see langword="false"/>).</summary>
        /// <param name="disabled">Whether k0s leaves kube-proxy out.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder Disabled(bool disabled = true)
        {
            _spec.Disabled = disabled;
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.mode</c> (default <c>iptables</c>). Checked by K0S304.</summary>
        /// <param name="mode">The proxy mode.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder Mode(KubeProxyMode mode)
        {
            _spec.Mode = Guard.Defined(mode, nameof(mode), "spec.network.kubeProxy.mode");
            return this;
        }

        /// <summary>Configures <c>spec.network.kubeProxy.iptables</c>, used in mode <c>iptables</c> (the default). Checked by K0S110.</summary>
        /// <param name="configure">Sets iptables values.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder Iptables(Action<KubeProxyIptablesBuilder> configure)
        {
            Action<KubeProxyIptablesBuilder> action = Guard.NotNull(configure, nameof(configure), "spec.network.kubeProxy.iptables", "i => i.MasqueradeAll()");
            _spec.Iptables ??= new KubeProxyIptablesSpec();
            action(new KubeProxyIptablesBuilder(_spec.Iptables));
            return this;
        }

        /// <summary>Configures <c>spec.network.kubeProxy.ipvs</c>, used in mode <c>ipvs</c>. Checked by K0S109.</summary>
        /// <param name="configure">Sets IPVS values.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder Ipvs(Action<KubeProxyIpvsBuilder> configure)
        {
            Action<KubeProxyIpvsBuilder> action = Guard.NotNull(configure, nameof(configure), "spec.network.kubeProxy.ipvs", "i => i.StrictArp()");
            _spec.Ipvs ??= new KubeProxyIpvsSpec();
            action(new KubeProxyIpvsBuilder(_spec.Ipvs));
            return this;
        }

        /// <summary>Configures <c>spec.network.kubeProxy.nftables</c>, used in mode <c>nftables</c>. Checked by K0S110.</summary>
        /// <param name="configure">Sets nftables values.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder Nftables(Action<KubeProxyNftablesBuilder> configure)
        {
            Action<KubeProxyNftablesBuilder> action = Guard.NotNull(configure, nameof(configure), "spec.network.kubeProxy.nftables", "n => n.MasqueradeAll()");
            _spec.Nftables ??= new KubeProxyNftablesSpec();
            action(new KubeProxyNftablesBuilder(_spec.Nftables));
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.kubeProxy.nodePortAddresses</c>, replacing any set before (default: every node address):
        /// CIDRs of the node addresses NodePort services listen on, or <c>primary</c> (kube-proxy 1.29 and later). Anything
        /// else makes kube-proxy refuse to start. Checked by K0S109.
        /// </summary>
        /// <param name="cidrs">CIDRs such as <c>10.0.0.0/24</c>, or <c>primary</c>.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder NodePortAddresses(params string[] cidrs)
        {
            _spec.NodePortAddresses = Lists.Copy(cidrs, nameof(cidrs), "spec.network.kubeProxy.nodePortAddresses", "CIDRs such as \"10.0.0.0/24\", or \"primary\"");
            return this;
        }

        /// <summary>Sets one entry of <c>spec.network.kubeProxy.extraArgs</c>. Checked by K0S601.</summary>
        /// <param name="name">The flag name, without leading dashes.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder ExtraArg(string name, string value)
        {
            _spec.ExtraArgs.Set(Guard.ArgName(name, nameof(name), "spec.network.kubeProxy.extraArgs"), Guard.NotNull(value, nameof(value), "spec.network.kubeProxy.extraArgs"));
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.nodeLocalLoadBalancing</c>.</summary>
    public sealed class NodeLocalLoadBalancingBuilder
    {
        private readonly NodeLocalLoadBalancingSpec _spec;

        internal NodeLocalLoadBalancingBuilder(NodeLocalLoadBalancingSpec spec) => _spec = spec;

        /// <summary>Sets <c>spec.network.nodeLocalLoadBalancing.type</c> (default <c>EnvoyProxy</c>).</summary>
        /// <param name="type">The load balancer.</param>
        /// <returns>This builder.</returns>
        public NodeLocalLoadBalancingBuilder Type(NodeLocalLoadBalancingType type)
        {
            _spec.Type = Guard.Defined(type, nameof(type), "spec.network.nodeLocalLoadBalancing.type");
            return this;
        }

        /// <summary>
        /// Configures <c>spec.network.nodeLocalLoadBalancing.envoyProxy</c>: Envoy's ports and pull policy, used with type
        /// <c>EnvoyProxy</c> (the default). Checked by K0S106.
        /// </summary>
        /// <param name="configure">Sets Envoy's values.</param>
        /// <returns>This builder.</returns>
        public NodeLocalLoadBalancingBuilder EnvoyProxy(Action<NodeLocalProxyBuilder> configure)
        {
            const string path = "spec.network.nodeLocalLoadBalancing.envoyProxy";
            Action<NodeLocalProxyBuilder> action = Guard.NotNull(configure, nameof(configure), path, "e => e.ApiServerBindPort(7443)");
            _spec.EnvoyProxy ??= new NodeLocalProxySpec();
            action(new NodeLocalProxyBuilder(_spec.EnvoyProxy, path));
            return this;
        }

        /// <summary>
        /// Configures <c>spec.network.nodeLocalLoadBalancing.traefik</c>: Traefik's ports and pull policy, used with type
        /// <c>Traefik</c>. Checked by K0S106.
        /// </summary>
        /// <param name="configure">Sets Traefik's values.</param>
        /// <returns>This builder.</returns>
        public NodeLocalLoadBalancingBuilder Traefik(Action<NodeLocalProxyBuilder> configure)
        {
            const string path = "spec.network.nodeLocalLoadBalancing.traefik";
            Action<NodeLocalProxyBuilder> action = Guard.NotNull(configure, nameof(configure), path, "t => t.ApiServerBindPort(7443)");
            _spec.Traefik ??= new NodeLocalProxySpec();
            action(new NodeLocalProxyBuilder(_spec.Traefik, path));
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.nodeLocalLoadBalancing.enabled</c>. Calling
        /// <see cref="NetworkBuilder.NodeLocalLoadBalancing"/> already enables it. Checked by K0S701.
        /// </summary>
        /// <param name="enabled">Whether node-local load balancing is on.</param>
        /// <returns>This builder.</returns>
        public NodeLocalLoadBalancingBuilder Enabled(bool enabled = true)
        {
            _spec.Enabled = enabled;
            return this;
        }
    }
}
