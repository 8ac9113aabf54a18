using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// One rule's firing and silent cases on a chain <c>K0s.Cluster()...Build()</c>.
/// </summary>
/// <param name="Name">Unique name, starting with the rule id.</param>
/// <param name="Id">The rule id.</param>
/// <param name="Firing">The chain with markup at every diagnostic it must produce.</param>
/// <param name="Valid">A chain close to <paramref name="Firing"/> with a valid value: no diagnostic at all (null: not applicable).</param>
/// <param name="Template">
/// <paramref name="Firing"/> without markup and with <c>@@</c> in place of <paramref name="Bad"/>: the value that
/// replaces it is not a constant, so nothing fires (null: the rule has no such value).
/// </param>
/// <param name="Type">The C# type of the value at <c>@@</c>.</param>
/// <param name="Bad">The constant at <c>@@</c> in <paramref name="Firing"/>.</param>
/// <param name="Expected">Explicit expectations (severity, arguments, additional locations) on top of the markup.</param>
internal sealed record RuleCase(
    string Name,
    string Id,
    string Firing,
    string? Valid,
    string? Template,
    string Type,
    string Bad,
    DiagnosticResult[] Expected)
{
    /// <summary>Rules left out of every variant (a diagnostic that the setting needs anyway).</summary>
    public IReadOnlyList<string> Disabled { get; init; } = Array.Empty<string>();

    public bool Capacity => Id == "K0S406";

    public override string ToString() => Name;

    /// <summary>The class around a chain: non-constant holders of <paramref name="Bad"/> of every kind.</summary>
    public string Source(string chain)
        => Verify.Usings + $$"""
            using System;

            class C
            {
                private {{Type}} _field = {{Bad}};
                private static readonly {{Type}} s_field = {{Bad}};

                private static {{Type}} Compute() => {{Bad}};

                ClusterConfig M({{Type}} p)
                {
                    {{Type}} local = {{Bad}};
                    return K0s.Cluster()
                        {{chain}}
                        .Build();
                }
            }
            """;
}

/// <summary>Every rule's cases. <see cref="CatalogueTests"/> checks that each rule id has a firing and a silent one.</summary>
internal static class RuleCases
{
    private const string Ds = ".DualStack(ds => ds.IPv6PodCidr(\"fd00::/108\").IPv6ServiceCidr(\"fd01::/108\"))";

    public static IReadOnlyList<RuleCase> All { get; } = Build();

    public static RuleCase Get(string name) => All.Single(c => c.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (RuleCase c in All)
        {
            data.Add(c.Name);
        }

        return data;
    }

    public static TheoryData<string> WithValid()
    {
        var data = new TheoryData<string>();
        foreach (RuleCase c in All.Where(c => c.Valid != null))
        {
            data.Add(c.Name);
        }

        return data;
    }

    /// <summary>Every case with a template, with every non-constant holder of the value.</summary>
    public static TheoryData<string, string> NonConstant()
    {
        var data = new TheoryData<string, string>();
        foreach (RuleCase c in All.Where(c => c.Template != null))
        {
            foreach (string holder in new[] { "p", "_field", "s_field", "local", "Compute()" })
            {
                data.Add(c.Name, holder);
            }
        }

        return data;
    }

    private static string Q(string text) => "\"" + text + "\"";

    private static DiagnosticResult D(string id, int location, params int[] additional)
    {
        DiagnosticResult result = Verify.At(id).WithLocation(location);
        foreach (int other in additional)
        {
            result = result.WithLocation(other);
        }

        return result;
    }

