namespace K0sConfig
{
    /// <summary>The network provider (CNI) k0s deploys: <c>spec.network.provider</c>.</summary>
    public enum NetworkProvider
    {
        /// <summary><c>kuberouter</c>, k0s's default.</summary>
        KubeRouter,

        /// <summary><c>calico</c>.</summary>
        Calico,

        /// <summary><c>custom</c>: k0s deploys no CNI; you bring your own.</summary>
        Custom,
    }

    /// <summary>Calico's networking mode: <c>spec.network.calico.mode</c> (default <c>vxlan</c>).</summary>
    public enum CalicoMode
    {
        /// <summary><c>vxlan</c>, Calico's default in k0s. Does not support dual-stack (rule K0S301).</summary>
        Vxlan,

        /// <summary><c>bird</c>: BGP with IP-in-IP for IPv4. The only mode k0s allows with dual-stack.</summary>
        Bird,

        /// <summary><c>ipip</c>: deprecated alias of <see cref="Bird"/>; k0s rejects it with dual-stack (rule K0S301).</summary>
        Ipip,
    }

    /// <summary>Calico's overlay setting: <c>spec.network.calico.overlay</c> (default <c>Always</c>).</summary>
    public enum CalicoOverlay
    {
        /// <summary><c>Always</c>: encapsulate all traffic (the default).</summary>
        Always,

        /// <summary><c>Never</c>: no encapsulation.</summary>
        Never,

        /// <summary><c>CrossSubnet</c>: encapsulate only between subnets.</summary>
        CrossSubnet,
    }

    /// <summary>An IP address family: <c>spec.network.primaryAddressFamily</c>.</summary>
    public enum IPFamily
    {
        /// <summary><c>IPv4</c>.</summary>
        IPv4,

        /// <summary><c>IPv6</c>.</summary>
        IPv6,
    }

    /// <summary>kube-proxy's mode: <c>spec.network.kubeProxy.mode</c> (default <c>iptables</c>).</summary>
    public enum KubeProxyMode
    {
        /// <summary><c>iptables</c>, the default.</summary>
        Iptables,

        /// <summary><c>ipvs</c>.</summary>
        Ipvs,

        /// <summary><c>nftables</c> (k0s 1.31.1 and later).</summary>
        Nftables,

        /// <summary><c>userspace</c>: removed from Kubernetes in 1.26; kube-proxy refuses it (rule K0S304).</summary>
        Userspace,
    }

    /// <summary>kube-router's hairpin setting: <c>spec.network.kuberouter.hairpin</c> (default <c>Enabled</c>).</summary>
    public enum KubeRouterHairpin
    {
        /// <summary><c>Enabled</c>: hairpin traffic for every service (the default).</summary>
        Enabled,

        /// <summary><c>Allowed</c>: only for services annotated for it.</summary>
        Allowed,

        /// <summary><c>Disabled</c>.</summary>
        Disabled,
    }

    /// <summary>The node-local load balancer: <c>spec.network.nodeLocalLoadBalancing.type</c> (default <c>EnvoyProxy</c>).</summary>
    public enum NodeLocalLoadBalancingType
    {
        /// <summary><c>EnvoyProxy</c>, the default.</summary>
        EnvoyProxy,

        /// <summary><c>Traefik</c>.</summary>
        Traefik,
    }

    /// <summary>kube-proxy's IPVS scheduler: <c>spec.network.kubeProxy.ipvs.scheduler</c> (default: kube-proxy's <c>rr</c>).</summary>
    public enum IpvsScheduler
    {
        /// <summary><c>rr</c>: round robin (kube-proxy's default).</summary>
        RoundRobin,
        /// <summary><c>wrr</c>: weighted round robin.</summary>
        WeightedRoundRobin,
        /// <summary><c>lc</c>: least connection.</summary>
        LeastConnection,
        /// <summary><c>wlc</c>: weighted least connection.</summary>
        WeightedLeastConnection,
        /// <summary><c>lblc</c>: locality-based least connection.</summary>
        LocalityBasedLeastConnection,
        /// <summary><c>lblcr</c>: locality-based least connection with replication.</summary>
        LocalityBasedLeastConnectionWithReplication,
        /// <summary><c>sh</c>: source hashing.</summary>
        SourceHashing,
        /// <summary><c>dh</c>: destination hashing.</summary>
        DestinationHashing,
        /// <summary><c>sed</c>: shortest expected delay.</summary>
        ShortestExpectedDelay,
        /// <summary><c>nq</c>: never queue.</summary>
        NeverQueue,
    }

    /// <summary>When the kubelet pulls a node-local load balancer image: <c>imagePullPolicy</c> (default: Kubernetes').</summary>
    public enum ImagePullPolicy
    {
        /// <summary><c>Always</c>.</summary>
        Always,
        /// <summary><c>Never</c>.</summary>
        Never,
        /// <summary><c>IfNotPresent</c>.</summary>
        IfNotPresent,
    }

