namespace K0sConfig.Rules.Tests;

/// <summary><see cref="ClusterFacts.KeepOnly"/>: what the rules say about the values written in one place alone.</summary>
public class KeepOnlyTests
{
    [Fact]
    public void Keeps_the_values_of_the_accepted_origins_and_makes_every_other_value_unknown()
    {
        var facts = new ClusterFacts
        {
            PodCidr = Fact<string>.Known("10.96.0.0/16", "here"),
            ServiceCidr = Fact<string>.Known("10.96.0.0/12", "there"),
            ControllerManagerExtraArgs = new ExtraArgsFacts(
                new Dictionary<string, ExtraArgFact>
                {
                    ["node-cidr-mask-size-ipv4"] = new ExtraArgFact(Fact<string>.Known("33", "here"), ExtraArgSource.TypedHelper),
                    ["v"] = new ExtraArgFact(Fact<string>.Known("2", "there"), ExtraArgSource.ExtraArg),
                },
                isComplete: true),
        };

        ClusterFacts alone = facts.KeepOnly(origin => Equals(origin, "here"));

        Assert.Equal("10.96.0.0/16", alone.PodCidr.Value);
        Assert.True(alone.ServiceCidr.IsUnknown);
        Assert.Equal("there", alone.ServiceCidr.Origin);
        Assert.True(alone.Provider.IsUnknown); // unset before: unknown now, since other places may set it
        Assert.False(alone.ControllerManagerExtraArgs.IsComplete);
        Assert.Equal(new[] { "node-cidr-mask-size-ipv4" }, alone.ControllerManagerExtraArgs.Entries.Keys);

        // The overlap needs both ranges: not decided by the values written "here" alone. The mask is.
        Assert.Contains(RuleEngine.Evaluate(facts, null, null), f => f.RuleId == RuleIds.PodServiceOverlap);
        IReadOnlyList<Finding> findings = RuleEngine.Evaluate(alone, null, null);
        Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.PodServiceOverlap);
        Assert.Contains(findings, f => f.RuleId == RuleIds.InvalidNodeMaskSize && Equals(f.Origin, "here"));
    }

    [Fact]
    public void Refuses_a_null_filter()
        => Assert.Throws<ArgumentNullException>(() => new ClusterFacts().KeepOnly(null!));
}