    private static List<RuleCase> Build()
    {
        var cases = new List<RuleCase>();

        // The last case leaves the rule out of every variant.
        void Without(string id) => cases[^1] = cases[^1] with { Disabled = new[] { id } };

        void Add(string name, string firing, string? valid, string? template, string type, string bad, params DiagnosticResult[] expected)
            => cases.Add(new RuleCase(name, name.Substring(0, 6), firing, valid, template, type, bad, expected));

        // K0S101: invalid CIDR, at the literal.
        Add("K0S101 podCIDR",
            """.Network(n => n.PodCidr({|K0S101:"10.244.0.0/33"|}))""",
            """.Network(n => n.PodCidr("10.244.0.0/16"))""",
            """.Network(n => n.PodCidr(@@))""", "string", Q("10.244.0.0/33"));
        Add("K0S101 serviceCIDR",
            """.Network(n => n.ServiceCidr({|K0S101:"10.96.0.0"|}))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/12"))""",
            """.Network(n => n.ServiceCidr(@@))""", "string", Q("10.96.0.0"));
        Add("K0S101 IPv6podCIDR",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr({|K0S101:"fd00::/129"|}).IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr(@@).IPv6ServiceCidr("fd01::/108")))""", "string", Q("fd00::/129"));
        Add("K0S101 IPv6serviceCIDR",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr({|K0S101:"fd01::1::/108"|})))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr(@@)))""", "string", Q("fd01::1::/108"));

        // K0S102: host bits / leading zeros, a warning.
        Add("K0S102 host bits",
            """.Network(n => n.PodCidr({|K0S102:"10.244.0.1/16"|}))""",
            """.Network(n => n.PodCidr("10.244.0.0/16"))""",
            """.Network(n => n.PodCidr(@@))""", "string", Q("10.244.0.1/16"));
        Add("K0S102 leading zeros",
            """.Network(n => n.ServiceCidr({|K0S102:"10.96.0.0/012"|}))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/12"))""",
            """.Network(n => n.ServiceCidr(@@))""", "string", Q("10.96.0.0/012"));

        // K0S103: api.address.
        Add("K0S103 not an IP",
            """.Api(a => a.Address({|K0S103:"10.0.0.256"|}))""",
            """.Api(a => a.Address("10.0.0.1"))""",
            """.Api(a => a.Address(@@))""", "string", Q("10.0.0.256"));
        Add("K0S103 unspecified",
            """.Api(a => a.Address({|K0S103:"0.0.0.0"|}))""",
            """.Api(a => a.Address("10.0.0.1"))""",
            """.Api(a => a.Address(@@))""", "string", Q("0.0.0.0"));

        // K0S104: externalAddress and sans.
        Add("K0S104 externalAddress",
            """.Api(a => a.ExternalAddress({|K0S104:"k8s example.com"|}))""",
            """.Api(a => a.ExternalAddress("k8s.example.com"))""",
            """.Api(a => a.ExternalAddress(@@))""", "string", Q("k8s example.com"));
        Add("K0S104 sans entry",
            """.Api(a => a.Sans("10.0.0.1", {|K0S104:"not a name"|}))""",
            """.Api(a => a.Sans("10.0.0.1", "k8s.example.com"))""",
            """.Api(a => a.Sans("10.0.0.1", @@))""", "string", Q("not a name"));

        // K0S108: a value twice in a set: reported at the repeat.
        Add("K0S108 sans repeated",
            """.Api(a => a.Sans("10.0.0.1", "k8s.example.com", {|#0:"10.0.0.1"|}))""",
            """.Api(a => a.Sans("10.0.0.1", "k8s.example.com", "10.0.0.2"))""",
            """.Api(a => a.Sans("10.0.0.1", "k8s.example.com", @@))""", "string", Q("10.0.0.1"),
            D("K0S108", 0).WithSeverity(DiagnosticSeverity.Warning).Args("api.sans[2]", "10.0.0.1", "api.sans[0]", "api.sans"));

        // K0S105: clusterDomain.
        Add("K0S105 clusterDomain",
            """.Network(n => n.ClusterDomain({|K0S105:"cluster local"|}))""",
            """.Network(n => n.ClusterDomain("cluster.local"))""",
            """.Network(n => n.ClusterDomain(@@))""", "string", Q("cluster local"));

        // K0S106: ports; 0 is a warning (k0s replaces it with the default).
        Add("K0S106 port",
            """.Api(a => a.Port({|K0S106:70000|}))""",
            """.Api(a => a.Port(6443))""",
            """.Api(a => a.Port(@@))""", "int", "70000");
        Add("K0S106 k0sApiPort",
            """.Api(a => a.K0sApiPort({|K0S106:-1|}))""",
            """.Api(a => a.K0sApiPort(9443))""",
            """.Api(a => a.K0sApiPort(@@))""", "int", "-1");
        Add("K0S106 port 0 warns",
            """.Api(a => a.Port({|#0:0|}))""",
            """.Api(a => a.Port(6443))""",
            """.Api(a => a.Port(@@))""", "int", "0",
            D("K0S106", 0).WithSeverity(DiagnosticSeverity.Warning)
                .Args("api.port", 0, "is not a port; k0s replaces 0 with its default 6443", 6443));

        // K0S107: closed sets; C# enums make it take a cast.
        Add("K0S107 primaryAddressFamily",
            """.Network(n => n.PrimaryAddressFamily({|K0S107:(IPFamily)7|}))""",
            """.Network(n => n.PrimaryAddressFamily(IPFamily.IPv4))""",
            """.Network(n => n.PrimaryAddressFamily(@@))""", "IPFamily", "(IPFamily)7");
        Add("K0S107 calico.mode",
            """.Network(n => n.Calico(c => c.Mode({|K0S107:(CalicoMode)42|})))""",
            """.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)))""",
            """.Network(n => n.Calico(c => c.Mode(@@)))""", "CalicoMode", "(CalicoMode)42");
        Add("K0S107 kubeProxy.mode",
            """.Network(n => n.KubeProxy(kp => kp.Mode({|K0S107:(KubeProxyMode)9|})))""",
            """.Network(n => n.KubeProxy(kp => kp.Mode(KubeProxyMode.Ipvs)))""",
            """.Network(n => n.KubeProxy(kp => kp.Mode(@@)))""", "KubeProxyMode", "(KubeProxyMode)9");
        Add("K0S107 storage.type",
            """.Storage(s => s.Type({|K0S107:(StorageType)7|}))""",
            """.Storage(s => s.Type(StorageType.Kine))""",
            """.Storage(s => s.Type(@@))""", "StorageType", "(StorageType)7");

        // K0S109: kube-proxy ranges that are not CIDRs.
        Add("K0S109 nodePortAddresses",
            """.Network(n => n.KubeProxy(kp => kp.NodePortAddresses("10.0.0.0/24", {|K0S109:"10.0.0.1"|})))""",
            """.Network(n => n.KubeProxy(kp => kp.NodePortAddresses("10.0.0.0/24", "primary")))""",
            """.Network(n => n.KubeProxy(kp => kp.NodePortAddresses("10.0.0.0/24", @@)))""", "string", Q("10.0.0.1"));
        Add("K0S109 ipvs.excludeCIDRs",
            """.Network(n => n.KubeProxy(kp => kp.Ipvs(i => i.StrictArp().ExcludeCidrs({|K0S109:"eth0"|}))))""",
            """.Network(n => n.KubeProxy(kp => kp.Ipvs(i => i.StrictArp().ExcludeCidrs("10.0.0.0/24"))))""",
            """.Network(n => n.KubeProxy(kp => kp.Ipvs(i => i.StrictArp().ExcludeCidrs(@@))))""", "string", Q("eth0"));

        // K0S110: masquerade bit.
        Add("K0S110 iptables",
            """.Network(n => n.KubeProxy(kp => kp.Iptables(i => i.MasqueradeBit({|K0S110:32|}))))""",
            """.Network(n => n.KubeProxy(kp => kp.Iptables(i => i.MasqueradeBit(14))))""",
            """.Network(n => n.KubeProxy(kp => kp.Iptables(i => i.MasqueradeBit(@@))))""", "int", "32");
        Add("K0S110 nftables",
            """.Network(n => n.KubeProxy(kp => kp.Nftables(i => i.MasqueradeBit({|K0S110:-1|}))))""",
            """.Network(n => n.KubeProxy(kp => kp.Nftables(i => i.MasqueradeBit(0))))""",
            """.Network(n => n.KubeProxy(kp => kp.Nftables(i => i.MasqueradeBit(@@))))""", "int", "-1");

        // K0S106: konnectivity's ports.
        Add("K0S106 konnectivity agentPort",
            """.Konnectivity(k => k.AgentPort({|K0S106:0|}))""",
            """.Konnectivity(k => k.AgentPort(8132))""",
            """.Konnectivity(k => k.AgentPort(@@))""", "int", "0");

        // K0S111: kube-proxy bind addresses.
        Add("K0S111 metricsBindAddress",
            """.Network(n => n.KubeProxy(kp => kp.MetricsBindAddress({|K0S111:"0.0.0.0"|})))""",
            """.Network(n => n.KubeProxy(kp => kp.MetricsBindAddress("0.0.0.0:10249")))""",
            """.Network(n => n.KubeProxy(kp => kp.MetricsBindAddress(@@)))""", "string", Q("0.0.0.0"));
        Add("K0S111 healthzBindAddress",
            """.Network(n => n.KubeProxy(kp => kp.Mode(KubeProxyMode.Ipvs).HealthzBindAddress({|K0S111:"localhost:10256"|})))""",
            """.Network(n => n.KubeProxy(kp => kp.Mode(KubeProxyMode.Ipvs).HealthzBindAddress("127.0.0.1:10256")))""",
            """.Network(n => n.KubeProxy(kp => kp.Mode(KubeProxyMode.Ipvs).HealthzBindAddress(@@)))""", "string", Q("localhost:10256"));

        // K0S106: the node-local proxies' ports too.
        Add("K0S106 envoyProxy konnectivityServerBindPort",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.KonnectivityServerBindPort({|K0S106:0|}))))""",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.KonnectivityServerBindPort(7132))))""",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.KonnectivityServerBindPort(@@))))""", "int", "0");
        Add("K0S106 traefik apiServerBindPort",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik).Traefik(t => t.ApiServerBindPort({|K0S106:65536|}))))""",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik).Traefik(t => t.ApiServerBindPort(7443))))""",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik).Traefik(t => t.ApiServerBindPort(@@))))""", "int", "65536");

        // K0S201: pod and service of different families; at the value written.
        Add("K0S201 service IPv6",
            """.Network(n => n.ServiceCidr({|K0S201:"fd01::/108"|}))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/12"))""",
            """.Network(n => n.ServiceCidr(@@))""", "string", Q("fd01::/108"));
        Add("K0S201 both written",
            """.Network(n => n.PodCidr({|#0:"10.244.0.0/16"|}).ServiceCidr({|#1:"fd01::/108"|}))""",
            """.Network(n => n.PodCidr("10.244.0.0/16").ServiceCidr("10.96.0.0/12"))""",
            """.Network(n => n.PodCidr("10.244.0.0/16").ServiceCidr(@@))""", "string", Q("fd01::/108"),
            D("K0S201", 0, 1).Args("10.244.0.0/16", "IPv4", "fd01::/108", "IPv6"));

        // K0S202: dual-stack with an IPv6 podCIDR (k0s also rejects the family mismatch; K0S201 leaves that to K0S202).
        Add("K0S202 podCIDR IPv6",
            """.Network(n => n.PodCidr({|#0:"fd02::/108"|}).{|#1:DualStack|}(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.PodCidr("10.244.0.0/16").DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.PodCidr(@@).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""", "string", Q("fd02::/108"),
            D("K0S202", 0, 1).Args("podCIDR", "fd02::/108", "IPv6podCIDR"));

        // K0S202 and K0S203 together: the IPv4 and IPv6 pod ranges written in each other's place (the fix swaps them).
        Add("K0S202 swapped with IPv6podCIDR",
            """.Network(n => n.PodCidr({|K0S202:"fd00::/108"|}).DualStack(ds => ds.IPv6PodCidr({|K0S203:"10.244.0.0/16"|}).IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.PodCidr("10.244.0.0/16").DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            null, "string", Q(string.Empty));
        Add("K0S203 swapped with serviceCIDR",
            """.Network(n => n.ServiceCidr({|K0S202:"fd01::/108"|}).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr({|K0S203:"10.96.0.0/12"|})))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/12").DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            null, "string", Q(string.Empty));

        // K0S203: dual-stack IPv6 CIDR missing (at the DualStack call) or IPv4 (at the value).
        Add("K0S203 IPv4 value",
            """.Network(n => n.{|#1:DualStack|}(ds => ds.IPv6PodCidr({|#0:"10.0.0.0/16"|}).IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr(@@).IPv6ServiceCidr("fd01::/108")))""", "string", Q("10.0.0.0/16"),
            D("K0S203", 0, 1));
        Add("K0S203 missing",
            """.Network(n => n.{|#0:DualStack|}(ds => ds.IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            null, "string", Q(string.Empty),
            D("K0S203", 0).Args("IPv6podCIDR", "is not set", "invalid CIDR address", "fd00::/108"));
        Add("K0S203 missing, enabled explicitly",
            """.Network(n => n.DualStack(ds => ds.Enabled({|#0:true|}).IPv6PodCidr("fd00::/108")))""",
            """.Network(n => n.DualStack(ds => ds.Enabled(true).IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.Enabled(@@).IPv6PodCidr("fd00::/108")))""", "bool", "true",
            D("K0S203", 0).Args("IPv6serviceCIDR", "is not set", "invalid CIDR address", "fd01::/108"));

        // K0S204: dual-stack CIDRs while dual-stack is off, with the 'false' as additional location.
        Add("K0S204 disabled",
            """.Network(n => n.DualStack(ds => ds.Enabled({|#1:false|}).IPv6PodCidr({|#0:"fd00::/108"|}).IPv6ServiceCidr({|#2:"fd01::/108"|})))""",
            """.Network(n => n.DualStack(ds => ds.Enabled(true).IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.Enabled(@@).IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""", "bool", "false",
            D("K0S204", 0, 1), D("K0S204", 2, 1));

        // K0S205: single-stack IPv6 (Calico bird, so kube-router's K0S305 stays out).
        Add("K0S205 single-stack IPv6",
            """.Network(n => n.PodCidr({|K0S205:"fd00::/108"|}).ServiceCidr("fd01::/108").Calico(c => c.Mode(CalicoMode.Bird)))""",
            """.Network(n => n.PodCidr("10.244.0.0/16").ServiceCidr("10.96.0.0/12").Calico(c => c.Mode(CalicoMode.Bird)))""",
            """.Network(n => n.PodCidr(@@).ServiceCidr("fd01::/108").Calico(c => c.Mode(CalicoMode.Bird)))""", "string", Q("fd00::/108"));

        // K0S206: api.address of the other family than the first service CIDR.
        Add("K0S206 address IPv6",
            """.Api(a => a.Address({|K0S206:"2001:db8::1"|}))""",
            """.Api(a => a.Address("10.0.0.1"))""",
            """.Api(a => a.Address(@@))""", "string", Q("2001:db8::1"));
        Add("K0S206 service written",
            """.Network(n => n.ServiceCidr({|#1:"10.96.0.0/12"|})).Api(a => a.Address({|#0:"2001:db8::1"|}))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/12")).Api(a => a.Address("10.0.0.1"))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/12")).Api(a => a.Address(@@))""", "string", Q("2001:db8::1"),
            D("K0S206", 0, 1));
        Add("K0S206 primaryAddressFamily",
            """.Network(n => n.PrimaryAddressFamily({|#0:IPFamily.IPv6|})""" + """.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr({|#1:"fd01::/108"|}))).Api(a => a.Address({|#2:"10.0.0.1"|}))""",
            """.Network(n => n.PrimaryAddressFamily(IPFamily.IPv4)""" + Ds + """).Api(a => a.Address("10.0.0.1"))""",
            """.Network(n => n.PrimaryAddressFamily(@@)""" + """.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))).Api(a => a.Address("10.0.0.1"))""", "IPFamily", "IPFamily.IPv6",
            D("K0S206", 0, 1, 2));

        // K0S207: host-name external address with dual-stack and no primary family.
        Add("K0S207 host name",
            ".Network(n => n" + Ds + """).Api(a => a.ExternalAddress({|K0S207:"k8s.example.com"|}))""",
            ".Network(n => n" + Ds + """).Api(a => a.ExternalAddress("10.0.0.10"))""",
            ".Network(n => n" + Ds + ").Api(a => a.ExternalAddress(@@))", "string", Q("k8s.example.com"));

        // K0S301: Calico with dual-stack needs bird; at the mode, or at Calico() when the mode is the default.
        Add("K0S301 vxlan",
            """.Network(n => n.Calico(c => c.Mode({|#0:CalicoMode.Vxlan|})).{|#1:DualStack|}(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird))""" + Ds + ")",
            """.Network(n => n.Calico(c => c.Mode(@@))""" + Ds + ")", "CalicoMode", "CalicoMode.Vxlan",
            D("K0S301", 0, 1).Args("vxlan", string.Empty));
        Add("K0S301 ipip",
            """.Network(n => n.Calico(c => c.Mode({|K0S301:CalicoMode.Ipip|}))""" + Ds + ")",
            """.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird))""" + Ds + ")",
            """.Network(n => n.Calico(c => c.Mode(@@))""" + Ds + ")", "CalicoMode", "CalicoMode.Ipip");
        Add("K0S301 default mode",
            """.Network(n => n.{|#0:Calico|}().DualStack(ds => ds.Enabled({|#1:true|}).IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird))""" + Ds + ")",
            """.Network(n => n.Calico().DualStack(ds => ds.Enabled(@@).IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""", "bool", "true",
            D("K0S301", 0, 1).Args("vxlan", " (vxlan is Calico's default mode)"));

        // K0S302: custom CNI with dual-stack (information).
        Add("K0S302 custom CNI",
            """.Network(n => n.{|#0:CustomCni|}().DualStack(ds => ds.Enabled({|#1:true|}).IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.CustomCni().PodCidr("10.244.0.0/16"))""",
            """.Network(n => n.CustomCni().DualStack(ds => ds.Enabled(@@).IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""", "bool", "true",
            D("K0S302", 0, 1).Args("10.244.0.0/16", "fd00::/108"));

        // K0S303: settings of a provider k0s does not deploy, or a provider chosen twice.
        Add("K0S303 provider chosen twice",
            """.Network(n => n.Calico().{|K0S303:KubeRouter|}())""",
            """.Network(n => n.Calico())""",
            null, "string", Q(string.Empty));
        Add("K0S303 calico settings ignored",
            """.Network(n => n.{|K0S303:Calico|}(c => c.Mtu(1400)).{|K0S303:CustomCni|}())""",
            """.Network(n => n.Calico(c => c.Mtu(1400)))""",
            null, "string", Q(string.Empty));

        // K0S304: kube-proxy userspace mode.
        Add("K0S304 userspace",
            """.Network(n => n.KubeProxy(kp => kp.Mode({|K0S304:KubeProxyMode.Userspace|})))""",
            """.Network(n => n.KubeProxy(kp => kp.Mode(KubeProxyMode.Iptables)))""",
            """.Network(n => n.KubeProxy(kp => kp.Mode(@@)))""", "KubeProxyMode", "KubeProxyMode.Userspace");

        // K0S305: kube-router on single-stack IPv6 (with K0S205).
        Add("K0S305 kube-router IPv6",
            """.Network(n => n.{|#0:KubeRouter|}().PodCidr({|#1:"fd00::/108"|}).ServiceCidr("fd01::/108"))""",
            """.Network(n => n.KubeRouter().PodCidr("10.244.0.0/16").ServiceCidr("10.96.0.0/12"))""",
            """.Network(n => n.KubeRouter().PodCidr(@@).ServiceCidr("fd01::/108"))""", "string", Q("fd00::/108"),
            D("K0S205", 1),
            D("K0S305", 0, 1).WithSeverity(DiagnosticSeverity.Info));
        Add("K0S305 default provider",
            """.Network(n => n.PodCidr({|#0:"fd00::/108"|}).ServiceCidr("fd01::/108"))""",
            """.Network(n => n.PodCidr("10.244.0.0/16").ServiceCidr("10.96.0.0/12"))""",
            """.Network(n => n.PodCidr(@@).ServiceCidr("fd01::/108"))""", "string", Q("fd00::/108"),
            D("K0S205", 0),
            D("K0S305", 0).Args("fd00::/108"));

        // K0S401: node mask sizes.
        Add("K0S401 node-cidr-mask-size",
            """.ControllerManager(cm => cm.NodeCidrMaskSize({|K0S401:33|}))""",
            """.ControllerManager(cm => cm.NodeCidrMaskSize(24))""",
            """.ControllerManager(cm => cm.NodeCidrMaskSize(@@))""", "int", "33");
        Add("K0S401 ipv6 mask",
            ".Network(n => n" + Ds + """).ControllerManager(cm => cm.NodeCidrMaskSizeIPv6({|K0S401:129|}))""",
            ".Network(n => n" + Ds + ").ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(120))",
            ".Network(n => n" + Ds + ").ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(@@))", "int", "129");
        Add("K0S401 not an integer",
            """.ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", {|K0S401:"24px"|}))""",
            """.ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", "24"))""",
            """.ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", @@))""", "string", Q("24px"));

        // K0S402: pod CIDR longer than the node mask; the configured mask is an additional location.
        Add("K0S402 default mask",
            """.Network(n => n.PodCidr({|K0S402:"10.244.0.0/25"|}))""",
            """.Network(n => n.PodCidr("10.244.0.0/16"))""",
            """.Network(n => n.PodCidr(@@))""", "string", Q("10.244.0.0/25"));
        Add("K0S402 configured mask",
            """.Network(n => n.PodCidr({|#0:"10.244.0.0/21"|})).ControllerManager(cm => cm.NodeCidrMaskSize({|#1:20|}))""",
            """.Network(n => n.PodCidr("10.244.0.0/16")).ControllerManager(cm => cm.NodeCidrMaskSize(20))""",
            """.Network(n => n.PodCidr("10.244.0.0/21")).ControllerManager(cm => cm.NodeCidrMaskSize(@@))""", "int", "20",
            D("K0S402", 0, 1).Args("IPv4", "10.244.0.0/21", 21, "node-cidr-mask-size /20", 20));

        // K0S403: IPv6 pod CIDR too wide for the node mask.
        Add("K0S403 dual-stack /64",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr({|K0S403:"fd00::/64"|}).IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr(@@).IPv6ServiceCidr("fd01::/108")))""", "string", Q("fd00::/64"));

        Add("K0S403 configured mask",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr({|#0:"fd00::/96"|}).IPv6ServiceCidr("fd01::/108"))).ControllerManager(cm => cm.NodeCidrMaskSizeIPv6({|#1:120|}))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/96").IPv6ServiceCidr("fd01::/108"))).ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(112))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/96").IPv6ServiceCidr("fd01::/108"))).ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(@@))""", "int", "120",
            D("K0S403", 0, 1).Args("fd00::/96", 24, 120, "set by node-cidr-mask-size-ipv6", "fd00::/104", 112));

        // K0S404: node mask flag for the wrong stack.
        Add("K0S404 plain flag with dual-stack",
            ".Network(n => n" + Ds + """).ControllerManager(cm => cm.NodeCidrMaskSize({|K0S404:24|}))""",
            ".Network(n => n" + Ds + ").ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(24))",
            ".Network(n => n" + Ds + ").ControllerManager(cm => cm.NodeCidrMaskSize(@@))", "int", "24");
        Add("K0S404 ipv6 flag with single-stack",
            """.ControllerManager(cm => cm.NodeCidrMaskSizeIPv6({|K0S404:64|}))""",
            """.ControllerManager(cm => cm.NodeCidrMaskSize(24))""",
            """.ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(@@))""", "int", "64");

        // K0S405: node range below max pods (kube-router).
        Add("K0S405 /26",
            """.ControllerManager(cm => cm.NodeCidrMaskSize({|K0S405:26|}))""",
            """.ControllerManager(cm => cm.NodeCidrMaskSize(24))""",
            """.ControllerManager(cm => cm.NodeCidrMaskSize(@@))""", "int", "26");
        Add("K0S405 pod written",
            """.Network(n => n.PodCidr({|#1:"10.244.0.0/16"|})).ControllerManager(cm => cm.NodeCidrMaskSize({|#0:26|}))""",
            """.Network(n => n.PodCidr("10.244.0.0/16")).ControllerManager(cm => cm.NodeCidrMaskSize(24))""",
            """.Network(n => n.PodCidr("10.244.0.0/16")).ControllerManager(cm => cm.NodeCidrMaskSize(@@))""", "int", "26",
            D("K0S405", 0, 1).Args(26, "set by node-cidr-mask-size", "61", "IPv4", 110, 25));

        // K0S406: the capacity summary (information; only with includeCapacity).
        Add("K0S406 capacity",
            """.Network(n => n.PodCidr({|K0S406:"10.244.0.0/16"|}))""",
            null,
            """.Network(n => n.PodCidr(@@))""", "string", Q("10.244.0.0/16"));

        Add("K0S406 configured mask",
            """.Network(n => n.PodCidr({|#0:"10.244.0.0/16"|})).ControllerManager(cm => cm.NodeCidrMaskSize({|#1:22|}))""",
            null,
            """.Network(n => n.PodCidr("10.244.0.0/16")).ControllerManager(cm => cm.NodeCidrMaskSize(@@))""", "int", "22",
            D("K0S406", 0, 1).Args("IPv4", "10.244.0.0/16", 22, "64", "1024"));

        // K0S501: overlap; an error when the service range covers the pod range, a warning when partial.
        Add("K0S501 covers",
            """.Network(n => n.PodCidr({|#1:"10.96.0.0/16"|}).ServiceCidr({|#0:"10.96.0.0/12"|}))""",
            """.Network(n => n.PodCidr("10.96.0.0/16").ServiceCidr("10.112.0.0/12"))""",
            """.Network(n => n.PodCidr("10.96.0.0/16").ServiceCidr(@@))""", "string", Q("10.96.0.0/12"),
            D("K0S501", 0, 1).WithSeverity(DiagnosticSeverity.Error));
        Add("K0S501 partial",
            """.Network(n => n.PodCidr({|#1:"10.0.0.0/8"|}).ServiceCidr({|#0:"10.96.0.0/12"|}))""",
            """.Network(n => n.PodCidr("10.0.0.0/9").ServiceCidr("10.128.0.0/12"))""",
            """.Network(n => n.PodCidr("10.0.0.0/8").ServiceCidr(@@))""", "string", Q("10.96.0.0/12"),
            D("K0S501", 0, 1).WithSeverity(DiagnosticSeverity.Warning));
        Add("K0S501 dual-stack IPv6",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr({|#1:"fd00::/108"|}).IPv6ServiceCidr({|#0:"fd00::/108"|})))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr(@@)))""", "string", Q("fd00::/108"),
            D("K0S501", 0, 1));

        // K0S502: IPv6 service prefix k0s rejects.
        Add("K0S502 dual-stack /100",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr({|K0S502:"fd01::/100"|})))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr(@@)))""", "string", Q("fd01::/100"));
        Add("K0S502 single-stack /112",
            """.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).PodCidr({|#1:"fd00::/108"|}).ServiceCidr({|#0:"fd01::/112"|}))""",
            """.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).PodCidr("fd00::/108").ServiceCidr("fd01::/108"))""",
            """.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).PodCidr("fd00::/108").ServiceCidr(@@))""", "string", Q("fd01::/112"),
            D("K0S502", 0));
        Without("K0S205");

        // K0S503: service CIDR too large for kube-apiserver before 1.34 (warning).
        Add("K0S503 /11",
            """.Network(n => n.ServiceCidr({|K0S503:"10.96.0.0/11"|}))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/12"))""",
            """.Network(n => n.ServiceCidr(@@))""", "string", Q("10.96.0.0/11"));

        // K0S504: service CIDR too narrow.
        Add("K0S504 /32",
            """.Network(n => n.ServiceCidr({|K0S504:"10.96.0.0/32"|}))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/12"))""",
            """.Network(n => n.ServiceCidr(@@))""", "string", Q("10.96.0.0/32"));
        Add("K0S504 /31 holds DNS",
            """.Network(n => n.ServiceCidr({|K0S504:"10.96.0.0/31"|}))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/30"))""",
            """.Network(n => n.ServiceCidr(@@))""", "string", Q("10.96.0.0/31"));

        // K0S601: dashed extraArgs key, at the key, in every map.
        Add("K0S601 controllerManager",
            """.ControllerManager(cm => cm.ExtraArg({|K0S601:"--node-cidr-mask-size"|}, "24"))""",
            """.ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", "24"))""",
            """.ControllerManager(cm => cm.ExtraArg(@@, "24"))""", "string", Q("--node-cidr-mask-size"));
        Add("K0S601 api",
            """.Api(a => a.ExtraArg({|K0S601:"-v"|}, "4"))""",
            """.Api(a => a.ExtraArg("v", "4"))""",
            """.Api(a => a.ExtraArg(@@, "4"))""", "string", Q("-v"));
        Add("K0S601 kubeProxy",
            """.Network(n => n.KubeProxy(kp => kp.ExtraArg({|K0S601:"--v"|}, "4")))""",
            """.Network(n => n.KubeProxy(kp => kp.ExtraArg("v", "4")))""",
            """.Network(n => n.KubeProxy(kp => kp.ExtraArg(@@, "4")))""", "string", Q("--v"));
        Add("K0S601 kuberouter",
            """.Network(n => n.KubeRouter(kr => kr.ExtraArg({|K0S601:"--v"|}, "4")))""",
            """.Network(n => n.KubeRouter(kr => kr.ExtraArg("v", "4")))""",
            """.Network(n => n.KubeRouter(kr => kr.ExtraArg(@@, "4")))""", "string", Q("--v"));

        // K0S602: extraArgs override a flag k0s derives.
        Add("K0S602 cluster-cidr",
            """.ControllerManager(cm => cm.ExtraArg("cluster-cidr", {|K0S602:"10.244.0.0/16"|}))""",
            """.ControllerManager(cm => cm.ExtraArg("leader-elect", "true"))""",
            """.ControllerManager(cm => cm.ExtraArg(@@, "10.244.0.0/16"))""", "string", Q("cluster-cidr"));
        Add("K0S602 typed and raw",
            """.ControllerManager(cm => cm.NodeCidrMaskSize(24).ExtraArg("node-cidr-mask-size", {|K0S602:"24"|}))""",
            """.ControllerManager(cm => cm.NodeCidrMaskSize(24).ExtraArg("leader-elect", "true"))""",
            """.ControllerManager(cm => cm.NodeCidrMaskSize(24).ExtraArg(@@, "24"))""", "string", Q("node-cidr-mask-size"));
        Add("K0S602 allocate-node-cidrs",
            """.ControllerManager(cm => cm.ExtraArg("allocate-node-cidrs", {|K0S602:"false"|}))""",
            """.ControllerManager(cm => cm.ExtraArg("allocate-node-cidrs", "true"))""",
            """.ControllerManager(cm => cm.ExtraArg("allocate-node-cidrs", @@))""", "string", Q("false"));

        // K0S701: node-local load balancing with an external address.
        Add("K0S701 NLLB",
            """.Network(n => n.{|#0:NodeLocalLoadBalancing|}()).Api(a => a.ExternalAddress({|#1:"k8s.example.com"|}))""",
            """.Network(n => n.NodeLocalLoadBalancing()).Api(a => a.Address("10.0.0.1"))""",
            """.Network(n => n.NodeLocalLoadBalancing()).Api(a => a.ExternalAddress(@@))""", "string", Q("k8s.example.com"),
            D("K0S701", 0, 1).Args("k8s.example.com"));
        Add("K0S701 enabled(true)",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.Enabled({|#0:true|}))).Api(a => a.ExternalAddress({|#1:"10.0.0.10"|}))""",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.Enabled(false))).Api(a => a.ExternalAddress("10.0.0.10"))""",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.Enabled(@@))).Api(a => a.ExternalAddress("10.0.0.10"))""", "bool", "true",
            D("K0S701", 0, 1));

        // K0S702–K0S708: control plane load balancing (keepalived).
        Add("K0S702 virtualRouterID",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass("secret").VirtualRouterId({|K0S702:256|})))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass("secret").VirtualRouterId(51)))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass("secret").VirtualRouterId(@@)))))""", "int", "256");
        Add("K0S703 authPass too long",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass({|K0S703:"123456789"|})))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass("12345678")))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass(@@)))))""", "string", Q("123456789"));
        Add("K0S703 authPass missing",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.{|K0S703:VrrpInstance|}(v => v.VirtualIPs("10.0.0.100/24").Interface("eth0")))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").Interface("eth0").AuthPass("secret")))))""",
            null, "string", Q(string.Empty));
        // K0S709: a MAC address as the VRRP interface (k0s looks it up on each controller).
        Add("K0S709 MAC address as interface",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass("secret").Interface({|K0S709:"aa:bb:cc:dd:ee:ff"|})))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass("secret").Interface("eth0")))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass("secret").Interface(@@)))))""", "string", Q("aa:bb:cc:dd:ee:ff"));
        Add("K0S704 virtualIPs",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs({|K0S704:"10.0.0.100"|}).AuthPass("secret")))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass("secret")))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs(@@).AuthPass("secret")))))""", "string", Q("10.0.0.100"));
        Add("K0S705 unicastPeers",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass("secret").UnicastSourceIP("10.0.0.1").UnicastPeers("10.0.0.2", {|K0S705:"peer.example.com"|})))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass("secret").UnicastSourceIP("10.0.0.1").UnicastPeers("10.0.0.2", "10.0.0.3")))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass("secret").UnicastSourceIP("10.0.0.1").UnicastPeers("10.0.0.2", @@)))))""", "string", Q("peer.example.com"));
        Add("K0S706 virtual server",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VirtualServer({|K0S706:"10.0.0.100/24"|}))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VirtualServer("10.0.0.100"))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VirtualServer(@@))))""", "string", Q("10.0.0.100/24"));
        Add("K0S707 persistenceTimeoutSeconds",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VirtualServer("10.0.0.100", s => s.PersistenceTimeoutSeconds({|K0S707:-1|})))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VirtualServer("10.0.0.100", s => s.PersistenceTimeoutSeconds(360)))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.VirtualServer("10.0.0.100", s => s.PersistenceTimeoutSeconds(@@)))))""", "int", "-1");
        Add("K0S707 userSpaceProxyBindPort",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.UserSpaceProxyBindPort({|K0S707:70000|}))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.UserSpaceProxyBindPort(6444))))""",
            """.Network(n => n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k.UserSpaceProxyBindPort(@@))))""", "int", "70000");
        Add("K0S708 n.ControlPlaneLoadBalancing(c => c.Keepalived(k => k. with externalAddress",
            """.Api(a => a.ExternalAddress({|#1:"k8s.example.com"|})).Network(n => n.{|#0:ControlPlaneLoadBalancing|}())""",
            """.Api(a => a.Address("10.0.0.1")).Network(n => n.ControlPlaneLoadBalancing())""",
            """.Api(a => a.ExternalAddress(@@)).Network(n => n.ControlPlaneLoadBalancing())""", "string", Q("k8s.example.com"),
            D("K0S708", 0, 1).WithSeverity(DiagnosticSeverity.Info).Args("k8s.example.com"));

        // K0S901–K0S904: extensions and worker profiles (lists of sections).
        Add("K0S901 repository without url",
            """.Extensions(e => e.Helm(h => h.{|K0S901:Repository|}(r => r.Name("metallb"))))""",
            """.Extensions(e => e.Helm(h => h.Repository(r => r.Name("metallb").Url("https://metallb.github.io/metallb"))))""",
            null, "string", Q(string.Empty));
        Add("K0S901 repository with an empty name",
            """.Extensions(e => e.Helm(h => h.Repository(r => r.Name({|K0S901:""|}).Url("https://metallb.github.io/metallb"))))""",
            """.Extensions(e => e.Helm(h => h.Repository(r => r.Name("metallb").Url("https://metallb.github.io/metallb"))))""",
            """.Extensions(e => e.Helm(h => h.Repository(r => r.Name(@@).Url("https://metallb.github.io/metallb"))))""", "string", Q(string.Empty));
        Add("K0S902 chart name",
            """.Extensions(e => e.Helm(h => h.Chart(c => c.Name({|K0S902:"Metal_LB"|}).ChartName("metallb/metallb").Namespace("metallb-system"))))""",
            """.Extensions(e => e.Helm(h => h.Chart(c => c.Name("metallb").ChartName("metallb/metallb").Namespace("metallb-system"))))""",
            """.Extensions(e => e.Helm(h => h.Chart(c => c.Name(@@).ChartName("metallb/metallb").Namespace("metallb-system"))))""", "string", Q("Metal_LB"));
        Add("K0S902 chart without namespace",
            """.Extensions(e => e.Helm(h => h.{|K0S902:Chart|}(c => c.Name("metallb").ChartName("metallb/metallb"))))""",
            """.Extensions(e => e.Helm(h => h.Chart(c => c.Name("metallb").ChartName("metallb/metallb").Namespace("metallb-system"))))""",
            null, "string", Q(string.Empty));
        Add("K0S903 worker profile name",
            """.WorkerProfile(w => w.Name({|K0S903:"custom-pluginDir"|}).Value("maxPods", 200))""",
            """.WorkerProfile(w => w.Name("custom-plugindir").Value("maxPods", 200))""",
            """.WorkerProfile(w => w.Name(@@).Value("maxPods", 200))""", "string", Q("custom-pluginDir"));
        Add("K0S903 worker profile without a name",
            """.{|K0S903:WorkerProfile|}(w => w.Value("maxPods", 200))""",
            """.WorkerProfile(w => w.Name("custom").Value("maxPods", 200))""",
            null, "string", Q(string.Empty));
        Add("K0S904 worker profile clusterDomain",
            """.WorkerProfile(w => w.Name("custom").Value("clusterDomain", {|K0S904:"example.com"|}))""",
            """.WorkerProfile(w => w.Name("custom").Value("maxPods", "example.com"))""",
            """.WorkerProfile(w => w.Name("custom").Value("clusterDomain", @@))""", "string", Q("example.com"));
        Add("K0S904 worker profile clusterDNS",
            """.WorkerProfile(w => w.Name("custom").Value("clusterDNS", {|K0S904:new[] { "10.96.0.10" }|}))""",
            """.WorkerProfile(w => w.Name("custom").Value("maxPods", new[] { "10.96.0.10" }))""",
            """.WorkerProfile(w => w.Name("custom").Value("clusterDNS", @@))""", "string[]", "new[] { \"10.96.0.10\" }");
        Add("K0S908 worker profile clusterDomain as a number",
            """.WorkerProfile(w => w.Name("custom").Value("clusterDomain", {|K0S908:1|}))""",
            """.WorkerProfile(w => w.Name("custom").Value("maxPods", 1))""",
            """.WorkerProfile(w => w.Name("custom").Value("clusterDomain", @@))""", "int", "1");
        Add("K0S908 worker profile clusterDNS entry",
            """.WorkerProfile(w => w.Name("custom").Value("clusterDNS", new object[] { "10.96.0.10", {|K0S908:1|} }))""",
            """.WorkerProfile(w => w.Name("custom").Value("maxPods", new object[] { "10.96.0.10", 1 }))""",
            """.WorkerProfile(w => w.Name("custom").Value("clusterDNS", @@))""", "object[]", "new object[] { \"10.96.0.10\", 1 }");
        Add("K0S905 image version",
            """.Images(i => i.CoreDns(d => d.Version({|K0S905:"v1 2"|})))""",
            """.Images(i => i.CoreDns(d => d.Version("1.12.2")))""",
            """.Images(i => i.CoreDns(d => d.Version(@@)))""", "string", Q("v1 2"));
        Add("K0S905 nested image",
            """.Images(i => i.DefaultPullPolicy(ImagePullPolicy.Never).Calico(c => c.Windows(w => w.Node(n => n.Image({|K0S905:" quay.io/calico/node"|})))))""",
            """.Images(i => i.DefaultPullPolicy(ImagePullPolicy.Never).Calico(c => c.Windows(w => w.Node(n => n.Image("quay.io/calico/node")))))""",
            """.Images(i => i.DefaultPullPolicy(ImagePullPolicy.Never).Calico(c => c.Windows(w => w.Node(n => n.Image(@@)))))""", "string", Q(" quay.io/calico/node"));
        // K0S905: the node-local proxies' image, where k0s fills in an empty half; traefik's from k0s 1.36.
        Add("K0S905 envoyProxy image version",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.Image(i => i.Image("quay.io/k0sproject/envoy-distroless").Version({|K0S905:"v1 2"|})))))""",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.Image(i => i.Image("quay.io/k0sproject/envoy-distroless").Version("")))))""",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.Image(i => i.Image("quay.io/k0sproject/envoy-distroless").Version(@@)))))""", "string", Q("v1 2"));
        Add("K0S905 traefik image",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik).Traefik(t => t.ApiServerBindPort(7443).Image(i => i.Image({|K0S905:" traefik"|}).Version("v3.6.2")))))""",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik).Traefik(t => t.ApiServerBindPort(7443).Image(i => i.Image("").Version("v3.6.2")))))""",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik).Traefik(t => t.ApiServerBindPort(7443).Image(i => i.Image(@@).Version("v3.6.2")))))""", "string", Q(" traefik"));
        Add("K0S906 external etcd prefix",
            """.Storage(s => s.Etcd(e => e.ExternalCluster(x => x.Endpoints("https://etcd:2379").EtcdPrefix({|K0S906:""|}))))""",
            """.Storage(s => s.Etcd(e => e.ExternalCluster(x => x.Endpoints("https://etcd:2379").EtcdPrefix("k0s"))))""",
            """.Storage(s => s.Etcd(e => e.ExternalCluster(x => x.Endpoints("https://etcd:2379").EtcdPrefix(@@))))""", "string", Q(string.Empty));
        Add("K0S906 external etcd empty endpoint",
            """.Storage(s => s.Etcd(e => e.ExternalCluster(x => x.Endpoints("https://etcd:2379", {|K0S906:""|}).EtcdPrefix("k0s"))))""",
            """.Storage(s => s.Etcd(e => e.ExternalCluster(x => x.Endpoints("https://etcd:2379", "https://etcd2:2379").EtcdPrefix("k0s"))))""",
            """.Storage(s => s.Etcd(e => e.ExternalCluster(x => x.Endpoints("https://etcd:2379", @@).EtcdPrefix("k0s"))))""", "string", Q(string.Empty));
        Add("K0S907 patch without target name",
            """.Network(n => n.CoreDns(d => d.Patch(x => x.Target(t => t.Kind("Deployment").Name({|K0S907:""|})).Patch(s => s.Type(PatchType.Json).Content("[]")))))""",
            """.Network(n => n.CoreDns(d => d.Patch(x => x.Target(t => t.Kind("Deployment").Name("coredns")).Patch(s => s.Type(PatchType.Json).Content("[]")))))""",
            """.Network(n => n.CoreDns(d => d.Patch(x => x.Target(t => t.Kind("Deployment").Name(@@)).Patch(s => s.Type(PatchType.Json).Content("[]")))))""", "string", Q(string.Empty));
        Add("K0S907 patch without type",
            """.MetricsServer(m => m.{|K0S907:Patch|}(x => x.Target(t => t.Kind("Deployment").Name("metrics-server"))))""",
            """.MetricsServer(m => m.Patch(x => x.Target(t => t.Kind("Deployment").Name("metrics-server")).Patch(s => s.Type(PatchType.Merge).Content("{}"))))""",
            null, "string", Q(string.Empty));

        // K0S909: a patch without content; a merge patch of null removes the object (an error), the others change nothing.
        Add("K0S909 merge patch with empty content",
            """.Network(n => n.CoreDns(d => d.Patch(x => x.Target(t => t.Kind("Deployment").Name("coredns")).Patch(s => s.Type(PatchType.Merge).Content({|#0:""|})))))""",
            """.Network(n => n.CoreDns(d => d.Patch(x => x.Target(t => t.Kind("Deployment").Name("coredns")).Patch(s => s.Type(PatchType.Merge).Content("spec: {replicas: 3}")))))""",
            """.Network(n => n.CoreDns(d => d.Patch(x => x.Target(t => t.Kind("Deployment").Name("coredns")).Patch(s => s.Type(PatchType.Merge).Content(@@)))))""", "string", Q(string.Empty),
            D("K0S909", 0).WithSeverity(DiagnosticSeverity.Error));
        Add("K0S909 strategic merge patch without content",
            """.MetricsServer(m => m.{|K0S909:Patch|}(x => x.Target(t => t.Kind("Deployment").Name("metrics-server")).Patch(s => s.Type(PatchType.StrategicMerge))))""",
            """.MetricsServer(m => m.Patch(x => x.Target(t => t.Kind("Deployment").Name("metrics-server")).Patch(s => s.Type(PatchType.StrategicMerge).Content("spec: {replicas: 2}"))))""",
            null, "string", Q(string.Empty));

        return cases;
    }
}
