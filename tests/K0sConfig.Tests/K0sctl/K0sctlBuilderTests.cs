using K0sConfig.Rules;

namespace K0sConfig.Tests.K0sctl;

/// <summary>
/// The k0sctl builder: the k0sctl.yaml it writes (K0sctl/Golden/ha.k0sctl.yaml, which k0sctl v0.32.2 accepts: the
/// k0sctl-validate oracle's verdict is in K0sConfig.Cli.Tests/K0sctlVerdicts) and Build() running k0sctl's rules and k0s's.
/// </summary>
public class K0sctlBuilderTests
{
    internal static K0sctlClusterBuilder Ha() => global::K0sConfig.K0sctl.Cluster("prod")
        .User("ops")
        .Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.11", s => s.User("ubuntu").KeyPath("~/.ssh/id_ed25519").Port(2222).Bastion("bastion.example.com", b => b.User("jump"))).PrivateAddress("192.168.1.11").InstallFlags("--debug", "--labels=\"tier=control\""))
        .Host(K0sctlRole.Controller, h => h.OpenSsh("cp2", o => o.ConfigPath("~/.ssh/config").Option("StrictHostKeyChecking", "no").User("ubuntu").Port(22).KeyPath("~/.ssh/k").DisableMultiplexing()).PrivateInterface("eth1"))
        .Host(K0sctlRole.ControllerWorker, h => h.Ssh("10.0.0.13").NoTaints().Environment("HTTP_PROXY", "http://proxy:3128").DataDir("/srv/k0s").KubeletRootDir("/srv/kubelet").Hostname("cp3").Os("ubuntu"))
        .Host(K0sctlRole.Worker, h => h.WinRM("10.0.0.21", w => w.User("Admin").Password("s3cret").Port(5986).UseHttps().Insecure().UseNtlm().CaCertPath("/ca.pem").TlsServerName("win1").Bastion("10.0.0.1")))
        .Host(K0sctlRole.Worker, h => h.WinRM("10.0.0.22", w => w.CertPath("/c.pem").KeyPath("/k.pem")).UploadBinary().K0sBinaryPath("bin/k0s").K0sInstallPath("/usr/local/bin/k0s").K0sDownloadUrl("https://example.com/k0s"))
        .Host(K0sctlRole.Worker, h => h.Localhost().UseExistingK0s().Reset(false)
            .File(f => f.Name("bundle").Source("https://example.com/bundle.tar").DestinationDir("/var/lib/k0s/images").Permissions("0644").DirectoryPermissions("0755").User("root").Group("root"))
            .File(f => f.Data("hello").Destination("/etc/hello"))
            .Hook("apply", "before", "apt-get update", "true").Hook("apply", "after", "echo done"))
        .K0sVersion("v1.33.1+k0s.0")
        .VersionChannel(K0sctlVersionChannel.Stable)
        .DynamicConfig()
        .Config(K0s.Cluster("k0s").Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).PodCidr("10.244.0.0/16")))
        .Options(o => o.Wait(false)
            .Drain(d => d.Enabled().GracePeriod(TimeSpan.FromMinutes(3)).Timeout(TimeSpan.FromMinutes(10)).Force(false).IgnoreDaemonSets().DeleteEmptyDirData(false).PodSelector("app!=critical").SkipWaitForDeleteTimeout(TimeSpan.FromSeconds(90)))
            .Concurrency(c => c.Limit(10).WorkerDisruptionPercent(25).Uploads(3)))
        .Options(o => o.EvictTaint(e => e.Enabled().Taint("example.com/evict=true").Effect(K0sctlTaintEffect.NoSchedule).ControllerWorkers()));

    [Fact]
    public void Writes_the_golden_k0sctl_yaml_which_reads_back_clean()
    {
        K0sctlCluster cluster = Ha().Build();
        if (Environment.GetEnvironmentVariable("K0SCONFIG_WRITE_GOLDEN") == "1")
        {
            // Rewrites the golden file in the source tree; then ask the k0sctl-validate oracle (K0sctlVerdicts/regenerate.sh).
            File.WriteAllText(Path.Combine(RepositoryRoot(), "tests", "K0sConfig.Tests", "K0sctl", "Golden", "ha.k0sctl.yaml"), cluster.ToYaml());
        }

        string expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "K0sctl", "Golden", "ha.k0sctl.yaml"));
        Assert.Equal(expected, cluster.ToYaml());
        Assert.Equal("v1.33.1+k0s.0", cluster.K0sVersion);
        Assert.DoesNotContain(cluster.Findings, f => f.Severity != FindingSeverity.Info);

        K0sConfig.Yaml.YamlReadResult read = K0sConfig.Yaml.ClusterConfigYaml.Read(cluster.ToYaml(), "k0sctl.yaml");
        Assert.DoesNotContain(read.Validate(), f => f.Severity != FindingSeverity.Info);
        Assert.Equal("calico", read.Documents[0].Facts.Provider.Value);
        Assert.Equal(6, read.Documents[0].Facts.K0sctl!.Hosts.Value.Count);
    }

    [Fact]
    public void Build_runs_k0sctl_s_rules()
    {
        K0sConfigException e = Assert.Throws<K0sConfigException>(() => global::K0sConfig.K0sctl.Cluster().Host(K0sctlRole.Worker, h => h.Ssh("10.0.0.1")).Build());
        Assert.Contains(e.Findings, f => f.RuleId == "K0S942" && f.Message.Contains("no hosts with a controller role defined", StringComparison.Ordinal));

        e = Assert.Throws<K0sConfigException>(() => global::K0sConfig.K0sctl.Cluster()
            .Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.1"))
            .Host(K0sctlRole.Worker, h => h.Ssh("10.0.0.1").NoTaints())
            .K0sVersion("latest")
            .Build());
        Assert.Equal(new[] { "K0S944", "K0S946", "K0S947" }, e.Errors.Select(f => f.RuleId).OrderBy(i => i, StringComparer.Ordinal));
        Assert.Contains(e.Errors, f => f.Path == "spec.hosts[1].noTaints");
    }

    [Fact]
    public void Build_checks_the_bastion_a_connection_goes_through()
    {
        K0sConfigException e = Assert.Throws<K0sConfigException>(() => global::K0sConfig.K0sctl.Cluster()
            .Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.1", s => s.Bastion("10.0.0.100", b => b.Port(-1))))
            .Host(K0sctlRole.Worker, h => h.Ssh("10.0.0.2"))
            .Build());
        Finding finding = Assert.Single(e.Errors);
        Assert.Equal(("K0S945", "spec.hosts[0].ssh.bastion.port"), (finding.RuleId, finding.Path));
        Assert.Contains("validate *ssh.Config: bastion: validation failed: port must be between 1 and 65535", finding.Message, StringComparison.Ordinal);

        // Port 0 is rig's default (22), as for the host's own connection.
        Assert.DoesNotContain(global::K0sConfig.K0sctl.Cluster()
            .Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.1", s => s.Bastion("10.0.0.100", b => b.Port(0))))
            .Host(K0sctlRole.Worker, h => h.Ssh("10.0.0.2"))
            .Build().Findings, f => f.RuleId == "K0S945");
    }

    [Fact]
    public void Build_runs_the_ClusterConfig_rules_too()
    {
        K0sConfigException e = Assert.Throws<K0sConfigException>(() => global::K0sConfig.K0sctl.Cluster()
            .Host(K0sctlRole.Single, h => h.Localhost())
            .Config(K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/33")))
            .Build());
        Assert.Equal("K0S101", Assert.Single(e.Errors).RuleId);
    }

    [Fact]
    public void Build_checks_the_ClusterConfig_for_the_pinned_k0s_unless_ForK0s_or_the_options_choose_another()
    {
        // api.rawArgs exists from k0s 1.34: K0S808 for a cluster pinned to 1.33, not for one pinned to 1.34.
        K0sctlClusterBuilder Pinned(string version, ClusterConfigBuilder config) => global::K0sConfig.K0sctl.Cluster()
            .Host(K0sctlRole.Single, h => h.Localhost())
            .K0sVersion(version)
            .Config(config.Api(a => a.RawArgs("--v=2")));

        K0sConfigException e = Assert.Throws<K0sConfigException>(() => Pinned("v1.33.1+k0s.0", K0s.Cluster()).Build());
        Assert.Equal("K0S808", Assert.Single(e.Errors).RuleId);
        Assert.Contains(e.Errors, f => f.Path == "spec.api.rawArgs");

        Assert.DoesNotContain(Pinned("v1.34.1+k0s.0", K0s.Cluster()).Validate(), f => f.Severity == FindingSeverity.Error);
        Assert.DoesNotContain(Pinned("v1.33.1+k0s.0", K0s.Cluster().ForK0s("1.34")).Validate(), f => f.Severity == FindingSeverity.Error);
        Assert.DoesNotContain(Pinned("v1.33.1+k0s.0", K0s.Cluster()).Validate(new ValidationOptions(110, K0sVersion.Parse("1.36"))), f => f.Severity == FindingSeverity.Error);
        Assert.Contains(Pinned("v1.34.1+k0s.0", K0s.Cluster().ForK0s("1.33")).Validate(), f => f.RuleId == "K0S808");
    }

    [Theory]
    [InlineData("kind: IPAddressPool\nspec:\n  addresses:\n  - 10.1.0.200-10.1.0.239\n", "      data: |\n        kind: IPAddressPool\n        spec:\n          addresses:\n          - 10.1.0.200-10.1.0.239\n")]
    [InlineData("a\nb", "      data: |-\n        a\n        b\n")]
    [InlineData("one line", "      data: one line\n")]
    public void File_data_of_several_lines_is_a_literal_block_that_reads_back_as_given(string data, string expected)
    {
        string yaml = global::K0sConfig.K0sctl.Cluster()
            .Host(K0sctlRole.Single, h => h.Localhost().File(f => f.Data(data).Destination("/var/lib/k0s/manifests/x/x.yaml")))
            .Build()
            .ToYaml();

        Assert.Contains("    files:\n    - " + expected.TrimStart(), yaml, StringComparison.Ordinal);
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;
        var host = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)root["spec"])["hosts"]).Children[0];
        var file = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)host["files"]).Children[0];
        Assert.Equal(data, ((YamlDotNet.RepresentationModel.YamlScalarNode)file["data"]).Value);
    }

    [Fact]
    public void Without_a_config_k0s_runs_with_its_defaults()
    {
        K0sctlCluster cluster = global::K0sConfig.K0sctl.Cluster().Host(K0sctlRole.Single, h => h.Localhost()).Build();
        Assert.Contains(cluster.Findings, f => f.RuleId == "K0S949");
        Assert.Null(cluster.K0sVersion);
        Assert.DoesNotContain("k0s:", cluster.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => global::K0sConfig.K0sctl.Cluster().Host((K0sctlRole)9, h => h.Localhost()));
        Assert.Throws<ArgumentNullException>(() => global::K0sConfig.K0sctl.Cluster().Host(K0sctlRole.Worker, null!));
        Assert.Throws<ArgumentNullException>(() => global::K0sConfig.K0sctl.Cluster().K0sVersion(null!));
        Assert.Throws<ArgumentNullException>(() => global::K0sConfig.K0sctl.Cluster().Config(null!));
    }

    private static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "K0sConfig.Analyzers.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("K0sConfig.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
