using YamlDotNet.RepresentationModel;

namespace K0sConfig.Tests;

/// <summary>
/// Every builder method lands in k0s's YAML key with the right value and YAML type, and nothing else is written:
/// the whole set of leaves of the document is compared, so an invented default fails the test.
/// </summary>
public class BuilderYamlTests
{
    private static readonly Func<ClusterConfigBuilder, ClusterConfigBuilder> DualStackBase = b => b.Network(n => n
        .PodCidr("10.244.0.0/16")
        .ServiceCidr("10.96.0.0/12")
        .DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));

    private static readonly (string Path, object Value)[] DualStackBaseLeaves =
    {
        ("spec.network.podCIDR", "10.244.0.0/16"),
        ("spec.network.serviceCIDR", "10.96.0.0/12"),
        ("spec.network.dualStack.enabled", true),
        ("spec.network.dualStack.IPv6podCIDR", "fd00::/108"),
        ("spec.network.dualStack.IPv6serviceCIDR", "fd01::/108"),
    };

    /// <summary>name → (what the user writes, every leaf below metadata that must be written, with its value).</summary>
    private static readonly Dictionary<string, (Func<ClusterConfigBuilder, ClusterConfigBuilder> Configure, (string Path, object Value)[] Leaves)> Cases = new()
    {
        // spec.network
        ["Network.PodCidr"] = (b => b.Network(n => n.PodCidr("10.244.0.0/16")), new (string, object)[] { ("spec.network.podCIDR", "10.244.0.0/16") }),
        ["Network.ServiceCidr"] = (b => b.Network(n => n.ServiceCidr("10.96.0.0/12")), new (string, object)[] { ("spec.network.serviceCIDR", "10.96.0.0/12") }),
        ["Network.ClusterDomain"] = (b => b.Network(n => n.ClusterDomain("cluster.local")), new (string, object)[] { ("spec.network.clusterDomain", "cluster.local") }),
        ["Network.KubeRouter"] = (b => b.Network(n => n.KubeRouter()), new (string, object)[] { ("spec.network.provider", "kuberouter") }),
        ["Network.Calico"] = (b => b.Network(n => n.Calico()), new (string, object)[] { ("spec.network.provider", "calico") }),
        ["Network.CustomCni"] = (b => b.Network(n => n.CustomCni()), new (string, object)[] { ("spec.network.provider", "custom") }),
        ["Network.PrimaryAddressFamily(IPv4)"] = (b => b.Network(n => n.PrimaryAddressFamily(IPFamily.IPv4)), new (string, object)[] { ("spec.network.primaryAddressFamily", "IPv4") }),
        ["Network.PrimaryAddressFamily(IPv6)"] = (b => b.Network(n => n.PrimaryAddressFamily(IPFamily.IPv6)), new (string, object)[] { ("spec.network.primaryAddressFamily", "IPv6") }),
        ["Network.DualStack"] = (DualStackBase, DualStackBaseLeaves),
        ["DualStack.Enabled(false)"] = (
            b => b.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").Enabled(false))),
            new (string, object)[] { ("spec.network.dualStack.enabled", false), ("spec.network.dualStack.IPv6podCIDR", "fd00::/108") }),
        ["Network.KubeProxy(Disabled)"] = (b => b.Network(n => n.KubeProxy(p => p.Disabled())), new (string, object)[] { ("spec.network.kubeProxy.disabled", true) }),
        ["KubeProxy.Disabled(false)"] = (b => b.Network(n => n.KubeProxy(p => p.Disabled(false))), new (string, object)[] { ("spec.network.kubeProxy.disabled", false) }),
        ["KubeProxy.MetricsBindAddress"] = (b => b.Network(n => n.KubeProxy(p => p.MetricsBindAddress("127.0.0.1:10249"))), new (string, object)[] { ("spec.network.kubeProxy.metricsBindAddress", "127.0.0.1:10249") }),
        ["KubeProxy.HealthzBindAddress"] = (b => b.Network(n => n.KubeProxy(p => p.HealthzBindAddress("0.0.0.0:10256"))), new (string, object)[] { ("spec.network.kubeProxy.healthzBindAddress", "0.0.0.0:10256") }),
        ["KubeProxy.Mode"] = (b => b.Network(n => n.KubeProxy(p => p.Mode(KubeProxyMode.Ipvs))), new (string, object)[] { ("spec.network.kubeProxy.mode", "ipvs") }),
        ["KubeProxy.ExtraArg"] = (
            b => b.Network(n => n.KubeProxy(p => p.ExtraArg("config-sync-period", "12m0s").ExtraArg("v", "2"))),
            new (string, object)[] { ("spec.network.kubeProxy.extraArgs.config-sync-period", "12m0s"), ("spec.network.kubeProxy.extraArgs.v", "2") }),
        ["KubeProxy.NodePortAddresses"] = (b => b.Network(n => n.KubeProxy(p => p.NodePortAddresses("10.0.0.0/24", "primary"))), new (string, object)[] { ("spec.network.kubeProxy.nodePortAddresses", new[] { "10.0.0.0/24", "primary" }) }),
        ["KubeProxy.Iptables"] = (
            b => b.Network(n => n.KubeProxy(p => p.Iptables(i => i.MasqueradeBit(14).MasqueradeAll().LocalhostNodePorts(false).SyncPeriod(TimeSpan.FromSeconds(30)).MinSyncPeriod(TimeSpan.FromMilliseconds(1500))))),
            new (string, object)[] { ("spec.network.kubeProxy.iptables.masqueradeBit", 14), ("spec.network.kubeProxy.iptables.masqueradeAll", true), ("spec.network.kubeProxy.iptables.localhostNodePorts", false), ("spec.network.kubeProxy.iptables.syncPeriod", "30s"), ("spec.network.kubeProxy.iptables.minSyncPeriod", "1.5s") }),
        ["KubeProxyIptables.MasqueradeBit"] = (b => b.Network(n => n.KubeProxy(p => p.Iptables(i => i.MasqueradeBit(0)))), new (string, object)[] { ("spec.network.kubeProxy.iptables.masqueradeBit", 0) }),
        ["KubeProxyIptables.MasqueradeAll(false)"] = (b => b.Network(n => n.KubeProxy(p => p.Iptables(i => i.MasqueradeAll(false)))), new (string, object)[] { ("spec.network.kubeProxy.iptables.masqueradeAll", false) }),
        ["KubeProxyIptables.LocalhostNodePorts"] = (b => b.Network(n => n.KubeProxy(p => p.Iptables(i => i.LocalhostNodePorts()))), new (string, object)[] { ("spec.network.kubeProxy.iptables.localhostNodePorts", true) }),
        ["KubeProxyIptables.SyncPeriod"] = (b => b.Network(n => n.KubeProxy(p => p.Iptables(i => i.SyncPeriod(TimeSpan.FromHours(1))))), new (string, object)[] { ("spec.network.kubeProxy.iptables.syncPeriod", "1h0m0s") }),
        ["KubeProxyIptables.MinSyncPeriod"] = (b => b.Network(n => n.KubeProxy(p => p.Iptables(i => i.MinSyncPeriod(TimeSpan.FromSeconds(90))))), new (string, object)[] { ("spec.network.kubeProxy.iptables.minSyncPeriod", "1m30s") }),
        ["KubeProxy.Ipvs"] = (
            b => b.Network(n => n.KubeProxy(p => p.Mode(KubeProxyMode.Ipvs).Ipvs(i => i.SyncPeriod(TimeSpan.FromSeconds(30)).MinSyncPeriod(TimeSpan.Zero).Scheduler(IpvsScheduler.LeastConnection)
                .ExcludeCidrs("10.0.0.0/24", "fd00:1::/64").StrictArp().TcpTimeout(TimeSpan.FromMinutes(15)).TcpFinTimeout(TimeSpan.FromSeconds(120)).UdpTimeout(TimeSpan.FromMilliseconds(300))))),
            new (string, object)[] { ("spec.network.kubeProxy.mode", "ipvs"), ("spec.network.kubeProxy.ipvs.syncPeriod", "30s"), ("spec.network.kubeProxy.ipvs.minSyncPeriod", "0s"), ("spec.network.kubeProxy.ipvs.scheduler", "lc"), ("spec.network.kubeProxy.ipvs.excludeCIDRs", new[] { "10.0.0.0/24", "fd00:1::/64" }),
                ("spec.network.kubeProxy.ipvs.strictARP", true), ("spec.network.kubeProxy.ipvs.tcpTimeout", "15m0s"), ("spec.network.kubeProxy.ipvs.tcpFinTimeout", "2m0s"), ("spec.network.kubeProxy.ipvs.udpTimeout", "300ms") }),
        ["KubeProxyIpvs.SyncPeriod"] = (b => b.Network(n => n.KubeProxy(p => p.Ipvs(i => i.SyncPeriod(TimeSpan.FromTicks(15))))), new (string, object)[] { ("spec.network.kubeProxy.ipvs.syncPeriod", "1.5µs") }),
        ["KubeProxyIpvs.MinSyncPeriod"] = (b => b.Network(n => n.KubeProxy(p => p.Ipvs(i => i.MinSyncPeriod(TimeSpan.FromTicks(5))))), new (string, object)[] { ("spec.network.kubeProxy.ipvs.minSyncPeriod", "500ns") }),
        ["KubeProxyIpvs.Scheduler"] = (b => b.Network(n => n.KubeProxy(p => p.Ipvs(i => i.Scheduler(IpvsScheduler.LocalityBasedLeastConnectionWithReplication)))), new (string, object)[] { ("spec.network.kubeProxy.ipvs.scheduler", "lblcr") }),
        ["KubeProxyIpvs.ExcludeCidrs"] = (b => b.Network(n => n.KubeProxy(p => p.Ipvs(i => i.ExcludeCidrs("192.168.0.0/16")))), new (string, object)[] { ("spec.network.kubeProxy.ipvs.excludeCIDRs", new[] { "192.168.0.0/16" }) }),
        ["KubeProxyIpvs.StrictArp(false)"] = (b => b.Network(n => n.KubeProxy(p => p.Ipvs(i => i.StrictArp(false)))), new (string, object)[] { ("spec.network.kubeProxy.ipvs.strictARP", false) }),
        ["KubeProxyIpvs.TcpTimeout"] = (b => b.Network(n => n.KubeProxy(p => p.Ipvs(i => i.TcpTimeout(TimeSpan.FromSeconds(-1))))), new (string, object)[] { ("spec.network.kubeProxy.ipvs.tcpTimeout", "-1s") }),
        ["KubeProxyIpvs.TcpFinTimeout"] = (b => b.Network(n => n.KubeProxy(p => p.Ipvs(i => i.TcpFinTimeout(TimeSpan.FromSeconds(30))))), new (string, object)[] { ("spec.network.kubeProxy.ipvs.tcpFinTimeout", "30s") }),
        ["KubeProxyIpvs.UdpTimeout"] = (b => b.Network(n => n.KubeProxy(p => p.Ipvs(i => i.UdpTimeout(TimeSpan.FromSeconds(3723.25))))), new (string, object)[] { ("spec.network.kubeProxy.ipvs.udpTimeout", "1h2m3.25s") }),
        ["KubeProxy.Nftables"] = (
            b => b.Network(n => n.KubeProxy(p => p.Mode(KubeProxyMode.Nftables).Nftables(i => i.SyncPeriod(TimeSpan.FromSeconds(30)).MasqueradeBit(31).MasqueradeAll().MinSyncPeriod(TimeSpan.FromSeconds(1))))),
            new (string, object)[] { ("spec.network.kubeProxy.mode", "nftables"), ("spec.network.kubeProxy.nftables.syncPeriod", "30s"), ("spec.network.kubeProxy.nftables.masqueradeBit", 31), ("spec.network.kubeProxy.nftables.masqueradeAll", true), ("spec.network.kubeProxy.nftables.minSyncPeriod", "1s") }),
        ["KubeProxyNftables.SyncPeriod"] = (b => b.Network(n => n.KubeProxy(p => p.Nftables(i => i.SyncPeriod(TimeSpan.FromMilliseconds(250))))), new (string, object)[] { ("spec.network.kubeProxy.nftables.syncPeriod", "250ms") }),
        ["KubeProxyNftables.MasqueradeBit"] = (b => b.Network(n => n.KubeProxy(p => p.Nftables(i => i.MasqueradeBit(15)))), new (string, object)[] { ("spec.network.kubeProxy.nftables.masqueradeBit", 15) }),
        ["KubeProxyNftables.MasqueradeAll(false)"] = (b => b.Network(n => n.KubeProxy(p => p.Nftables(i => i.MasqueradeAll(false)))), new (string, object)[] { ("spec.network.kubeProxy.nftables.masqueradeAll", false) }),
        ["KubeProxyNftables.MinSyncPeriod"] = (b => b.Network(n => n.KubeProxy(p => p.Nftables(i => i.MinSyncPeriod(TimeSpan.FromSeconds(2))))), new (string, object)[] { ("spec.network.kubeProxy.nftables.minSyncPeriod", "2s") }),
        ["NodeLocalLoadBalancing.EnvoyProxy"] = (
            b => b.Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.ApiServerBindPort(7444).KonnectivityServerBindPort(7133).ImagePullPolicy(ImagePullPolicy.IfNotPresent)))),
            new (string, object)[] { ("spec.network.nodeLocalLoadBalancing.enabled", true), ("spec.network.nodeLocalLoadBalancing.envoyProxy.apiServerBindPort", 7444), ("spec.network.nodeLocalLoadBalancing.envoyProxy.konnectivityServerBindPort", 7133), ("spec.network.nodeLocalLoadBalancing.envoyProxy.imagePullPolicy", "IfNotPresent") }),
        ["NodeLocalLoadBalancing.Traefik"] = (
            b => b.Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik).Traefik(t => t.ApiServerBindPort(8443).KonnectivityServerBindPort(8132).ImagePullPolicy(ImagePullPolicy.Never)))),
            new (string, object)[] { ("spec.network.nodeLocalLoadBalancing.enabled", true), ("spec.network.nodeLocalLoadBalancing.type", "Traefik"), ("spec.network.nodeLocalLoadBalancing.traefik.apiServerBindPort", 8443), ("spec.network.nodeLocalLoadBalancing.traefik.konnectivityServerBindPort", 8132), ("spec.network.nodeLocalLoadBalancing.traefik.imagePullPolicy", "Never") }),
        ["NodeLocalProxy.ApiServerBindPort(0)"] = (b => b.Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.ApiServerBindPort(0)))), new (string, object)[] { ("spec.network.nodeLocalLoadBalancing.enabled", true) }),
        ["NodeLocalProxy.KonnectivityServerBindPort"] = (b => b.Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.KonnectivityServerBindPort(7132)))), new (string, object)[] { ("spec.network.nodeLocalLoadBalancing.enabled", true), ("spec.network.nodeLocalLoadBalancing.envoyProxy.konnectivityServerBindPort", 7132) }),
        ["NodeLocalProxy.ImagePullPolicy"] = (b => b.Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.ImagePullPolicy(ImagePullPolicy.Always)))), new (string, object)[] { ("spec.network.nodeLocalLoadBalancing.enabled", true), ("spec.network.nodeLocalLoadBalancing.envoyProxy.imagePullPolicy", "Always") }),
        ["NodeLocalProxy.Image"] = (
            b => b.Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.Image(i => i.Image("registry.example.com/k0s/envoy-distroless").Version("v1.39.0"))).Traefik(t => t.Image(i => i.Version("v3.6.2"))))),
            new (string, object)[] { ("spec.network.nodeLocalLoadBalancing.enabled", true), ("spec.network.nodeLocalLoadBalancing.envoyProxy.image.image", "registry.example.com/k0s/envoy-distroless"), ("spec.network.nodeLocalLoadBalancing.envoyProxy.image.version", "v1.39.0"), ("spec.network.nodeLocalLoadBalancing.traefik.image.version", "v3.6.2") }),
        ["Network.NodeLocalLoadBalancing"] = (b => b.Network(n => n.NodeLocalLoadBalancing()), new (string, object)[] { ("spec.network.nodeLocalLoadBalancing.enabled", true) }),
        ["NodeLocalLoadBalancing.Type"] = (
            b => b.Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik))),
            new (string, object)[] { ("spec.network.nodeLocalLoadBalancing.enabled", true), ("spec.network.nodeLocalLoadBalancing.type", "Traefik") }),
        ["ControlPlaneLoadBalancing.Type"] = (
            b => b.Network(n => n.ControlPlaneLoadBalancing(c => c.Type(ControlPlaneLoadBalancingType.Keepalived))),
            new (string, object)[] { ("spec.network.controlPlaneLoadBalancing.enabled", true), ("spec.network.controlPlaneLoadBalancing.type", "Keepalived") }),
        ["NodeLocalLoadBalancing.Enabled(false)"] = (
            b => b.Network(n => n.NodeLocalLoadBalancing(l => l.Enabled(false))),
            new (string, object)[] { ("spec.network.nodeLocalLoadBalancing.enabled", false) }),

        // spec.network.calico
        ["Calico.Mode"] = (b => b.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird))), new (string, object)[] { ("spec.network.provider", "calico"), ("spec.network.calico.mode", "bird") }),
        ["Calico.Overlay"] = (b => b.Network(n => n.Calico(c => c.Overlay(CalicoOverlay.CrossSubnet))), new (string, object)[] { ("spec.network.provider", "calico"), ("spec.network.calico.overlay", "CrossSubnet") }),
        ["Calico.VxlanPort"] = (b => b.Network(n => n.Calico(c => c.VxlanPort(4790))), new (string, object)[] { ("spec.network.provider", "calico"), ("spec.network.calico.vxlanPort", 4790) }),
        ["Calico.VxlanVni"] = (b => b.Network(n => n.Calico(c => c.VxlanVni(4097))), new (string, object)[] { ("spec.network.provider", "calico"), ("spec.network.calico.vxlanVNI", 4097) }),
        ["Calico.Mtu"] = (b => b.Network(n => n.Calico(c => c.Mtu(1400))), new (string, object)[] { ("spec.network.provider", "calico"), ("spec.network.calico.mtu", 1400) }),
        ["Calico.Wireguard"] = (b => b.Network(n => n.Calico(c => c.Wireguard())), new (string, object)[] { ("spec.network.provider", "calico"), ("spec.network.calico.wireguard", true) }),
        ["Calico.Wireguard(false)"] = (b => b.Network(n => n.Calico(c => c.Wireguard(false))), new (string, object)[] { ("spec.network.provider", "calico"), ("spec.network.calico.wireguard", false) }),
        ["Calico.IPAutodetectionMethod"] = (
            b => b.Network(n => n.Calico(c => c.IPAutodetectionMethod("interface=eth0"))),
            new (string, object)[] { ("spec.network.provider", "calico"), ("spec.network.calico.ipAutodetectionMethod", "interface=eth0") }),
        ["Calico.IPv6AutodetectionMethod"] = (
            b => b.Network(n => n.Calico(c => c.IPv6AutodetectionMethod("can-reach=2001:db8::1"))),
            new (string, object)[] { ("spec.network.provider", "calico"), ("spec.network.calico.ipV6AutodetectionMethod", "can-reach=2001:db8::1") }),
        ["Calico.EnvVar"] = (
            b => b.Network(n => n.Calico(c => c.EnvVar("TEST_BOOL_VAR", "true").EnvVar("TEST_INT_VAR", "42").EnvVar("TEST_STRING_VAR", "test"))),
            new (string, object)[]
            {
                ("spec.network.provider", "calico"),
                ("spec.network.calico.envVars.TEST_BOOL_VAR", "true"),
                ("spec.network.calico.envVars.TEST_INT_VAR", "42"),
                ("spec.network.calico.envVars.TEST_STRING_VAR", "test"),
            }),

        // spec.network.kuberouter
        ["KubeRouter.AutoMtu(false)"] = (b => b.Network(n => n.KubeRouter(k => k.AutoMtu(false))), new (string, object)[] { ("spec.network.provider", "kuberouter"), ("spec.network.kuberouter.autoMTU", false) }),
        ["KubeRouter.AutoMtu"] = (b => b.Network(n => n.KubeRouter(k => k.AutoMtu())), new (string, object)[] { ("spec.network.provider", "kuberouter"), ("spec.network.kuberouter.autoMTU", true) }),
        ["Scheduler.ExtraArg"] = (b => b.Scheduler(s => s.ExtraArg("v", "2")), new (string, object)[] { ("spec.scheduler.extraArgs.v", "2") }),
        ["InstallUsers.EtcdUser"] = (b => b.InstallConfig(i => i.Users(u => u.EtcdUser("etcd-k0s"))), new (string, object)[] { ("spec.installConfig.users.etcdUser", "etcd-k0s") }),
        ["InstallUsers.KineUser"] = (b => b.InstallConfig(i => i.Users(u => u.KineUser("kine"))), new (string, object)[] { ("spec.installConfig.users.kineUser", "kine") }),
        ["InstallUsers.KonnectivityUser"] = (b => b.InstallConfig(i => i.Users(u => u.KonnectivityUser("konnectivity"))), new (string, object)[] { ("spec.installConfig.users.konnectivityUser", "konnectivity") }),
        ["InstallUsers.KubeApiServerUser"] = (b => b.InstallConfig(i => i.Users(u => u.KubeApiServerUser("apiserver"))), new (string, object)[] { ("spec.installConfig.users.kubeAPIserverUser", "apiserver") }),
        ["InstallUsers.KubeSchedulerUser"] = (b => b.InstallConfig(i => i.Users(u => u.KubeSchedulerUser("scheduler"))), new (string, object)[] { ("spec.installConfig.users.kubeSchedulerUser", "scheduler") }),
        ["Konnectivity.AdminPort"] = (b => b.Konnectivity(k => k.AdminPort(8134)), new (string, object)[] { ("spec.konnectivity.adminPort", 8134) }),
        ["Konnectivity.AgentPort"] = (b => b.Konnectivity(k => k.AgentPort(8131)), new (string, object)[] { ("spec.konnectivity.agentPort", 8131) }),
        ["Konnectivity.ExternalAddress"] = (b => b.Konnectivity(k => k.ExternalAddress("konnectivity.example.com")), new (string, object)[] { ("spec.konnectivity.externalAddress", "konnectivity.example.com") }),
        ["Storage.Type"] = (b => b.Storage(s => s.Type(StorageType.Kine)), new (string, object)[] { ("spec.storage.type", "kine") }),
        ["Storage.Etcd"] = (
            b => b.Storage(s => s.Etcd(e => e.PeerAddress("10.0.0.1").ExtraArg("quota-backend-bytes", "8589934592"))),
            new (string, object)[] { ("spec.storage.etcd.peerAddress", "10.0.0.1"), ("spec.storage.etcd.extraArgs.quota-backend-bytes", "8589934592") }),
        ["Etcd.PeerAddress"] = (b => b.Storage(s => s.Etcd(e => e.PeerAddress("fd00::1"))), new (string, object)[] { ("spec.storage.etcd.peerAddress", "fd00::1") }),
        ["Etcd.ExtraArg"] = (b => b.Storage(s => s.Kine(k => k.DataSource("sqlite:///x")).Etcd(e => e.ExtraArg("auto-compaction-retention", "1"))), new (string, object)[] { ("spec.storage.type", "etcd"), ("spec.storage.kine.dataSource", "sqlite:///x"), ("spec.storage.etcd.extraArgs.auto-compaction-retention", "1") }),
        ["Storage.Kine"] = (b => b.Storage(s => s.Kine(k => k.DataSource("mysql://user:pass@tcp(db:3306)/k0s"))), new (string, object)[] { ("spec.storage.type", "kine"), ("spec.storage.kine.dataSource", "mysql://user:pass@tcp(db:3306)/k0s") }),
        ["Kine.DataSource"] = (b => b.Storage(s => s.Kine(k => k.DataSource("sqlite:///var/lib/k0s/db/state.db"))), new (string, object)[] { ("spec.storage.type", "kine"), ("spec.storage.kine.dataSource", "sqlite:///var/lib/k0s/db/state.db") }),
        ["Telemetry.Enabled(false)"] = (b => b.Telemetry(t => t.Enabled(false)), new (string, object)[] { ("spec.telemetry.enabled", false) }),
        ["KubeRouter.PeerRouterIPs"] = (b => b.Network(n => n.KubeRouter(k => k.PeerRouterIPs("192.168.1.1,192.168.1.2"))), new (string, object)[] { ("spec.network.provider", "kuberouter"), ("spec.network.kuberouter.peerRouterIPs", "192.168.1.1,192.168.1.2") }),
        ["KubeRouter.PeerRouterASNs"] = (b => b.Network(n => n.KubeRouter(k => k.PeerRouterASNs("64512,64513"))), new (string, object)[] { ("spec.network.provider", "kuberouter"), ("spec.network.kuberouter.peerRouterASNs", "64512,64513") }),
        ["KubeRouter.Mtu"] = (b => b.Network(n => n.KubeRouter(k => k.Mtu(1400))), new (string, object)[] { ("spec.network.provider", "kuberouter"), ("spec.network.kuberouter.mtu", 1400) }),
        ["KubeRouter.MetricsPort"] = (b => b.Network(n => n.KubeRouter(k => k.MetricsPort(0))), new (string, object)[] { ("spec.network.provider", "kuberouter"), ("spec.network.kuberouter.metricsPort", 0) }),
        ["KubeRouter.Hairpin"] = (b => b.Network(n => n.KubeRouter(k => k.Hairpin(KubeRouterHairpin.Allowed))), new (string, object)[] { ("spec.network.provider", "kuberouter"), ("spec.network.kuberouter.hairpin", "Allowed") }),
        ["KubeRouter.IPMasq"] = (b => b.Network(n => n.KubeRouter(k => k.IPMasq())), new (string, object)[] { ("spec.network.provider", "kuberouter"), ("spec.network.kuberouter.ipMasq", true) }),
        ["KubeRouter.ExtraArg"] = (
            b => b.Network(n => n.KubeRouter(k => k.ExtraArg("enable-cni", "true"))),
            new (string, object)[] { ("spec.network.provider", "kuberouter"), ("spec.network.kuberouter.extraArgs.enable-cni", "true") }),

        // spec.api
        ["Api.Address"] = (b => b.Api(a => a.Address("192.168.68.104")), new (string, object)[] { ("spec.api.address", "192.168.68.104") }),
        ["Api.ExternalAddress"] = (b => b.Api(a => a.ExternalAddress("k0s.example.com")), new (string, object)[] { ("spec.api.externalAddress", "k0s.example.com") }),
        ["Api.RawArgs"] = (b => b.Api(a => a.RawArgs("--v=4", "--profiling=false")), new (string, object)[] { ("spec.api.rawArgs", new[] { "--v=4", "--profiling=false" }) }),
        ["ControllerManager.RawArgs"] = (b => b.ControllerManager(c => c.RawArgs("--v=2")), new (string, object)[] { ("spec.controllerManager.rawArgs", new[] { "--v=2" }) }),
        ["Scheduler.RawArgs"] = (b => b.Scheduler(c => c.RawArgs("--v=2")), new (string, object)[] { ("spec.scheduler.rawArgs", new[] { "--v=2" }) }),
        ["KubeProxy.RawArgs"] = (b => b.Network(n => n.KubeProxy(p => p.RawArgs("--v=2"))), new (string, object)[] { ("spec.network.kubeProxy.rawArgs", new[] { "--v=2" }) }),
        ["KubeRouter.RawArgs"] = (b => b.Network(n => n.KubeRouter(k => k.RawArgs("--v=2"))), new (string, object)[] { ("spec.network.provider", "kuberouter"), ("spec.network.kuberouter.rawArgs", new[] { "--v=2" }) }),
        ["Etcd.RawArgs"] = (b => b.Storage(s => s.Etcd(e => e.RawArgs("--log-level=warn"))), new (string, object)[] { ("spec.storage.etcd.rawArgs", new[] { "--log-level=warn" }) }),
        ["Kine.RawArgs"] = (b => b.Storage(s => s.Kine(k => k.DataSource("sqlite:///x").RawArgs("--debug"))), new (string, object)[] { ("spec.storage.type", "kine"), ("spec.storage.kine.dataSource", "sqlite:///x"), ("spec.storage.kine.rawArgs", new[] { "--debug" }) }),
        ["Kine.ExtraArg"] = (b => b.Storage(s => s.Kine(k => k.DataSource("sqlite:///x").ExtraArg("debug", "true"))), new (string, object)[] { ("spec.storage.type", "kine"), ("spec.storage.kine.dataSource", "sqlite:///x"), ("spec.storage.kine.extraArgs.debug", "true") }),
        ["Api.Sans"] = (
            b => b.Api(a => a.Sans("10.0.0.1", "k0s.example.com", "fd00::1")),
            new (string, object)[] { ("spec.api.sans", new[] { "10.0.0.1", "k0s.example.com", "fd00::1" }) }),
        ["Api.Sans(repeated)"] = (
            b => b.Api(a => a.Sans("10.0.0.1", "k0s.example.com", "10.0.0.1")),
            new (string, object)[] { ("spec.api.sans", new[] { "10.0.0.1", "k0s.example.com" }) }),
        ["Api.OnlyBindToAddress"] = (b => b.Api(a => a.OnlyBindToAddress()), new (string, object)[] { ("spec.api.onlyBindToAddress", true) }),
        ["Api.OnlyBindToAddress(false)"] = (b => b.Api(a => a.OnlyBindToAddress(false)), new (string, object)[] { ("spec.api.onlyBindToAddress", false) }),
        ["Api.Port"] = (b => b.Api(a => a.Port(6444)), new (string, object)[] { ("spec.api.port", 6444) }),
        ["Api.K0sApiPort"] = (b => b.Api(a => a.K0sApiPort(9444)), new (string, object)[] { ("spec.api.k0sApiPort", 9444) }),
        ["Api.ExtraArg"] = (
            b => b.Api(a => a.ExtraArg("disable-admission-plugins", "PodSecurity").ExtraArg("v", "4")),
            new (string, object)[] { ("spec.api.extraArgs.disable-admission-plugins", "PodSecurity"), ("spec.api.extraArgs.v", "4") }),

        // spec.controllerManager
        ["ControllerManager.NodeCidrMaskSize"] = (
            b => b.ControllerManager(cm => cm.NodeCidrMaskSize(24)),
            new (string, object)[] { ("spec.controllerManager.extraArgs.node-cidr-mask-size", "24") }),
        ["ControllerManager.NodeCidrMaskSizeIPv4"] = (
            b => DualStackBase(b).ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(21)),
            DualStackBaseLeaves.Append(("spec.controllerManager.extraArgs.node-cidr-mask-size-ipv4", "21")).ToArray()),
        ["ControllerManager.NodeCidrMaskSizeIPv6"] = (
            b => DualStackBase(b).ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(120)),
            DualStackBaseLeaves.Append(("spec.controllerManager.extraArgs.node-cidr-mask-size-ipv6", "120")).ToArray()),
        ["Etcd.ExternalCluster"] = (
            b => b.Storage(s => s.Etcd(e => e.ExternalCluster(x => x.Endpoints("https://a:2379", "https://b:2379").EtcdPrefix("k0s").CAFile("/ca").ClientCertFile("/c").ClientKeyFile("/k")))),
            new (string, object)[]
            {
                ("spec.storage.etcd.externalCluster.endpoints", new[] { "https://a:2379", "https://b:2379" }), ("spec.storage.etcd.externalCluster.etcdPrefix", "k0s"),
                ("spec.storage.etcd.externalCluster.caFile", "/ca"), ("spec.storage.etcd.externalCluster.clientCertFile", "/c"), ("spec.storage.etcd.externalCluster.clientKeyFile", "/k"),
            }),
        ["ControllerManager.ExtraArg"] = (
            b => b.ControllerManager(cm => cm.ExtraArg("terminated-pod-gc-threshold", "1000")),
            new (string, object)[] { ("spec.controllerManager.extraArgs.terminated-pod-gc-threshold", "1000") }),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Builder_method_writes_its_k0s_key_and_nothing_else(string name)
    {
        (Func<ClusterConfigBuilder, ClusterConfigBuilder> configure, (string Path, object Value)[] expected) = Cases[name];
        string yaml = configure(K0s.Cluster()).Build().ToYaml();
        YamlMappingNode root = YamlTree.Parse(yaml);

        ILookup<string, YamlNode> leaves = YamlTree.Leaves(root).ToLookup(l => l.Path, l => l.Node);
        string[] expectedPaths = new[] { "apiVersion", "kind", "metadata.name" }
            .Concat(expected.Select(e => e.Value is string[] ? e.Path + "[]" : e.Path))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expectedPaths, leaves.Select(g => g.Key).OrderBy(p => p, StringComparer.Ordinal).ToArray());

        foreach ((string path, object value) in expected)
        {
            string[] segments = path.Split('.');
            switch (value)
            {
                case string text:
                    YamlTree.AssertString(YamlTree.At(root, segments), text, path);
                    break;
                case int number:
                    YamlTree.AssertInt(YamlTree.At(root, segments), number);
                    break;
                case bool flag:
                    YamlTree.AssertBool(YamlTree.At(root, segments), flag);
                    break;
                case string[] list:
                    YamlSequenceNode sequence = Assert.IsType<YamlSequenceNode>(YamlTree.At(root, segments));
                    Assert.Equal(list, sequence.Children.Select(c => Assert.IsType<YamlScalarNode>(c).Value).ToArray());
                    foreach ((YamlNode item, string text) in sequence.Children.Zip(list))
                    {
                        YamlTree.AssertString(item, text, path);
                    }

                    break;
                default:
                    throw new InvalidOperationException("unexpected expectation " + value);
            }
        }
    }

    [Fact]
    public void ForK0s_chooses_the_version_and_writes_no_yaml()
    {
        ClusterConfig plain = K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/16")).Build();
        ClusterConfig old = K0s.Cluster().ForK0s("v1.29.4+k0s.0").Network(n => n.PodCidr("10.244.0.0/16")).Build();
        Assert.Equal(plain.ToYaml(), old.ToYaml());
        Assert.Equal("1.29.4+k0s.0", old.Version.ToString());
        Assert.Equal(K0sVersion.Newest, plain.Version);
        Assert.Equal(K0sVersion.Parse("1.33"), K0s.Cluster().ForK0s(new K0sVersion(33)).Build().Version);
    }

    [Fact]
    public void Every_public_builder_method_has_a_case()
    {
        // A new builder method without a row above fails here, so the table stays complete.
        Type[] builders =
        {
            typeof(ClusterConfigBuilder), typeof(NetworkBuilder), typeof(DualStackBuilder), typeof(CalicoBuilder), typeof(KubeRouterBuilder),
            typeof(KubeProxyBuilder), typeof(NodeLocalLoadBalancingBuilder), typeof(ApiBuilder), typeof(ControllerManagerBuilder),
            typeof(KubeProxyIptablesBuilder), typeof(KubeProxyIpvsBuilder), typeof(KubeProxyNftablesBuilder), typeof(NodeLocalProxyBuilder),
            typeof(ControlPlaneLoadBalancingBuilder), typeof(KeepalivedBuilder), typeof(VrrpInstanceBuilder), typeof(VirtualServerBuilder),
            typeof(SchedulerBuilder), typeof(InstallConfigBuilder), typeof(InstallUsersBuilder), typeof(KonnectivityBuilder), typeof(TelemetryBuilder),
            typeof(StorageBuilder), typeof(EtcdBuilder), typeof(KineBuilder), typeof(ExternalClusterBuilder),
            typeof(CoreDnsBuilder), typeof(MetricsServerBuilder), typeof(PatchBuilder), typeof(PatchTargetBuilder), typeof(PatchSpecBuilder),
            typeof(ExtensionsBuilder), typeof(HelmBuilder), typeof(HelmRepositoryBuilder), typeof(HelmChartBuilder), typeof(WorkerProfileBuilder), typeof(FeatureGateBuilder),
            typeof(ImagesBuilder), typeof(ImageBuilder), typeof(CalicoImagesBuilder), typeof(CalicoWindowsImagesBuilder), typeof(KubeRouterImagesBuilder), typeof(WindowsImagesBuilder),
        };
        var coveredElsewhere = new Dictionary<string, string>
        {
            ["ClusterConfig.Build"] = "every case",
            ["ClusterConfig.Label"] = "Labels_and_annotations_are_written_under_metadata",
            ["ClusterConfig.Annotation"] = "Labels_and_annotations_are_written_under_metadata",
            ["ClusterConfig.Validate"] = "BuildFailureTests",
            ["ClusterConfig.ForK0s"] = "ForK0s_chooses_the_version_and_writes_no_yaml",
            ["ClusterConfig.Network"] = "every Network.* case",
            ["ClusterConfig.Api"] = "every Api.* case",
            ["ClusterConfig.ControllerManager"] = "every ControllerManager.* case",
            ["ClusterConfig.Scheduler"] = "Scheduler.ExtraArg",
            ["ClusterConfig.InstallConfig"] = "every InstallUsers.* case",
            ["InstallConfig.Users"] = "every InstallUsers.* case",
            ["ClusterConfig.Konnectivity"] = "every Konnectivity.* case",
            ["ClusterConfig.Telemetry"] = "Telemetry.Enabled",
            ["ClusterConfig.Storage"] = "every Storage.* case",
            ["Telemetry.Enabled"] = "Telemetry.Enabled(false)",
            ["DualStack.IPv6PodCidr"] = "Network.DualStack",
            ["DualStack.IPv6ServiceCidr"] = "Network.DualStack",
            ["Network.KubeProxy"] = "every KubeProxy.* case",
            ["Network.ControlPlaneLoadBalancing"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["ControlPlaneLoadBalancing.Enabled"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["ControlPlaneLoadBalancing.Keepalived"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["Keepalived.VrrpInstance"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["Keepalived.VirtualServer"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["Keepalived.UserSpaceProxyBindPort"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["Keepalived.DisableLoadBalancer"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["Keepalived.ConfigTemplateVrrp"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["Keepalived.ConfigTemplateVs"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["VrrpInstance.VirtualIPs"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["VrrpInstance.Interface"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["VrrpInstance.VirtualRouterId"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["VrrpInstance.AdvertIntervalSeconds"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["VrrpInstance.AuthPass"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["VrrpInstance.UnicastPeers"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["VrrpInstance.UnicastSourceIP"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["VrrpInstance.AddressLabel"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["VirtualServer.DelayLoop"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["VirtualServer.LbAlgo"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["VirtualServer.LbKind"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["VirtualServer.PersistenceTimeoutSeconds"] = "Control_plane_load_balancing_writes_k0s_keys",
            ["ClusterConfig.Extensions"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["ClusterConfig.WorkerProfile"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["Extensions.Helm"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["Helm.ConcurrencyLevel"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["Helm.Repository"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["Helm.Chart"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmRepository.Name"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmRepository.Url"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmRepository.CAFile"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmRepository.CertFile"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmRepository.KeyFile"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmRepository.Insecure"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmRepository.Username"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmRepository.Password"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmChart.Name"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmChart.ChartName"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmChart.Version"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmChart.Values"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmChart.Namespace"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmChart.Timeout"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmChart.Order"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["HelmChart.ForceUpgrade"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["WorkerProfile.Name"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["WorkerProfile.Value"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["Network.CoreDns"] = "Patches_write_k0s_keys",
            ["CoreDns.Patch"] = "Patches_write_k0s_keys",
            ["ClusterConfig.MetricsServer"] = "Patches_write_k0s_keys",
            ["MetricsServer.Patch"] = "Patches_write_k0s_keys",
            ["KubeProxy.Patch"] = "Patches_write_k0s_keys",
            ["KubeRouter.Patch"] = "Patches_write_k0s_keys",
            ["Calico.Patch"] = "Patches_write_k0s_keys",
            ["Patch.Target"] = "Patches_write_k0s_keys",
            ["Patch.Patch"] = "Patches_write_k0s_keys",
            ["PatchTarget.Kind"] = "Patches_write_k0s_keys",
            ["PatchTarget.Name"] = "Patches_write_k0s_keys",
            ["PatchTarget.Namespace"] = "Patches_write_k0s_keys",
            ["PatchSpec.Type"] = "Patches_write_k0s_keys",
            ["PatchSpec.Content"] = "Patches_write_k0s_keys",
            ["ExternalCluster.Endpoints"] = "Etcd.ExternalCluster",
            ["ExternalCluster.EtcdPrefix"] = "Etcd.ExternalCluster",
            ["ExternalCluster.CAFile"] = "Etcd.ExternalCluster",
            ["ExternalCluster.ClientCertFile"] = "Etcd.ExternalCluster",
            ["ExternalCluster.ClientKeyFile"] = "Etcd.ExternalCluster",
            ["ClusterConfig.FeatureGate"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["FeatureGate.Name"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["FeatureGate.Enabled"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["FeatureGate.Components"] = "Extensions_and_worker_profiles_write_k0s_keys",
            ["ClusterConfig.Images"] = "Images_write_k0s_keys",
            ["Images.Repository"] = "Images_write_k0s_keys",
            ["Images.DefaultPullPolicy"] = "Images_write_k0s_keys",
            ["Images.Konnectivity"] = "Images_write_k0s_keys",
            ["Images.PushGateway"] = "Images_write_k0s_keys",
            ["Images.MetricsServer"] = "Images_write_k0s_keys",
            ["Images.KubeProxy"] = "Images_write_k0s_keys",
            ["Images.CoreDns"] = "Images_write_k0s_keys",
            ["Images.Pause"] = "Images_write_k0s_keys",
            ["Images.Calico"] = "Images_write_k0s_keys",
            ["Images.KubeRouter"] = "Images_write_k0s_keys",
            ["Images.Windows"] = "Images_write_k0s_keys",
            ["Image.Image"] = "Images_write_k0s_keys",
            ["Image.Version"] = "Images_write_k0s_keys",
            ["CalicoImages.Cni"] = "Images_write_k0s_keys",
            ["CalicoImages.Node"] = "Images_write_k0s_keys",
            ["CalicoImages.KubeControllers"] = "Images_write_k0s_keys",
            ["CalicoImages.Windows"] = "Images_write_k0s_keys",
            ["CalicoWindowsImages.Cni"] = "Images_write_k0s_keys",
            ["CalicoWindowsImages.Node"] = "Images_write_k0s_keys",
            ["KubeRouterImages.Cni"] = "Images_write_k0s_keys",
            ["KubeRouterImages.CniInstaller"] = "Images_write_k0s_keys",
            ["WindowsImages.KubeProxy"] = "Images_write_k0s_keys",
            ["WindowsImages.Pause"] = "Images_write_k0s_keys",
        };
        string[] covered = Cases.Keys.Select(k => k.Split('(')[0]).ToArray();
        string[] missing = builders
            .SelectMany(b => b.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                .Select(m => b.Name[..^"Builder".Length] + "." + m.Name))
            .Distinct()
            .Where(name => !covered.Contains(name) && !coveredElsewhere.ContainsKey(name))
            .ToArray();

        Assert.Empty(missing);
    }

    [Fact]
    public void Extensions_and_worker_profiles_write_k0s_keys()
    {
        // Every key of a helm repository and chart, values as YAML text and as an object (a YAML 1.1 boolean word
        // quoted), and a worker profile's kubelet values of each shape; the k0s-validate oracle accepts this file.
        string yaml = K0s.Cluster("k0s")
            .Extensions(e => e.Helm(h => h
                .ConcurrencyLevel(3)
                .Repository(r => r.Name("metallb").Url("https://metallb.github.io/metallb").CAFile("/ca.pem").CertFile("/c.pem").KeyFile("/k.pem").Insecure().Username("u").Password("p"))
                .Chart(c => c.Name("metallb").ChartName("metallb/metallb").Version("0.14.5").Namespace("metallb-system").Timeout(TimeSpan.FromMinutes(15)).Order(1).ForceUpgrade(false)
                    .Values("controller:\n  replicaCount: 2\n"))
                .Chart(c => c.Name("ingress").ChartName("ingress/ingress").Namespace("ingress").Values(new { controller = new { replicaCount = 2, tags = new[] { "a", "yes" } } }))))
            .WorkerProfile(w => w.Name("custom-role").Value("maxPods", 200).Value("evictionHard", new Dictionary<string, string> { ["memory.available"] = "100Mi" }).Value("cgroupsPerQOS", true))
            .FeatureGate(f => f.Name("UserNamespacesSupport").Enabled().Components("kubelet", "kube-apiserver", "kubelet"))
            .FeatureGate(f => f.Name("SomeGate").Enabled(false))
            .Build()
            .ToYaml();

        Assert.Equal(
            """
            apiVersion: k0s.k0sproject.io/v1beta1
            kind: ClusterConfig
            metadata:
              name: k0s
            spec:
              extensions:
                helm:
                  concurrencyLevel: 3
                  repositories:
                  - name: metallb
                    url: https://metallb.github.io/metallb
                    caFile: /ca.pem
                    certFile: /c.pem
                    keyfile: /k.pem
                    insecure: true
                    username: u
                    password: p
                  charts:
                  - name: metallb
                    chartname: metallb/metallb
                    version: "0.14.5"
                    values: |
                      controller:
                        replicaCount: 2
                    namespace: metallb-system
                    timeout: 15m0s
                    order: 1
                    forceUpgrade: false
                  - name: ingress
                    chartname: ingress/ingress
                    values: |
                      controller:
                        replicaCount: 2
                        tags:
                        - a
                        - "yes"
                    namespace: ingress
              workerProfiles:
              - name: custom-role
                values:
                  maxPods: 200
                  evictionHard:
                    memory.available: 100Mi
                  cgroupsPerQOS: true
              featureGates:
              - name: UserNamespacesSupport
                enabled: true
                components:
                - kubelet
                - kube-apiserver
              - name: SomeGate
                enabled: false

            """,
            yaml);
    }

    [Fact]
    public void Labels_and_annotations_are_written_under_metadata()
    {
        // k0s keeps both (the oracle's --dump of this file has them under metadata); a key set again takes the last value.
        string yaml = K0s.Cluster("prod")
            .Label("app.kubernetes.io/part-of", "platform").Label("tier", "a").Label("tier", "b")
            .Annotation("example.com/owner", "team-a")
            .Network(n => n.PodCidr("10.244.0.0/16"))
            .Build()
            .ToYaml();
        Assert.Equal(
            """
            apiVersion: k0s.k0sproject.io/v1beta1
            kind: ClusterConfig
            metadata:
              name: prod
              labels:
                app.kubernetes.io/part-of: platform
                tier: b
              annotations:
                example.com/owner: team-a
            spec:
              network:
                podCIDR: 10.244.0.0/16

            """,
            yaml);
        Assert.Empty(CrdPropertyTests.Check(yaml));
        Assert.Throws<ArgumentException>(() => K0s.Cluster().Label("", "x"));
        Assert.Throws<ArgumentNullException>(() => K0s.Cluster().Annotation("a", null!));
    }

    [Fact]
    public void A_feature_gate_without_Enabled_is_written_off()
    {
        // k0s reads a gate without enabled as off (the oracle's --dump: "enabled": false either way); the CRD requires the key.
        string yaml = K0s.Cluster("k0s").FeatureGate(f => f.Name("SomeGate").Components("kubelet")).Build().ToYaml();
        Assert.EndsWith("  featureGates:\n  - name: SomeGate\n    enabled: false\n    components:\n    - kubelet\n", yaml, StringComparison.Ordinal);
        Assert.Empty(CrdPropertyTests.Check(yaml));
    }

    [Fact]
    public void Images_write_k0s_keys()
    {
        // Every image section; a section opened twice adds up; the k0s-validate oracle accepts this file.
        string yaml = K0s.Cluster("k0s")
            .Images(i => i
                .Repository("registry.example.com:5000")
                .DefaultPullPolicy(ImagePullPolicy.Never)
                .Konnectivity(x => x.Image("k").Version("1"))
                .PushGateway(x => x.Version("2"))
                .MetricsServer(x => x.Version("3"))
                .KubeProxy(x => x.Version("4"))
                .CoreDns(x => x.Image("quay.io/k0sproject/coredns"))
                .CoreDns(x => x.Version("1.12.2"))
                .Pause(x => x.Version("3.10"))
                .Calico(c => c.Cni(x => x.Version("5")).Node(x => x.Version("6")).KubeControllers(x => x.Version("7")).Windows(w => w.Cni(x => x.Version("8")).Node(x => x.Version("9"))))
                .KubeRouter(k => k.Cni(x => x.Version("10")).CniInstaller(x => x.Version("11")))
                .Windows(w => w.KubeProxy(x => x.Version("12")).Pause(x => x.Version("13"))))
            .Build()
            .ToYaml();

        Assert.Equal(
            """
            apiVersion: k0s.k0sproject.io/v1beta1
            kind: ClusterConfig
            metadata:
              name: k0s
            spec:
              images:
                repository: registry.example.com:5000
                default_pull_policy: Never
                konnectivity:
                  image: k
                  version: "1"
                pushgateway:
                  version: "2"
                metricsserver:
                  version: "3"
                kubeproxy:
                  version: "4"
                coredns:
                  image: quay.io/k0sproject/coredns
                  version: "1.12.2"
                pause:
                  version: "3.10"
                calico:
                  cni:
                    version: "5"
                  node:
                    version: "6"
                  kubecontrollers:
                    version: "7"
                  windows:
                    cni:
                      version: "8"
                    node:
                      version: "9"
                kuberouter:
                  cni:
                    version: "10"
                  cniInstaller:
                    version: "11"
                windows:
                  kubeproxy:
                    version: "12"
                  pause:
                    version: "13"

            """,
            yaml);
    }

    [Fact]
    public void Patches_write_k0s_keys()
    {
        // A patch on each kind of owner (the network's Calico, kube-proxy and CoreDNS, and metrics-server); the k0s-validate oracle accepts this file.
        string yaml = K0s.Cluster("k0s")
            .Network(n => n
                .Calico(c => c.Patch(p => p.Target(t => t.Kind("DaemonSet").Name("calico-node")).Patch(s => s.Type(PatchType.Merge).Content("{}"))))
                .KubeProxy(kp => kp.Patch(p => p.Target(t => t.Kind("DaemonSet").Name("kube-proxy")).Patch(s => s.Type(PatchType.Json).Content("[]"))))
                .CoreDns(d => d.Patch(p => p.Target(t => t.Kind("Deployment").Name("coredns").Namespace("kube-system")).Patch(s => s.Type(PatchType.StrategicMerge).Content("spec:\n  replicas: 3\n")))))
            .MetricsServer(m => m.Patch(p => p.Target(t => t.Kind("Deployment").Name("metrics-server")).Patch(s => s.Type(PatchType.StrategicMerge).Content("spec: {}"))))
            .Build()
            .ToYaml();

        Assert.Equal(
            """
            apiVersion: k0s.k0sproject.io/v1beta1
            kind: ClusterConfig
            metadata:
              name: k0s
            spec:
              network:
                provider: calico
                calico:
                  patches:
                  - target:
                      kind: DaemonSet
                      name: calico-node
                    patch:
                      type: MergePatch
                      content: '{}'
                kubeProxy:
                  patches:
                  - target:
                      kind: DaemonSet
                      name: kube-proxy
                    patch:
                      type: JSON
                      content: '[]'
                coreDNS:
                  patches:
                  - target:
                      kind: Deployment
                      name: coredns
                      namespace: kube-system
                    patch:
                      type: StrategicMergePatch
                      content: "spec:\n  replicas: 3\n"
              metricsServer:
                patches:
                - target:
                    kind: Deployment
                    name: metrics-server
                  patch:
                    type: StrategicMergePatch
                    content: 'spec: {}'

            """,
            yaml);
        Assert.Contains("kuberouter", K0s.Cluster().Network(n => n.KubeRouter(k => k.Patch(p => p.Target(t => t.Kind("DaemonSet").Name("kube-router")).Patch(s => s.Type(PatchType.Json))))).Build().ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Control_plane_load_balancing_writes_k0s_keys()
    {
        // The k0s docs' cplb.md example, every keepalived key, a repeated virtual IP and peer (written once), a
        // virtual server configured twice (one entry: the list is keyed by ipAddress) and zeros that mean "default".
        string yaml = K0s.Cluster("k0s")
            .Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k
                .VrrpInstance(v => v.VirtualIPs("192.168.122.200/24", "192.168.122.200/24").AuthPass("Example").Interface("eth0").VirtualRouterId(51)
                    .AdvertIntervalSeconds(2).UnicastSourceIP("192.168.122.10").UnicastPeers("192.168.122.11", "192.168.122.12", "192.168.122.11").AddressLabel(10001))
                .VrrpInstance(v => v.VirtualIPs("fd00::200/64").AuthPass("pass2").VirtualRouterId(0).AdvertIntervalSeconds(0).AddressLabel(0))
                .VirtualServer("192.168.122.200", s => s.DelayLoop(TimeSpan.FromSeconds(5)).LbAlgo(KeepalivedLbAlgo.WeightedRoundRobin))
                .VirtualServer("192.168.122.200", s => s.LbKind(KeepalivedLbKind.Nat).PersistenceTimeoutSeconds(100))
                .VirtualServer("fd00::200", s => s.DelayLoop(TimeSpan.Zero).PersistenceTimeoutSeconds(0))
                .UserSpaceProxyBindPort(6445).DisableLoadBalancer(false).ConfigTemplateVrrp("/etc/k0s/vrrp.tmpl").ConfigTemplateVs("/etc/k0s/vs.tmpl"))))
            .Build()
            .ToYaml();

        Assert.Equal(
            """
            apiVersion: k0s.k0sproject.io/v1beta1
            kind: ClusterConfig
            metadata:
              name: k0s
            spec:
              network:
                controlPlaneLoadBalancing:
                  enabled: true
                  keepalived:
                    vrrpInstances:
                    - virtualIPs:
                      - 192.168.122.200/24
                      interface: eth0
                      virtualRouterID: 51
                      advertIntervalSeconds: 2
                      authPass: Example
                      unicastPeers:
                      - "192.168.122.11"
                      - "192.168.122.12"
                      unicastSourceIP: "192.168.122.10"
                      addressLabel: 10001
                    - virtualIPs:
                      - fd00::200/64
                      authPass: pass2
                    virtualServers:
                    - ipAddress: "192.168.122.200"
                      delayLoop: 5s
                      lbAlgo: wrr
                      lbKind: NAT
                      persistenceTimeoutSeconds: 100
                    - ipAddress: fd00::200
                    userSpaceProxyBindPort: 6445
                    disableLoadBalancer: false
                    configTemplateVRRP: /etc/k0s/vrrp.tmpl
                    configTemplateVS: /etc/k0s/vs.tmpl

            """.ReplaceLineEndings("\n"),
            yaml);

        string off = K0s.Cluster("k0s").Network(n => n.ControlPlaneLoadBalancing(c => c.Enabled(false))).Build().ToYaml();
        Assert.EndsWith("controlPlaneLoadBalancing:\n      enabled: false\n", off, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_name_lands_in_metadata_name()
    {
        YamlMappingNode root = YamlTree.Parse(K0s.Cluster("prod-eu-1").Build().ToYaml());
        YamlTree.AssertString(YamlTree.At(root, "metadata", "name"), "prod-eu-1");
    }

    [Fact]
    public void Cluster_name_that_reads_as_another_type_is_quoted()
    {
        YamlMappingNode root = YamlTree.Parse(K0s.Cluster("1234").Build().ToYaml());
        YamlTree.AssertString(YamlTree.At(root, "metadata", "name"), "1234");
    }

    [Fact]
    public void Empty_cluster_writes_apiVersion_kind_and_metadata_only()
    {
        string yaml = K0s.Cluster().Build().ToYaml();

        Assert.Equal("apiVersion: k0s.k0sproject.io/v1beta1\nkind: ClusterConfig\nmetadata:\n  name: k0s\n", yaml);
    }

    [Fact]
    public void Empty_sections_write_nothing()
    {
        // Configuring a section without setting anything in it must not invent the section or any default.
        ClusterConfig config = K0s.Cluster()
            .Network(_ => { })
            .Api(_ => { })
            .ControllerManager(_ => { })
            .Build();

        Assert.Null(config.Network);
        Assert.Null(config.Api);
        Assert.Null(config.ControllerManager);
        Assert.Equal("apiVersion: k0s.k0sproject.io/v1beta1\nkind: ClusterConfig\nmetadata:\n  name: k0s\n", config.ToYaml());
    }

    [Fact]
    public void Empty_provider_and_kube_proxy_blocks_write_only_what_was_set()
    {
        string yaml = K0s.Cluster()
            .Network(n => n.Calico(_ => { }).KubeProxy(_ => { }))
            .Build()
            .ToYaml();

        Assert.Equal(new[] { "apiVersion", "kind", "metadata.name", "spec.network.provider" }, YamlTree.Leaves(YamlTree.Parse(yaml)).Select(l => l.Path).ToArray());
    }

    [Theory]
    [InlineData(NetworkProvider.KubeRouter, "kuberouter")]
    [InlineData(NetworkProvider.Calico, "calico")]
    [InlineData(NetworkProvider.Custom, "custom")]
    public void Provider_is_spelled_as_k0s_spells_it(NetworkProvider provider, string expected)
    {
        ClusterConfigBuilder builder = K0s.Cluster();
        builder.Network(n =>
        {
            _ = provider switch
            {
                NetworkProvider.KubeRouter => n.KubeRouter(),
                NetworkProvider.Calico => n.Calico(),
                _ => n.CustomCni(),
            };
        });
        ClusterConfig config = builder.Build();

        Assert.Equal(provider, config.Network!.Provider);
        YamlTree.AssertString(YamlTree.At(YamlTree.Parse(config.ToYaml()), "spec", "network", "provider"), expected);
    }

    [Theory]
    [InlineData(CalicoMode.Vxlan, "vxlan")]
    [InlineData(CalicoMode.Bird, "bird")]
    [InlineData(CalicoMode.Ipip, "ipip")]
    public void Calico_mode_is_spelled_as_k0s_spells_it(CalicoMode mode, string expected)
        => AssertSpelling(K0s.Cluster().Network(n => n.Calico(c => c.Mode(mode))), expected, "spec", "network", "calico", "mode");

    [Theory]
    [InlineData(CalicoOverlay.Always, "Always")]
    [InlineData(CalicoOverlay.Never, "Never")]
    [InlineData(CalicoOverlay.CrossSubnet, "CrossSubnet")]
    public void Calico_overlay_is_spelled_as_k0s_spells_it(CalicoOverlay overlay, string expected)
        => AssertSpelling(K0s.Cluster().Network(n => n.Calico(c => c.Overlay(overlay))), expected, "spec", "network", "calico", "overlay");

    [Theory]
    [InlineData(KubeProxyMode.Iptables, "iptables")]
    [InlineData(KubeProxyMode.Ipvs, "ipvs")]
    [InlineData(KubeProxyMode.Nftables, "nftables")]
    public void Kube_proxy_mode_is_spelled_as_k0s_spells_it(KubeProxyMode mode, string expected)
        => AssertSpelling(K0s.Cluster().Network(n => n.KubeProxy(p => p.Mode(mode))), expected, "spec", "network", "kubeProxy", "mode");

    [Fact]
    public void Kube_proxy_userspace_is_spelled_userspace_and_rejected_by_Build()
    {
        // k0s accepts the word, kube-proxy no longer does: Build refuses it (K0S304), so only the spelling is checked.
        Assert.Equal("userspace", KubeProxyMode.Userspace.Yaml());
        K0sConfigException error = Assert.Throws<K0sConfigException>(() => K0s.Cluster().Network(n => n.KubeProxy(p => p.Mode(KubeProxyMode.Userspace))).Build());
        Assert.Contains(error.Errors, f => f.RuleId == "K0S304");
    }

    [Theory]
    [InlineData(IPFamily.IPv4, "IPv4")]
    [InlineData(IPFamily.IPv6, "IPv6")]
    public void Primary_address_family_is_spelled_as_k0s_spells_it(IPFamily family, string expected)
        => AssertSpelling(K0s.Cluster().Network(n => n.PrimaryAddressFamily(family)), expected, "spec", "network", "primaryAddressFamily");

    [Theory]
    [InlineData(KubeRouterHairpin.Enabled, "Enabled")]
    [InlineData(KubeRouterHairpin.Allowed, "Allowed")]
    [InlineData(KubeRouterHairpin.Disabled, "Disabled")]
    public void Kube_router_hairpin_is_spelled_as_k0s_spells_it(KubeRouterHairpin hairpin, string expected)
        => AssertSpelling(K0s.Cluster().Network(n => n.KubeRouter(k => k.Hairpin(hairpin))), expected, "spec", "network", "kuberouter", "hairpin");

    [Theory]
    [InlineData(NodeLocalLoadBalancingType.EnvoyProxy, "EnvoyProxy")]
    [InlineData(NodeLocalLoadBalancingType.Traefik, "Traefik")]
    public void Node_local_load_balancer_type_is_spelled_as_k0s_spells_it(NodeLocalLoadBalancingType type, string expected)
        => AssertSpelling(K0s.Cluster().Network(n => n.NodeLocalLoadBalancing(l => l.Type(type))), expected, "spec", "network", "nodeLocalLoadBalancing", "type");

    [Fact]
    public void Every_enum_value_has_a_spelling()
    {
        // The theories above list the values by hand; a value added to an enum without a k0s spelling fails here.
        Assert.All(Enum.GetValues<NetworkProvider>(), v => Assert.False(string.IsNullOrEmpty(v.Yaml())));
        Assert.All(Enum.GetValues<CalicoMode>(), v => Assert.False(string.IsNullOrEmpty(v.Yaml())));
        Assert.All(Enum.GetValues<CalicoOverlay>(), v => Assert.False(string.IsNullOrEmpty(v.Yaml())));
        Assert.All(Enum.GetValues<KubeProxyMode>(), v => Assert.False(string.IsNullOrEmpty(v.Yaml())));
        Assert.All(Enum.GetValues<IPFamily>(), v => Assert.False(string.IsNullOrEmpty(v.Yaml())));
        Assert.All(Enum.GetValues<KubeRouterHairpin>(), v => Assert.False(string.IsNullOrEmpty(v.Yaml())));
        Assert.All(Enum.GetValues<NodeLocalLoadBalancingType>(), v => Assert.False(string.IsNullOrEmpty(v.Yaml())));
        Assert.Equal(3, Enum.GetValues<NetworkProvider>().Length);
        Assert.Equal(3, Enum.GetValues<CalicoMode>().Length);
        Assert.Equal(3, Enum.GetValues<CalicoOverlay>().Length);
        Assert.Equal(4, Enum.GetValues<KubeProxyMode>().Length);
        Assert.Equal(2, Enum.GetValues<IPFamily>().Length);
        Assert.Equal(3, Enum.GetValues<KubeRouterHairpin>().Length);
        Assert.Equal(2, Enum.GetValues<NodeLocalLoadBalancingType>().Length);
    }

    [Fact]
    public void Integers_and_booleans_are_plain_scalars_and_mask_sizes_are_strings()
    {
        string yaml = K0s.Cluster()
            .Api(a => a.Port(6443).K0sApiPort(9443))
            .Network(n => n
                .PodCidr("10.244.0.0/16")
                .Calico(c => c.Mode(CalicoMode.Vxlan).VxlanPort(4789).VxlanVni(4096).Mtu(1450).Wireguard(false))
                .KubeProxy(p => p.Disabled(false)))
            .ControllerManager(cm => cm.NodeCidrMaskSize(24))
            .Build()
            .ToYaml();

        Assert.Contains("\n    port: 6443\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n    k0sApiPort: 9443\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      vxlanPort: 4789\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      vxlanVNI: 4096\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      mtu: 1450\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      wireguard: false\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      disabled: false\n", yaml, StringComparison.Ordinal);

        // extraArgs is map[string]string in k0s: the mask size is a string, as in the k0s docs.
        Assert.Contains("\n      node-cidr-mask-size: \"24\"\n", yaml, StringComparison.Ordinal);
    }

    private static void AssertSpelling(ClusterConfigBuilder builder, string expected, params string[] path)
    {
        YamlMappingNode root = YamlTree.Parse(builder.Build().ToYaml());
        YamlScalarNode scalar = YamlTree.Scalar(root, path);
        Assert.Equal(expected, scalar.Value);
        Assert.Equal(YamlDotNet.Core.ScalarStyle.Plain, scalar.Style);
    }
}
