namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// The k0sctl rules (K0S942–K0S948) on k0sctl builder chains: at the argument that holds the value, silent on a valid
/// cluster, and silent where a value or a host lambda is not known at compile time.
/// </summary>
public class K0sctlAnalyzerTests
{
    private static string Source(string chain, string members = "")
        => Verify.Usings + "\nclass C\n{\n" + members + "\n    K0sctlCluster M()\n    {\n        return K0sctl." + chain + ";\n    }\n}\n";

    [Fact]
    public Task K0S942_fires_at_Cluster_when_no_host_is_a_controller()
        => Verify.Analyzer(Source("""{|K0S942:Cluster|}("c").Host(K0sctlRole.Worker, h => h.Ssh("10.0.0.1")).Build()"""));

    [Fact]
    public Task K0S943_fires_at_the_role_single_next_to_another_host()
        => Verify.Analyzer(Source("""Cluster("c").Host({|K0S943:K0sctlRole.Single|}, h => h.Ssh("10.0.0.1")).Host(K0sctlRole.Worker, h => h.Ssh("10.0.0.2")).Build()"""));

    [Fact]
    public Task K0S944_fires_at_the_repeated_address()
        => Verify.Analyzer(Source("""Cluster("c").Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.1")).Host(K0sctlRole.Worker, h => h.Ssh({|K0S944:"10.0.0.1"|}, s => s.Port(22))).Build()"""));

    [Fact]
    public Task K0S945_fires_at_the_port_and_at_a_second_connection()
        => Verify.Analyzer(Source("""Cluster("c").Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.1", s => s.Port({|K0S945:70000|}))).Host(K0sctlRole.Worker, h => h.Ssh("10.0.0.2").{|K0S945:WinRM|}("10.0.0.2", w => w.Password("p"))).Build()"""));

    [Fact]
    public Task K0S945_fires_at_the_port_of_a_bastion_and_is_silent_on_an_unknown_one()
        => Verify.Analyzer(Source(
            """Cluster("c").Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.1", s => s.Bastion("10.0.0.100", b => b.Port({|K0S945:-1|})))).Host(K0sctlRole.Worker, h => h.WinRM("10.0.0.2", w => w.Password("p").Bastion("10.0.0.100", b => b.Port(Port)))).Build()""",
            "static readonly int Port = System.Environment.ProcessorCount;"));

    [Fact]
    public Task K0S946_fires_at_NoTaints_on_a_worker()
        => Verify.Analyzer(Source("""Cluster("c").Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.1")).Host(K0sctlRole.Worker, h => h.Ssh("10.0.0.2").{|K0S946:NoTaints|}()).Build()"""));

    [Fact]
    public Task K0S947_fires_at_a_version_k0sctl_cannot_read()
        => Verify.Analyzer(Source("""Cluster("c").Host(K0sctlRole.Single, h => h.Localhost()).K0sVersion({|K0S947:"latest"|}).Build()"""));

    [Fact]
    public Task K0S948_fires_at_the_private_address()
        => Verify.Analyzer(Source("""Cluster("c").Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.1")).Host(K0sctlRole.Worker, h => h.Ssh("10.0.0.2").PrivateAddress({|K0S948:"node-2"|})).Build()"""));

    // kube-proxy's nftables mode: k0s 1.30 refuses it, 1.31 and later take it (VersionTests).
    private const string Nftables = """K0s.Cluster("k0s").Network(n => n.KubeProxy(k => k.Mode({|K0S107:KubeProxyMode.Nftables|})))""";

