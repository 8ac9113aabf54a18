using K0sConfig.Rules;
using K0sConfig.Yaml;

namespace K0sConfig.Tests;

/// <summary>
/// One engine, one answer: a configuration written with the builder, written as YAML with ToYaml(), and read back by
/// the YAML front end gets the same rule ids, with the same severities and paths, as Validate() gives the builder.
/// The cases are the rule test cases (each rule firing, from the rule tests and the catalogue's firing examples) and
/// the golden configurations. The one finding YAML cannot have is noted where it is left out.
/// </summary>
public class OneEngineTests
{
    private static readonly Dictionary<string, Func<ClusterConfigBuilder>> Cases = new()
    {
        ["K0S101"] = () => K0s.Cluster().Network(n => n.PodCidr("foobar")),
        ["K0S101 /33"] = () => K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/33").ServiceCidr("10.96.0.0/12")),
        ["K0S102"] = () => K0s.Cluster().Network(n => n.PodCidr("10.244.0.1/16")),
        ["K0S103"] = () => K0s.Cluster().Api(a => a.Address("0.0.0.0")),
        ["K0S104"] = () => K0s.Cluster().Api(a => a.ExternalAddress("[2001:db8::1]").Sans("a b", "ok.example.com")),
        ["K0S105"] = () => K0s.Cluster().Network(n => n.ClusterDomain(".invalid")),
        ["K0S106"] = () => K0s.Cluster().Api(a => a.Port(70000).K0sApiPort(0)),
        ["K0S201"] = () => K0s.Cluster().Network(n => n.ServiceCidr("fd01::/108")),
        ["K0S202"] = () => K0s.Cluster().Network(n => n.PodCidr("fd00::/108").DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))),
        ["K0S203"] = () => K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6PodCidr("10.0.0.0/24"))),
        ["K0S204"] = () => K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").Enabled(false))),
        ["K0S205 K0S305"] = () => K0s.Cluster().Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/108")),
        ["K0S206"] = () => K0s.Cluster().Network(n => n.KubeRouter().PrimaryAddressFamily(IPFamily.IPv6).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))).Api(a => a.Address("10.0.0.5")),
        ["K0S207"] = () => Configs.DocsDualStackKubeRouter().Api(a => a.ExternalAddress("k8s.example.com")),
        ["K0S301"] = () => K0s.Cluster().Network(n => n.Calico().DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))),
        ["K0S301 ipip"] = () => K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.Ipip)).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))),
        ["K0S302"] = () => K0s.Cluster().Network(n => n.CustomCni().DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))),
        ["K0S303"] = () => K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).KubeRouter()),
        ["K0S303 kube-router settings"] = () => K0s.Cluster().Network(n => n.KubeRouter(k => k.Mtu(1400)).Calico()),
        ["K0S304"] = () => K0s.Cluster().Network(n => n.KubeProxy(k => k.Mode(KubeProxyMode.Userspace))),
        ["K0S401"] = () => K0s.Cluster().ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", "abc")),
        ["K0S402"] = () => K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/25")),
        ["K0S403"] = () => K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/64").IPv6ServiceCidr("fd01::/108"))),
        ["K0S404"] = () => Configs.DocsDualStackKubeRouter().ControllerManager(cm => cm.NodeCidrMaskSize(24)),
        ["K0S404 raw"] = () => Configs.DocsDualStackKubeRouter().ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", "24")),
        ["K0S405"] = () => K0s.Cluster().ControllerManager(cm => cm.NodeCidrMaskSize(26)),
        ["K0S501"] = () => K0s.Cluster().Network(n => n.PodCidr("10.0.0.0/16").ServiceCidr("10.0.0.0/8")),
        ["K0S501 partial"] = () => K0s.Cluster().Network(n => n.PodCidr("10.96.0.0/11").ServiceCidr("10.96.0.0/12")),
        ["K0S502"] = () => K0s.Cluster().Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/120")),
        ["K0S503"] = () => K0s.Cluster().Network(n => n.PodCidr("172.16.0.0/16").ServiceCidr("10.0.0.0/8")),
        ["K0S504"] = () => K0s.Cluster().Network(n => n.ServiceCidr("10.0.0.0/31")),
        ["K0S601"] = () => K0s.Cluster().Api(a => a.ExtraArg("--v", "2")).Network(n => n.KubeRouter(k => k.ExtraArg("-run-firewall", "false")).KubeProxy(p => p.ExtraArg("--v", "2"))),
        ["K0S602"] = () => K0s.Cluster().ControllerManager(cm => cm.ExtraArg("cluster-cidr", "10.244.0.0/16")).Api(a => a.ExtraArg("service-cluster-ip-range", "10.96.0.0/12")),
        ["K0S701"] = () => K0s.Cluster().Network(n => n.NodeLocalLoadBalancing()).Api(a => a.ExternalAddress("k8s.example.com")),
        ["K0S106 node-local proxies"] = () => K0s.Cluster().Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.KonnectivityServerBindPort(0)).Traefik(t => t.ApiServerBindPort(70000)))),
        ["K0S109"] = () => K0s.Cluster().Network(n => n.KubeProxy(p => p.NodePortAddresses("10.0.0.1", "primary").Ipvs(i => i.ExcludeCidrs("eth0")))),
        ["K0S110"] = () => K0s.Cluster().Network(n => n.KubeProxy(p => p.Iptables(i => i.MasqueradeBit(32)).Nftables(i => i.MasqueradeBit(-1)))),
        ["K0S111"] = () => K0s.Cluster().Network(n => n.KubeProxy(p => p.MetricsBindAddress("localhost:10249").HealthzBindAddress("0.0.0.0:0"))),
        ["K0S702 K0S703 K0S704 K0S705"] = () => K0s.Cluster().Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k
            .VrrpInstance(v => v.VirtualIPs("10.0.0.1").AuthPass("123456789").VirtualRouterId(300).UnicastSourceIP("10.0.0.5").UnicastPeers("10.0.0.5", "peer.example.com"))
            .VrrpInstance(v => v.Interface("eth0"))))),
        ["K0S706 K0S707"] = () => K0s.Cluster().Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k
            .VirtualServer("10.0.0.1/24", s => s.PersistenceTimeoutSeconds(-1).LbAlgo(KeepalivedLbAlgo.SourceHashing))
            .VrrpInstance(v => v.VirtualIPs("10.0.0.1/24").AuthPass("x").AddressLabel(0xffffffff).AdvertIntervalSeconds(-1))
            .UserSpaceProxyBindPort(70000)))),
        ["K0S708"] = () => K0s.Cluster().Api(a => a.ExternalAddress("k8s.example.com")).Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.1/24").AuthPass("x"))))),
        ["quoted values"] = () => K0s.Cluster().Network(n => n.ClusterDomain("yes").PodCidr("10")).Api(a => a.ExtraArg("a: b", "on").Sans("null", "~")),
    };

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (string name in Cases.Keys.Concat(Configs.All.Keys))
        {
            names.Add(name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Yaml_front_end_and_Validate_report_the_same_rules(string name)
    {
        ClusterConfigBuilder builder = Cases.TryGetValue(name, out Func<ClusterConfigBuilder>? make) ? make() : Configs.All[name]();
        // The one difference: a builder can choose a provider and then another (K0S303 "replaces ..., chosen
        // earlier"); YAML holds one provider key, so its front end cannot see a replaced one (two keys are K0S803).
        // The builder also writes each value of a set once (K0S108 is about the C# call that repeated it) and writes
        // nothing for a zero that k0s replaces with its default (K0S106's warning is about the call that wrote 0).
        IReadOnlyList<Finding> expected = builder.Validate()
            .Where(f => !(f.RuleId == RuleIds.IgnoredProviderSettings && f.Path == FieldPaths.Provider))
            .Where(f => f.RuleId != RuleIds.DuplicateSetEntry)
            .Where(f => !(f.RuleId == RuleIds.PortOutOfRange && f.Severity == FindingSeverity.Warning))
            .ToList();
        string yaml = builder.BuildUnchecked().ToYaml();

        YamlReadResult read = ClusterConfigYaml.Read(yaml, "k0s.yaml");
        Assert.Null(read.Error);
        IReadOnlyList<Finding> actual = read.Validate();

        Assert.Equal(Summary(expected), Summary(actual));
        Assert.All(actual.Where(f => f.RuleId != RuleIds.CapacitySummary), f => Assert.IsType<YamlPosition>(f.Origin));
        if (!name.StartsWith("K0S", StringComparison.Ordinal))
        {
            return;
        }

        foreach (string id in name.Split(' ').Where(part => part.StartsWith("K0S", StringComparison.Ordinal)))
        {
            Assert.Contains(actual, f => f.RuleId == id);
        }
    }

    private static string Summary(IEnumerable<Finding> findings)
        => string.Join("\n", findings.Select(f => f.RuleId + " " + f.Severity + " " + f.Path + ": " + f.Message).OrderBy(s => s, StringComparer.Ordinal));
}
