using System.Collections.Generic;
using System.Linq;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests.Rules;

/// <summary>
/// K0S109–K0S110 (kube-proxy ranges and masquerade bit), K0S106 for the node-local load balancer's ports, and
/// K0S702–K0S708 (control plane load balancing, k0s cplb.go and cplb_test.go).
/// </summary>
public class CoverageRulesTests
{
    private const string Vrrp = "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances";
    private const string Servers = "spec.network.controlPlaneLoadBalancing.keepalived.virtualServers";

    private static IReadOnlyList<Finding> Keepalived(Action<KeepalivedBuilder> configure)
        => Validate(c => c.Network(n => n.ControlPlaneLoadBalancing(cplb => cplb.Keepalived(configure))));

    private static Action<VrrpInstanceBuilder> Good => v => v.VirtualIPs("192.168.1.200/24").AuthPass("secret");

    private static Fact<IReadOnlyList<VrrpInstanceFacts>> Instances(params VrrpInstanceFacts[] instances) => Fact<IReadOnlyList<VrrpInstanceFacts>>.Known(instances);

    // ---------------------------------------------------------------- K0S109 nodePortAddresses / ipvs.excludeCIDRs

    [Fact]
    public void K0S109_fires_on_entries_kube_proxy_refuses()
    {
        IReadOnlyList<Finding> findings = Validate(c => c.Network(n => n.KubeProxy(p => p
            .NodePortAddresses("10.0.0.0/24", "10.0.0.1", "eth0", "Primary")
            .Ipvs(i => i.ExcludeCidrs("fd00::/64", "primary", "10.0.0.0/33")))));
        Assert.Equal(5, findings.Count(f => f.RuleId == RuleIds.InvalidKubeProxyIPBlock));
        findings.At("K0S109", "spec.network.kubeProxy.nodePortAddresses[1]").Is("K0S109", "spec.network.kubeProxy.nodePortAddresses[1]", FindingSeverity.Error,
            "kubeProxy.nodePortAddresses[1] '10.0.0.1' is an address, not a CIDR", "kube-proxy refuses to start (\"must be a valid IP block\")", "such as 10.0.0.1/32");
        findings.At("K0S109", "spec.network.kubeProxy.nodePortAddresses[2]").Is("K0S109", "spec.network.kubeProxy.nodePortAddresses[2]", FindingSeverity.Error, "'eth0' is not a CIDR", "or 'primary'");
        findings.At("K0S109", "spec.network.kubeProxy.nodePortAddresses[3]").Is("K0S109", "spec.network.kubeProxy.nodePortAddresses[3]", FindingSeverity.Error, "'Primary' is not a CIDR");
        findings.At("K0S109", "spec.network.kubeProxy.ipvs.excludeCIDRs[1]").Is("K0S109", "spec.network.kubeProxy.ipvs.excludeCIDRs[1]", FindingSeverity.Error, "kubeProxy.ipvs.excludeCIDRs[1] 'primary' is not a CIDR", "Use CIDRs such as 10.0.0.0/24.");
        findings.At("K0S109", "spec.network.kubeProxy.ipvs.excludeCIDRs[2]").Is("K0S109", "spec.network.kubeProxy.ipvs.excludeCIDRs[2]", FindingSeverity.Error, "'10.0.0.0/33'");
        Assert.Throws<K0sConfigException>(() => K0s.Cluster().Network(n => n.KubeProxy(p => p.NodePortAddresses("eth0"))).Build());
    }

    [Fact]
    public void K0S109_silent_on_cidrs_primary_and_what_kube_proxys_sloppy_parser_reads()
        => Validate(c => c.Network(n => n.KubeProxy(p => p
            .NodePortAddresses("10.0.0.0/24", "primary", "fd00::/64", "10.0.0.1/32", "010.000.000.000/8")
            .Ipvs(i => i.ExcludeCidrs("192.168.0.0/16", "10.1.2.3/8"))))).None(RuleIds.InvalidKubeProxyIPBlock);

    [Fact]
    public void K0S109_unknown_entries_stay_silent()
    {
        Evaluate(Unknown(f => f.NodePortAddresses = Fact<IReadOnlyList<Fact<string>>>.Known(new[] { U, K("nope") }))).One(RuleIds.InvalidKubeProxyIPBlock)
            .Is("K0S109", "spec.network.kubeProxy.nodePortAddresses[1]", FindingSeverity.Error, "'nope'");
        Evaluate(Unknown(f => { })).None(RuleIds.InvalidKubeProxyIPBlock);
    }

    // ---------------------------------------------------------------- K0S110 masqueradeBit

