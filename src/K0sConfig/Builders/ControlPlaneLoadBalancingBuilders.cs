using System;
using K0sConfig.Rules;
using System.Linq;

namespace K0sConfig
{
    /// <summary>Configures <c>spec.network.controlPlaneLoadBalancing</c>: keepalived on the controllers.</summary>
    public sealed class ControlPlaneLoadBalancingBuilder
    {
        private readonly ConfigNode _node;

        internal ControlPlaneLoadBalancingBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Sets <c>spec.network.controlPlaneLoadBalancing.enabled</c>. Calling
        /// <see cref="NetworkBuilder.ControlPlaneLoadBalancing"/> already enables it; k0s validates the keepalived settings
        /// even when it is off.
        /// </summary>
        /// <param name="enabled">Whether control plane load balancing is on.</param>
        /// <returns>This builder.</returns>
        public ControlPlaneLoadBalancingBuilder Enabled(bool enabled = true)
        {
            _node.Set(enabled);
            return this;
        }

        /// <summary>
        /// Sets <c>spec.network.controlPlaneLoadBalancing.type</c> (default and only value <c>Keepalived</c>). k0s reads no
        /// type as <c>Keepalived</c>; k0sctl does not: only with <c>type: Keepalived</c> written (and <c>enabled</c>) does
        /// it connect to the cluster, and write the kubeconfig, through the first keepalived virtual server's address
        /// instead of the first controller's.
        /// </summary>
        /// <param name="type">The load balancer.</param>
        /// <returns>This builder.</returns>
        public ControlPlaneLoadBalancingBuilder Type(ControlPlaneLoadBalancingType type)
        {
            _node.SetEnum(type, nameof(type));
            return this;
        }

