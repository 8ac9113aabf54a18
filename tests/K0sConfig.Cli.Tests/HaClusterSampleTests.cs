using YamlDotNet.RepresentationModel;
using static K0sConfig.Cli.Tests.Cli;

namespace K0sConfig.Cli.Tests;

/// <summary>
/// samples/HaCluster's cluster (its ProductionCluster, Inventory and Addons files are compiled into this project): the
/// k0sctl.yaml it writes holds three controllers, the k0s pin, the API's virtual IP and both charts, and
/// <c>k0sconfig validate</c> finds nothing to say about it.
/// </summary>
public sealed class HaClusterSampleTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("k0sconfig-ha-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Hosts_are_three_controllers_and_at_least_two_workers_over_ssh_with_private_addresses()
    {
        YamlMappingNode spec = Spec(ProductionCluster.Build().ToYaml());

        YamlMappingNode[] hosts = ((YamlSequenceNode)spec["hosts"]).Children.Cast<YamlMappingNode>().ToArray();
        Assert.Equal(3, hosts.Count(h => Text(h, "role") == "controller"));
        Assert.True(hosts.Count(h => Text(h, "role") == "worker") >= 2);
        Assert.Equal(hosts.Length, hosts.Count(h => Text(h, "role") is "controller" or "worker"));
        Assert.All(hosts, h => Assert.StartsWith("10.1.0.", Text(h, "privateAddress"), StringComparison.Ordinal));
        Assert.All(hosts, h => Assert.Equal("~/.ssh/k0s-prod_ed25519", Text((YamlMappingNode)h["ssh"], "keyPath")));
        Assert.Equal(hosts.Length, hosts.Select(h => Text((YamlMappingNode)h["ssh"], "address")).Distinct().Count());
    }

    [Fact]
    public void K0s_is_pinned_and_the_API_sits_behind_the_keepalived_virtual_IP()
    {
        K0sctlCluster cluster = ProductionCluster.Build();
        YamlMappingNode k0s = (YamlMappingNode)Spec(cluster.ToYaml())["k0s"];

        Assert.Equal("v1.34.10+k0s.0", Text(k0s, "version"));
        Assert.Equal("v1.34.10+k0s.0", cluster.K0sVersion);

        YamlMappingNode config = (YamlMappingNode)((YamlMappingNode)k0s["config"])["spec"];
        YamlMappingNode cplb = (YamlMappingNode)((YamlMappingNode)config["network"])["controlPlaneLoadBalancing"];
        Assert.Equal("true", Text(cplb, "enabled"));
        Assert.Equal("Keepalived", Text(cplb, "type")); // what k0sctl needs to use the virtual server's address
        YamlMappingNode keepalived = (YamlMappingNode)cplb["keepalived"];
        YamlMappingNode vrrp = (YamlMappingNode)Assert.Single(((YamlSequenceNode)keepalived["vrrpInstances"]).Children);
        Assert.Equal(new[] { "10.1.0.100/24" }, ((YamlSequenceNode)vrrp["virtualIPs"]).Children.Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal("eth1", Text(vrrp, "interface"));
        YamlMappingNode server = (YamlMappingNode)Assert.Single(((YamlSequenceNode)keepalived["virtualServers"]).Children);
        Assert.Equal("10.1.0.100", Text(server, "ipAddress"));
        Assert.Equal("etcd", Text((YamlMappingNode)config["storage"], "type"));
    }

    [Fact]
    public void MetalLB_and_ingress_nginx_are_helm_charts_in_order_each_in_its_namespace()
    {
        YamlMappingNode helm = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)Spec(ProductionCluster.Build().ToYaml())["k0s"])["config"])["spec"])["extensions"])["helm"];

        string[] repositories = ((YamlSequenceNode)helm["repositories"]).Children.Cast<YamlMappingNode>().Select(r => Text(r, "url")).ToArray();
        Assert.Equal(new[] { "https://metallb.github.io/metallb", "https://kubernetes.github.io/ingress-nginx" }, repositories);
        YamlMappingNode[] charts = ((YamlSequenceNode)helm["charts"]).Children.Cast<YamlMappingNode>().ToArray();
        Assert.Equal(
            new[] { ("metallb/metallb", "metallb-system", "1"), ("ingress-nginx/ingress-nginx", "ingress-nginx", "2") },
            charts.Select(c => (Text(c, "chartname"), Text(c, "namespace"), Text(c, "order"))));
        Assert.All(charts, c => Assert.Matches(@"^\d+\.\d+\.\d+$", Text(c, "version")));
        Assert.Contains("metallb.io/loadBalancerIPs: \"10.1.0.200\"", Text(charts[1], "values"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_nothing_on_the_written_file_and_exits_with_0()
    {
        string path = Path.Combine(_directory, "k0sctl.yaml");
        ProductionCluster.Build().WriteYaml(path);

        (int exitCode, string stdout, string stderr) = Run("validate", path);

        Assert.True(exitCode == 0, stdout + stderr);
        Assert.Equal(string.Empty, stdout + stderr);
        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(_directory)); // no temporary file left

        // The same run does see the file: a k0s version the pin does not match is reported.
        (exitCode, stdout, _) = Run("validate", "--k0s-version", "1.33", path);
        Assert.Equal(0, exitCode);
        Assert.Contains("info K0S809: spec.k0s.version 'v1.34.10+k0s.0'", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ClusterConfig_builds_for_the_pinned_k0s()
    {
        ClusterConfig config = ProductionCluster.ClusterConfig().Build();

        Assert.Equal(K0sVersion.Parse("1.34.10"), config.Version);
        Assert.DoesNotContain(config.Findings, f => f.Severity != FindingSeverity.Info);
        Assert.Equal(3, Inventory.Machines.Count(m => m.Role == K0sctlRole.Controller));
    }

    private static YamlMappingNode Spec(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        YamlMappingNode root = (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
        Assert.Equal("Cluster", Text(root, "kind"));
        return (YamlMappingNode)root["spec"];
    }

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;
}