    [Fact]
    public void K0S110_fires_outside_0_to_31()
    {
        IReadOnlyList<Finding> findings = Validate(c => c.Network(n => n.KubeProxy(p => p.Iptables(i => i.MasqueradeBit(32)).Nftables(i => i.MasqueradeBit(-1)))));
        findings.At("K0S110", "spec.network.kubeProxy.iptables.masqueradeBit").Is("K0S110", "spec.network.kubeProxy.iptables.masqueradeBit", FindingSeverity.Error,
            "kubeProxy.iptables.masqueradeBit 32 is outside 0..31", "(\"must be within the range [0, 31]\")", "such as 14");
        findings.At("K0S110", "spec.network.kubeProxy.nftables.masqueradeBit").Is("K0S110", "spec.network.kubeProxy.nftables.masqueradeBit", FindingSeverity.Error, "-1 is outside 0..31");
    }

    [Fact]
    public void K0S110_silent_from_0_to_31()
        => Validate(c => c.Network(n => n.KubeProxy(p => p.Iptables(i => i.MasqueradeBit(0)).Nftables(i => i.MasqueradeBit(31))))).None(RuleIds.MasqueradeBitOutOfRange);

    [Fact]
    public void K0S110_unknown_bit_stays_silent()
        => Evaluate(Unknown(f => f.IptablesMasqueradeBit = Fact<long>.Unknown())).None(RuleIds.MasqueradeBitOutOfRange);

    // ---------------------------------------------------------------- K0S111 metricsBindAddress / healthzBindAddress

    [Theory]
    [InlineData("0.0.0.0", "missing port in address")]
    [InlineData("0.0.0.0:0", "port is zero")]
    [InlineData("0.0.0.0:65536", "port is out of range: 65536")]
    [InlineData("0.0.0.0:http", "port is not a positive number: \"http\"")]
    [InlineData("0.0.0.0:", "port is not a positive number: \"\"")]
    [InlineData(":10249", "host is neither an IP address nor a DNS name")]
    [InlineData("a b:10249", "host is neither an IP address nor a DNS name")]
    [InlineData("::1:10249", "too many colons in address")]
    [InlineData("", "host is neither an IP address nor a DNS name")]
    [InlineData("example.com", "missing port in address")]
    [InlineData("[::1]", "missing port in address")]
    [InlineData("::1", "missing port in address")]
    public void K0S111_fires_with_k0s_s_reason(string address, string reason)
    {
        IReadOnlyList<Finding> findings = Validate(c => c.Network(n => n.KubeProxy(p => p.MetricsBindAddress(address).HealthzBindAddress(address))));
        findings.At("K0S111", "spec.network.kubeProxy.metricsBindAddress").Is("K0S111", "spec.network.kubeProxy.metricsBindAddress", FindingSeverity.Error,
            "kubeProxy.metricsBindAddress '" + address + "' is not host:port (" + reason + "); k0s rejects it (\"metricsBindAddress: " + reason + "\")", "such as 0.0.0.0:10249");
        findings.At("K0S111", "spec.network.kubeProxy.healthzBindAddress").Is("K0S111", "spec.network.kubeProxy.healthzBindAddress", FindingSeverity.Error,
            "(\"healthzBindAddress: " + reason + "\")", "such as 0.0.0.0:10256");
    }

    [Fact]
    public void K0S111_fires_on_a_host_name_kube_proxy_refuses()
        => Validate(c => c.Network(n => n.KubeProxy(p => p.MetricsBindAddress("localhost:10249"))))
            .At("K0S111", "spec.network.kubeProxy.metricsBindAddress").Is("K0S111", "spec.network.kubeProxy.metricsBindAddress", FindingSeverity.Error,
                "names the host localhost; k0s accepts it, but kube-proxy refuses to start (\"must be IP:port\")");

    [Theory]
    [InlineData("0.0.0.0:10249")]
    [InlineData("127.0.0.1:1")]
    [InlineData("[::1]:65535")]
    [InlineData("[fd00::1]:00010249")]
    [InlineData("010.000.000.001:10249")]
    public void K0S111_silent_on_IP_and_port(string address)
        => Validate(c => c.Network(n => n.KubeProxy(p => p.MetricsBindAddress(address).HealthzBindAddress(address)))).None(RuleIds.InvalidKubeProxyBindAddress);

    [Fact]
    public void K0S111_silent_when_kube_proxy_is_disabled()
        => Validate(c => c.Network(n => n.KubeProxy(p => p.Disabled().MetricsBindAddress("0.0.0.0")))).None(RuleIds.InvalidKubeProxyBindAddress);

