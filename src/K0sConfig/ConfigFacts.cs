using System;
using System.Collections.Generic;
using System.Linq;
using K0sConfig.Rules;

namespace K0sConfig
{
    /// <summary>Turns a configuration built at run time into the rule engine's facts: every value known or unset.</summary>
    internal static class ConfigFacts
    {
        public static ClusterFacts From(ApiSpec? api, NetworkSpec? network, ControllerManagerSpec? controllerManager)
        {
            var facts = new ClusterFacts();
            if (network != null)
            {
                facts.Provider = Of(network.Provider?.Yaml());
                facts.ReplacedProvider = Of(network.ReplacedProvider?.Yaml());
                facts.PodCidr = Of(network.PodCidr);
                facts.ServiceCidr = Of(network.ServiceCidr);
                facts.ClusterDomain = Of(network.ClusterDomain);
                facts.PrimaryAddressFamily = Of(network.PrimaryAddressFamily?.Yaml());
                if (network.DualStack != null)
                {
                    facts.DualStackEnabled = Fact<bool>.Known(network.DualStack.Enabled);
                    facts.IPv6PodCidr = Of(network.DualStack.IPv6PodCidr);
                    facts.IPv6ServiceCidr = Of(network.DualStack.IPv6ServiceCidr);
                }

                if (network.Calico != null)
                {
                    facts.CalicoSettings = Fact<bool>.Known(true);
                    facts.CalicoMode = Of(network.Calico.Mode?.Yaml());
                }

                if (network.KubeRouter != null)
                {
                    facts.KubeRouterSettings = Fact<bool>.Known(true);
                    facts.KubeRouterExtraArgs = Args(network.KubeRouter.ExtraArgs, null);
                }

                if (network.KubeProxy != null)
                {
                    facts.KubeProxyDisabled = network.KubeProxy.Disabled is bool disabled ? Fact<bool>.Known(disabled) : Fact<bool>.Unset;
                    facts.KubeProxyMode = Of(network.KubeProxy.Mode?.Yaml());
                    facts.KubeProxyExtraArgs = Args(network.KubeProxy.ExtraArgs, null);
                    facts.NodePortAddresses = network.KubeProxy.NodePortAddresses is IReadOnlyList<string> nodePorts ? List(nodePorts) : Fact<IReadOnlyList<Fact<string>>>.Unset;
                    facts.IpvsExcludeCidrs = network.KubeProxy.Ipvs?.ExcludeCidrs is IReadOnlyList<string> exclude ? List(exclude) : Fact<IReadOnlyList<Fact<string>>>.Unset;
                    facts.IptablesMasqueradeBit = Of(network.KubeProxy.Iptables?.MasqueradeBit);
                    facts.NftablesMasqueradeBit = Of(network.KubeProxy.Nftables?.MasqueradeBit);
                }

                if (network.NodeLocalLoadBalancing != null)
                {
                    facts.NodeLocalLoadBalancingEnabled = Fact<bool>.Known(network.NodeLocalLoadBalancing.Enabled);
                    facts.EnvoyProxyApiServerBindPort = Of(network.NodeLocalLoadBalancing.EnvoyProxy?.ApiServerBindPort);
                    facts.EnvoyProxyKonnectivityServerBindPort = Of(network.NodeLocalLoadBalancing.EnvoyProxy?.KonnectivityServerBindPort);
                    facts.TraefikApiServerBindPort = Of(network.NodeLocalLoadBalancing.Traefik?.ApiServerBindPort);
                    facts.TraefikKonnectivityServerBindPort = Of(network.NodeLocalLoadBalancing.Traefik?.KonnectivityServerBindPort);
                }

                if (network.ControlPlaneLoadBalancing is ControlPlaneLoadBalancingSpec cplb)
                {
                    facts.ControlPlaneLoadBalancingEnabled = Fact<bool>.Known(cplb.Enabled);
                    if (cplb.Keepalived is KeepalivedSpec keepalived)
                    {
                        facts.VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Known(keepalived.VrrpInstances.Select(v => new VrrpInstanceFacts
                        {
                            VirtualIPs = (v.VirtualIPsAsGiven ?? v.VirtualIPs) is IReadOnlyList<string> vips ? List(vips) : Fact<IReadOnlyList<Fact<string>>>.Unset,
                            Interface = Of(v.Interface),
                            VirtualRouterId = Of(v.VirtualRouterId),
                            AdvertIntervalSeconds = Of(v.AdvertIntervalSeconds),
                            AuthPass = Of(v.AuthPass),
                            UnicastPeers = (v.UnicastPeersAsGiven ?? v.UnicastPeers) is IReadOnlyList<string> peers ? List(peers) : Fact<IReadOnlyList<Fact<string>>>.Unset,
                            UnicastSourceIP = Of(v.UnicastSourceIP),
                            AddressLabel = v.AddressLabel is uint label ? Fact<long>.Known(label) : Fact<long>.Unset,
                        }).ToArray());
                        facts.VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Known(keepalived.VirtualServers.Select(v => new VirtualServerFacts
                        {
                            IPAddress = Of(v.IPAddress),
                            DelayLoop = v.DelayLoop is TimeSpan delay ? Fact<TimeSpan>.Known(delay) : Fact<TimeSpan>.Unset,
                            LbAlgo = Of(v.LbAlgo?.Yaml()),
                            LbKind = Of(v.LbKind?.Yaml()),
                            PersistenceTimeoutSeconds = Of(v.PersistenceTimeoutSeconds),
                        }).ToArray());
                        facts.UserSpaceProxyBindPort = Of(keepalived.UserSpaceProxyBindPort);
                    }
                }
            }

            if (api != null)
            {
                facts.ApiAddress = Of(api.Address);
                facts.ExternalAddress = Of(api.ExternalAddress);
                if ((api.SansAsGiven ?? api.Sans) is IReadOnlyList<string> sans)
                {
                    facts.Sans = List(sans);
                }

                facts.ApiPort = api.Port is int port ? Fact<int>.Known(port) : Fact<int>.Unset;
                facts.K0sApiPort = api.K0sApiPort is int k0sPort ? Fact<int>.Known(k0sPort) : Fact<int>.Unset;
                facts.ApiExtraArgs = Args(api.ExtraArgs, null);
            }

            if (controllerManager != null)
            {
                facts.ControllerManagerExtraArgs = Args(controllerManager.ExtraArgs, controllerManager);
            }

            return facts;
        }

