namespace K0sConfig.Tests;

/// <summary>
/// Build() on the node-local proxy's image (K0S905) and on a patch without content (K0S909): it refuses what k0s refuses
/// or what removes an object, keeps a warning in the built configuration, and writes what it accepts.
/// </summary>
public class SectionBuildTests
{
    [Fact]
    public void Build_refuses_a_node_local_proxy_image_whose_version_is_not_a_tag()
    {
        K0sConfigException error = Assert.Throws<K0sConfigException>(() => K0s.Cluster()
            .Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.Image(i => i.Image("quay.io/k0sproject/envoy-distroless").Version("v1 2")))))
            .Build());

        Finding finding = Assert.Single(error.Errors);
        Assert.Equal("K0S905", finding.RuleId);
        Assert.Equal("spec.network.nodeLocalLoadBalancing.envoyProxy.image.version", finding.Path);
        Assert.StartsWith("nodeLocalLoadBalancing.envoyProxy.image.version 'v1 2' is not an image tag; k0s rejects it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_refuses_a_padded_traefik_image_from_1_36_and_the_traefik_block_before()
    {
        ClusterConfigBuilder Traefik(string version) => K0s.Cluster().ForK0s(version)
            .Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik).Traefik(t => t.Image(i => i.Image("traefik ").Version("v3.6.2")))));

        Finding padded = Assert.Single(Assert.Throws<K0sConfigException>(() => Traefik("1.36").Build()).Errors);
        Assert.Equal(("K0S905", "spec.network.nodeLocalLoadBalancing.traefik.image.image"), (padded.RuleId, padded.Path));

        // k0s 1.35 has no traefik block (nor the Traefik type): it is K0S808's, not K0S905's.
        IReadOnlyList<Finding> old = Assert.Throws<K0sConfigException>(() => Traefik("1.35").Build()).Errors;
        Assert.Contains(old, f => f.RuleId == "K0S808" && f.Path == "spec.network.nodeLocalLoadBalancing.traefik");
        Assert.DoesNotContain(old, f => f.RuleId == "K0S905");
    }

    [Fact]
    public void Build_writes_a_node_local_proxy_image_with_an_empty_half_for_k0s_to_fill_in()
    {
        ClusterConfig config = K0s.Cluster("k0s")
            .Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(e => e.Image(i => i.Image("quay.io/k0sproject/envoy").Version("")))))
            .Build();

        Assert.DoesNotContain(config.Findings, f => f.RuleId == "K0S905");
        Assert.Contains("    nodeLocalLoadBalancing:\n      enabled: true\n      envoyProxy:\n        image:\n          image: quay.io/k0sproject/envoy\n          version: \"\"\n", config.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_refuses_a_merge_patch_without_content()
    {
        K0sConfigException error = Assert.Throws<K0sConfigException>(() => K0s.Cluster()
            .Network(n => n.CoreDns(d => d.Patch(p => p.Target(t => t.Kind("Deployment").Name("coredns")).Patch(s => s.Type(PatchType.Merge)))))
            .Build());

        Finding finding = Assert.Single(error.Errors);
        Assert.Equal(("K0S909", "spec.network.coreDNS.patches[0].patch.content"), (finding.RuleId, finding.Path));
        Assert.Contains("replaces the whole object (Deployment coredns) with null", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_keeps_a_warning_for_a_json_or_strategic_merge_patch_without_content()
    {
        ClusterConfig config = K0s.Cluster()
            .Network(n => n.KubeProxy(k => k.Patch(p => p.Target(t => t.Kind("DaemonSet").Name("kube-proxy")).Patch(s => s.Type(PatchType.Json).Content("")))))
            .MetricsServer(m => m.Patch(p => p.Target(t => t.Kind("Deployment").Name("metrics-server")).Patch(s => s.Type(PatchType.StrategicMerge))))
            .Build();

        Finding[] warnings = config.Findings.Where(f => f.RuleId == "K0S909").ToArray();
        Assert.Equal(new[] { "spec.metricsServer.patches[0].patch.content", "spec.network.kubeProxy.patches[0].patch.content" }, warnings.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(warnings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
    }

    [Fact]
    public void Build_is_silent_on_a_patch_whose_content_is_not_known_until_it_runs()
    {
        string content = Environment.GetEnvironmentVariable("K0SCONFIG_TEST_UNSET_PATCH") ?? "spec: {replicas: 2}";
        ClusterConfig config = K0s.Cluster()
            .Network(n => n.CoreDns(d => d.Patch(p => p.Target(t => t.Kind("Deployment").Name("coredns")).Patch(s => s.Type(PatchType.Merge).Content(content)))))
            .Build();

        Assert.DoesNotContain(config.Findings, f => f.RuleId == "K0S909");
    }
}
