using System;
using K0sConfig.Rules;

namespace K0sConfig
{
    /// <summary>Configures <c>spec.network</c>.</summary>
    public sealed class NetworkBuilder
    {
        private readonly ConfigNode _node = new ConfigNode(FieldPaths.Network);
        private NetworkProvider? _replacedProvider;
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
            _node.SetText(cidr, nameof(cidr));
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
            _node.SetText(cidr, nameof(cidr));
            return Touch();
        }

        /// <summary>Sets <c>spec.network.clusterDomain</c>. Default <c>cluster.local</c>. Checked by K0S105.</summary>
        /// <param name="domain">A DNS name such as <c>cluster.local</c>.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder ClusterDomain(string domain)
        {
            _node.SetText(domain, nameof(domain));
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
                configure(new KubeRouterBuilder(_node.Open()));
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
                configure(new CalicoBuilder(_node.Open()));
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
            Action<DualStackBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "ds => ds.IPv6PodCidr(\"fd00::/108\").IPv6ServiceCidr(\"fd01::/108\")");
            ConfigNode section = _node.Open();
            section.Set(true, nameof(DualStackBuilder.Enabled));
            action(new DualStackBuilder(section));
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
            _node.SetEnum(family, nameof(family));
            return Touch();
        }

        /// <summary>Configures <c>spec.network.coreDNS</c>: patches to the CoreDNS manifests k0s deploys. Checked by K0S907.</summary>
        /// <param name="configure">Adds patches.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder CoreDns(Action<CoreDnsBuilder> configure)
        {
            Action<CoreDnsBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "d => d.Patch(p => p.Target(t => t.Kind(\"Deployment\").Name(\"coredns\")).Patch(s => s.Type(PatchType.StrategicMerge).Content(\"...\")))");
            action(new CoreDnsBuilder(_node.Open()));
            return Touch();
        }

        /// <summary>Configures <c>spec.network.kubeProxy</c> (default: enabled, mode <c>iptables</c>). Checked by K0S304.</summary>
        /// <param name="configure">Sets kube-proxy values.</param>
        /// <returns>This builder.</returns>
        public NetworkBuilder KubeProxy(Action<KubeProxyBuilder> configure)
        {
            Action<KubeProxyBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "proxy => proxy.Mode(KubeProxyMode.Ipvs)");
            action(new KubeProxyBuilder(_node.Open()));
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
            ConfigNode section = _node.Open();
            section.Set(true, nameof(NodeLocalLoadBalancingBuilder.Enabled));
            configure?.Invoke(new NodeLocalLoadBalancingBuilder(section));
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
            ConfigNode section = _node.Open();
            section.Set(true, nameof(ControlPlaneLoadBalancingBuilder.Enabled));
            configure?.Invoke(new ControlPlaneLoadBalancingBuilder(section));
            return Touch();
        }

        internal NetworkSpec? Snapshot()
        {
            if (!_touched)
            {
                return null;
            }

            return new NetworkSpec(_node.Clone(), _replacedProvider);
        }

        private void ChooseProvider(NetworkProvider provider)
        {
            string key = FieldCatalogue.Find(FieldPaths.Provider)!.Key;
            if (_node.Get(key) is NetworkProvider chosen && chosen != provider)
            {
                _replacedProvider = chosen;
            }

            _node.Put(key, ConfigNode.Spelled.Of(provider));
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
        private readonly ConfigNode _node;

        internal DualStackBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Sets <c>spec.network.dualStack.IPv6podCIDR</c>, the IPv6 pod range (no default; the k0s docs use
        /// <c>fd00::/108</c>). With k0s's IPv6 node mask /117 it must be /101 to /117. Checked by K0S101, K0S203, K0S402, K0S403.
        /// </summary>
        /// <param name="cidr">An IPv6 CIDR such as <c>fd00::/108</c>.</param>
        /// <returns>This builder.</returns>
        public DualStackBuilder IPv6PodCidr(string cidr)
        {
            _node.SetText(cidr, nameof(cidr));
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
            _node.SetText(cidr, nameof(cidr));
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
            _node.Set(enabled);
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.calico</c>.</summary>
    public sealed class CalicoBuilder
    {
        private readonly ConfigNode _node;

        internal CalicoBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Adds one entry to <c>patches</c>: a JSON, strategic merge or merge patch k0s applies to the manifests it
        /// deploys, on the object <see cref="PatchBuilder.Target"/> names. Checked by K0S907.
        /// </summary>
        /// <param name="configure">Sets the target and the patch.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder Patch(Action<PatchBuilder> configure)
        {
            Action<PatchBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "p => p.Target(t => t.Kind(\"Deployment\").Name(\"coredns\")).Patch(s => s.Type(PatchType.StrategicMerge).Content(\"...\"))");
            _node.AddItem(item => action(new PatchBuilder(item)));
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.calico.mode</c> (default <c>vxlan</c>). Dual-stack needs <see cref="CalicoMode.Bird"/> (K0S301).
        /// </summary>
        /// <param name="mode">The mode.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder Mode(CalicoMode mode)
        {
            _node.SetEnum(mode, nameof(mode));
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.overlay</c> (default <c>Always</c>).</summary>
        /// <param name="overlay">When Calico encapsulates traffic.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder Overlay(CalicoOverlay overlay)
        {
            _node.SetEnum(overlay, nameof(overlay));
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.vxlanPort</c> (default 4789).</summary>
        /// <param name="port">The UDP port for VXLAN.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder VxlanPort(int port)
        {
            _node.Set(port);
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.vxlanVNI</c> (default 4096).</summary>
        /// <param name="vni">The VXLAN network identifier.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder VxlanVni(int vni)
        {
            _node.Set(vni);
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.mtu</c> (default 1450).</summary>
        /// <param name="mtu">The MTU of the pod interfaces.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder Mtu(int mtu)
        {
            _node.Set(mtu);
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.wireguard</c> (default <see langword="false"/>).</summary>
        /// <param name="enabled">Whether to encrypt pod traffic with WireGuard.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder Wireguard(bool enabled = true)
        {
            _node.Set(enabled);
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.ipAutodetectionMethod</c> (default: Calico's first-found).</summary>
        /// <param name="method">A Calico autodetection method, such as <c>interface=eth0</c>.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder IPAutodetectionMethod(string method)
        {
            _node.SetText(method, nameof(method));
            return this;
        }

        /// <summary>Sets <c>spec.network.calico.ipV6AutodetectionMethod</c> (default: the IPv4 method).</summary>
        /// <param name="method">A Calico autodetection method, such as <c>interface=eth0</c>.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder IPv6AutodetectionMethod(string method)
        {
            _node.SetText(method, nameof(method));
            return this;
        }

        /// <summary>Sets one entry of <c>spec.network.calico.envVars</c>, passed to calico-node after k0s's own variables.</summary>
        /// <param name="name">The variable name.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public CalicoBuilder EnvVar(string name, string value)
        {
            _node.Map().Set(Guard.ArgName(name, nameof(name), _node.PathOf(), "the environment variable name, such as \"FELIX_LOGSEVERITYSCREEN\""), Guard.NotNull(value, nameof(value), _node.PathOf()));
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.kuberouter</c>.</summary>
    public sealed class KubeRouterBuilder
    {
        private readonly ConfigNode _node;

        internal KubeRouterBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Adds one entry to <c>patches</c>: a JSON, strategic merge or merge patch k0s applies to the manifests it
        /// deploys, on the object <see cref="PatchBuilder.Target"/> names. Checked by K0S907.
        /// </summary>
        /// <param name="configure">Sets the target and the patch.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder Patch(Action<PatchBuilder> configure)
        {
            Action<PatchBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "p => p.Target(t => t.Kind(\"Deployment\").Name(\"coredns\")).Patch(s => s.Type(PatchType.StrategicMerge).Content(\"...\"))");
            _node.AddItem(item => action(new PatchBuilder(item)));
            return this;
        }

        /// <summary>Sets <c>spec.network.kuberouter.autoMTU</c> (default <see langword="true"/>).</summary>
        /// <param name="enabled">Whether kube-router detects the MTU.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder AutoMtu(bool enabled = true)
        {
            _node.Set(enabled);
            return this;
        }

        /// <summary>Sets <c>spec.network.kuberouter.mtu</c> (default 0; used only with <c>autoMTU: false</c>).</summary>
        /// <param name="mtu">The MTU.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder Mtu(int mtu)
        {
            _node.Set(mtu);
            return this;
        }

        /// <summary>Sets <c>spec.network.kuberouter.metricsPort</c> (default 8080; 0 disables metrics).</summary>
        /// <param name="port">The metrics port.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder MetricsPort(int port)
        {
            _node.Set(port);
            return this;
        }

        /// <summary>Sets <c>spec.network.kuberouter.hairpin</c> (default <c>Enabled</c>).</summary>
        /// <param name="hairpin">The hairpin mode.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder Hairpin(KubeRouterHairpin hairpin)
        {
            _node.SetEnum(hairpin, nameof(hairpin));
            return this;
        }

        /// <summary>Sets <c>spec.network.kuberouter.ipMasq</c> (default <see langword="false"/>).</summary>
        /// <param name="enabled">Whether to masquerade pod traffic leaving the cluster.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder IPMasq(bool enabled = true)
        {
            _node.Set(enabled);
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.kuberouter.peerRouterIPs</c>: kube-router's global BGP peers, IP addresses separated by
        /// commas, such as <c>192.168.1.1,192.168.1.2</c> (default: none). k0s marks the field deprecated in favour of
        /// kube-router's <c>peer-router-ips</c> flag in <see cref="ExtraArg"/>, and still passes it on.
        /// </summary>
        /// <param name="addresses">The peers' addresses, separated by commas.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder PeerRouterIPs(string addresses)
        {
            _node.SetText(addresses, nameof(addresses));
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.kuberouter.peerRouterASNs</c>: the AS numbers of the peers in <see cref="PeerRouterIPs"/>,
        /// in the same order, separated by commas, such as <c>64512,64513</c> (default: none). k0s marks the field
        /// deprecated in favour of kube-router's <c>peer-router-asns</c> flag in <see cref="ExtraArg"/>, and still passes it on.
        /// </summary>
        /// <param name="asns">The AS numbers, separated by commas.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder PeerRouterASNs(string asns)
        {
            _node.SetText(asns, nameof(asns));
            return this;
        }

        /// <summary>Sets one entry of <c>spec.network.kuberouter.extraArgs</c>. Checked by K0S601.</summary>
        /// <param name="name">The flag name, without leading dashes.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder ExtraArg(string name, string value)
        {
            _node.SetArg(name, value);
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.kuberouter.rawArgs</c>: arguments k0s passes to kube-router as written, after its extraArgs and unchecked (k0s 1.34 and later;
        /// prefer <c>ExtraArg</c>, which k0s merges with the flags it sets itself).
        /// </summary>
        /// <param name="args">The arguments, each as the command line takes it, such as <c>--v=4</c>.</param>
        /// <returns>This builder.</returns>
        public KubeRouterBuilder RawArgs(params string[] args)
        {
            _node.Set(Lists.Copy(args, nameof(args), _node.PathOf(), "arguments such as \"--v=4\""));
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.kubeProxy</c>.</summary>
    public sealed class KubeProxyBuilder
    {
        private readonly ConfigNode _node;

        internal KubeProxyBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Adds one entry to <c>patches</c>: a JSON, strategic merge or merge patch k0s applies to the manifests it
        /// deploys, on the object <see cref="PatchBuilder.Target"/> names. Checked by K0S907.
        /// </summary>
        /// <param name="configure">Sets the target and the patch.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder Patch(Action<PatchBuilder> configure)
        {
            Action<PatchBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "p => p.Target(t => t.Kind(\"Deployment\").Name(\"coredns\")).Patch(s => s.Type(PatchType.StrategicMerge).Content(\"...\"))");
            _node.AddItem(item => action(new PatchBuilder(item)));
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.disabled</c> (default <see langword="false"/>).</summary>
        /// <param name="disabled">Whether k0s leaves kube-proxy out.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder Disabled(bool disabled = true)
        {
            _node.Set(disabled);
            return this;
        }

        /// <summary>Sets <c>spec.network.kubeProxy.mode</c> (default <c>iptables</c>). Checked by K0S304.</summary>
        /// <param name="mode">The proxy mode.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder Mode(KubeProxyMode mode)
        {
            _node.SetEnum(mode, nameof(mode));
            return this;
        }

        /// <summary>Configures <c>spec.network.kubeProxy.iptables</c>, used in mode <c>iptables</c> (the default). Checked by K0S110.</summary>
        /// <param name="configure">Sets iptables values.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder Iptables(Action<KubeProxyIptablesBuilder> configure)
        {
            Action<KubeProxyIptablesBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.MasqueradeAll()");
            action(new KubeProxyIptablesBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.network.kubeProxy.ipvs</c>, used in mode <c>ipvs</c>. Checked by K0S109.</summary>
        /// <param name="configure">Sets IPVS values.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder Ipvs(Action<KubeProxyIpvsBuilder> configure)
        {
            Action<KubeProxyIpvsBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.StrictArp()");
            action(new KubeProxyIpvsBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.network.kubeProxy.nftables</c>, used in mode <c>nftables</c>. Checked by K0S110.</summary>
        /// <param name="configure">Sets nftables values.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder Nftables(Action<KubeProxyNftablesBuilder> configure)
        {
            Action<KubeProxyNftablesBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "n => n.MasqueradeAll()");
            action(new KubeProxyNftablesBuilder(_node.Open()));
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.kubeProxy.metricsBindAddress</c>, where kube-proxy serves its metrics: an IP address and a
        /// port, such as <c>127.0.0.1:10249</c>. Default <c>0.0.0.0:10249</c>. Checked by K0S111.
        /// </summary>
        /// <param name="address">IP:port.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder MetricsBindAddress(string address)
        {
            _node.SetText(address, nameof(address));
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.kubeProxy.healthzBindAddress</c>, where kube-proxy serves its health check: an IP address
        /// and a port, such as <c>0.0.0.0:10256</c> (the default). Checked by K0S111.
        /// </summary>
        /// <param name="address">IP:port.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder HealthzBindAddress(string address)
        {
            _node.SetText(address, nameof(address));
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
            _node.Set(Lists.Copy(cidrs, nameof(cidrs), _node.PathOf(), "CIDRs such as \"10.0.0.0/24\", or \"primary\""));
            return this;
        }

        /// <summary>Sets one entry of <c>spec.network.kubeProxy.extraArgs</c>. Checked by K0S601.</summary>
        /// <param name="name">The flag name, without leading dashes.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder ExtraArg(string name, string value)
        {
            _node.SetArg(name, value);
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.kubeProxy.rawArgs</c>: arguments k0s passes to kube-proxy as written, after its extraArgs and unchecked (k0s 1.34 and later;
        /// prefer <c>ExtraArg</c>, which k0s merges with the flags it sets itself).
        /// </summary>
        /// <param name="args">The arguments, each as the command line takes it, such as <c>--v=4</c>.</param>
        /// <returns>This builder.</returns>
        public KubeProxyBuilder RawArgs(params string[] args)
        {
            _node.Set(Lists.Copy(args, nameof(args), _node.PathOf(), "arguments such as \"--v=4\""));
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.nodeLocalLoadBalancing</c>.</summary>
    public sealed class NodeLocalLoadBalancingBuilder
    {
        private readonly ConfigNode _node;

        internal NodeLocalLoadBalancingBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>spec.network.nodeLocalLoadBalancing.type</c> (default <c>EnvoyProxy</c>; <c>Traefik</c> from k0s 1.36.1, K0S107 before).</summary>
        /// <param name="type">The load balancer.</param>
        /// <returns>This builder.</returns>
        public NodeLocalLoadBalancingBuilder Type(NodeLocalLoadBalancingType type)
        {
            _node.SetEnum(type, nameof(type));
            return this;
        }

        /// <summary>
        /// Configures <c>spec.network.nodeLocalLoadBalancing.envoyProxy</c>: Envoy's ports, image and pull policy, used with
        /// type <c>EnvoyProxy</c> (the default). Checked by K0S106 and K0S905.
        /// </summary>
        /// <param name="configure">Sets Envoy's values.</param>
        /// <returns>This builder.</returns>
        public NodeLocalLoadBalancingBuilder EnvoyProxy(Action<NodeLocalProxyBuilder> configure)
        {
            Action<NodeLocalProxyBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "e => e.ApiServerBindPort(7443)");
            action(new NodeLocalProxyBuilder(_node.Open()));
            return this;
        }

        /// <summary>
        /// Configures <c>spec.network.nodeLocalLoadBalancing.traefik</c> (k0s 1.36 and later, K0S808 before): Traefik's ports,
        /// image and pull policy, used with type <c>Traefik</c>. Checked by K0S106 and K0S905.
        /// </summary>
        /// <param name="configure">Sets Traefik's values.</param>
        /// <returns>This builder.</returns>
        public NodeLocalLoadBalancingBuilder Traefik(Action<NodeLocalProxyBuilder> configure)
        {
            Action<NodeLocalProxyBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "t => t.ApiServerBindPort(7443)");
            action(new NodeLocalProxyBuilder(_node.Open()));
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
            _node.Set(enabled);
            return this;
        }
    }
}
