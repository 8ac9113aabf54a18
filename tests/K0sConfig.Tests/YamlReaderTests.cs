using System.Text;
using K0sConfig.Rules;
using K0sConfig.Yaml;

namespace K0sConfig.Tests;

/// <summary>
/// The YAML front end: ClusterConfigYaml reads k0s.yaml and k0sctl.yaml as k0s reads them, into the same facts the
/// builder makes, with each value's line and column; K0S801–K0S804 for how the YAML is written.
/// </summary>
public class YamlReaderTests
{
    private static YamlReadResult Read(string yaml) => ClusterConfigYaml.Read(yaml, "k0s.yaml");

    private static IReadOnlyList<Finding> Validate(string yaml) => Read(yaml).Validate();

    private static string Data(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "YamlData", name));

    private static (int Line, int Column) At(Finding finding)
    {
        var position = Assert.IsType<YamlPosition>(finding.Origin);
        return (position.Line, position.Column);
    }

    private static string Show(IEnumerable<Finding> findings) => string.Join("\n", findings.Select(f => (f.Origin as YamlPosition) + " " + f));

    // ---- facts and positions ---------------------------------------------------------------------------------

    [Fact]
    public void Values_become_facts_with_their_line_and_column()
    {
        YamlReadResult result = Read("""
            apiVersion: k0s.k0sproject.io/v1beta1
            kind: ClusterConfig
            spec:
              api:
                address: 10.0.0.1
                port: 6443
                sans: [a.example.com, 10.0.0.2]
                extraArgs:
                  v: "2"
              network:
                provider: calico
                podCIDR: "10.244.0.0/16"
                calico:
                  mode: bird
                dualStack:
                  enabled: yes
                  IPv6podCIDR: fd00::/108
              controllerManager:
                extraArgs:
                  node-cidr-mask-size-ipv6: "120"
            """);

        Assert.Null(result.Error);
        ClusterFacts facts = Assert.Single(result.Documents).Facts;
        Assert.Equal("10.244.0.0/16", facts.PodCidr.Value);
        Assert.Equal(new YamlPosition("k0s.yaml", 12, 14, ((YamlPosition)facts.PodCidr.Origin!).Offset, 15), facts.PodCidr.Origin);
        Assert.Equal("calico", facts.Provider.Value);
        Assert.Equal("bird", facts.CalicoMode.Value);
        Assert.True(facts.CalicoSettings.Value);
        Assert.True(facts.DualStackEnabled.Value);
        Assert.Equal((16, 16), (((YamlPosition)facts.DualStackEnabled.Origin!).Line, ((YamlPosition)facts.DualStackEnabled.Origin!).Column));
        Assert.Equal(6443, facts.ApiPort.Value);
        Assert.Equal(new[] { "a.example.com", "10.0.0.2" }, facts.Sans.Value.Select(s => s.Value));
        Assert.Equal("2", facts.ApiExtraArgs.Get("v").Value);
        Assert.Equal("120", facts.ControllerManagerExtraArgs.Get("node-cidr-mask-size-ipv6").Value);
        Assert.True(facts.ControllerManagerExtraArgs.IsComplete);
        Assert.True(facts.ServiceCidr.IsUnset);
        Assert.Empty(facts.DocumentProblems);
    }

    [Fact]
    public void A_finding_points_at_the_value_k0s_rejects()
    {
        IReadOnlyList<Finding> findings = Validate("""
            spec:
              network:
                provider: calico
                dualStack:
                  enabled: true
                  IPv6podCIDR: fd00::/108
                  IPv6serviceCIDR: fd01::/108
                podCIDR: 10.244.0.0/33
            """);

        Finding invalid = findings.Single(f => f.RuleId == "K0S101");
        Assert.Equal((8, 14), At(invalid));
        Assert.Equal((3, 15), At(findings.Single(f => f.RuleId == "K0S301")));
    }

    [Fact]
    public void Keys_match_fields_ignoring_case_as_k0s_does()
    {
        YamlReadResult result = ClusterConfigYaml.Read(Data("bad-podCidr-case.yaml"), "bad-podCidr-case.yaml");
        Assert.DoesNotContain(result.Validate(), f => f.Severity != FindingSeverity.Info);
        Assert.Equal("10.244.0.0/16", result.Documents[0].Facts.PodCidr.Value);

        ClusterFacts facts = ClusterConfigYaml.Read(Data("inttest-extraargs.yaml"), "x").Documents[0].Facts;
        Assert.True(facts.KubeRouterSettings.Value, "kubeRouter: is kuberouter for k0s");
    }

    // ---- k0sctl and several documents ----------------------------------------------------------------------

    [Fact]
    public void K0sctl_cluster_config_is_read_from_spec_k0s_config()
    {
        YamlReadResult result = Read("""
            apiVersion: k0sctl.k0sproject.io/v1beta1
            kind: Cluster
            metadata:
              name: demo
            spec:
              hosts:
                - role: controller
                  ssh: {address: 10.0.0.1}
              k0s:
                version: 1.34.1+k0s.0
                config:
                  spec:
                    network:
                      podCIDR: 10.96.0.0/16
                      serviceCIDR: 10.96.0.0/12
            """);

        Finding overlap = result.Validate().Single(f => f.RuleId == "K0S501");
        Assert.Equal(15, At(overlap).Line);
        Assert.DoesNotContain(result.Validate(), f => f.RuleId == "K0S801");
    }

    [Fact]
    public void K0sctl_file_without_a_config_has_nothing_to_report()
    {
        // (docs-airgap-install.k0sctl.yaml was this test's file; k0sctl refuses it: see RealFiles.)
        YamlReadResult result = ClusterConfigYaml.Read("apiVersion: k0sctl.k0sproject.io/v1beta1\nkind: Cluster\nspec:\n  hosts:\n  - role: single\n    localhost: {enabled: true}\n  k0s:\n    version: v1.33.1+k0s.0\n", "k0sctl.yaml");
        Assert.Null(result.Error);
        IReadOnlyList<Finding> findings = result.Validate();
        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
        Assert.Single(findings, f => f.RuleId == "K0S949" && f.Severity == FindingSeverity.Info);
    }

    [Fact]
    public void A_ClusterConfig_document_is_merged_into_the_k0sctl_config_the_inline_keys_winning()
    {
        YamlReadResult result = ClusterConfigYaml.Read("""
            apiVersion: k0sctl.k0sproject.io/v1beta1
            kind: Cluster
            spec:
              hosts:
              - role: controller
                ssh: {address: 10.0.0.1}
              k0s:
                config:
                  spec:
                    network:
                      provider: calico
            ---
            apiVersion: k0s.k0sproject.io/v1beta1
            kind: ClusterConfig
            spec:
              network:
                provider: kuberouter
                podCIDR: 10.244.0.0/33
            """, "k0sctl.yaml");
        YamlConfigDocument document = Assert.Single(result.Documents);
        Assert.Equal("calico", document.Facts.Provider.Value);
        Finding bad = Assert.Single(result.Validate(), f => f.RuleId == "K0S101");
        Assert.Equal(18, ((YamlPosition)bad.Origin!).Line);
        Assert.NotNull(document.Facts.K0sctl);
        Assert.DoesNotContain(result.Validate(), f => f.RuleId == "K0S949");
    }

    [Fact]
    public void Every_ClusterConfig_of_a_multi_document_file_is_read_and_other_kinds_are_skipped()
    {
        // The first document is read as a ClusterConfig whatever its kind, as k0s reads it (K0S806 warns); later
        // documents of other kinds are skipped.
        YamlReadResult result = Read("""
            apiVersion: k0s.k0sproject.io/v1beta1
            kind: ClusterConfig
            spec:
              network:
                podCIDR: 10.244.0.0/33
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec: {replicas: 2}
            ---
            spec:
              network:
                clusterDomain: "cluster local"
            """);

        Assert.Equal(new[] { 0, 2 }, result.Documents.Select(d => d.Index));
        IReadOnlyList<Finding> findings = result.Validate();
        Assert.Equal(5, At(findings.Single(f => f.RuleId == "K0S101")).Line);
        Assert.Equal(14, At(findings.Single(f => f.RuleId == "K0S105")).Line);
        Assert.DoesNotContain(findings, f => f.RuleId == "K0S801" || f.RuleId == "K0S806");

        YamlReadResult first = Read("apiVersion: apps/v1\nkind: Deployment\nspec: {replicas: 2}\n---\nspec: {}\n");
        Assert.Equal(new[] { 0, 1 }, first.Documents.Select(d => d.Index));
        IReadOnlyList<Finding> deployment = first.Validate();
        Assert.Equal(("K0S806", FindingSeverity.Warning, (2, 7)), deployment.Where(f => f.RuleId == "K0S806").Select(f => (f.RuleId, f.Severity, At(f))).Single());
        Assert.Equal(("K0S801", FindingSeverity.Error, "spec.replicas"), deployment.Where(f => f.RuleId == "K0S801").Select(f => (f.RuleId, f.Severity, f.Path)).Single());
    }

    // ---- K0S801 unknown keys ---------------------------------------------------------------------------------

    [Fact]
    public void Unknown_key_is_an_error_where_k0s_rejects_it_and_a_warning_under_network_and_api()
    {
        IReadOnlyList<Finding> findings = Validate("""
            spec:
              controlerManager: {}
              network:
                podCIDR__WRONG: 10.0.0.0/16
                kubeProxy:
                  mdoe: ipvs
              api:
                adress: 10.0.0.1
              storage:
                etcd:
                  peerAdress: 10.0.0.1
              interval: 10s
            """);

        Finding rejected = findings.Single(f => f.Path == "spec.controlerManager");
        Assert.Equal(("K0S801", FindingSeverity.Error, (2, 3)), (rejected.RuleId, rejected.Severity, At(rejected)));
        Assert.Contains("Did you mean 'controllerManager'?", rejected.Message, StringComparison.Ordinal);
        Assert.Equal(FindingSeverity.Warning, findings.Single(f => f.Path == "spec.network.podCIDR__WRONG").Severity);
        Assert.Contains("'podCIDR'", findings.Single(f => f.Path == "spec.network.podCIDR__WRONG").Message, StringComparison.Ordinal);
        Assert.Equal(FindingSeverity.Warning, findings.Single(f => f.Path == "spec.network.kubeProxy.mdoe").Severity);
        Assert.Contains("'address'", findings.Single(f => f.Path == "spec.api.adress").Message, StringComparison.Ordinal);
        Assert.Equal(FindingSeverity.Warning, findings.Single(f => f.Path == "spec.storage.etcd.peerAdress").Severity);

        // k0s rejects the file for 'controlerManager', its first error; were it fixed, 'interval' would crash k0s (K0S805).
        Assert.Equal(("K0S801", FindingSeverity.Error), findings.Where(f => f.Path == "spec.interval").Select(f => (f.RuleId, f.Severity)).Single());
    }

    [Fact]
    public void Keys_k0s_knows_outside_network_api_and_controllerManager_are_accepted()
    {
        IReadOnlyList<Finding> findings = ClusterConfigYaml.Read(Data("docs-configuration-full.k0s.yaml"), "k0s.yaml").Validate();
        Assert.DoesNotContain(findings, f => f.Severity != FindingSeverity.Info);
        Assert.DoesNotContain(Validate("metadata: {name: k0s, labels: {a: b}}\nspec:\n  extensions:\n    helm:\n      concurrencyLevel: 5\n"), f => f.Severity != FindingSeverity.Info);

        // metadata is Kubernetes' ObjectMeta, decoded strictly: k0s rejects a key it does not have.
        Finding anything = Validate("metadata: {name: k0s, anything: [1]}\n").Single(f => f.Severity == FindingSeverity.Error);
        Assert.Equal(("K0S801", "metadata.anything"), (anything.RuleId, anything.Path));
    }

    // ---- K0S802 wrong types ----------------------------------------------------------------------------------

    [Fact]
    public void Values_of_the_wrong_type_are_reported_and_unknown_to_the_other_rules()
    {
        YamlReadResult result = Read("""
            spec:
              api:
                port: "6443"
                k0sApiPort: 1.5
                sans: 10.0.0.1
              network:
                dualStack:
                  enabled: maybe
                kubeProxy: [ipvs]
                podCIDR: {a: b}
                serviceCIDR: 10
              controllerManager:
                extraArgs: [a]
            """);

        IReadOnlyList<Finding> findings = result.Validate();
        string[] wrong = findings.Where(f => f.RuleId == "K0S802").Select(f => f.Path).ToArray();
        Assert.Equal(new[] { "spec.api.port", "spec.api.k0sApiPort", "spec.api.sans", "spec.network.dualStack.enabled", "spec.network.kubeProxy", "spec.network.podCIDR", "spec.network.serviceCIDR", "spec.controllerManager.extraArgs" }, wrong);
        Assert.Contains("spec.api.port is the quoted text '6443', but the field takes a whole number", findings.First(f => f.Path == "spec.api.port").Message, StringComparison.Ordinal);
        Assert.Equal((3, 11), At(findings.First(f => f.Path == "spec.api.port")));

        ClusterFacts facts = result.Documents[0].Facts;
        Assert.True(facts.ApiPort.IsUnknown);
        Assert.True(facts.PodCidr.IsUnknown);
        Assert.True(facts.DualStackEnabled.IsUnknown);
        Assert.True(facts.ServiceCidr.IsUnknown); // a number where text belongs: k0s never reads it as text
        Assert.False(facts.ControllerManagerExtraArgs.IsComplete);
    }

    [Fact]
    public void Yaml_1_1_booleans_null_and_integer_forms_are_read_as_k0s_reads_them()
    {
        YamlReadResult result = Read("spec:\n  api:\n    port: 0x1A0B\n    k0sApiPort: ~\n  network:\n    dualStack:\n      enabled: On\n    kubeProxy:\n      disabled: no\n");
        Assert.DoesNotContain(result.Validate(), f => f.RuleId.StartsWith("K0S80", StringComparison.Ordinal));
        ClusterFacts facts = result.Documents[0].Facts;
        Assert.Equal(0x1A0B, facts.ApiPort.Value);
        Assert.True(facts.K0sApiPort.IsUnset);
        Assert.True(facts.DualStackEnabled.Value);
        Assert.False(facts.KubeProxyDisabled.Value);
    }

    // ---- K0S803 duplicate keys -------------------------------------------------------------------------------

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second_one_and_the_last_value_is_read()
    {
        YamlReadResult result = Read("spec:\n  network:\n    podCIDR: 10.244.0.0/16\n    serviceCIDR: 10.96.0.0/12\n    podCIDR: 10.10.0.0/16\n  controllerManager:\n    extraArgs:\n      v: 1\n      v: 2\n");
        Finding[] duplicates = result.Validate().Where(f => f.RuleId == "K0S803").ToArray();
        Assert.Equal(new[] { "spec.network.podCIDR", "spec.controllerManager.extraArgs.v" }, duplicates.Select(f => f.Path));
        Assert.Equal((5, 5), At(duplicates[0]));
        Assert.Contains("(the first at line 3)", duplicates[0].Message, StringComparison.Ordinal);
        Assert.Equal("10.10.0.0/16", result.Documents[0].Facts.PodCidr.Value);
    }

    [Theory]
    [InlineData("30", true)]          // no unit: time: missing unit in duration "30"
    [InlineData("0", true)]           // a plain 0 reaches metav1.Duration as a JSON number
    [InlineData("1.5", true)]
    [InlineData("30 s", true)]
    [InlineData("1d", true)]          // Go has no day unit
    [InlineData("yes", true)]
    [InlineData("\"0\"", false)]
    [InlineData("0s", false)]
    [InlineData("1m30s", false)]
    [InlineData("500ms", false)]
    [InlineData("-1s", false)]        // a duration all the same; whether k0s takes it is another rule's question
    public void A_kube_proxy_period_that_is_not_a_Go_duration_is_K0S802(string value, bool wrong)
    {
        IReadOnlyList<Finding> findings = Validate($"""
            spec:
              network:
                kubeProxy:
                  iptables:
                    syncPeriod: {value}
            """);

        Finding[] found = findings.Where(f => f.RuleId == "K0S802").ToArray();
        if (wrong)
        {
            Finding finding = Assert.Single(found);
            Assert.Equal((5, 21), At(finding));
            Assert.Equal("spec.network.kubeProxy.iptables.syncPeriod", finding.Path);
            Assert.Contains("takes a Go duration", finding.Message, StringComparison.Ordinal);
            Assert.Contains("such as 30s, 1m30s or 500ms", finding.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(found.Length == 0, Show(found));
        }
    }

    [Theory]
    [InlineData("-1s", "K0S707")]
    [InlineData("500ns", "K0S707")]
    [InlineData("1m30s", "")]
    [InlineData("2h", "")]
    [InlineData("soon", "")]
    public void A_virtual_server_delay_loop_is_read_as_a_Go_duration(string delayLoop, string rule)
    {
        string yaml = $"""
            spec:
              network:
                controlPlaneLoadBalancing:
                  enabled: true
                  keepalived:
                    vrrpInstances:
                      - virtualIPs: [192.168.122.200/24]
                        authPass: secret
                    virtualServers:
                      - ipAddress: 192.168.122.200
                        delayLoop: {delayLoop}
            """;

        YamlReadResult result = Read(yaml);
        Fact<TimeSpan> read = Assert.Single(result.Documents[0].Facts.VirtualServers.Value!).DelayLoop;
        Assert.Equal(delayLoop != "soon", read.IsKnown);
        Assert.Equal((11, 24), (((YamlPosition)read.Origin!).Line, ((YamlPosition)read.Origin!).Column));

        Finding[] found = result.Validate().Where(f => f.RuleId == "K0S707").ToArray();
        if (rule.Length == 0)
        {
            Assert.True(found.Length == 0, Show(found));
        }
        else
        {
            Assert.Equal((11, 24), At(Assert.Single(found)));
        }
    }

    [Fact]
    public void Explicitly_tagged_scalars_are_read_as_go_yaml_reads_them()
    {
        // k0s accepts this (OracleVerdicts d-tagged-scalars): !!int "6443" is the number, !!binary the text it holds.
        YamlReadResult result = Read("spec:\n  api:\n    port: !!int \"6443\"\n    k0sApiPort: !!float 9443\n  network:\n    clusterDomain: !!binary Y2x1c3Rlci5sb2NhbA==\n    dualStack:\n      enabled: !!bool \"false\"\n");
        Assert.DoesNotContain(result.Validate(), f => f.Severity == FindingSeverity.Error);
        ClusterFacts facts = result.Documents[0].Facts;
        Assert.Equal((6443L, 9443L, "cluster.local", false), (facts.ApiPort.Value, facts.K0sApiPort.Value, facts.ClusterDomain.Value, facts.DualStackEnabled.Value));

        // !!str keeps the text: a port written so is refused, as k0s refuses it.
        Assert.Contains(Read("spec:\n  api:\n    port: !!str 6443\n").Validate(), f => f.RuleId == "K0S802" && f.Path == "spec.api.port");
    }

    [Fact]
    public void Merge_keys_merge_but_a_merged_key_that_is_also_written_is_set_twice_as_k0s_reads_it()
    {
        // k0s's strict YAML reader (every minor): error converting YAML to JSON: yaml: unmarshal errors:
        //   line 7: key "podCIDR" already set in map. (The YAML merge spec lets the written key override; k0s does not.)
        YamlReadResult result = Read("base: &b\n  podCIDR: 10.96.0.0/16\n  serviceCIDR: 10.96.0.0/12\nspec:\n  network:\n    <<: *b\n    podCIDR: 10.244.0.0/16\n");
        IReadOnlyList<Finding> findings = result.Validate();
        Finding twice = Assert.Single(findings, f => f.RuleId == "K0S803");
        Assert.Equal(("spec.network.podCIDR", 7, 5), (twice.Path, ((YamlPosition)twice.Origin!).Line, ((YamlPosition)twice.Origin!).Column));
        Assert.Single(findings, f => f.RuleId == "K0S801" && f.Path == "base");

        // Without the written key, the merged keys are read and nothing is set twice.
        result = Read("base: &b\n  podCIDR: 10.96.0.0/16\n  serviceCIDR: 10.96.0.0/12\nspec:\n  network:\n    <<: *b\n    provider: calico\n");
        Assert.DoesNotContain(result.Validate(), f => f.RuleId == "K0S803");
        Assert.Equal("10.96.0.0/16", result.Documents[0].Facts.PodCidr.Value);
        Assert.Equal("10.96.0.0/12", result.Documents[0].Facts.ServiceCidr.Value);
    }

    // ---- real files ------------------------------------------------------------------------------------------

    public static TheoryData<string, string> RealFiles() => new()
    {
        { "docs-configuration-full.k0s.yaml", "" },
        // k0sctl refuses it (the k0sctl-validate oracle): kind ClusterConfig is no k0sctl Cluster, and '{{{ k0s_version }}}' is a mapping.
        { "docs-airgap-install.k0sctl.yaml", "K0S940@2:7 K0S940@7:14" },
        { "docs-cplb-k0sctl-config.yaml", "" },
        { "inttest-extraargs.yaml", "" },
        { "inttest-dualstack-calico.yaml", "" },
        { "dual-stack-calico-bird.yaml", "" },
        { "dual-stack-kuberouter.yaml", "" },
        { "bad-podCidr-case.yaml", "" },
        { "bad-calico-mode-42.yaml", "K0S802@11:13" },
        { "docs-traefik-template.yaml", "K0S804@21:12" },
        { "docs-kubeproxy-iptables-fragment.yaml", "K0S801@1:1" },
    };

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Real_files_from_k0s_report_exactly_their_errors(string file, string errors)
    {
        IReadOnlyList<Finding> findings = ClusterConfigYaml.Read(Encoding.UTF8.GetBytes(Data(file)), file).Validate();
        string actual = string.Join(" ", findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.RuleId + "@" + At(f).Line + ":" + At(f).Column));
        Assert.True(errors == actual, Show(findings));
    }
}
