using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using K0sConfig.Rules;

namespace K0sConfig
{
    /// <summary>The network provider (CNI) k0s deploys: <c>spec.network.provider</c>.</summary>
    public enum NetworkProvider
    {
        /// <summary><c>kuberouter</c>, k0s's default.</summary>
        [EnumMember(Value = FieldValues.NetworkProvider.Kuberouter)]
        KubeRouter,

        /// <summary><c>calico</c>.</summary>
        [EnumMember(Value = FieldValues.NetworkProvider.Calico)]
        Calico,

        /// <summary><c>custom</c>: k0s deploys no CNI; you bring your own.</summary>
        [EnumMember(Value = FieldValues.NetworkProvider.Custom)]
        Custom,
    }

    /// <summary>Calico's networking mode: <c>spec.network.calico.mode</c> (default <c>vxlan</c>).</summary>
    public enum CalicoMode
    {
        /// <summary><c>vxlan</c>, Calico's default in k0s. Does not support dual-stack (rule K0S301).</summary>
        [EnumMember(Value = FieldValues.CalicoMode.Vxlan)]
        Vxlan,

        /// <summary><c>bird</c>: BGP with IP-in-IP for IPv4. The only mode k0s allows with dual-stack.</summary>
        [EnumMember(Value = FieldValues.CalicoMode.Bird)]
        Bird,

        /// <summary><c>ipip</c>: deprecated alias of <see cref="Bird"/>; k0s rejects it with dual-stack (rule K0S301).</summary>
        [EnumMember(Value = FieldValues.CalicoMode.Ipip)]
        Ipip,
    }

    /// <summary>Calico's overlay setting: <c>spec.network.calico.overlay</c> (default <c>Always</c>).</summary>
    public enum CalicoOverlay
    {
        /// <summary><c>Always</c>: encapsulate all traffic (the default).</summary>
        [EnumMember(Value = FieldValues.CalicoOverlay.Always)]
        Always,

        /// <summary><c>Never</c>: no encapsulation.</summary>
        [EnumMember(Value = FieldValues.CalicoOverlay.Never)]
        Never,

        /// <summary><c>CrossSubnet</c>: encapsulate only between subnets.</summary>
        [EnumMember(Value = FieldValues.CalicoOverlay.CrossSubnet)]
        CrossSubnet,
    }

    /// <summary>An IP address family: <c>spec.network.primaryAddressFamily</c>.</summary>
    public enum IPFamily
    {
        /// <summary><c>IPv4</c>.</summary>
        [EnumMember(Value = FieldValues.IPFamily.IPv4)]
        IPv4,

        /// <summary><c>IPv6</c>.</summary>
        [EnumMember(Value = FieldValues.IPFamily.IPv6)]
        IPv6,
    }

    /// <summary>kube-proxy's mode: <c>spec.network.kubeProxy.mode</c> (default <c>iptables</c>).</summary>
    public enum KubeProxyMode
    {
        /// <summary><c>iptables</c>, the default.</summary>
        [EnumMember(Value = FieldValues.KubeProxyMode.Iptables)]
        Iptables,

        /// <summary><c>ipvs</c>.</summary>
        [EnumMember(Value = FieldValues.KubeProxyMode.Ipvs)]
        Ipvs,

        /// <summary><c>nftables</c> (k0s 1.31.1 and later).</summary>
        [EnumMember(Value = FieldValues.KubeProxyMode.Nftables)]
        Nftables,

        /// <summary><c>userspace</c>: removed from Kubernetes in 1.26; kube-proxy refuses it (rule K0S304).</summary>
        [EnumMember(Value = FieldValues.KubeProxyMode.Userspace)]
        Userspace,
    }

    /// <summary>kube-router's hairpin setting: <c>spec.network.kuberouter.hairpin</c> (default <c>Enabled</c>).</summary>
    public enum KubeRouterHairpin
    {
        /// <summary><c>Enabled</c>: hairpin traffic for every service (the default).</summary>
        [EnumMember(Value = FieldValues.KubeRouterHairpin.Enabled)]
        Enabled,

        /// <summary><c>Allowed</c>: only for services annotated for it.</summary>
        [EnumMember(Value = FieldValues.KubeRouterHairpin.Allowed)]
        Allowed,

        /// <summary><c>Disabled</c>.</summary>
        [EnumMember(Value = FieldValues.KubeRouterHairpin.Disabled)]
        Disabled,
    }