        /// <summary>
        /// Configures <c>spec.network.controlPlaneLoadBalancing.keepalived</c> (its type is <see cref="Type(ControlPlaneLoadBalancingType)"/>).
        /// Checked by K0S702–K0S708.
        /// </summary>
        /// <param name="configure">Adds VRRP instances and virtual servers.</param>
        /// <returns>This builder.</returns>
        public ControlPlaneLoadBalancingBuilder Keepalived(Action<KeepalivedBuilder> configure)
        {
            Action<KeepalivedBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "k => k.VrrpInstance(v => v.VirtualIPs(\"192.168.1.200/24\").AuthPass(\"secret\"))");
            action(new KeepalivedBuilder(_node.Open()));
            return this;
        }
    }

    /// <summary>Configures <c>spec.network.controlPlaneLoadBalancing.keepalived</c>.</summary>
    public sealed class KeepalivedBuilder
    {
        private readonly ConfigNode _node;

        internal KeepalivedBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Adds one entry to <c>keepalived.vrrpInstances</c>: a VRRP instance holding virtual IPs. Needs
        /// <see cref="VrrpInstanceBuilder.VirtualIPs"/> and <see cref="VrrpInstanceBuilder.AuthPass"/>. At most 255
        /// instances; without explicit ids k0s numbers them 51, 52, … up to 255. Checked by K0S108, K0S702–K0S705, K0S707.
        /// </summary>
        /// <param name="configure">Sets the instance's values.</param>
        /// <returns>This builder.</returns>
        public KeepalivedBuilder VrrpInstance(Action<VrrpInstanceBuilder> configure)
        {
            Action<VrrpInstanceBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "v => v.VirtualIPs(\"192.168.1.200/24\").AuthPass(\"secret\")");
            _node.AddItem(item => action(new VrrpInstanceBuilder(item)));
            return this;
        }

        /// <summary>
        /// Adds or changes the entry of <c>keepalived.virtualServers</c> for <paramref name="ipAddress"/>: keepalived load
        /// balances the API servers on that virtual IP. The list is keyed by the address, so a second call with the same
        /// address configures the same server. Not supported on controller+worker nodes (k0s docs). Checked by K0S706, K0S707.
        /// </summary>
        /// <param name="ipAddress">The virtual IP address, such as <c>192.168.1.200</c>.</param>
        /// <param name="configure">Sets the server's values, or <see langword="null"/> for k0s's defaults.</param>
        /// <returns>This builder.</returns>
        public KeepalivedBuilder VirtualServer(string ipAddress, Action<VirtualServerBuilder>? configure = null)
        {
            ConfigNode? server = _node.Items(nameof(VirtualServer)).FirstOrDefault(s => string.Equals(s.Written(nameof(VirtualServer)) as string, ipAddress, StringComparison.Ordinal));
            if (server == null)
            {
                string field = FieldCatalogue.WrittenBy(_node.FieldOf(nameof(VirtualServer)).Path + "[]", nameof(VirtualServer))!.Path.Replace("[]", string.Empty);
                string address = Guard.NotNull(ipAddress, nameof(ipAddress), field);
                server = _node.AddItem();
                server.Set(address);
            }

            configure?.Invoke(new VirtualServerBuilder(server));
            return this;
        }

        /// <summary>
        /// Sets <c>keepalived.userSpaceProxyBindPort</c>, the port of k0s's user-space reverse proxy for the API servers
        /// (default 6444; k0s replaces 0 with the default, and K0sConfig then writes nothing). Checked by K0S707.
        /// </summary>
        /// <param name="port">A port from 1 to 65535.</param>
        /// <returns>This builder.</returns>
        public KeepalivedBuilder UserSpaceProxyBindPort(int port)
        {
            _node.Set(port);
            return this;
        }

        /// <summary>Sets <c>keepalived.disableLoadBalancer</c> (default <see langword="false"/>): keep the virtual IPs, no load balancer.</summary>
        /// <param name="disabled">Whether the load balancer is off.</param>
        /// <returns>This builder.</returns>
        public KeepalivedBuilder DisableLoadBalancer(bool disabled = true)
        {
            _node.Set(disabled);
            return this;
        }

        /// <summary>Sets <c>keepalived.configTemplateVRRP</c>: the path of a custom keepalived template for VRRP (default: k0s's).</summary>
        /// <param name="path">A file path on the controllers.</param>
        /// <returns>This builder.</returns>
        public KeepalivedBuilder ConfigTemplateVrrp(string path)
        {
            _node.SetText(path, nameof(path));
            return this;
        }

        /// <summary>Sets <c>keepalived.configTemplateVS</c>: the path of a custom keepalived template for virtual servers (default: k0s's).</summary>
        /// <param name="path">A file path on the controllers.</param>
        /// <returns>This builder.</returns>
        public KeepalivedBuilder ConfigTemplateVs(string path)
        {
            _node.SetText(path, nameof(path));
            return this;
        }
    }

    /// <summary>Configures one entry of <c>keepalived.vrrpInstances</c>.</summary>
    public sealed class VrrpInstanceBuilder
    {
        private readonly ConfigNode _node;

        internal VrrpInstanceBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Sets <c>virtualIPs</c>, replacing any set before (required): the virtual IPs as CIDRs, such as
        /// <c>192.168.1.200/24</c>. A set: a value given twice is written once. Checked by K0S704, K0S108.
        /// </summary>
        /// <param name="cidrs">CIDRs.</param>
        /// <returns>This builder.</returns>
        public VrrpInstanceBuilder VirtualIPs(params string[] cidrs)
        {
            _node.SetList(Lists.Copy(cidrs, nameof(cidrs), _node.PathOf(), "CIDRs such as \"192.168.1.200/24\""));
            return this;
        }

        /// <summary>Sets <c>interface</c>, the NIC (or its MAC address) of the virtual router (default: the NIC of the default route).</summary>
        /// <param name="name">An interface name such as <c>eth0</c>.</param>
        /// <returns>This builder.</returns>
        public VrrpInstanceBuilder Interface(string name)
        {
            _node.SetText(name, nameof(name));
            return this;
        }

        /// <summary>
        /// Sets <c>virtualRouterID</c>, 1 to 255, the same on every controller and unique in the network (default: 51 +
        /// the instance's index; 0 means that default, and K0sConfig then writes nothing). Checked by K0S702.
        /// </summary>
        /// <param name="id">The VRRP router id.</param>
        /// <returns>This builder.</returns>
        public VrrpInstanceBuilder VirtualRouterId(int id)
        {
            _node.Set(id);
            return this;
        }

        /// <summary>
        /// Sets <c>advertIntervalSeconds</c> (default 1; 0 means the default, and K0sConfig then writes nothing). Checked by K0S707.
        /// </summary>
        /// <param name="seconds">The advertisement interval, at least 1.</param>
        /// <returns>This builder.</returns>
        public VrrpInstanceBuilder AdvertIntervalSeconds(int seconds)
        {
            _node.Set(seconds);
            return this;
        }

        /// <summary>Sets <c>authPass</c> (required): 1 to 8 bytes, the same on every controller. Checked by K0S703.</summary>
        /// <param name="password">The VRRP password.</param>
        /// <returns>This builder.</returns>
        public VrrpInstanceBuilder AuthPass(string password)
        {
            _node.SetText(password, nameof(password));
            return this;
        }

        /// <summary>
        /// Sets <c>unicastPeers</c>, replacing any set before (default: none, multicast): the other controllers' IP
        /// addresses. Needs <see cref="UnicastSourceIP"/>. A set: a value given twice is written once. Checked by K0S705, K0S108.
        /// </summary>
        /// <param name="addresses">IP addresses.</param>
        /// <returns>This builder.</returns>
        public VrrpInstanceBuilder UnicastPeers(params string[] addresses)
        {
            _node.SetList(Lists.Copy(addresses, nameof(addresses), _node.PathOf(), "IP addresses"));
            return this;
        }

        /// <summary>Sets <c>unicastSourceIP</c>, this controller's address for unicast VRRP (required with unicast peers). Checked by K0S705.</summary>
        /// <param name="address">An IP address.</param>
        /// <returns>This builder.</returns>
        public VrrpInstanceBuilder UnicastSourceIP(string address)
        {
            _node.SetText(address, nameof(address));
            return this;
        }

        /// <summary>
        /// Sets <c>addressLabel</c>, the label of IPv6 virtual IPs (default 10000; 0 means the default, and K0sConfig then
        /// writes nothing; 0xffffffff is reserved, and the CRD takes at most 2147483647). Checked by K0S707.
        /// </summary>
        /// <param name="label">The label.</param>
        /// <returns>This builder.</returns>
        public VrrpInstanceBuilder AddressLabel(uint label)
        {
            _node.Set(label);
            return this;
        }
    }

    /// <summary>Configures one entry of <c>keepalived.virtualServers</c>.</summary>
    public sealed class VirtualServerBuilder
    {
        private readonly ConfigNode _node;

        internal VirtualServerBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Sets <c>delayLoop</c>, the health check interval, written as a Go duration (default 1m; k0s truncates it to
        /// microseconds and it must stay positive; zero means the default, and K0sConfig then writes nothing). Checked by K0S707.
        /// </summary>
        /// <param name="delay">The interval.</param>
        /// <returns>This builder.</returns>
        public VirtualServerBuilder DelayLoop(TimeSpan delay)
        {
            _node.Set(delay);
            return this;
        }

        /// <summary>Sets <c>lbAlgo</c> (default <c>rr</c>).</summary>
        /// <param name="algorithm">The load balancing algorithm.</param>
        /// <returns>This builder.</returns>
        public VirtualServerBuilder LbAlgo(KeepalivedLbAlgo algorithm)
        {
            _node.SetEnum(algorithm, nameof(algorithm));
            return this;
        }

        /// <summary>Sets <c>lbKind</c> (default <c>DR</c>).</summary>
        /// <param name="kind">The forwarding method.</param>
        /// <returns>This builder.</returns>
        public VirtualServerBuilder LbKind(KeepalivedLbKind kind)
        {
            _node.SetEnum(kind, nameof(kind));
            return this;
        }

        /// <summary>
        /// Sets <c>persistenceTimeoutSeconds</c>, 1 to 2678400 (default 360; 0 means the default, and K0sConfig then writes
        /// nothing). Checked by K0S707.
        /// </summary>
        /// <param name="seconds">The timeout for persistent connections.</param>
        /// <returns>This builder.</returns>
        public VirtualServerBuilder PersistenceTimeoutSeconds(int seconds)
        {
            _node.Set(seconds);
            return this;
        }
    }
}
