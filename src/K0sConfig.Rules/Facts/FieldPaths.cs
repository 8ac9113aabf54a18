namespace K0sConfig.Rules
{
    /// <summary>The k0s.yaml paths that findings name, spelled exactly as k0s spells its keys.</summary>
    public static class FieldPaths
    {
#pragma warning disable CS1591 // The names say what each path is.
        public const string Network = "spec.network";
        public const string Provider = "spec.network.provider";
        public const string PodCidr = "spec.network.podCIDR";
        public const string ServiceCidr = "spec.network.serviceCIDR";
        public const string ClusterDomain = "spec.network.clusterDomain";
        public const string PrimaryAddressFamily = "spec.network.primaryAddressFamily";
        public const string DualStack = "spec.network.dualStack";
        public const string DualStackEnabled = "spec.network.dualStack.enabled";
        public const string IPv6PodCidr = "spec.network.dualStack.IPv6podCIDR";
        public const string IPv6ServiceCidr = "spec.network.dualStack.IPv6serviceCIDR";
        public const string Calico = "spec.network.calico";
        public const string CalicoMode = "spec.network.calico.mode";
        public const string KubeRouter = "spec.network.kuberouter";
        public const string KubeRouterExtraArgs = "spec.network.kuberouter.extraArgs";
        public const string KubeProxyDisabled = "spec.network.kubeProxy.disabled";
        public const string KubeProxyMode = "spec.network.kubeProxy.mode";
        public const string KubeProxyExtraArgs = "spec.network.kubeProxy.extraArgs";
        public const string NodeLocalLoadBalancingEnabled = "spec.network.nodeLocalLoadBalancing.enabled";
        public const string NodePortAddresses = "spec.network.kubeProxy.nodePortAddresses";
        public const string IpvsExcludeCidrs = "spec.network.kubeProxy.ipvs.excludeCIDRs";
        public const string IptablesMasqueradeBit = "spec.network.kubeProxy.iptables.masqueradeBit";
        public const string NftablesMasqueradeBit = "spec.network.kubeProxy.nftables.masqueradeBit";
        public const string EnvoyProxyApiServerBindPort = "spec.network.nodeLocalLoadBalancing.envoyProxy.apiServerBindPort";
        public const string EnvoyProxyKonnectivityServerBindPort = "spec.network.nodeLocalLoadBalancing.envoyProxy.konnectivityServerBindPort";
        public const string TraefikApiServerBindPort = "spec.network.nodeLocalLoadBalancing.traefik.apiServerBindPort";
        public const string TraefikKonnectivityServerBindPort = "spec.network.nodeLocalLoadBalancing.traefik.konnectivityServerBindPort";
        public const string ControlPlaneLoadBalancingEnabled = "spec.network.controlPlaneLoadBalancing.enabled";
        public const string Keepalived = "spec.network.controlPlaneLoadBalancing.keepalived";
        public const string VrrpInstances = "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances";
        public const string VirtualServers = "spec.network.controlPlaneLoadBalancing.keepalived.virtualServers";
        public const string UserSpaceProxyBindPort = "spec.network.controlPlaneLoadBalancing.keepalived.userSpaceProxyBindPort";
        public const string ApiAddress = "spec.api.address";
        public const string ExternalAddress = "spec.api.externalAddress";
        public const string Sans = "spec.api.sans";
        public const string ApiPort = "spec.api.port";
        public const string K0sApiPort = "spec.api.k0sApiPort";
        public const string ApiExtraArgs = "spec.api.extraArgs";
        public const string ControllerManagerExtraArgs = "spec.controllerManager.extraArgs";
#pragma warning restore CS1591

        /// <summary>The path of one <c>sans</c> entry.</summary>
        /// <param name="index">The entry's index.</param>
        /// <returns>For example <c>spec.api.sans[0]</c>.</returns>
        public static string San(int index) => Sans + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

        /// <summary>The path of one VRRP instance.</summary>
        /// <param name="index">The instance's index.</param>
        /// <returns>For example <c>spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[0]</c>.</returns>
        public static string VrrpInstance(int index) => VrrpInstances + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

        /// <summary>The path of one virtual server.</summary>
        /// <param name="index">The server's index.</param>
        /// <returns>For example <c>spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[0]</c>.</returns>
        public static string VirtualServer(int index) => VirtualServers + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

        /// <summary>The path of one entry of a list.</summary>
        /// <param name="listPath">The list's path.</param>
        /// <param name="index">The entry's index.</param>
        /// <returns>For example <c>spec.network.kubeProxy.nodePortAddresses[1]</c>.</returns>
        public static string Entry(string listPath, int index) => listPath + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

        /// <summary>The path of one entry of an <c>extraArgs</c> map.</summary>
        /// <param name="mapPath">The map's path, such as <see cref="ControllerManagerExtraArgs"/>.</param>
        /// <param name="key">The key.</param>
        /// <returns>For example <c>spec.controllerManager.extraArgs.node-cidr-mask-size</c>.</returns>
        public static string ExtraArg(string mapPath, string key) => mapPath + "." + key;

        /// <summary>The last segment of a path: the key as it appears in k0s.yaml.</summary>
        /// <param name="path">A path.</param>
        /// <returns>For example <c>podCIDR</c> for <see cref="PodCidr"/>.</returns>
        public static string Key(string path) => path.Substring(path.LastIndexOf('.') + 1);
    }
}