    /// <summary>The node-local load balancer: <c>spec.network.nodeLocalLoadBalancing.type</c> (default <c>EnvoyProxy</c>).</summary>
    public enum NodeLocalLoadBalancingType
    {
        /// <summary><c>EnvoyProxy</c>, the default.</summary>
        [EnumMember(Value = FieldValues.NodeLocalLoadBalancingType.EnvoyProxy)]
        EnvoyProxy,

        /// <summary><c>Traefik</c>.</summary>
        [EnumMember(Value = FieldValues.NodeLocalLoadBalancingType.Traefik)]
        Traefik,
    }

    /// <summary>
    /// The control plane load balancer: <c>spec.network.controlPlaneLoadBalancing.type</c> (k0s's default and only value:
    /// <c>Keepalived</c>).
    /// </summary>
    public enum ControlPlaneLoadBalancingType
    {
        /// <summary><c>Keepalived</c>, the default.</summary>
        [EnumMember(Value = FieldValues.ControlPlaneLoadBalancingType.Keepalived)]
        Keepalived,
    }

    /// <summary>kube-proxy's IPVS scheduler: <c>spec.network.kubeProxy.ipvs.scheduler</c> (default: kube-proxy's <c>rr</c>).</summary>
    public enum IpvsScheduler
    {
        /// <summary><c>rr</c>: round robin (kube-proxy's default).</summary>
        [EnumMember(Value = FieldValues.IpvsScheduler.Rr)]
        RoundRobin,
        /// <summary><c>wrr</c>: weighted round robin.</summary>
        [EnumMember(Value = FieldValues.IpvsScheduler.Wrr)]
        WeightedRoundRobin,
        /// <summary><c>lc</c>: least connection.</summary>
        [EnumMember(Value = FieldValues.IpvsScheduler.Lc)]
        LeastConnection,
        /// <summary><c>wlc</c>: weighted least connection.</summary>
        [EnumMember(Value = FieldValues.IpvsScheduler.Wlc)]
        WeightedLeastConnection,
        /// <summary><c>lblc</c>: locality-based least connection.</summary>
        [EnumMember(Value = FieldValues.IpvsScheduler.Lblc)]
        LocalityBasedLeastConnection,
        /// <summary><c>lblcr</c>: locality-based least connection with replication.</summary>
        [EnumMember(Value = FieldValues.IpvsScheduler.Lblcr)]
        LocalityBasedLeastConnectionWithReplication,
        /// <summary><c>sh</c>: source hashing.</summary>
        [EnumMember(Value = FieldValues.IpvsScheduler.Sh)]
        SourceHashing,
        /// <summary><c>dh</c>: destination hashing.</summary>
        [EnumMember(Value = FieldValues.IpvsScheduler.Dh)]
        DestinationHashing,
        /// <summary><c>sed</c>: shortest expected delay.</summary>
        [EnumMember(Value = FieldValues.IpvsScheduler.Sed)]
        ShortestExpectedDelay,
        /// <summary><c>nq</c>: never queue.</summary>
        [EnumMember(Value = FieldValues.IpvsScheduler.Nq)]
        NeverQueue,
    }

    /// <summary>When the kubelet pulls a node-local load balancer image: <c>imagePullPolicy</c> (default: Kubernetes').</summary>
    public enum ImagePullPolicy
    {
        /// <summary><c>Always</c>.</summary>
        [EnumMember(Value = FieldValues.ImagePullPolicy.Always)]
        Always,
        /// <summary><c>Never</c>.</summary>
        [EnumMember(Value = FieldValues.ImagePullPolicy.Never)]
        Never,
        /// <summary><c>IfNotPresent</c>.</summary>
        [EnumMember(Value = FieldValues.ImagePullPolicy.IfNotPresent)]
        IfNotPresent,
    }

    /// <summary>How k0s applies a patch to its own manifests: <c>patches[].patch.type</c> (required).</summary>
    public enum PatchType
    {
        /// <summary><c>JSON</c>: an RFC 6902 JSON patch (a list of operations).</summary>
        [EnumMember(Value = FieldValues.PatchType.JSON)]
        Json,
        /// <summary><c>StrategicMergePatch</c>: a Kubernetes strategic merge patch.</summary>
        [EnumMember(Value = FieldValues.PatchType.StrategicMergePatch)]
        StrategicMerge,
        /// <summary><c>MergePatch</c>: an RFC 7386 JSON merge patch.</summary>
        [EnumMember(Value = FieldValues.PatchType.MergePatch)]
        Merge,
    }

