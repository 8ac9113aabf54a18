using System.Collections.Generic;
using System.Linq;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests.Rules;

/// <summary>K0S108: a value given twice in a list the k0s CRD declares a set.</summary>
public class K0S108Tests
{
    private static Fact<IReadOnlyList<Fact<string>>> List(params Fact<string>[] entries) => Fact<IReadOnlyList<Fact<string>>>.Known(entries);

    [Fact]
    public void K0S108_fires_on_a_repeated_san_at_the_repeat_and_the_builder_writes_it_once()
    {
        ClusterConfigBuilder builder = K0s.Cluster().Api(a => a.Sans("10.0.0.1", "k8s.example.com", "10.0.0.1", "10.0.0.1"));
        IReadOnlyList<Finding> findings = builder.Validate();
        Assert.Equal(2, findings.Count(f => f.RuleId == RuleIds.DuplicateSetEntry));
        findings.At("K0S108", "spec.api.sans[2]").Is(
            "K0S108",
            "spec.api.sans[2]",
            FindingSeverity.Warning,
            "api.sans[2] '10.0.0.1' repeats api.sans[0]",
            "declares api.sans a set (x-kubernetes-list-type: set)",
            "Duplicate value: \"10.0.0.1\"",
            "Remove the second '10.0.0.1'.");
        findings.At("K0S108", "spec.api.sans[3]").Is("K0S108", "spec.api.sans[3]", FindingSeverity.Warning, "api.sans[3] '10.0.0.1' repeats api.sans[0]");

        ClusterConfig config = builder.Build();
        Assert.Equal(new[] { "10.0.0.1", "k8s.example.com" }, config.Api!.Sans);
        string yaml = config.ToYaml();
        Assert.Equal(1, yaml.Split("10.0.0.1").Length - 1);
        Assert.Contains("sans:", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void K0S108_fires_on_repeated_virtual_ips_and_unicast_peers_per_instance()
    {
        ClusterFacts facts = Facts(f => f.VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Known(new[]
        {
            new VrrpInstanceFacts { VirtualIPs = List(K("10.0.0.100/24")) },
            new VrrpInstanceFacts { VirtualIPs = List(K("10.0.0.101/24"), K("10.0.0.101/24")), UnicastPeers = List(K("10.0.0.2"), K("10.0.0.3"), K("10.0.0.2")) },
        }));
        IReadOnlyList<Finding> findings = Evaluate(facts);
        Assert.Equal(2, findings.Count(f => f.RuleId == RuleIds.DuplicateSetEntry));
        findings.At("K0S108", "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[1].virtualIPs[1]")
            .Is("K0S108", "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[1].virtualIPs[1]", FindingSeverity.Warning, "vrrpInstances[1].virtualIPs[1] '10.0.0.101/24' repeats vrrpInstances[1].virtualIPs[0]");
        findings.At("K0S108", "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[1].unicastPeers[2]")
            .Is("K0S108", "spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[1].unicastPeers[2]", FindingSeverity.Warning, "'10.0.0.2' repeats vrrpInstances[1].unicastPeers[0]");
    }

    [Fact]
    public void K0S108_silent_on_distinct_values_even_when_they_differ_only_in_case()
    {
        // The API server compares a set's strings exactly.
        Validate(c => c.Api(a => a.Sans("k8s.example.com", "K8S.example.com", "10.0.0.1"))).None(RuleIds.DuplicateSetEntry);
        Validate(c => c.Api(a => a.Sans())).None(RuleIds.DuplicateSetEntry);
    }

    [Fact]
    public void K0S108_unknown_entries_are_not_compared()
    {
        Evaluate(Unknown(f => f.Sans = List(U, U))).None(RuleIds.DuplicateSetEntry);
        Evaluate(Unknown(f => f.Sans = Fact<IReadOnlyList<Fact<string>>>.Unknown())).None(RuleIds.DuplicateSetEntry);
        Evaluate(Unknown(f => f.Sans = List(K("a.example.com"), U, K("a.example.com")))).One(RuleIds.DuplicateSetEntry)
            .Is("K0S108", "spec.api.sans[2]", FindingSeverity.Warning, "repeats api.sans[0]");
    }
}