    private static string Unmarked(string text) => text.Replace("{|K0S107:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal);

    [Fact]
    public Task The_pinned_k0s_version_is_the_version_its_ClusterConfig_is_checked_for()
        => Verify.Analyzer(Source("""Cluster("c").Host(K0sctlRole.Single, h => h.Localhost()).K0sVersion("v1.30.2+k0s.0").Config(""" + Nftables + ").Build()"));

    [Fact]
    public Task A_pin_written_after_Config_counts_too()
        => Verify.Analyzer(Source("""Cluster("c").Host(K0sctlRole.Single, h => h.Localhost()).Config(""" + Nftables + """).K0sVersion("v1.30.2+k0s.0").Build()"""));

    [Fact]
    public Task Without_a_pin_the_ClusterConfig_is_checked_for_the_newest_k0s()
        => Verify.Analyzer(Source("""Cluster("c").Host(K0sctlRole.Single, h => h.Localhost()).Config(""" + Unmarked(Nftables) + ").Build()"));

    [Fact]
    public Task The_ClusterConfigs_own_ForK0s_wins_over_the_pin()
        => Verify.Analyzer(Source("""Cluster("c").Host(K0sctlRole.Single, h => h.Localhost()).K0sVersion("v1.30.2+k0s.0").Config(""" + Unmarked(Nftables).Replace(".Network(", ".ForK0s(\"1.31\").Network(", StringComparison.Ordinal) + ").Build()"));

    [Fact]
    public Task A_pin_that_is_not_a_constant_leaves_only_what_every_version_says()
        => Verify.Analyzer(Source(
            """Cluster("c").Host(K0sctlRole.Single, h => h.Localhost()).K0sVersion(Version).Config(""" + Unmarked(Nftables) + """.Network(n => n.PodCidr({|K0S101:"10.244.0.0/33"|}))).Build()""",
            """static readonly string Version = System.Environment.GetEnvironmentVariable("K0S") ?? "v1.30.2+k0s.0";"""));

    [Fact]
    public Task A_ClusterConfig_from_a_factory_method_is_checked_for_the_pin_at_the_call()
        => Verify.Analyzer(Source(
            """Cluster("c").Host(K0sctlRole.Single, h => h.Localhost()).K0sVersion("v1.30.2+k0s.0").Config({|K0S107:Cfg|}()).Build()""",
            "static ClusterConfigBuilder Cfg() => " + Unmarked(Nftables) + ";"));

    [Fact]
    public Task A_ClusterConfig_held_in_a_local_takes_the_pin_of_the_chain_it_is_given_to()
        => Verify.Analyzer(Verify.Usings + """

            class C
            {
                K0sctlCluster M()
                {
                    var config = K0s.Cluster("k0s").Network(n => n.KubeProxy(k => k.Mode({|K0S107:KubeProxyMode.Nftables|})));
                    return K0sctl.Cluster("c").Host(K0sctlRole.Single, h => h.Localhost()).K0sVersion("v1.30.2+k0s.0").Config(config).Build();
                }

                K0sctlCluster Newer()
                {
                    var config = K0s.Cluster("k0s").Network(n => n.KubeProxy(k => k.Mode(KubeProxyMode.Nftables)));
                    return K0sctl.Cluster("c").Host(K0sctlRole.Single, h => h.Localhost()).K0sVersion("v1.31.1+k0s.0").Config(config).Build();
                }
            }
            """);

    [Fact]
    public Task A_local_given_to_chains_with_different_pins_leaves_only_what_every_version_says()
        => Verify.Analyzer(Verify.Usings + """

            class C
            {
                void M()
                {
                    var config = K0s.Cluster("k0s").Network(n => n.KubeProxy(k => k.Mode(KubeProxyMode.Nftables)).PodCidr({|K0S101:"10.244.0.0/33"|}));
                    K0sctl.Cluster("old").Host(K0sctlRole.Single, h => h.Localhost()).K0sVersion("v1.30.2+k0s.0").Config(config).Validate();
                    K0sctl.Cluster("new").Host(K0sctlRole.Single, h => h.Localhost()).K0sVersion("v1.31.1+k0s.0").Config(config).Validate();
                }
            }
            """);

    [Fact]
    public Task Giving_the_ClusterConfig_to_Config_keeps_what_it_writes_known()
        => Verify.Analyzer(Source(
            """
            Cluster("c").Host(K0sctlRole.Single, h => h.Localhost())
                    .Config(K0s.Cluster("k0s").Network(n => n.Calico(c => c.Mode({|#0:CalicoMode.Vxlan|})).{|#1:DualStack|}(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))))
                    .Build()
            """),
            Verify.Diagnostic("K0S301").WithLocation(0).WithLocation(1).WithArguments("vxlan", string.Empty, string.Empty));

    [Fact]
    public Task K0sctl_rules_are_silent_on_a_valid_cluster()
        => Verify.Analyzer(Source("""
            Cluster("c")
                    .Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.1", s => s.Port(22)).PrivateAddress("192.168.1.1"))
                    .Host(K0sctlRole.ControllerWorker, h => h.Ssh("10.0.0.2").NoTaints())
                    .Host(K0sctlRole.Worker, h => h.Ssh("10.0.0.1", s => s.Port(2222)))
                    .Host(K0sctlRole.Worker, h => h.WinRM("10.0.0.3", w => w.CertPath("/c").KeyPath("/k")))
                    .K0sVersion("v1.33.1+k0s.0")
                    .Build()
            """));

    [Fact]
    public Task K0sctl_rules_are_silent_on_unknown_values()
        => Verify.Analyzer(Source(
            """
            Cluster("c")
                    .Host(role, h => h.Ssh(address))
                    .Host(K0sctlRole.Worker, h => h.Ssh(address).NoTaints(flag))
                    .Host(K0sctlRole.Worker, h => Configure(h))
                    .K0sVersion(version)
                    .Build()
            """,
            """
                private K0sctlRole role = K0sctlRole.Worker;
                private string address = "10.0.0.1";
                private string version = "latest";
                private bool flag = true;

                private static void Configure(K0sctlHostBuilder h) => h.Ssh("10.0.0.1").NoTaints();
            """));

    [Fact]
    public Task K0sctl_rules_are_silent_on_a_chain_that_does_not_end_in_Build()
        => Verify.Analyzer(Verify.Usings + """

            class C
            {
                K0sctlClusterBuilder M() => K0sctl.Cluster("c").Host(K0sctlRole.Worker, h => h.Ssh("10.0.0.1"));

                K0sctlCluster N(K0sctlClusterBuilder more) => more.Host(K0sctlRole.Worker, h => h.Ssh("10.0.0.1")).Build();
            }
            """);
}