    /// <summary>keepalived's load balancing algorithm: <c>virtualServers[].lbAlgo</c> (default <c>rr</c>).</summary>
    public enum KeepalivedLbAlgo
    {
        /// <summary><c>rr</c>: round robin, the default.</summary>
        [EnumMember(Value = FieldValues.KeepalivedLbAlgo.Rr)]
        RoundRobin,
        /// <summary><c>wrr</c>: weighted round robin.</summary>
        [EnumMember(Value = FieldValues.KeepalivedLbAlgo.Wrr)]
        WeightedRoundRobin,
        /// <summary><c>lc</c>: least connection.</summary>
        [EnumMember(Value = FieldValues.KeepalivedLbAlgo.Lc)]
        LeastConnection,
        /// <summary><c>wlc</c>: weighted least connection.</summary>
        [EnumMember(Value = FieldValues.KeepalivedLbAlgo.Wlc)]
        WeightedLeastConnection,
        /// <summary><c>lblc</c>: locality-based least connection.</summary>
        [EnumMember(Value = FieldValues.KeepalivedLbAlgo.Lblc)]
        LocalityBasedLeastConnection,
        /// <summary><c>dh</c>: destination hashing.</summary>
        [EnumMember(Value = FieldValues.KeepalivedLbAlgo.Dh)]
        DestinationHashing,
        /// <summary><c>sh</c>: source hashing.</summary>
        [EnumMember(Value = FieldValues.KeepalivedLbAlgo.Sh)]
        SourceHashing,
        /// <summary><c>sed</c>: shortest expected delay.</summary>
        [EnumMember(Value = FieldValues.KeepalivedLbAlgo.Sed)]
        ShortestExpectedDelay,
        /// <summary><c>nq</c>: never queue.</summary>
        [EnumMember(Value = FieldValues.KeepalivedLbAlgo.Nq)]
        NeverQueue,
    }

    /// <summary>keepalived's forwarding method: <c>virtualServers[].lbKind</c> (default <c>DR</c>).</summary>
    public enum KeepalivedLbKind
    {
        /// <summary><c>DR</c>: direct routing, the default.</summary>
        [EnumMember(Value = FieldValues.KeepalivedLbKind.DR)]
        DirectRouting,
        /// <summary><c>NAT</c>.</summary>
        [EnumMember(Value = FieldValues.KeepalivedLbKind.NAT)]
        Nat,
        /// <summary><c>TUN</c>: IP tunneling.</summary>
        [EnumMember(Value = FieldValues.KeepalivedLbKind.TUN)]
        Tunnel,
    }

    /// <summary><c>spec.storage.type</c>: where the cluster state is kept.</summary>
    public enum StorageType
    {
        /// <summary><c>etcd</c>: etcd on the controllers (the default), or an external etcd cluster.</summary>
        [EnumMember(Value = FieldValues.StorageType.Etcd)]
        Etcd,

        /// <summary><c>kine</c>: kine in front of SQLite (the default data source), MySQL, PostgreSQL or NATS.</summary>
        [EnumMember(Value = FieldValues.StorageType.Kine)]
        Kine,
    }

    /// <summary>
    /// The k0s.yaml spelling of the enums: each member's <see cref="EnumMemberAttribute"/>, the one place it is written
    /// (the analyzers, the importer and the code fixes read the same attribute).
    /// </summary>
    internal static class EnumNames
    {
        public static string Yaml<
#if NET
            [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)]
#endif
            TEnum>(this TEnum value)
            where TEnum : struct, Enum
            => Spellings<TEnum>.Of.TryGetValue(value, out string? spelling) ? spelling : throw Guard.Undefined(value);

        private static class Spellings<
#if NET
            [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)]
#endif
            TEnum>
            where TEnum : struct, Enum
        {
            public static readonly Dictionary<TEnum, string> Of = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
                .ToDictionary(f => (TEnum)f.GetValue(null)!, f => f.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? throw new InvalidOperationException(typeof(TEnum).Name + "." + f.Name + " has no [EnumMember] spelling."));
        }
    }
}