    /// <summary>keepalived's load balancing algorithm: <c>virtualServers[].lbAlgo</c> (default <c>rr</c>).</summary>
    public enum KeepalivedLbAlgo
    {
        /// <summary><c>rr</c>: round robin, the default.</summary>
        RoundRobin,
        /// <summary><c>wrr</c>: weighted round robin.</summary>
        WeightedRoundRobin,
        /// <summary><c>lc</c>: least connection.</summary>
        LeastConnection,
        /// <summary><c>wlc</c>: weighted least connection.</summary>
        WeightedLeastConnection,
        /// <summary><c>lblc</c>: locality-based least connection.</summary>
        LocalityBasedLeastConnection,
        /// <summary><c>dh</c>: destination hashing.</summary>
        DestinationHashing,
        /// <summary><c>sh</c>: source hashing.</summary>
        SourceHashing,
        /// <summary><c>sed</c>: shortest expected delay.</summary>
        ShortestExpectedDelay,
        /// <summary><c>nq</c>: never queue.</summary>
        NeverQueue,
    }

    /// <summary>keepalived's forwarding method: <c>virtualServers[].lbKind</c> (default <c>DR</c>).</summary>
    public enum KeepalivedLbKind
    {
        /// <summary><c>DR</c>: direct routing, the default.</summary>
        DirectRouting,
        /// <summary><c>NAT</c>.</summary>
        Nat,
        /// <summary><c>TUN</c>: IP tunneling.</summary>
        Tunnel,
    }

    /// <summary>The k0s.yaml spelling of the enums.</summary>
    internal static class EnumNames
    {
        public static string Yaml(this IpvsScheduler value) => value switch
        {
            IpvsScheduler.RoundRobin => "rr",
            IpvsScheduler.WeightedRoundRobin => "wrr",
            IpvsScheduler.LeastConnection => "lc",
            IpvsScheduler.WeightedLeastConnection => "wlc",
            IpvsScheduler.LocalityBasedLeastConnection => "lblc",
            IpvsScheduler.LocalityBasedLeastConnectionWithReplication => "lblcr",
            IpvsScheduler.SourceHashing => "sh",
            IpvsScheduler.DestinationHashing => "dh",
            IpvsScheduler.ShortestExpectedDelay => "sed",
            IpvsScheduler.NeverQueue => "nq",
            _ => throw Guard.Undefined(value),
        };

        public static string Yaml(this ImagePullPolicy value) => value switch
        {
            ImagePullPolicy.Always => "Always",
            ImagePullPolicy.Never => "Never",
            ImagePullPolicy.IfNotPresent => "IfNotPresent",
            _ => throw Guard.Undefined(value),
        };

        public static string Yaml(this KeepalivedLbAlgo value) => value switch
        {
            KeepalivedLbAlgo.RoundRobin => "rr",
            KeepalivedLbAlgo.WeightedRoundRobin => "wrr",
            KeepalivedLbAlgo.LeastConnection => "lc",
            KeepalivedLbAlgo.WeightedLeastConnection => "wlc",
            KeepalivedLbAlgo.LocalityBasedLeastConnection => "lblc",
            KeepalivedLbAlgo.DestinationHashing => "dh",
            KeepalivedLbAlgo.SourceHashing => "sh",
            KeepalivedLbAlgo.ShortestExpectedDelay => "sed",
            KeepalivedLbAlgo.NeverQueue => "nq",
            _ => throw Guard.Undefined(value),
        };

        public static string Yaml(this KeepalivedLbKind value) => value switch
        {
            KeepalivedLbKind.DirectRouting => "DR",
            KeepalivedLbKind.Nat => "NAT",
            KeepalivedLbKind.Tunnel => "TUN",
            _ => throw Guard.Undefined(value),
        };

        public static string Yaml(this NetworkProvider value) => value switch
        {
            NetworkProvider.KubeRouter => "kuberouter",
            NetworkProvider.Calico => "calico",
            NetworkProvider.Custom => "custom",
            _ => throw Guard.Undefined(value),
        };

        public static string Yaml(this CalicoMode value) => value switch
        {
            CalicoMode.Vxlan => "vxlan",
            CalicoMode.Bird => "bird",
            CalicoMode.Ipip => "ipip",
            _ => throw Guard.Undefined(value),
        };

        public static string Yaml(this KubeProxyMode value) => value switch
        {
            KubeProxyMode.Iptables => "iptables",
            KubeProxyMode.Ipvs => "ipvs",
            KubeProxyMode.Nftables => "nftables",
            KubeProxyMode.Userspace => "userspace",
            _ => throw Guard.Undefined(value),
        };

        public static string Yaml(this IPFamily value) => value switch
        {
            IPFamily.IPv4 => "IPv4",
            IPFamily.IPv6 => "IPv6",
            _ => throw Guard.Undefined(value),
        };

        public static string Yaml(this CalicoOverlay value) => value.ToString();

        public static string Yaml(this KubeRouterHairpin value) => value.ToString();

        public static string Yaml(this NodeLocalLoadBalancingType value) => value.ToString();
    }
}
