using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// Everything the rules read about a k0s ClusterConfig, each value unset, known or unknown. Front ends (the
    /// builder at run time, the analyzers at compile time, a YAML reader) fill it; the rules only read it.
    /// A new instance has every value unset, which is what k0s sees for an empty config.
    /// </summary>
    public sealed class ClusterFacts
    {
        /// <summary><c>spec.network.provider</c>: <c>kuberouter</c> (default), <c>calico</c> or <c>custom</c>.</summary>
        public Fact<string> Provider { get; set; }

        /// <summary>A provider the configuration chose earlier and then replaced (the builder's provider called twice).</summary>
        public Fact<string> ReplacedProvider { get; set; }

        /// <summary><c>spec.network.podCIDR</c> (default <c>10.244.0.0/16</c>).</summary>
        public Fact<string> PodCidr { get; set; }

        /// <summary><c>spec.network.serviceCIDR</c> (default <c>10.96.0.0/12</c>).</summary>
        public Fact<string> ServiceCidr { get; set; }

        /// <summary><c>spec.network.clusterDomain</c> (default <c>cluster.local</c>).</summary>
        public Fact<string> ClusterDomain { get; set; }

        /// <summary><c>spec.network.primaryAddressFamily</c>: <c>IPv4</c> or <c>IPv6</c> (default: derived from the API addresses).</summary>
        public Fact<string> PrimaryAddressFamily { get; set; }

        /// <summary><c>spec.network.dualStack.enabled</c> (default <see langword="false"/>).</summary>
        public Fact<bool> DualStackEnabled { get; set; }

        /// <summary><c>spec.network.dualStack.IPv6podCIDR</c> (no default).</summary>
        public Fact<string> IPv6PodCidr { get; set; }

        /// <summary><c>spec.network.dualStack.IPv6serviceCIDR</c> (no default).</summary>
        public Fact<string> IPv6ServiceCidr { get; set; }

        /// <summary>The configuration writes Calico settings (a <c>spec.network.calico</c> block).</summary>
        public Fact<bool> CalicoSettings { get; set; }

        /// <summary><c>spec.network.calico.mode</c>: <c>vxlan</c> (default), <c>bird</c> or <c>ipip</c>.</summary>
        public Fact<string> CalicoMode { get; set; }

        /// <summary>The configuration writes kube-router settings (a <c>spec.network.kuberouter</c> block).</summary>
        public Fact<bool> KubeRouterSettings { get; set; }

        /// <summary><c>spec.network.kuberouter.extraArgs</c>.</summary>
        public ExtraArgsFacts KubeRouterExtraArgs { get; set; } = ExtraArgsFacts.Empty;

        /// <summary><c>spec.network.kubeProxy.disabled</c> (default <see langword="false"/>).</summary>
        public Fact<bool> KubeProxyDisabled { get; set; }

        /// <summary><c>spec.network.kubeProxy.mode</c> (default <c>iptables</c>).</summary>
        public Fact<string> KubeProxyMode { get; set; }

        /// <summary><c>spec.network.kubeProxy.extraArgs</c>.</summary>
        public ExtraArgsFacts KubeProxyExtraArgs { get; set; } = ExtraArgsFacts.Empty;

        /// <summary><c>spec.network.nodeLocalLoadBalancing.enabled</c> (default <see langword="false"/>).</summary>
        public Fact<bool> NodeLocalLoadBalancingEnabled { get; set; }

        /// <summary><c>spec.network.kubeProxy.nodePortAddresses</c>: CIDRs or <c>primary</c>, each entry itself a fact.</summary>
        public Fact<IReadOnlyList<Fact<string>>> NodePortAddresses { get; set; }

        /// <summary><c>spec.network.kubeProxy.ipvs.excludeCIDRs</c>: CIDRs, each entry itself a fact.</summary>
        public Fact<IReadOnlyList<Fact<string>>> IpvsExcludeCidrs { get; set; }

        /// <summary><c>spec.network.kubeProxy.iptables.masqueradeBit</c> (default: kube-proxy's 14).</summary>
        public Fact<int> IptablesMasqueradeBit { get; set; }

        /// <summary><c>spec.network.kubeProxy.nftables.masqueradeBit</c> (default: kube-proxy's 14).</summary>
        public Fact<int> NftablesMasqueradeBit { get; set; }

        /// <summary><c>spec.network.nodeLocalLoadBalancing.envoyProxy.apiServerBindPort</c> (0 or unset: 7443).</summary>
        public Fact<int> EnvoyProxyApiServerBindPort { get; set; }

        /// <summary><c>spec.network.nodeLocalLoadBalancing.envoyProxy.konnectivityServerBindPort</c> (unset: 7132).</summary>
        public Fact<int> EnvoyProxyKonnectivityServerBindPort { get; set; }

        /// <summary><c>spec.network.nodeLocalLoadBalancing.traefik.apiServerBindPort</c> (0 or unset: 7443).</summary>
        public Fact<int> TraefikApiServerBindPort { get; set; }

        /// <summary><c>spec.network.nodeLocalLoadBalancing.traefik.konnectivityServerBindPort</c> (unset: 7132).</summary>
        public Fact<int> TraefikKonnectivityServerBindPort { get; set; }

        /// <summary><c>spec.network.controlPlaneLoadBalancing.enabled</c> (default <see langword="false"/>).</summary>
        public Fact<bool> ControlPlaneLoadBalancingEnabled { get; set; }

        /// <summary><c>spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances</c>, in order.</summary>
        public Fact<IReadOnlyList<VrrpInstanceFacts>> VrrpInstances { get; set; }

        /// <summary><c>spec.network.controlPlaneLoadBalancing.keepalived.virtualServers</c>, in order.</summary>
        public Fact<IReadOnlyList<VirtualServerFacts>> VirtualServers { get; set; }

        /// <summary><c>spec.network.controlPlaneLoadBalancing.keepalived.userSpaceProxyBindPort</c> (0 or unset: 6444).</summary>
        public Fact<int> UserSpaceProxyBindPort { get; set; }

        /// <summary><c>spec.api.address</c> (default: the host's first public address, unknowable ahead of time).</summary>
        public Fact<string> ApiAddress { get; set; }

        /// <summary><c>spec.api.externalAddress</c>: an IP, a DNS name, or host:port (default: none).</summary>
        public Fact<string> ExternalAddress { get; set; }

        /// <summary><c>spec.api.sans</c>: the list, each entry itself a fact.</summary>
        public Fact<IReadOnlyList<Fact<string>>> Sans { get; set; }

        /// <summary><c>spec.api.port</c> (default 6443).</summary>
        public Fact<int> ApiPort { get; set; }

        /// <summary><c>spec.api.k0sApiPort</c> (default 9443).</summary>
        public Fact<int> K0sApiPort { get; set; }

        /// <summary><c>spec.api.extraArgs</c>.</summary>
        public ExtraArgsFacts ApiExtraArgs { get; set; } = ExtraArgsFacts.Empty;

        /// <summary><c>spec.controllerManager.extraArgs</c>, including the node CIDR mask sizes.</summary>
        public ExtraArgsFacts ControllerManagerExtraArgs { get; set; } = ExtraArgsFacts.Empty;

        /// <summary>
        /// Problems with how the document is written (unknown keys, wrong types, duplicate keys, an unreadable file), as a
        /// YAML front end finds them; empty for the builder, which can write only known fields.
        /// </summary>
        public IReadOnlyList<DocumentProblem> DocumentProblems { get; set; } = System.Array.Empty<DocumentProblem>();

        /// <summary>
        /// Adds to <paramref name="origins"/> the origin of every known value (for extraArgs, of every known entry's
        /// value): where a front end can tell that a value it is about to check on its own was already checked here.
        /// </summary>
        /// <param name="origins">Where to add the origins.</param>
        public void AddKnownOrigins(ISet<object> origins)
        {
            if (origins == null)
            {
                throw new ArgumentNullException(nameof(origins));
            }

            AllKnownOrigins(origin =>
            {
                origins.Add(origin);
                return true;
            });
        }

        /// <summary>
        /// Whether <paramref name="test"/> holds for the origin of every known value (for extraArgs, of every known
        /// entry's value), stopping at the first that fails; true when no value is known. A front end asks it to tell
        /// whether every value it is about to check on its own was already checked elsewhere, without collecting them.
        /// </summary>
        /// <param name="test">The test of one origin.</param>
        /// <returns>Whether every known value's origin passes.</returns>
        public bool AllKnownOrigins(Func<object, bool> test)
        {
            if (test == null)
            {
                throw new ArgumentNullException(nameof(test));
            }

            return Passes(Provider.State, Provider.Origin, test)
                && Passes(ReplacedProvider.State, ReplacedProvider.Origin, test)
                && Passes(PodCidr.State, PodCidr.Origin, test)
                && Passes(ServiceCidr.State, ServiceCidr.Origin, test)
                && Passes(ClusterDomain.State, ClusterDomain.Origin, test)
                && Passes(PrimaryAddressFamily.State, PrimaryAddressFamily.Origin, test)
                && Passes(DualStackEnabled.State, DualStackEnabled.Origin, test)
                && Passes(IPv6PodCidr.State, IPv6PodCidr.Origin, test)
                && Passes(IPv6ServiceCidr.State, IPv6ServiceCidr.Origin, test)
                && Passes(CalicoSettings.State, CalicoSettings.Origin, test)
                && Passes(CalicoMode.State, CalicoMode.Origin, test)
                && Passes(KubeRouterSettings.State, KubeRouterSettings.Origin, test)
                && Passes(KubeProxyDisabled.State, KubeProxyDisabled.Origin, test)
                && Passes(KubeProxyMode.State, KubeProxyMode.Origin, test)
                && Passes(NodeLocalLoadBalancingEnabled.State, NodeLocalLoadBalancingEnabled.Origin, test)
                && Passes(NodePortAddresses.State, NodePortAddresses.Origin, test)
                && Passes(IpvsExcludeCidrs.State, IpvsExcludeCidrs.Origin, test)
                && Passes(IptablesMasqueradeBit.State, IptablesMasqueradeBit.Origin, test)
                && Passes(NftablesMasqueradeBit.State, NftablesMasqueradeBit.Origin, test)
                && Passes(EnvoyProxyApiServerBindPort.State, EnvoyProxyApiServerBindPort.Origin, test)
                && Passes(EnvoyProxyKonnectivityServerBindPort.State, EnvoyProxyKonnectivityServerBindPort.Origin, test)
                && Passes(TraefikApiServerBindPort.State, TraefikApiServerBindPort.Origin, test)
                && Passes(TraefikKonnectivityServerBindPort.State, TraefikKonnectivityServerBindPort.Origin, test)
                && Passes(ControlPlaneLoadBalancingEnabled.State, ControlPlaneLoadBalancingEnabled.Origin, test)
                && Passes(UserSpaceProxyBindPort.State, UserSpaceProxyBindPort.Origin, test)
                && Passes(VrrpInstances.IsKnown, VrrpInstances.Value, test)
                && Passes(VirtualServers.IsKnown, VirtualServers.Value, test)
                && Passes(ApiAddress.State, ApiAddress.Origin, test)
                && Passes(ExternalAddress.State, ExternalAddress.Origin, test)
                && Passes(Sans.State, Sans.Origin, test)
                && Passes(ApiPort.State, ApiPort.Origin, test)
                && Passes(K0sApiPort.State, K0sApiPort.Origin, test)
                && Passes(KubeRouterExtraArgs, test)
                && Passes(KubeProxyExtraArgs, test)
                && Passes(ApiExtraArgs, test)
                && Passes(ControllerManagerExtraArgs, test);
        }

        private static bool Passes(ExtraArgsFacts map, Func<object, bool> test)
        {
            if (map.Entries.Count == 0)
            {
                return true;
            }

            foreach (ExtraArgFact entry in map.Entries.Values)
            {
                if (!Passes(entry.Value.State, entry.Value.Origin, test))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Every entry of a known list (VRRP instances, virtual servers) passes; an unknown list has none to test.</summary>
        private static bool Passes(bool known, IReadOnlyList<IKnownOrigins>? entries, Func<object, bool> test)
        {
            if (known && entries != null)
            {
                foreach (IKnownOrigins entry in entries)
                {
                    if (!entry.AllKnownOrigins(test))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// A copy that keeps only the known values whose origin <paramref name="keep"/> accepts; every other value is
        /// unknown. A front end uses it to ask what a finding would be from some of the values alone (those written
        /// in one place), everything else unknown.
        /// </summary>
        /// <param name="keep">Whether to keep a known value written at this origin.</param>
        /// <returns>The copy.</returns>
        public ClusterFacts KeepOnly(Func<object?, bool> keep)
        {
            if (keep == null)
            {
                throw new ArgumentNullException(nameof(keep));
            }

            return new ClusterFacts
            {
                Provider = Keep(Provider, keep),
                ReplacedProvider = Keep(ReplacedProvider, keep),
                PodCidr = Keep(PodCidr, keep),
                ServiceCidr = Keep(ServiceCidr, keep),
                ClusterDomain = Keep(ClusterDomain, keep),
                PrimaryAddressFamily = Keep(PrimaryAddressFamily, keep),
                DualStackEnabled = Keep(DualStackEnabled, keep),
                IPv6PodCidr = Keep(IPv6PodCidr, keep),
                IPv6ServiceCidr = Keep(IPv6ServiceCidr, keep),
                CalicoSettings = Keep(CalicoSettings, keep),
                CalicoMode = Keep(CalicoMode, keep),
                KubeRouterSettings = Keep(KubeRouterSettings, keep),
                KubeRouterExtraArgs = Keep(KubeRouterExtraArgs, keep),
                KubeProxyDisabled = Keep(KubeProxyDisabled, keep),
                KubeProxyMode = Keep(KubeProxyMode, keep),
                KubeProxyExtraArgs = Keep(KubeProxyExtraArgs, keep),
                NodeLocalLoadBalancingEnabled = Keep(NodeLocalLoadBalancingEnabled, keep),
                NodePortAddresses = Keep(NodePortAddresses, keep),
                IpvsExcludeCidrs = Keep(IpvsExcludeCidrs, keep),
                IptablesMasqueradeBit = Keep(IptablesMasqueradeBit, keep),
                NftablesMasqueradeBit = Keep(NftablesMasqueradeBit, keep),
                EnvoyProxyApiServerBindPort = Keep(EnvoyProxyApiServerBindPort, keep),
                EnvoyProxyKonnectivityServerBindPort = Keep(EnvoyProxyKonnectivityServerBindPort, keep),
                TraefikApiServerBindPort = Keep(TraefikApiServerBindPort, keep),
                TraefikKonnectivityServerBindPort = Keep(TraefikKonnectivityServerBindPort, keep),
                ControlPlaneLoadBalancingEnabled = Keep(ControlPlaneLoadBalancingEnabled, keep),
                VrrpInstances = KeepEach(VrrpInstances, keep, (i, k) => i.Map(k)),
                VirtualServers = KeepEach(VirtualServers, keep, (v, k) => v.Map(k)),
                UserSpaceProxyBindPort = Keep(UserSpaceProxyBindPort, keep),
                ApiAddress = Keep(ApiAddress, keep),
                ExternalAddress = Keep(ExternalAddress, keep),
                Sans = Keep(Sans, keep),
                ApiPort = Keep(ApiPort, keep),
                K0sApiPort = Keep(K0sApiPort, keep),
                ApiExtraArgs = Keep(ApiExtraArgs, keep),
                ControllerManagerExtraArgs = Keep(ControllerManagerExtraArgs, keep),
            };
        }

        /// <summary>A copy to change: what a configuration would be after an edit.</summary>
        /// <returns>The copy.</returns>
        internal ClusterFacts Copy() => (ClusterFacts)MemberwiseClone();

        /// <summary>Facts in which every value is unknown: the starting point for a front end that sees only part of a configuration.</summary>
        /// <returns>The facts.</returns>
        public static ClusterFacts AllUnknown() => new ClusterFacts().SetAllUnknown();

        /// <summary>
        /// Makes every value unknown again, so that a front end that checks many small parts of a configuration one after
        /// another can use one instance for all of them.
        /// </summary>
        /// <returns>This instance.</returns>
        public ClusterFacts SetAllUnknown()
        {
            Provider = Fact<string>.Unknown();
            ReplacedProvider = Fact<string>.Unknown();
            PodCidr = Fact<string>.Unknown();
            ServiceCidr = Fact<string>.Unknown();
            ClusterDomain = Fact<string>.Unknown();
            PrimaryAddressFamily = Fact<string>.Unknown();
            DualStackEnabled = Fact<bool>.Unknown();
            IPv6PodCidr = Fact<string>.Unknown();
            IPv6ServiceCidr = Fact<string>.Unknown();
            CalicoSettings = Fact<bool>.Unknown();
            CalicoMode = Fact<string>.Unknown();
            KubeRouterSettings = Fact<bool>.Unknown();
            KubeRouterExtraArgs = ExtraArgsFacts.Unknown;
            KubeProxyDisabled = Fact<bool>.Unknown();
            KubeProxyMode = Fact<string>.Unknown();
            KubeProxyExtraArgs = ExtraArgsFacts.Unknown;
            NodeLocalLoadBalancingEnabled = Fact<bool>.Unknown();
            NodePortAddresses = Fact<IReadOnlyList<Fact<string>>>.Unknown();
            IpvsExcludeCidrs = Fact<IReadOnlyList<Fact<string>>>.Unknown();
            IptablesMasqueradeBit = Fact<int>.Unknown();
            NftablesMasqueradeBit = Fact<int>.Unknown();
            EnvoyProxyApiServerBindPort = Fact<int>.Unknown();
            EnvoyProxyKonnectivityServerBindPort = Fact<int>.Unknown();
            TraefikApiServerBindPort = Fact<int>.Unknown();
            TraefikKonnectivityServerBindPort = Fact<int>.Unknown();
            ControlPlaneLoadBalancingEnabled = Fact<bool>.Unknown();
            VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Unknown();
            VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Unknown();
            UserSpaceProxyBindPort = Fact<int>.Unknown();
            ApiAddress = Fact<string>.Unknown();
            ExternalAddress = Fact<string>.Unknown();
            Sans = Fact<IReadOnlyList<Fact<string>>>.Unknown();
            ApiPort = Fact<int>.Unknown();
            K0sApiPort = Fact<int>.Unknown();
            ApiExtraArgs = ExtraArgsFacts.Unknown;
            ControllerManagerExtraArgs = ExtraArgsFacts.Unknown;
            DocumentProblems = System.Array.Empty<DocumentProblem>();
            return this;
        }

        internal static Fact<T> Keep<T>(Fact<T> fact, Func<object?, bool> keep)
            => fact.IsKnown && keep(fact.Origin) ? fact : Fact<T>.Unknown(fact.Origin);

        // A list of entries is kept when its own origin is (its length is known there); each entry keeps the values
        // written at kept origins.
        private static Fact<IReadOnlyList<T>> KeepEach<T>(Fact<IReadOnlyList<T>> list, Func<object?, bool> keep, Func<T, Func<object?, bool>, T> map)
        {
            if (!list.IsKnown || list.Value == null || !keep(list.Origin))
            {
                return Fact<IReadOnlyList<T>>.Unknown(list.Origin);
            }

            var entries = new T[list.Value.Count];
            for (int i = 0; i < entries.Length; i++)
            {
                entries[i] = map(list.Value[i], keep);
            }

            return Fact<IReadOnlyList<T>>.Known(entries, list.Origin);
        }

        private static ExtraArgsFacts Keep(ExtraArgsFacts map, Func<object?, bool> keep)
        {
            var entries = new Dictionary<string, ExtraArgFact>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, ExtraArgFact> entry in map.Entries)
            {
                if (entry.Value.Value.IsKnown && keep(entry.Value.Value.Origin))
                {
                    entries.Add(entry.Key, entry.Value);
                }
            }

            return entries.Count == 0 ? ExtraArgsFacts.Unknown : new ExtraArgsFacts(entries, isComplete: false);
        }

        /// <summary>A value's origin passes <paramref name="test"/>, or the value is not known (not generic: this runs for every field of every call checked).</summary>
        internal static bool Passes(FactState state, object? origin, Func<object, bool> test)
            => state != FactState.Known || origin == null || test(origin);
    }
}
