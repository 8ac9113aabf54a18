using YamlDotNet.RepresentationModel;

namespace K0sConfig.Tests;

/// <summary>
/// Every key the writer can emit exists in the k0s ClusterConfig CRD at that path, with the CRD's type and enum.
/// The table below is the part of the CRD's OpenAPI schema the builder touches (k0sproject/k0s @ dff90cee9a,
/// static/_crds/k0s/k0s.k0sproject.io_clusterconfigs.yaml), copied as data. "map" is an object with
/// additionalProperties of type string; "MAP.*" is any key of such a map.
/// </summary>
public class CrdSchemaTests
{
    private static readonly Dictionary<string, (string Type, string[]? Enum)> Crd = new(StringComparer.Ordinal)
    {
        ["apiVersion"] = ("string", null),
        ["kind"] = ("string", null),
        ["metadata"] = ("object", null),
        ["metadata.name"] = ("string", null), // ObjectMeta
        ["spec"] = ("object", null),
        ["spec.api"] = ("object", null),
        ["spec.api.address"] = ("string", null),
        ["spec.api.externalAddress"] = ("string", null),
        ["spec.api.extraArgs"] = ("map", null),
        ["spec.api.extraArgs.*"] = ("string", null),
        ["spec.api.k0sApiPort"] = ("integer", null),
        ["spec.api.onlyBindToAddress"] = ("boolean", null),
        ["spec.api.port"] = ("integer", null),
        ["spec.api.rawArgs"] = ("array", null),
        ["spec.api.sans"] = ("array", null),
        ["spec.api.sans[]"] = ("string", null),
        ["spec.controllerManager"] = ("object", null),
        ["spec.controllerManager.extraArgs"] = ("map", null),
        ["spec.controllerManager.extraArgs.*"] = ("string", null),
        ["spec.controllerManager.rawArgs"] = ("array", null),
        ["spec.network"] = ("object", null),
        ["spec.network.calico"] = ("object", null),
        ["spec.network.calico.envVars"] = ("map", null),
        ["spec.network.calico.envVars.*"] = ("string", null),
        ["spec.network.calico.flexVolumeDriverPath"] = ("string", null),
        ["spec.network.calico.ipAutodetectionMethod"] = ("string", null),
        ["spec.network.calico.ipV6AutodetectionMethod"] = ("string", null),
        ["spec.network.calico.mode"] = ("string", new[] { "bird", "vxlan", "ipip" }),
        ["spec.network.calico.mtu"] = ("integer", null),
        ["spec.network.calico.overlay"] = ("string", null),
        ["spec.network.calico.vxlanPort"] = ("integer", null),
        ["spec.network.calico.vxlanVNI"] = ("integer", null),
        ["spec.network.calico.wireguard"] = ("boolean", null),
        ["spec.network.clusterDomain"] = ("string", null),
        ["spec.network.dualStack"] = ("object", null),
        ["spec.network.dualStack.IPv6podCIDR"] = ("string", null),
        ["spec.network.dualStack.IPv6serviceCIDR"] = ("string", null),
        ["spec.network.dualStack.enabled"] = ("boolean", null),
        ["spec.network.kubeProxy"] = ("object", null),
        ["spec.network.kubeProxy.disabled"] = ("boolean", null),
        ["spec.network.kubeProxy.extraArgs"] = ("map", null),
        ["spec.network.kubeProxy.extraArgs.*"] = ("string", null),
        ["spec.network.kubeProxy.healthzBindAddress"] = ("string", null),
        ["spec.network.kubeProxy.metricsBindAddress"] = ("string", null),
        ["spec.network.kubeProxy.mode"] = ("string", null),
        ["spec.network.kubeProxy.nodePortAddresses"] = ("array", null),
        ["spec.network.kubeProxy.rawArgs"] = ("array", null),
        ["spec.network.kuberouter"] = ("object", null),
        ["spec.network.kuberouter.autoMTU"] = ("boolean", null),
        ["spec.network.kuberouter.extraArgs"] = ("map", null),
        ["spec.network.kuberouter.extraArgs.*"] = ("string", null),
        ["spec.network.kuberouter.hairpin"] = ("string", new[] { "Enabled", "Allowed", "Disabled" }),
        ["spec.network.kuberouter.hairpinMode"] = ("boolean", null),
        ["spec.network.kuberouter.ipMasq"] = ("boolean", null),
        ["spec.network.kuberouter.metricsPort"] = ("integer", null),
        ["spec.network.kuberouter.mtu"] = ("integer", null),
        ["spec.network.kuberouter.peerRouterASNs"] = ("string", null),
        ["spec.network.kuberouter.peerRouterIPs"] = ("string", null),
        ["spec.network.kuberouter.rawArgs"] = ("array", null),
        ["spec.network.nodeLocalLoadBalancing"] = ("object", null),
        ["spec.network.nodeLocalLoadBalancing.enabled"] = ("boolean", null),
        ["spec.network.nodeLocalLoadBalancing.type"] = ("string", new[] { "EnvoyProxy", "Traefik" }),
        ["spec.network.controlPlaneLoadBalancing"] = ("object", null),
        ["spec.network.controlPlaneLoadBalancing.enabled"] = ("boolean", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived"] = ("object", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.configTemplateVRRP"] = ("string", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.configTemplateVS"] = ("string", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.disableLoadBalancer"] = ("boolean", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.userSpaceProxyBindPort"] = ("integer", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.virtualServers"] = ("array", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[]"] = ("object", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].delayLoop"] = ("string", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].ipAddress"] = ("string", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].lbAlgo"] = ("string", new[] { "rr", "wrr", "lc", "wlc", "lblc", "dh", "sh", "sed", "nq" }),
        ["spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].lbKind"] = ("string", new[] { "NAT", "DR", "TUN" }),
        ["spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].persistenceTimeoutSeconds"] = ("integer", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances"] = ("array", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[]"] = ("object", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].addressLabel"] = ("integer", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].advertIntervalSeconds"] = ("integer", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].authPass"] = ("string", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].interface"] = ("string", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].unicastPeers"] = ("array", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].unicastPeers[]"] = ("string", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].unicastSourceIP"] = ("string", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].virtualIPs"] = ("array", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].virtualIPs[]"] = ("string", null),
        ["spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].virtualRouterID"] = ("integer", null),
        ["spec.network.controlPlaneLoadBalancing.type"] = ("string", new[] { "Keepalived" }),
        ["spec.network.kubeProxy.iptables"] = ("object", null),
        ["spec.network.kubeProxy.iptables.localhostNodePorts"] = ("boolean", null),
        ["spec.network.kubeProxy.iptables.masqueradeAll"] = ("boolean", null),
        ["spec.network.kubeProxy.iptables.masqueradeBit"] = ("integer", null),
        ["spec.network.kubeProxy.iptables.minSyncPeriod"] = ("string", null),
        ["spec.network.kubeProxy.iptables.syncPeriod"] = ("string", null),
        ["spec.network.kubeProxy.ipvs"] = ("object", null),
        ["spec.network.kubeProxy.ipvs.excludeCIDRs"] = ("array", null),
        ["spec.network.kubeProxy.ipvs.excludeCIDRs[]"] = ("string", null),
        ["spec.network.kubeProxy.ipvs.minSyncPeriod"] = ("string", null),
        ["spec.network.kubeProxy.ipvs.scheduler"] = ("string", null),
        ["spec.network.kubeProxy.ipvs.strictARP"] = ("boolean", null),
        ["spec.network.kubeProxy.ipvs.syncPeriod"] = ("string", null),
        ["spec.network.kubeProxy.ipvs.tcpFinTimeout"] = ("string", null),
        ["spec.network.kubeProxy.ipvs.tcpTimeout"] = ("string", null),
        ["spec.network.kubeProxy.ipvs.udpTimeout"] = ("string", null),
        ["spec.network.kubeProxy.nftables"] = ("object", null),
        ["spec.network.kubeProxy.nftables.masqueradeAll"] = ("boolean", null),
        ["spec.network.kubeProxy.nftables.masqueradeBit"] = ("integer", null),
        ["spec.network.kubeProxy.nftables.minSyncPeriod"] = ("string", null),
        ["spec.network.kubeProxy.nftables.syncPeriod"] = ("string", null),
        ["spec.network.kubeProxy.nodePortAddresses[]"] = ("string", null),
        ["spec.network.nodeLocalLoadBalancing.envoyProxy"] = ("object", null),
        ["spec.network.nodeLocalLoadBalancing.envoyProxy.apiServerBindPort"] = ("integer", null),
        ["spec.network.nodeLocalLoadBalancing.envoyProxy.imagePullPolicy"] = ("string", new[] { "Always", "Never", "IfNotPresent" }),
        ["spec.network.nodeLocalLoadBalancing.envoyProxy.imagePullPolicy"] = ("string", new[] { "Always", "Never", "IfNotPresent" }),
        ["spec.network.nodeLocalLoadBalancing.envoyProxy.konnectivityServerBindPort"] = ("integer", null),
        ["spec.network.nodeLocalLoadBalancing.envoyProxy.image"] = ("object", null),
        ["spec.network.nodeLocalLoadBalancing.envoyProxy.image.image"] = ("string", null),
        ["spec.network.nodeLocalLoadBalancing.envoyProxy.image.version"] = ("string", null),
        ["spec.network.nodeLocalLoadBalancing.traefik"] = ("object", null),
        ["spec.network.nodeLocalLoadBalancing.traefik.apiServerBindPort"] = ("integer", null),
        ["spec.network.nodeLocalLoadBalancing.traefik.imagePullPolicy"] = ("string", new[] { "Always", "Never", "IfNotPresent" }),
        ["spec.network.nodeLocalLoadBalancing.traefik.imagePullPolicy"] = ("string", new[] { "Always", "Never", "IfNotPresent" }),
        ["spec.network.nodeLocalLoadBalancing.traefik.konnectivityServerBindPort"] = ("integer", null),
        ["spec.network.nodeLocalLoadBalancing.traefik.image"] = ("object", null),
        ["spec.network.nodeLocalLoadBalancing.traefik.image.image"] = ("string", null),
        ["spec.network.nodeLocalLoadBalancing.traefik.image.version"] = ("string", null),
        ["spec.network.podCIDR"] = ("string", null),
        ["spec.network.primaryAddressFamily"] = ("string", new[] { "IPv4", "IPv6" }),
        ["spec.network.provider"] = ("string", new[] { "kuberouter", "calico", "custom" }),
        ["spec.network.serviceCIDR"] = ("string", null),
    };

    /// <summary>Every key path the writer emits; a key added to the writer must be added here and to a config below.</summary>
    private static readonly string[] WriterPaths =
    {
        "apiVersion", "kind", "metadata", "metadata.name", "spec",
        "spec.api", "spec.api.address", "spec.api.externalAddress", "spec.api.sans", "spec.api.sans[]", "spec.api.onlyBindToAddress", "spec.api.port", "spec.api.k0sApiPort", "spec.api.extraArgs", "spec.api.extraArgs.*",
        "spec.controllerManager", "spec.controllerManager.extraArgs", "spec.controllerManager.extraArgs.*",
        "spec.network", "spec.network.provider", "spec.network.podCIDR", "spec.network.serviceCIDR", "spec.network.clusterDomain", "spec.network.primaryAddressFamily",
        "spec.network.dualStack", "spec.network.dualStack.enabled", "spec.network.dualStack.IPv6podCIDR", "spec.network.dualStack.IPv6serviceCIDR",
        "spec.network.calico", "spec.network.calico.mode", "spec.network.calico.overlay", "spec.network.calico.vxlanPort", "spec.network.calico.vxlanVNI", "spec.network.calico.mtu",
        "spec.network.calico.wireguard", "spec.network.calico.ipAutodetectionMethod", "spec.network.calico.ipV6AutodetectionMethod", "spec.network.calico.envVars", "spec.network.calico.envVars.*",
        "spec.network.kuberouter", "spec.network.kuberouter.autoMTU", "spec.network.kuberouter.mtu", "spec.network.kuberouter.metricsPort", "spec.network.kuberouter.hairpin",
        "spec.network.kuberouter.ipMasq", "spec.network.kuberouter.extraArgs", "spec.network.kuberouter.extraArgs.*",
        "spec.network.kubeProxy", "spec.network.kubeProxy.disabled", "spec.network.kubeProxy.mode", "spec.network.kubeProxy.extraArgs", "spec.network.kubeProxy.extraArgs.*",
        "spec.network.nodeLocalLoadBalancing", "spec.network.nodeLocalLoadBalancing.enabled", "spec.network.nodeLocalLoadBalancing.type",
        "spec.network.kubeProxy.nodePortAddresses",
        "spec.network.controlPlaneLoadBalancing",
        "spec.network.controlPlaneLoadBalancing.enabled",
        "spec.network.controlPlaneLoadBalancing.type",
        "spec.network.controlPlaneLoadBalancing.keepalived",
        "spec.network.controlPlaneLoadBalancing.keepalived.configTemplateVRRP",
        "spec.network.controlPlaneLoadBalancing.keepalived.configTemplateVS",
        "spec.network.controlPlaneLoadBalancing.keepalived.disableLoadBalancer",
        "spec.network.controlPlaneLoadBalancing.keepalived.userSpaceProxyBindPort",
        "spec.network.controlPlaneLoadBalancing.keepalived.virtualServers",
        "spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[]",
        "spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].delayLoop",
        "spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].ipAddress",
        "spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].lbAlgo",
        "spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].lbKind",
        "spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].persistenceTimeoutSeconds",
        "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances",
        "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[]",
        "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].addressLabel",
        "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].advertIntervalSeconds",
        "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].authPass",
        "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].interface",
        "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].unicastPeers",
        "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].unicastPeers[]",
        "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].unicastSourceIP",
        "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].virtualIPs",
        "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].virtualIPs[]",
        "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[].virtualRouterID",
        "spec.network.kubeProxy.iptables",
        "spec.network.kubeProxy.iptables.localhostNodePorts",
        "spec.network.kubeProxy.iptables.masqueradeAll",
        "spec.network.kubeProxy.iptables.masqueradeBit",
        "spec.network.kubeProxy.iptables.minSyncPeriod",
        "spec.network.kubeProxy.iptables.syncPeriod",
        "spec.network.kubeProxy.ipvs",
        "spec.network.kubeProxy.ipvs.excludeCIDRs",
        "spec.network.kubeProxy.ipvs.excludeCIDRs[]",
        "spec.network.kubeProxy.ipvs.minSyncPeriod",
        "spec.network.kubeProxy.ipvs.scheduler",
        "spec.network.kubeProxy.ipvs.strictARP",
        "spec.network.kubeProxy.ipvs.syncPeriod",
        "spec.network.kubeProxy.ipvs.tcpFinTimeout",
        "spec.network.kubeProxy.ipvs.tcpTimeout",
        "spec.network.kubeProxy.ipvs.udpTimeout",
        "spec.network.kubeProxy.nftables",
        "spec.network.kubeProxy.nftables.masqueradeAll",
        "spec.network.kubeProxy.nftables.masqueradeBit",
        "spec.network.kubeProxy.nftables.minSyncPeriod",
        "spec.network.kubeProxy.nftables.syncPeriod",
        "spec.network.kubeProxy.nodePortAddresses[]",
        "spec.network.nodeLocalLoadBalancing.envoyProxy",
        "spec.network.nodeLocalLoadBalancing.envoyProxy.apiServerBindPort",
        "spec.network.nodeLocalLoadBalancing.envoyProxy.konnectivityServerBindPort",
        "spec.network.nodeLocalLoadBalancing.envoyProxy.imagePullPolicy",
        "spec.network.nodeLocalLoadBalancing.envoyProxy.image",
        "spec.network.nodeLocalLoadBalancing.envoyProxy.image.image",
        "spec.network.nodeLocalLoadBalancing.envoyProxy.image.version",
        "spec.network.nodeLocalLoadBalancing.traefik",
        "spec.network.nodeLocalLoadBalancing.traefik.apiServerBindPort",
        "spec.network.nodeLocalLoadBalancing.traefik.konnectivityServerBindPort",
        "spec.network.nodeLocalLoadBalancing.traefik.imagePullPolicy",
        "spec.network.nodeLocalLoadBalancing.traefik.image",
        "spec.network.nodeLocalLoadBalancing.traefik.image.image",
        "spec.network.nodeLocalLoadBalancing.traefik.image.version",
    };

    /// <summary>Configs that together set every builder method (node-local load balancing and externalAddress exclude each other: K0S701).</summary>
    private static IEnumerable<ClusterConfig> KitchenSinks()
    {
        yield return K0s.Cluster("everything")
            .Api(a => a.Address("10.0.0.10").ExternalAddress("k0s.example.com").Sans("10.0.0.10", "k0s.example.com").OnlyBindToAddress().Port(6443).K0sApiPort(9443).ExtraArg("v", "2"))
            .ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(24).NodeCidrMaskSizeIPv6(117).ExtraArg("terminated-pod-gc-threshold", "1000"))
            .Network(n => n
                .Calico(c => c.Mode(CalicoMode.Bird).Overlay(CalicoOverlay.CrossSubnet).VxlanPort(4789).VxlanVni(4096).Mtu(1450).Wireguard()
                    .IPAutodetectionMethod("interface=eth0").IPv6AutodetectionMethod("interface=eth1").EnvVar("FELIX_LOGSEVERITYSCREEN", "info"))
                .PodCidr("10.244.0.0/16")
                .ServiceCidr("10.96.0.0/12")
                .ClusterDomain("cluster.local")
                .PrimaryAddressFamily(IPFamily.IPv4)
                .DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))
                .KubeProxy(p => p.Disabled(false).Mode(KubeProxyMode.Ipvs).ExtraArg("v", "2")
                    .NodePortAddresses("10.0.0.0/24", "primary")
                    .Iptables(i => i.MasqueradeBit(14).MasqueradeAll().LocalhostNodePorts().SyncPeriod(TimeSpan.FromSeconds(30)).MinSyncPeriod(TimeSpan.FromSeconds(1)))
                    .Ipvs(i => i.SyncPeriod(TimeSpan.FromSeconds(30)).MinSyncPeriod(TimeSpan.Zero).Scheduler(IpvsScheduler.RoundRobin).ExcludeCidrs("10.1.0.0/16").StrictArp()
                        .TcpTimeout(TimeSpan.FromMinutes(15)).TcpFinTimeout(TimeSpan.FromMinutes(2)).UdpTimeout(TimeSpan.FromMilliseconds(300)))
                    .Nftables(i => i.SyncPeriod(TimeSpan.FromSeconds(30)).MasqueradeBit(14).MasqueradeAll().MinSyncPeriod(TimeSpan.FromSeconds(1))))
                .ControlPlaneLoadBalancing(c => c.Enabled().Type(ControlPlaneLoadBalancingType.Keepalived).Keepalived(k => k
                    .VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").Interface("eth0").VirtualRouterId(51).AdvertIntervalSeconds(1).AuthPass("secret")
                        .UnicastSourceIP("10.0.0.10").UnicastPeers("10.0.0.11", "10.0.0.12").AddressLabel(10000))
                    .VirtualServer("10.0.0.100", s => s.DelayLoop(TimeSpan.FromMinutes(1)).LbAlgo(KeepalivedLbAlgo.RoundRobin).LbKind(KeepalivedLbKind.DirectRouting).PersistenceTimeoutSeconds(360))
                    .UserSpaceProxyBindPort(6444).DisableLoadBalancer(false).ConfigTemplateVrrp("/etc/k0s/vrrp.tmpl").ConfigTemplateVs("/etc/k0s/vs.tmpl"))))
            .Build();

        yield return K0s.Cluster()
            .Network(n => n
                .KubeRouter(k => k.AutoMtu(false).Mtu(1400).MetricsPort(8080).Hairpin(KubeRouterHairpin.Allowed).IPMasq().ExtraArg("enable-cni", "true"))
                .NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik)
                    .EnvoyProxy(e => e.ApiServerBindPort(7443).KonnectivityServerBindPort(7132).ImagePullPolicy(ImagePullPolicy.IfNotPresent).Image(i => i.Image("quay.io/k0sproject/envoy-distroless").Version("v1.39.0")))
                    .Traefik(t => t.ApiServerBindPort(7443).KonnectivityServerBindPort(7132).ImagePullPolicy(ImagePullPolicy.Always).Image(i => i.Image("docker.io/library/traefik").Version("v3.6.2")))))
            .Build();
    }

    [Fact]
    public void Every_key_the_writer_emits_is_in_the_CRD_with_the_CRD_type()
    {
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (ClusterConfig config in KitchenSinks().Concat(Configs.All.Values.Select(f => f().Build())))
        {
            foreach ((string path, YamlNode node) in YamlTree.SchemaPaths(YamlTree.Parse(config.ToYaml())))
            {
                emitted.Add(path);
                if (!Crd.TryGetValue(path, out (string Type, string[]? Enum) schema))
                {
                    problems.Add(path + ": not in the CRD");
                    continue;
                }

                string? problem = Check(schema.Type, schema.Enum, node);
                if (problem != null)
                {
                    problems.Add(path + ": " + problem);
                }
            }
        }

        Assert.Empty(problems);
        Assert.Equal(WriterPaths.OrderBy(p => p, StringComparer.Ordinal), emitted.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_enum_spelling_is_in_the_CRD_enum()
    {
        Assert.All(Enum.GetValues<NetworkProvider>(), v => Assert.Contains(v.Yaml(), Crd["spec.network.provider"].Enum!));
        Assert.All(Enum.GetValues<CalicoMode>(), v => Assert.Contains(v.Yaml(), Crd["spec.network.calico.mode"].Enum!));
        Assert.All(Enum.GetValues<KubeRouterHairpin>(), v => Assert.Contains(v.Yaml(), Crd["spec.network.kuberouter.hairpin"].Enum!));
        Assert.All(Enum.GetValues<NodeLocalLoadBalancingType>(), v => Assert.Contains(v.Yaml(), Crd["spec.network.nodeLocalLoadBalancing.type"].Enum!));
        Assert.All(Enum.GetValues<IPFamily>(), v => Assert.Contains(v.Yaml(), Crd["spec.network.primaryAddressFamily"].Enum!));
        Assert.All(Enum.GetValues<ImagePullPolicy>(), v => Assert.Contains(v.Yaml(), Crd["spec.network.nodeLocalLoadBalancing.envoyProxy.imagePullPolicy"].Enum!));
        Assert.All(Enum.GetValues<ControlPlaneLoadBalancingType>(), v => Assert.Contains(v.Yaml(), Crd["spec.network.controlPlaneLoadBalancing.type"].Enum!));
        Assert.All(Enum.GetValues<KeepalivedLbAlgo>(), v => Assert.Contains(v.Yaml(), Crd["spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].lbAlgo"].Enum!));
        Assert.All(Enum.GetValues<KeepalivedLbKind>(), v => Assert.Contains(v.Yaml(), Crd["spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].lbKind"].Enum!));
    }

    private static string? Check(string type, string[]? allowed, YamlNode node)
    {
        switch (type)
        {
            case "object":
            case "map":
                return node is YamlMappingNode ? null : "expected a mapping";
            case "array":
                return node is YamlSequenceNode ? null : "expected a sequence";
            case "string":
                if (node is not YamlScalarNode text)
                {
                    return "expected a string scalar";
                }

                if (text.Style == YamlDotNet.Core.ScalarStyle.Plain && YamlTypes.Resolve(text.Value!) != "str")
                {
                    return $"'{text.Value}' reads as {YamlTypes.Resolve(text.Value!)}, not a string";
                }

                return allowed == null || allowed.Contains(text.Value) ? null : $"'{text.Value}' is not one of {string.Join(", ", allowed)}";
            case "integer":
                return node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } number && YamlTypes.Resolve(number.Value!) == "int" ? null : "expected a plain integer";
            case "boolean":
                return node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } ? null : "expected a plain true or false";
            default:
                return "unknown schema type " + type;
        }
    }
}