    [Fact]
    public void K0S111_unknown_address_or_disabled_stays_silent()
    {
        Evaluate(Unknown(f => f.KubeProxyMetricsBindAddress = Fact<string>.Unknown())).None(RuleIds.InvalidKubeProxyBindAddress);
        Evaluate(Facts(f =>
        {
            f.KubeProxyMetricsBindAddress = K("0.0.0.0");
            f.KubeProxyDisabled = Fact<bool>.Unknown();
        })).None(RuleIds.InvalidKubeProxyBindAddress);
    }

    // ---------------------------------------------------------------- K0S106 node-local load balancer ports

    [Fact]
    public void K0S106_fires_on_node_local_proxy_ports()
    {
        IReadOnlyList<Finding> findings = Validate(c => c.Network(n => n.NodeLocalLoadBalancing(l => l
            .EnvoyProxy(e => e.ApiServerBindPort(0).KonnectivityServerBindPort(0))
            .Traefik(t => t.ApiServerBindPort(70000).KonnectivityServerBindPort(-5)))));
        findings.At("K0S106", "spec.network.nodeLocalLoadBalancing.envoyProxy.apiServerBindPort").Is("K0S106", "spec.network.nodeLocalLoadBalancing.envoyProxy.apiServerBindPort", FindingSeverity.Warning, "nodeLocalLoadBalancing.envoyProxy.apiServerBindPort 0 is not a port; k0s replaces 0 with its default 7443");
        findings.At("K0S106", "spec.network.nodeLocalLoadBalancing.envoyProxy.konnectivityServerBindPort").Is("K0S106", "spec.network.nodeLocalLoadBalancing.envoyProxy.konnectivityServerBindPort", FindingSeverity.Error, "0 is outside 1..65535", "such as 7132");
        findings.At("K0S106", "spec.network.nodeLocalLoadBalancing.traefik.apiServerBindPort").Is("K0S106", "spec.network.nodeLocalLoadBalancing.traefik.apiServerBindPort", FindingSeverity.Error, "70000 is outside 1..65535");
        findings.At("K0S106", "spec.network.nodeLocalLoadBalancing.traefik.konnectivityServerBindPort").Is("K0S106", "spec.network.nodeLocalLoadBalancing.traefik.konnectivityServerBindPort", FindingSeverity.Error, "-5");
    }

    [Fact]
    public void K0S106_fires_on_konnectivity_ports_0_included()
    {
        // k0s: "spec: konnectivity: adminPort: Invalid value: 0: must be between 1 and 65535, inclusive" (k0s-validate).
        IReadOnlyList<Finding> findings = Validate(c => c.Konnectivity(k => k.AdminPort(0).AgentPort(70000)));
        findings.At("K0S106", "spec.konnectivity.adminPort").Is("K0S106", "spec.konnectivity.adminPort", FindingSeverity.Error,
            "konnectivity.adminPort 0 is outside 1..65535; k0s rejects it (\"must be between 1 and 65535, inclusive\")", "such as 8133");
        findings.At("K0S106", "spec.konnectivity.agentPort").Is("K0S106", "spec.konnectivity.agentPort", FindingSeverity.Error, "konnectivity.agentPort 70000 is outside 1..65535", "such as 8132");
    }

    [Fact]
    public void K0S106_silent_on_konnectivity_ports_in_range_and_unknown()
    {
        Validate(c => c.Konnectivity(k => k.AdminPort(1).AgentPort(65535))).None(RuleIds.PortOutOfRange);
        Evaluate(Unknown(f => f.KonnectivityAgentPort = Fact<long>.Unknown())).None(RuleIds.PortOutOfRange);
    }

    // ---------------------------------------------------------------- K0S702 virtualRouterID

    [Fact]
    public void K0S702_fires_on_an_explicit_id_out_of_range_and_when_automatic_ids_run_out()
    {
        Keepalived(k => k.VrrpInstance(v => Good(v.VirtualRouterId(256)))).One(RuleIds.VrrpVirtualRouterId).Is("K0S702", Vrrp + "[0].virtualRouterID", FindingSeverity.Error,
            "vrrpInstances[0].virtualRouterID 256 is outside 1..255", "(\"controlPlaneLoadBalancing: VirtualRouterID must be in the range of 1-255\")");
        Keepalived(k => k.VrrpInstance(v => Good(v.VirtualRouterId(-1)))).One(RuleIds.VrrpVirtualRouterId).Is("K0S702", Vrrp + "[0].virtualRouterID", FindingSeverity.Error, "-1 is outside 1..255");

        // Index 204 gets 255, index 205 has none left (k0s: defaultVirtualRouterID + index > 255).
        IReadOnlyList<Finding> many = Keepalived(k =>
        {
            for (int i = 0; i < 206; i++)
            {
                k.VrrpInstance(Good);
            }
        });
        many.One(RuleIds.VrrpVirtualRouterId).Is("K0S702", Vrrp + "[205].virtualRouterID", FindingSeverity.Error, "vrrpInstances[205] has no virtualRouterID", "(\"controlPlaneLoadBalancing: automatic virtualRouterIDs exceeded, specify them explicitly\")");

        IReadOnlyList<Finding> tooMany = Keepalived(k =>
        {
            for (int i = 0; i < 256; i++)
            {
                k.VrrpInstance(v => Good(v.VirtualRouterId((i % 255) + 1)));
            }
        });
        tooMany.One(RuleIds.VrrpVirtualRouterId).Is("K0S702", Vrrp, FindingSeverity.Error, "keepalived.vrrpInstances has 256 instances", "at most 255 (maxItems)");
    }