        private static Fact<IReadOnlyList<Fact<string>>> List(IReadOnlyList<string> values)
            => Fact<IReadOnlyList<Fact<string>>>.Known(values.Select(s => Fact<string>.Known(s)).ToArray());

        private static Fact<int> Of(int? value) => value is int number ? Fact<int>.Known(number) : Fact<int>.Unset;

        private static Fact<string> Of(string? value) => value == null ? Fact<string>.Unset : Fact<string>.Known(value);

        private static ExtraArgsFacts Args(ArgsMap map, ControllerManagerSpec? sources)
        {
            if (map.Count == 0)
            {
                return ExtraArgsFacts.Empty;
            }

            var entries = new Dictionary<string, ExtraArgFact>(map.Count, System.StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> entry in map)
            {
                ExtraArgSource source = ExtraArgSource.ExtraArg;
                if (sources != null)
                {
                    source = (sources.RawKeys.Contains(entry.Key) ? ExtraArgSource.ExtraArg : ExtraArgSource.None)
                        | (sources.TypedKeys.Contains(entry.Key) ? ExtraArgSource.TypedHelper : ExtraArgSource.None);
                }

                entries[entry.Key] = new ExtraArgFact(Fact<string>.Known(entry.Value), source);
            }

            return new ExtraArgsFacts(entries, isComplete: true);
        }
    }
}
