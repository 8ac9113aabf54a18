using System.Reflection;
using System.Text.RegularExpressions;
using K0sConfig.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static K0sConfig.Cli.Tests.Cli;

namespace K0sConfig.Cli.Tests;

/// <summary>
/// <c>k0sconfig import</c>: the printed C# compiles, and <c>Create().Build().ToYaml()</c> holds the same keys and
/// values as the input's supported part; every other key is named on standard error.
/// </summary>
public class ImportTests
{
    /// <summary>The samples, the YAML test data and every ClusterConfig of k0s's docs and tests (YamlData/corpus).</summary>
    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>
        {
            Sample("k0s.yaml"),
            Sample("k0sctl.yaml"),
            Data("docs-configuration-full.k0s.yaml"),
            Data("docs-cplb-k0sctl-config.yaml"),
            Data("inttest-extraargs.yaml"),
            Data("inttest-dualstack-calico.yaml"),
            Data("dual-stack-calico-bird.yaml"),
            Data("dual-stack-kuberouter.yaml"),
            Data("bad-podCidr-case.yaml"),
            Data("ha-kubeproxy-nllb.yaml"),
            Data("cplb-keepalived-full.yaml"),
            Path.Combine(AppContext.BaseDirectory, "K0sctlGolden", "ha.k0sctl.yaml"),
        };
        // The k0sctl files k0sctl accepts (K0sctlVerdicts) and whose ClusterConfig k0s accepts too (Build() would refuse the rest).
        foreach (string line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "K0sctlVerdicts", "verdicts.jsonl")))
        {
            if (line.Contains("\"ok\":true", StringComparison.Ordinal) && line.Contains("K0sctlVerdicts/cases/", StringComparison.Ordinal))
            {
                string name = line.Substring(line.IndexOf("K0sctlVerdicts/cases/", StringComparison.Ordinal));
                string path = Path.Combine(AppContext.BaseDirectory, name.Substring(0, name.IndexOf('"')));
                if (!ClusterConfigYaml.Read(File.ReadAllBytes(path), path).Validate().Any(f => f.Severity == FindingSeverity.Error))
                {
                    files.Add(path);
                }
            }
        }

        string[] corpus = Directory.GetFiles(Data("corpus"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.True(corpus.Length >= 80, "YamlData/corpus holds " + corpus.Length + " files");
        foreach (string file in corpus)
        {
            files.Add(file);
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Imported_code_compiles_and_writes_the_input_s_supported_keys_and_values(string file)
    {
        (int exitCode, string code, string stderr) = Run("import", file, "--class", "RoundTrip");
        Assert.True(exitCode == 0, stderr);

        string[] leftOut = Lines(stderr).Select(l => l.Substring(l.IndexOf("): ", StringComparison.Ordinal) + 3)).Select(l => l.Substring(0, l.IndexOf(" is left out:", StringComparison.Ordinal)).ToLowerInvariant()).ToArray();
        object builder = Compile(code).GetType("RoundTrip")!.GetMethod("Create")!.Invoke(null, null)!;
        YamlConfigDocument source = ClusterConfigYaml.Read(File.ReadAllBytes(file), file).Documents[0];
        if (source.K0sctl != null)
        {
            // A k0sctl file becomes k0sctl builder code: the k0sctl document (hosts and all) and its ClusterConfig round-trip.
            string k0sctlYaml = ((K0sctlClusterBuilder)builder).Build().ToYaml();
            YamlConfigDocument written = ClusterConfigYaml.Read(k0sctlYaml, "out.yaml").Documents[0];
            Dictionary<string, string> k0sctlIn = Without(Flatten(source.K0sctl), "spec.k0s.config");
            Dictionary<string, string> k0sctlOut = Without(Flatten(written.K0sctl!), "spec.k0s.config");
            var k0sctlDefaults = new Dictionary<string, string> { ["apiversion"] = "k0sctl.k0sproject.io/v1beta1", ["kind"] = "Cluster", ["metadata.name"] = "k0s-cluster" };
            foreach ((string key, string value) in k0sctlIn.Where(p => !leftOut.Any(l => p.Key == l || p.Key.StartsWith(l + ".", StringComparison.Ordinal) || p.Key.StartsWith(l + "[", StringComparison.Ordinal))))
            {
                Assert.True(k0sctlOut.TryGetValue(key, out string? w) && w == value, $"{key}: {value} in the input, {w ?? "nothing"} in the output:\n{code}\n{k0sctlYaml}");
            }

            foreach ((string key, string value) in k0sctlOut.Where(p => !k0sctlIn.ContainsKey(p.Key)))
            {
                Assert.True(k0sctlDefaults.TryGetValue(key, out string? expected) && expected == value, $"{key}: {value} is written but not in the input:\n{code}\n{k0sctlYaml}");
            }

            if (source.Root == null)
            {
                Assert.Null(written.Root);
                return;
            }

            Assert.NotNull(written.Root);
            builder = new RootOf(written.Root!);
        }

        string yaml;
        if (builder is RootOf root)
        {
            yaml = root.Yaml;
        }
        else
        {
            // A file k0s rejects (a chart without chartname, a worker profile name k0s refuses): the builder refuses it too, for
            // rules the file breaks too (a value the import leaves out may break others: then the round trip below runs).
            try
            {
                yaml = ((ClusterConfigBuilder)builder).Build().ToYaml();
            }
            catch (K0sConfigException refused)
            {
                string[] inputErrors = ClusterConfigYaml.Read(File.ReadAllBytes(file), file).Validate().Where(f => f.Severity == FindingSeverity.Error).Select(f => f.RuleId).ToArray();
                Assert.All(refused.Errors, e => Assert.Contains(e.RuleId, inputErrors));
                return;
            }
        }

        Dictionary<string, string> input = Flatten(source.Root!);
        Dictionary<string, string> output = builder is RootOf r ? Flatten(r.Root) : Flatten(ClusterConfigYaml.Read(yaml, "out.yaml").Documents[0].Root!);
        Dictionary<string, string> supported = input
            .Where(p => !leftOut.Any(l => p.Key == l || p.Key.StartsWith(l + ".", StringComparison.Ordinal) || p.Key.StartsWith(l + "[", StringComparison.Ordinal)))
            .ToDictionary(p => p.Key, p => p.Value);

        // What the builder writes that a hand-written file may leave to k0s's defaults.
        var defaults = new Dictionary<string, string>
        {
            ["apiversion"] = "k0s.k0sproject.io/v1beta1",
            ["kind"] = "ClusterConfig",
            ["metadata.name"] = "k0s",
            ["spec.network.provider"] = "kuberouter",
            ["spec.network.dualstack.enabled"] = "false",
            ["spec.network.nodelocalloadbalancing.enabled"] = "false",
        };
        // What the input may spell out that the builder writes by leaving it out (k0s's default).
        var implied = new Dictionary<string, string>
        {
            ["spec.network.controlplaneloadbalancing.type"] = "Keepalived",
        };
        foreach ((string key, string value) in supported.Where(p => !(implied.TryGetValue(p.Key, out string? v) && v == p.Value)))
        {
            Assert.True(output.TryGetValue(key, out string? written) && written == value, $"{key}: {value} in the input, {written ?? "nothing"} in the output:\n{code}\n{yaml}");
        }

        foreach ((string key, string value) in output.Where(p => !supported.ContainsKey(p.Key)))
        {
            Assert.True(defaults.TryGetValue(key, out string? expected) && expected == value, $"{key}: {value} is written but not in the input:\n{code}\n{yaml}");
        }
    }

    [Fact]
    public void Keys_the_builder_cannot_express_are_named_with_their_position()
    {
        (int exitCode, string code, string stderr) = Pipe(
            "spec:\n  network:\n    podCIDR: 10.244.0.0/16\n    calico:\n      mode: fancy\n    kubeProxy:\n      iptables: {minSyncPeriod: 1s, syncPeriod: soon}\n      ipvs: {tcpTimeout: 150ns}\n  extensions:\n    storage: {type: openebs_local_storage}\n",
            "import",
            "-");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            new[]
            {
                "-(5,13): spec.network.calico.mode is left out: 'fancy' is not one of vxlan, bird, ipip, so no CalicoMode member writes it.",
                "-(7,49): spec.network.kubeProxy.iptables.syncPeriod is left out: 'soon' is not a Go duration (such as 1m30s) and k0s would reject it.",
                "-(8,26): spec.network.kubeProxy.ipvs.tcpTimeout is left out: '150ns' is finer than the 100 ns a TimeSpan holds.",
                "-(10,5): spec.extensions.storage is left out: the builder has no method for it.",
            },
            Lines(stderr));
        Assert.Contains(".MinSyncPeriod(System.TimeSpan.FromSeconds(1))", code, StringComparison.Ordinal);
        Assert.Contains(".PodCidr(\"10.244.0.0/16\")", code, StringComparison.Ordinal);
        Assert.Contains("public static class ImportedCluster", code, StringComparison.Ordinal);
        Assert.Contains(".KubeRouter()", code, StringComparison.Ordinal); // the calico block is ignored by k0s without provider: calico
        Compile(code);
    }

    [Fact]
    public void A_null_entry_of_a_list_of_text_is_imported_as_the_empty_string_Go_reads()
    {
        (int exitCode, string code, string stderr) = Pipe("spec:\n  api:\n    sans:\n      - 10.0.0.1\n      -\n", "import", "-");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains(".Sans(\"10.0.0.1\", \"\")", code, StringComparison.Ordinal);
        Compile(code);
    }

    [Fact]
    public void A_whole_number_beyond_the_builders_int_is_named_as_one()
    {
        (int exitCode, string code, string stderr) = Pipe("spec:\n  api:\n    port: 99999999999\n    k0sApiPort: 9443.5\n", "import", "-");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            new[]
            {
                "-(3,11): spec.api.port is left out: it is '99999999999', a whole number beyond the builder's int (-2147483648 to 2147483647).",
                "-(4,17): spec.api.k0sApiPort is left out: it is '9443.5', not a whole number.",
            },
            Lines(stderr));
        Compile(code);
    }

    [Fact]
    public void Keys_are_imported_as_k0s_reads_them()
    {
        // k0s reads y: as the key true, 0x10: as 16; of clusterDomain and ClusterDomain the one sorting last (clusterDomain);
        // Network: and network: merge into one section.
        (int exitCode, string code, string stderr) = Pipe(
            "spec:\n  controllerManager:\n    extraArgs:\n      y: \"1\"\n      0x10: a\n  network:\n    clusterDomain: example.com\n    podCIDR: 10.1.0.0/16\n  Network:\n    ClusterDomain: other.example\n    serviceCIDR: 10.2.0.0/16\n",
            "import", "-");
        Assert.True(exitCode == 0, stderr);
        Assert.Contains(".ExtraArg(\"true\", \"1\")", code, StringComparison.Ordinal);
        Assert.Contains(".ExtraArg(\"16\", \"a\")", code, StringComparison.Ordinal);
        Assert.Contains(".ClusterDomain(\"example.com\")", code, StringComparison.Ordinal);
        Assert.DoesNotContain("other.example", code, StringComparison.Ordinal);
        Assert.Contains(".PodCidr(\"10.1.0.0/16\")", code, StringComparison.Ordinal);
        Assert.Contains(".ServiceCidr(\"10.2.0.0/16\")", code, StringComparison.Ordinal);
        Compile(code);
    }

    [Fact]
    public void Kube_router_peers_are_imported_as_the_builder_writes_them()
    {
        // What `k0s default-config` wrote for years: both fields, empty.
        (int exitCode, string code, string stderr) = Pipe("spec:\n  network:\n    kuberouter:\n      peerRouterIPs: \"\"\n      peerRouterASNs: 64512,64513\n", "import", "-");
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains(".PeerRouterIPs(\"\")", code, StringComparison.Ordinal);
        Assert.Contains(".PeerRouterASNs(\"64512,64513\")", code, StringComparison.Ordinal);
        Compile(code);
    }

    [Fact]
    public void Scheduler_install_konnectivity_and_telemetry_sections_are_imported()
    {
        (int exitCode, string code, string stderr) = Pipe(
            "spec:\n  scheduler:\n    extraArgs:\n      v: \"2\"\n  installConfig:\n    users:\n      etcdUser: etcd\n  konnectivity:\n    adminPort: 8133\n    agentPort: 8132\n  telemetry:\n    enabled: false\n",
            "import",
            "-");
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains(".Scheduler(scheduler => scheduler\n", code, StringComparison.Ordinal);
        Assert.Contains(".ExtraArg(\"v\", \"2\")", code, StringComparison.Ordinal);
        Assert.Contains(".InstallConfig(ic => ic\n", code, StringComparison.Ordinal);
        Assert.Contains(".Users(users => users\n", code, StringComparison.Ordinal);
        Assert.Contains(".EtcdUser(\"etcd\")", code, StringComparison.Ordinal);
        Assert.Contains(".AdminPort(8133)", code, StringComparison.Ordinal);
        Assert.Contains(".AgentPort(8132)", code, StringComparison.Ordinal);
        Assert.Contains(".Telemetry(telemetry => telemetry\n", code, StringComparison.Ordinal);
        Assert.Contains(".Enabled(false)", code, StringComparison.Ordinal);
        Compile(code);
    }

    [Fact]
    public void Storage_is_imported()
    {
        (int exitCode, string code, string stderr) = Pipe(
            "spec:\n  storage:\n    type: etcd\n    etcd:\n      peerAddress: 10.0.0.1\n      extraArgs: {quota-backend-bytes: \"8589934592\"}\n",
            "import",
            "-");
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains(".Storage(storage => storage\n", code, StringComparison.Ordinal);
        Assert.Contains(".Type(StorageType.Etcd)", code, StringComparison.Ordinal);
        Assert.Contains(".PeerAddress(\"10.0.0.1\")", code, StringComparison.Ordinal);
        Assert.Contains(".ExtraArg(\"quota-backend-bytes\", \"8589934592\")", code, StringComparison.Ordinal);
        Compile(code);
    }

    [Fact]
    public void A_null_image_section_is_named_as_left_out()
    {
        // k0s 1.32 and later read images.calico: null as no calico images (the oracle's --dump: null); absent, k0s keeps its defaults.
        (int exitCode, string code, string stderr) = Pipe("spec:\n  images:\n    calico: null\n    coredns: {version: v1.12.2}\n", "import", "-");
        Assert.Equal(0, exitCode);
        Assert.Equal("-(3,5): spec.images.calico is left out: it is null, which k0s 1.32 and later read as no images for it at all (earlier k0s fill in their defaults); the builder writes no null section, so k0s keeps its default images.", stderr.Trim());
        Assert.Contains(".CoreDns(", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_and_annotations_are_imported()
    {
        (int exitCode, string code, string stderr) = Pipe(
            "metadata:\n  name: prod\n  namespace: kube-system\n  labels: {tier: b}\n  Annotations: {example.com/owner: team-a}\n",
            "import",
            "-");
        Assert.Equal(0, exitCode);
        Assert.Equal("-(3,3): metadata.namespace is left out: the builder writes only metadata.name, labels and annotations.", stderr.Trim());
        Assert.Contains("K0s.Cluster(\"prod\")\n        .Label(\"tier\", \"b\")\n        .Annotation(\"example.com/owner\", \"team-a\")", code, StringComparison.Ordinal);
        var builder = (ClusterConfigBuilder)Compile(code).GetType("ImportedCluster")!.GetMethod("Create")!.Invoke(null, null)!;
        Assert.Contains("metadata:\n  name: prod\n  labels:\n    tier: b\n  annotations:\n    example.com/owner: team-a\n", builder.Build().ToYaml(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kine", "etcd:\n      peerAddress: 10.0.0.1", ".Etcd(etcd => etcd\n", "StorageType.Kine")]
    [InlineData("etcd", "kine:\n      dataSource: mysql://db", ".Kine(kine => kine\n", "StorageType.Etcd")]
    public void A_storage_type_is_written_after_the_section_it_does_not_choose(string type, string section, string sectionCall, string typeMember)
    {
        // The builder's Etcd(...) and Kine(...) choose the type too: the type comes last, so the file's choice stands.
        string yaml = "spec:\n  storage:\n    type: " + type + "\n    " + section + "\n";
        (int exitCode, string code, string stderr) = Pipe(yaml, "import", "-");
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.True(code.IndexOf(sectionCall, StringComparison.Ordinal) is int at && at >= 0 && at < code.IndexOf(".Type(" + typeMember + ")", StringComparison.Ordinal), code);
        var builder = (ClusterConfigBuilder)Compile(code).GetType("ImportedCluster")!.GetMethod("Create")!.Invoke(null, null)!;
        string written = builder.Build().ToYaml();
        Assert.Contains("    type: " + type + "\n", written, StringComparison.Ordinal);
        Assert.Contains("    " + section.Substring(0, section.IndexOf(':', StringComparison.Ordinal)) + ":\n", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_are_escaped_and_typed_helpers_are_used_for_node_masks()
    {
        (_, string code, _) = Pipe("spec:\n  api:\n    extraArgs:\n      \"a\\\"b\": \"line\\nbreak \\\\ ü\"\n  controllerManager:\n    extraArgs:\n      node-cidr-mask-size: 24\n", "import", "-");
        Assert.Contains(".ExtraArg(\"a\\\"b\", \"line\\nbreak \\\\ \\u00FC\")", code, StringComparison.Ordinal);
        Assert.Contains(".NodeCidrMaskSize(24)", code, StringComparison.Ordinal);
        Compile(code);
    }

    [Fact]
    public void Blocks_written_off_are_imported_off()
    {
        string file = Path.Combine(Path.GetTempPath(), "k0sconfig-import-" + Guid.NewGuid().ToString("N") + ".k0s.yaml");
        File.WriteAllText(file, """
            spec:
              network:
                dualStack:
                  enabled: false
                  IPv6podCIDR: fd00::/108
                nodeLocalLoadBalancing:
                  enabled: false
                  type: EnvoyProxy
                controlPlaneLoadBalancing:
                  enabled: false
                  type: Keepalived
                  keepalived:
                    vrrpInstances:
                      - virtualIPs: [192.168.122.200/24]
                        authPass: Example
            """);
        try
        {
            (int exitCode, string code, string stderr) = Run("import", file);
            Assert.Equal(0, exitCode);
            Assert.Equal(string.Empty, stderr);
            Assert.Equal(3, code.Split(".Enabled(false)").Length - 1);
            Assert.Contains(".Type(ControlPlaneLoadBalancingType.Keepalived)", code, StringComparison.Ordinal); // k0sctl reads the type as written
            Imported_code_compiles_and_writes_the_input_s_supported_keys_and_values(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("1Bad")]
    [InlineData("a-b")]
    public void A_class_name_that_is_not_an_identifier_exits_with_2(string name)
        => Assert.Equal(2, Pipe("spec: {}\n", "import", "-", "--class", name).ExitCode);

    [Fact]
    public void An_unreadable_file_exits_with_2()
    {
        (int exitCode, string stdout, string stderr) = Pipe("a:\n\tb: 1\n", "import", "-");
        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("-(2,1): error K0S804:", stderr, StringComparison.Ordinal);
    }

    /// <summary>The ClusterConfig a k0sctl round trip wrote under spec.k0s.config.</summary>
    private sealed record RootOf(YMapping Root)
    {
        public string Yaml => "(spec.k0s.config of the k0sctl.yaml written)";
    }

    private static Dictionary<string, string> Without(Dictionary<string, string> values, string prefix)
        => values.Where(p => p.Key != prefix && !p.Key.StartsWith(prefix + ".", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    [Fact]
    public void A_k0sctl_file_imports_as_k0sctl_builder_code_that_writes_it_again()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "K0sctlGolden", "ha.k0sctl.yaml");
        (int exitCode, string code, string stderr) = Run("import", file, "--class", "Ha");
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("public static K0sctlClusterBuilder Create() => K0sctl.Cluster(\"prod\")", code, StringComparison.Ordinal);
        var builder = (K0sctlClusterBuilder)Compile(code).GetType("Ha")!.GetMethod("Create")!.Invoke(null, null)!;
        Assert.Equal(File.ReadAllText(file), builder.Build().ToYaml());
    }

    [Fact]
    public void A_k0sctl_pin_is_written_as_ForK0s_into_the_ClusterConfig_code()
    {
        // spec.k0s.version v1.33.1+k0s.0: the analyzers and Build() check the imported configuration for that k0s.
        string file = Path.Combine(AppContext.BaseDirectory, "K0sctlGolden", "ha.k0sctl.yaml");
        (int exitCode, string code, _) = Run("import", file, "--class", "Ha");
        Assert.Equal(0, exitCode);
        Assert.Contains(".Config(K0s.Cluster(", code, StringComparison.Ordinal);
        Assert.Matches(@"\.Config\(K0s\.Cluster\(""[^""]*""\)\s*\.ForK0s\(""1\.33\.1\+k0s\.0""\)", code);
        Assert.Single(Regex.Matches(code, @"\.ForK0s\("));

        // Given, --k0s-version wins over the pin.
        (exitCode, code, _) = Run("import", file, "--class", "Ha", "--k0s-version", "1.35");
        Assert.Equal(0, exitCode);
        Assert.Contains(".ForK0s(\"1.35\")", code, StringComparison.Ordinal);
        Assert.DoesNotContain("ForK0s(\"1.33", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_k0s_version_writes_ForK0s_and_the_built_configuration_is_checked_for_it()
    {
        // kube-proxy mode nftables: k0s 1.30 refuses it (K0S107), 1.31 and later take it.
        const string yaml = "apiVersion: k0s.k0sproject.io/v1beta1\nkind: ClusterConfig\nspec:\n  network:\n    kubeProxy:\n      mode: nftables\n";
        (int exitCode, string code, string stderr) = Pipe(yaml, "import", "-", "--k0s-version", "v1.30.2+k0s.0");
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("K0s.Cluster(\"k0s\")\n        .ForK0s(\"1.30.2+k0s.0\")", code, StringComparison.Ordinal);
        var builder = (ClusterConfigBuilder)Compile(code).GetType("ImportedCluster")!.GetMethod("Create")!.Invoke(null, null)!;
        Assert.Contains(builder.Validate(), f => f.RuleId == "K0S107");

        // Without it, a k0s.yaml names no k0s: no ForK0s, the build's K0sVersion applies.
        (_, code, _) = Pipe(yaml, "import", "-");
        Assert.DoesNotContain("ForK0s", code, StringComparison.Ordinal);
        var newest = (ClusterConfigBuilder)Compile(code).GetType("ImportedCluster")!.GetMethod("Create")!.Invoke(null, null)!;
        Assert.DoesNotContain(newest.Validate(), f => f.RuleId == "K0S107");
    }

    [Fact]
    public void Import_k0s_version_that_is_not_a_version_exits_with_2()
    {
        (int exitCode, string stdout, string stderr) = Pipe("spec: {}\n", "import", "-", "--k0s-version", "1.3x");
        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("k0sconfig: --k0s-version: '1.3x' is not a k0s version; write it as 1.33", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_k0sctl_builder_cannot_write_is_named_on_stderr()
    {
        const string yaml = "apiVersion: k0sctl.k0sproject.io/v1beta1\nkind: Cluster\nspec:\n  hosts:\n  - role: master\n    ssh: {address: 10.0.0.1}\n  - role: controller\n    ssh: {address: 10.0.0.2, options: {A: b}}\n  options:\n    wait: {enabled: false}\n    drain: {timeout: 1ns, gracePeriod: 30}\n";
        (int exitCode, string code, string stderr) = Pipe(yaml, "import", "-");
        Assert.Equal(0, exitCode);
        Assert.Equal(
            new[]
            {
                "-(11,22): spec.options.drain.timeout is left out: '1ns' is finer than the 100 ns a TimeSpan holds.",
                "-(11,40): spec.options.drain.gracePeriod is left out: it is a number (nanoseconds to k0sctl), not a duration such as 2m0s.",
                "-(5,11): spec.hosts[0].role is left out: 'master' is not a k0sctl role (controller, worker, controller+worker, single).",
                "-(5,5): spec.hosts[0] is left out: its role is not one the builder takes, so the host is left out.",
                "-(8,30): spec.hosts[1].ssh.options is left out: the builder does not write ssh options yet.",
            },
            Lines(stderr).OrderBy(l => l, StringComparer.Ordinal));
        Assert.Contains(".Host(K0sctlRole.Controller, h => h", code, StringComparison.Ordinal);
        Assert.Contains(".Options(o => o.Wait(false))", code, StringComparison.Ordinal);
        Assert.DoesNotContain("master", code, StringComparison.Ordinal);
    }

    internal static Assembly Compile(string code) => Compile(new[] { CSharpSyntaxTree.ParseText(code) }, code);

    /// <summary>Compiles imported code against the platform and K0sConfig: no error and no warning, or the test fails.</summary>
    internal static Assembly Compile(IEnumerable<SyntaxTree> trees, string shown)
    {
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        IEnumerable<MetadataReference> references = platform
            .Concat(new[] { typeof(ClusterConfigBuilder).Assembly.Location, typeof(K0sConfig.Rules.RuleEngine).Assembly.Location })
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Imported" + Guid.NewGuid().ToString("N"),
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics) + "\n" + shown);
        Assert.DoesNotContain(emitted.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        return Assembly.Load(image.ToArray());
    }

    /// <summary>The keys whose values are Go durations (lower-cased).</summary>
    private static readonly HashSet<string> Durations = new(StringComparer.Ordinal) { "syncperiod", "minsyncperiod", "tcptimeout", "tcpfintimeout", "udptimeout", "delayloop", "timeout" };

    /// <summary>Every scalar by its path (keys lower-cased, as k0s matches them), booleans and numbers as k0s reads them; nulls and empty mappings left out.</summary>
    private static Dictionary<string, string> Flatten(YMapping root)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(YNode node, string path)
        {
            switch (node)
            {
                case YMapping mapping:
                    foreach (KeyValuePair<YNode, YNode> entry in ClusterConfigYaml.Entries(mapping))
                    {
                        string key = ((YScalar)entry.Key).Value;
                        bool isMapKey = path.EndsWith("extraargs", StringComparison.Ordinal) || path.EndsWith("envvars", StringComparison.Ordinal);
                        Walk(entry.Value, path.Length == 0 ? key.ToLowerInvariant() : path + "." + (isMapKey ? key : key.ToLowerInvariant()));
                    }

                    break;
                case YSequence sequence:
                    for (int i = 0; i < sequence.Items.Count; i++)
                    {
                        Walk(sequence.Items[i], path + "[" + i + "]");
                    }

                    break;
                case YScalar scalar when !scalar.IsNull:
                    values[path] = Durations.Contains(path.Substring(path.LastIndexOf('.') + 1)) && GoDuration.TryParse(scalar.Value, out long nanoseconds)
                        ? nanoseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + "ns" // 2h and 2h0m0s are one value
                        : YamlScalars.TryBoolean(scalar, out bool flag) ? (flag ? "true" : "false")
                        : YamlScalars.TryInteger(scalar, out long number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : scalar.Value;
                    break;
            }
        }

        Walk(root, string.Empty);
        return values;
    }
}