    [Fact]
    public void K0S702_silent_on_ids_from_1_to_255_zero_and_205_automatic_ids()
    {
        Keepalived(k => k.VrrpInstance(v => Good(v.VirtualRouterId(1))).VrrpInstance(v => Good(v.VirtualRouterId(255))).VrrpInstance(v => Good(v.VirtualRouterId(0)))).None(RuleIds.VrrpVirtualRouterId);
        Keepalived(k =>
        {
            for (int i = 0; i < 205; i++)
            {
                k.VrrpInstance(Good);
            }
        }).None(RuleIds.VrrpVirtualRouterId);
    }

    [Fact]
    public void K0S702_unknown_instances_or_ids_stay_silent()
    {
        Evaluate(Unknown(f => f.VrrpInstances = Instances(new VrrpInstanceFacts { VirtualRouterId = Fact<long>.Unknown() }))).None(RuleIds.VrrpVirtualRouterId);
        Evaluate(Unknown(f => f.VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Unknown())).None(RuleIds.VrrpVirtualRouterId);
    }

    // ---------------------------------------------------------------- K0S703 authPass

    [Fact]
    public void K0S703_fires_on_a_missing_or_too_long_auth_pass()
    {
        // cplb_test.go: no authPass; "012345678" (9 characters).
        Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("192.168.1.100/24"))).One(RuleIds.VrrpAuthPass).Is("K0S703", Vrrp + "[0].authPass", FindingSeverity.Error,
            "vrrpInstances[0] has no authPass", "(\"controlPlaneLoadBalancing: AuthPass must be defined\")");
        Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("192.168.1.100/24").AuthPass(""))).One(RuleIds.VrrpAuthPass).Is("K0S703", Vrrp + "[0].authPass", FindingSeverity.Error, "has no authPass");
        Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("192.168.1.100/24").AuthPass("012345678"))).One(RuleIds.VrrpAuthPass).Is("K0S703", Vrrp + "[0].authPass", FindingSeverity.Error,
            "vrrpInstances[0].authPass is 9 characters", "(\"controlPlaneLoadBalancing: AuthPass must be 8 characters or less\")");

        // Go's len counts bytes: five 'é' are 10 bytes.
        Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("192.168.1.100/24").AuthPass("ééééé"))).One(RuleIds.VrrpAuthPass).Is("K0S703", Vrrp + "[0].authPass", FindingSeverity.Error, "is 10 bytes in UTF-8");
    }

    [Fact]
    public void K0S703_silent_on_1_to_8_bytes()
        => Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("192.168.1.100/24").AuthPass("a")).VrrpInstance(v => v.VirtualIPs("192.168.1.101/24").AuthPass("12345678"))).None(RuleIds.VrrpAuthPass);

    [Fact]
    public void K0S703_unknown_auth_pass_stays_silent()
        => Evaluate(Facts(f => f.VrrpInstances = Instances(new VrrpInstanceFacts { AuthPass = U, VirtualIPs = Fact<IReadOnlyList<Fact<string>>>.Unknown() }))).None(RuleIds.VrrpAuthPass);

    // ---------------------------------------------------------------- K0S709 interface looked up on each controller

    [Theory]
    [InlineData("aa:bb:cc:dd:ee:ff")]
    [InlineData("AA-BB-CC-DD-EE-FF")]
    [InlineData("aabb.ccdd.eeff")]
    [InlineData("00:00:00:00:fe:80:00:00:00:00:00:00:02:00:5e:10:00:00:00:01")]
    public void K0S709_fires_on_a_MAC_address(string mac)
        => Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("192.168.1.100/24").AuthPass("secret").Interface(mac))).One(RuleIds.VrrpInterfaceLookedUp).Is("K0S709", Vrrp + "[0].interface", FindingSeverity.Warning,
            "vrrpInstances[0].interface '" + mac + "' is a MAC address", "(\"interface with MAC address " + mac + " not found\")", "Name the interface instead");

    [Theory]
    [InlineData("eth0")]
    [InlineData("aa:bb:cc:dd:ee")]
    [InlineData("aa:bb:cc:dd:ee:fg")]
    [InlineData("aa:bb-cc:dd:ee:ff")]
    [InlineData("aabb.ccdd.eeff.")]
    public void K0S709_silent_on_an_interface_name(string name)
        => Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("192.168.1.100/24").AuthPass("secret").Interface(name))).None(RuleIds.VrrpInterfaceLookedUp);

    [Fact]
    public void K0S710_fires_without_an_interface()
        => Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("192.168.1.100/24").AuthPass("secret"))).One(RuleIds.VrrpInterfaceFromDefaultRoute).Is("K0S710", Vrrp + "[0].interface", FindingSeverity.Info,
            "vrrpInstances[0] has no interface, so k0s takes the NIC of the default route on each controller", "(\"failed to get default NIC: default route not found\")");

    [Fact]
    public void K0S710_silent_with_an_interface()
        => Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("192.168.1.100/24").AuthPass("secret").Interface("aa:bb:cc:dd:ee:ff"))).None(RuleIds.VrrpInterfaceFromDefaultRoute);

    [Fact]
    public void K0S710_unknown_interface_stays_silent()
        => Evaluate(Facts(f => f.VrrpInstances = Instances(new VrrpInstanceFacts { Interface = U }))).None(RuleIds.VrrpInterfaceFromDefaultRoute);

    [Fact]
    public void K0S709_unknown_interface_and_a_MAC_address_before_k0s_1_34_stay_silent()
    {
        // k0s 1.33 passes the text to keepalived as an interface name; it looks nothing up.
        Evaluate(Facts(f => f.VrrpInstances = Instances(new VrrpInstanceFacts { Interface = K("aa:bb:cc:dd:ee:ff") })), new ValidationOptions(ValidationOptions.DefaultMaxPods, K0sVersion.Parse("1.33"))).None(RuleIds.VrrpInterfaceLookedUp);
        Evaluate(Facts(f => f.VrrpInstances = Instances(new VrrpInstanceFacts { Interface = U }))).None(RuleIds.VrrpInterfaceLookedUp);
    }

    // ---------------------------------------------------------------- K0S704 virtualIPs

    [Fact]
    public void K0S704_fires_on_missing_virtual_ips_and_ones_that_are_not_cidrs()
    {
        Keepalived(k => k.VrrpInstance(v => v.AuthPass("secret"))).One(RuleIds.VrrpVirtualIPs).Is("K0S704", Vrrp + "[0].virtualIPs", FindingSeverity.Error,
            "vrrpInstances[0] has no virtualIPs", "(\"controlPlaneLoadBalancing: VirtualIPs must be defined\")");
        Keepalived(k => k.VrrpInstance(v => v.AuthPass("secret").VirtualIPs())).One(RuleIds.VrrpVirtualIPs).Is("K0S704", Vrrp + "[0].virtualIPs", FindingSeverity.Error, "has no virtualIPs");

        // cplb_test.go: "192.168.1.1" without a prefix length.
        Keepalived(k => k.VrrpInstance(v => v.AuthPass("secret").VirtualIPs("192.168.1.100/24", "192.168.1.1"))).One(RuleIds.VrrpVirtualIPs).Is("K0S704", Vrrp + "[0].virtualIPs[1]", FindingSeverity.Error,
            "vrrpInstances[0].virtualIPs[1] '192.168.1.1' is not a CIDR", "(\"controlPlaneLoadBalancing: VirtualIPs must be a CIDR. Got: 192.168.1.1\")", "such as 192.168.1.1/24");
        Keepalived(k => k.VrrpInstance(v => v.AuthPass("secret").VirtualIPs("vip.example.com"))).One(RuleIds.VrrpVirtualIPs).Is("K0S704", Vrrp + "[0].virtualIPs[0]", FindingSeverity.Error, "'vip.example.com'", "Use a CIDR such as 192.168.1.200/24.");
    }

    [Fact]
    public void K0S704_silent_on_cidrs()
        => Keepalived(k => k.VrrpInstance(v => v.AuthPass("secret").VirtualIPs("192.168.1.100/24", "fd00::100/64", "10.0.0.1/32"))).None(RuleIds.VrrpVirtualIPs);

    [Fact]
    public void K0S704_unknown_virtual_ips_stay_silent()
    {
        Evaluate(Facts(f => f.VrrpInstances = Instances(new VrrpInstanceFacts { AuthPass = K("x"), VirtualIPs = Fact<IReadOnlyList<Fact<string>>>.Unknown() }))).None(RuleIds.VrrpVirtualIPs);
        Evaluate(Facts(f => f.VrrpInstances = Instances(new VrrpInstanceFacts { AuthPass = K("x"), VirtualIPs = Fact<IReadOnlyList<Fact<string>>>.Known(new[] { U }) }))).None(RuleIds.VrrpVirtualIPs);
    }

    // ---------------------------------------------------------------- K0S705 unicast

    [Fact]
    public void K0S705_fires_on_each_unicast_mistake_of_cplb_test_go()
    {
        Keepalived(k => k.VrrpInstance(v => Good(v.UnicastPeers("192.168.1.2")))).One(RuleIds.VrrpUnicast).Is("K0S705", Vrrp + "[0].unicastSourceIP", FindingSeverity.Error,
            "vrrpInstances[0] has unicastPeers but no unicastSourceIP", "(\"controlPlaneLoadBalancing: UnicastPeers require a valid UnicastSourceIP. Got: \")");
        Keepalived(k => k.VrrpInstance(v => Good(v.UnicastSourceIP("example.com").UnicastPeers("192.168.1.2")))).One(RuleIds.VrrpUnicast).Is("K0S705", Vrrp + "[0].unicastSourceIP", FindingSeverity.Error,
            "vrrpInstances[0].unicastSourceIP 'example.com' is not an IP address", "Got: example.com\")");
        Keepalived(k => k.VrrpInstance(v => Good(v.UnicastSourceIP("192.168.1.1").UnicastPeers("192.168.1.2", "example.com")))).One(RuleIds.VrrpUnicast).Is("K0S705", Vrrp + "[0].unicastPeers[1]", FindingSeverity.Error,
            "vrrpInstances[0].unicastPeers[1] 'example.com' is not an IP address", "(\"controlPlaneLoadBalancing: UnicastPeers require valid IP addresses. Got: example.com\")");
        Keepalived(k => k.VrrpInstance(v => Good(v.UnicastSourceIP("192.168.1.1").UnicastPeers("192.168.1.1", "192.168.1.2")))).One(RuleIds.VrrpUnicast).Is("K0S705", Vrrp + "[0].unicastPeers[0]", FindingSeverity.Error,
            "'192.168.1.1' is the unicastSourceIP", "(\"controlPlaneLoadBalancing: UnicastPeers must not contain the UnicastSourceIP. Got: 192.168.1.1\")");
    }

    [Fact]
    public void K0S705_silent_with_a_source_and_other_peers_or_without_peers()
    {
        Keepalived(k => k.VrrpInstance(v => Good(v.UnicastSourceIP("192.168.1.1").UnicastPeers("192.168.1.2", "192.168.1.3")))).None(RuleIds.VrrpUnicast);
        Keepalived(k => k.VrrpInstance(v => Good(v.UnicastSourceIP("not checked without peers")))).None(RuleIds.VrrpUnicast);
    }

    [Fact]
    public void K0S705_unknown_source_or_peers_stay_silent()
    {
        Evaluate(Facts(f => f.VrrpInstances = Instances(new VrrpInstanceFacts { UnicastSourceIP = U, UnicastPeers = Fact<IReadOnlyList<Fact<string>>>.Known(new[] { K("10.0.0.2") }) }))).None(RuleIds.VrrpUnicast);
        Evaluate(Facts(f => f.VrrpInstances = Instances(new VrrpInstanceFacts { UnicastPeers = Fact<IReadOnlyList<Fact<string>>>.Unknown() }))).None(RuleIds.VrrpUnicast);
    }

    // ---------------------------------------------------------------- K0S706 virtual server address

    [Fact]
    public void K0S706_fires_on_an_empty_address_or_one_that_is_not_an_ip()
    {
        Keepalived(k => k.VirtualServer("")).One(RuleIds.VirtualServerAddress).Is("K0S706", Servers + "[0].ipAddress", FindingSeverity.Error,
            "virtualServers[0].ipAddress is empty", "(\"controlPlaneLoadBalancing: IPAddress must be defined\", \"invalid IP address: \")");
        Keepalived(k => k.VirtualServer("INVALID")).One(RuleIds.VirtualServerAddress).Is("K0S706", Servers + "[0].ipAddress", FindingSeverity.Error,
            "'INVALID' is not an IP address", "(\"controlPlaneLoadBalancing: invalid IP address: INVALID\")");
        Keepalived(k => k.VirtualServer("1.2.3.4").VirtualServer("192.168.1.200/24")).One(RuleIds.VirtualServerAddress).Is("K0S706", Servers + "[1].ipAddress", FindingSeverity.Error, "without the prefix length: 192.168.1.200.");
    }

    [Fact]
    public void K0S706_silent_on_ip_addresses()
        => Keepalived(k => k.VirtualServer("1.2.3.4").VirtualServer("fd00::200", s => s.LbKind(KeepalivedLbKind.Nat))).None(RuleIds.VirtualServerAddress);

    [Fact]
    public void K0S706_unknown_address_stays_silent()
        => Evaluate(Facts(f => f.VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Known(new[] { new VirtualServerFacts { IPAddress = U } }))).None(RuleIds.VirtualServerAddress);

    // ---------------------------------------------------------------- K0S707 keepalived ranges

    [Fact]
    public void K0S707_fires_on_each_keepalived_value_out_of_range()
    {
        IReadOnlyList<Finding> findings = Keepalived(k => k
            .VrrpInstance(v => Good(v.AdvertIntervalSeconds(-1).AddressLabel(0xffffffff)))
            .VrrpInstance(v => Good(v.AddressLabel(0x80000000)))
            .VirtualServer("1.2.3.4", s => s.PersistenceTimeoutSeconds(-1).DelayLoop(TimeSpan.FromTicks(-1)))
            .VirtualServer("1.2.3.5", s => s.PersistenceTimeoutSeconds(2678401).DelayLoop(TimeSpan.FromTicks(9)))
            .UserSpaceProxyBindPort(65536));
        Assert.Equal(8, findings.Count(f => f.RuleId == RuleIds.KeepalivedValueOutOfRange));
        findings.At("K0S707", Vrrp + "[1].addressLabel").Is("K0S707", Vrrp + "[1].addressLabel", FindingSeverity.Error, "2147483648 does not fit the CRD's int32", "format: int32", "up to 2147483647");
        findings.At("K0S707", Vrrp + "[0].advertIntervalSeconds").Is("K0S707", Vrrp + "[0].advertIntervalSeconds", FindingSeverity.Error, "-1 is negative", "the k0s CRD requires at least 1");
        findings.At("K0S707", Vrrp + "[0].addressLabel").Is("K0S707", Vrrp + "[0].addressLabel", FindingSeverity.Error, "(\"controlPlaneLoadBalancing: AddressLabel 0xffffffff is reserved\")");
        findings.At("K0S707", Servers + "[0].persistenceTimeoutSeconds").Is("K0S707", Servers + "[0].persistenceTimeoutSeconds", FindingSeverity.Error, "-1 is outside 1..2678400", "(\"controlPlaneLoadBalancing: PersistenceTimeout must be in the range of 1-2678400\")");
        findings.At("K0S707", Servers + "[1].persistenceTimeoutSeconds").Is("K0S707", Servers + "[1].persistenceTimeoutSeconds", FindingSeverity.Error, "2678401");
        findings.At("K0S707", Servers + "[0].delayLoop").Is("K0S707", Servers + "[0].delayLoop", FindingSeverity.Error, "is negative", "(\"controlPlaneLoadBalancing: DelayLoop must be positive\")");
        findings.At("K0S707", Servers + "[1].delayLoop").Is("K0S707", Servers + "[1].delayLoop", FindingSeverity.Error, "shorter than a microsecond");
        findings.At("K0S707", "spec.network.controlPlaneLoadBalancing.keepalived.userSpaceProxyBindPort").Is("K0S707", "spec.network.controlPlaneLoadBalancing.keepalived.userSpaceProxyBindPort", FindingSeverity.Error, "65536 is outside 1..65535", "UserSpaceProxyPort must be in the range of 1-65535");
    }

    [Fact]
    public void K0S707_silent_on_values_in_range_and_zeros_that_mean_the_default()
        => Keepalived(k => k
            .VrrpInstance(v => Good(v.AdvertIntervalSeconds(0).AddressLabel(0)))
            .VrrpInstance(v => v.VirtualIPs("10.0.0.1/32").AuthPass("x").AdvertIntervalSeconds(1).AddressLabel(int.MaxValue))
            .VirtualServer("1.2.3.4", s => s.PersistenceTimeoutSeconds(0).DelayLoop(TimeSpan.Zero))
            .VirtualServer("1.2.3.5", s => s.PersistenceTimeoutSeconds(2678400).DelayLoop(TimeSpan.FromTicks(10)))
            .UserSpaceProxyBindPort(0)).None(RuleIds.KeepalivedValueOutOfRange);

    [Fact]
    public void K0S707_unknown_values_stay_silent()
        => Evaluate(Unknown(f => f.VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Known(new[] { new VirtualServerFacts { PersistenceTimeoutSeconds = Fact<long>.Unknown(), DelayLoop = Fact<TimeSpan>.Unknown() } }))).None(RuleIds.KeepalivedValueOutOfRange);

    // ---------------------------------------------------------------- K0S708 CPLB with externalAddress

    [Fact]
    public void K0S708_fires_as_information_with_an_external_address()
    {
        Finding finding = Validate(c => c.Api(a => a.ExternalAddress("k8s.example.com")).Network(n => n.ControlPlaneLoadBalancing(cplb => cplb.Keepalived(k => k.VrrpInstance(Good)))))
            .One(RuleIds.ControlPlaneLoadBalancingWithExternalAddress)
            .Is("K0S708", "spec.network.controlPlaneLoadBalancing.enabled", FindingSeverity.Info, "api.externalAddress 'k8s.example.com'", "disables its endpoint reconciler");
        Assert.Equal(new[] { "spec.api.externalAddress" }, finding.AdditionalPaths);
    }

    [Fact]
    public void K0S708_silent_without_an_external_address_or_with_cplb_off_and_with_nllb()
    {
        Validate(c => c.Network(n => n.NodeLocalLoadBalancing().ControlPlaneLoadBalancing(cplb => cplb.Keepalived(k => k.VrrpInstance(Good))))).NoErrorsOrWarnings();
        Validate(c => c.Network(n => n.NodeLocalLoadBalancing().ControlPlaneLoadBalancing(cplb => cplb.Keepalived(k => k.VrrpInstance(Good))))).None(RuleIds.ControlPlaneLoadBalancingWithExternalAddress);
        Validate(c => c.Api(a => a.ExternalAddress("k8s.example.com")).Network(n => n.ControlPlaneLoadBalancing(cplb => cplb.Enabled(false)))).None(RuleIds.ControlPlaneLoadBalancingWithExternalAddress);
    }

    [Fact]
    public void K0S708_unknown_inputs_stay_silent()
        => Evaluate(Unknown(f => f.ExternalAddress = K("lb.example.com"))).None(RuleIds.ControlPlaneLoadBalancingWithExternalAddress);

    // ---------------------------------------------------------------- K0S107 lbAlgo / lbKind

    [Fact]
    public void K0S107_fires_on_an_lb_algo_or_kind_k0s_does_not_know()
    {
        // cplb_test.go: lbAlgo "invalid", lbKind "invalid" (a YAML front end writes such strings).
        IReadOnlyList<Finding> findings = Evaluate(Facts(f => f.VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Known(new[]
        {
            new VirtualServerFacts { IPAddress = K("1.2.3.4"), LbAlgo = K("invalid"), LbKind = K("invalid") },
            new VirtualServerFacts { IPAddress = K("1.2.3.5"), LbAlgo = K(""), LbKind = K("DR") },
        })));
        Assert.Equal(2, findings.Count(f => f.RuleId == RuleIds.UnsupportedValue));
        findings.At("K0S107", Servers + "[0].lbAlgo").Is("K0S107", Servers + "[0].lbAlgo", FindingSeverity.Error, "'invalid' is not one of rr, wrr, lc, wlc, lblc, dh, sh, sed, nq", "(\"controlPlaneLoadBalancing: invalid LBAlgo: invalid \")");
        findings.At("K0S107", Servers + "[0].lbKind").Is("K0S107", Servers + "[0].lbKind", FindingSeverity.Error, "'invalid' is not one of NAT, DR, TUN", "invalid LBKind: invalid ");
    }

    // ---------------------------------------------------------------- the k0s docs' HA example is clean

    [Fact]
    public void Docs_high_availability_example_builds_without_errors_or_warnings()
    {
        ClusterConfig config = K0s.Cluster("k0s")
            .Api(a => a.Sans("192.168.1.200", "k8s.example.com"))
            .Network(net => net
                .KubeProxy(p => p.Mode(KubeProxyMode.Ipvs).Ipvs(i => i.StrictArp().Scheduler(IpvsScheduler.LeastConnection).ExcludeCidrs("192.168.1.0/24")).NodePortAddresses("192.168.1.0/24"))
                .NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.ApiServerBindPort(7443)))
                .ControlPlaneLoadBalancing(cplb => cplb.Keepalived(k => k
                    .VrrpInstance(v => v.VirtualIPs("192.168.1.200/24").AuthPass("s3cret").Interface("eth0"))
                    .VirtualServer("192.168.1.200"))))
            .Build();
        Assert.All(config.Findings, f => Assert.Equal(FindingSeverity.Info, f.Severity));
    }
}
