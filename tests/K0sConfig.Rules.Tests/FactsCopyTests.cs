namespace K0sConfig.Rules.Tests;

/// <summary>
/// <see cref="ClusterFacts.Copy"/> shares the maps of lists and sections, which are written in place once owned: a write
/// to either instance after a copy must not show in the other, however many writes follow.
/// </summary>
public class FactsCopyTests
{
    private static readonly string CoreDns = FieldPaths.Images + ".coredns";

    private static Fact<ItemFacts> Section(string image)
    {
        var section = new ItemFacts("origin");
        section.SetText("image", Fact<string>.Known(image, "origin"));
        return Fact<ItemFacts>.Known(section, "origin");
    }

    private static Fact<IReadOnlyList<ItemFacts>> Charts(int count)
        => Fact<IReadOnlyList<ItemFacts>>.Known(Enumerable.Range(0, count).Select(_ => new ItemFacts("origin")).ToArray(), "origin");

    /// <summary>Facts with the CoreDNS image section ("a") and one chart, which own their maps.</summary>
    private static ClusterFacts Original()
    {
        var original = new ClusterFacts();
        original.SetSection(CoreDns, Section("a"));
        original.SetItems(FieldPaths.HelmCharts, Charts(1));
        return original;
    }

    [Fact]
    public void Writes_to_a_copy_leave_the_original_as_it_was()
    {
        ClusterFacts original = Original();
        ClusterFacts copy = original.Copy();
        copy.SetSection(CoreDns, Section("b"));
        copy.ForgetSections(FieldPaths.Images);
        copy.SetItems(FieldPaths.HelmCharts, Charts(2));
        copy.ForgetItems(FieldPaths.WorkerProfiles);

        Assert.Equal("a", original.Section(CoreDns).Value!.Text("image").Value);
        Assert.True(original.Section(FieldPaths.Images + ".pause").IsUnset);
        Assert.Single(original.Items(FieldPaths.HelmCharts).Value!);
        Assert.True(original.Items(FieldPaths.WorkerProfiles).IsUnset);

        Assert.True(copy.Section(CoreDns).IsUnknown);
        Assert.True(copy.Section(FieldPaths.Images + ".pause").IsUnknown);
        Assert.Equal(2, copy.Items(FieldPaths.HelmCharts).Value!.Count);
        Assert.True(copy.Items(FieldPaths.WorkerProfiles).IsUnknown);
    }

    [Fact]
    public void Writes_to_the_original_after_a_copy_leave_the_copy_as_it_was()
    {
        ClusterFacts original = Original();

        // The original owned its maps before the copy; after it, it may no longer write them in place.
        ClusterFacts copy = original.Copy();
        original.SetSection(CoreDns, Section("b"));
        original.SetItems(FieldPaths.HelmCharts, Charts(3));
        original.ForgetSections(FieldPaths.Images);

        Assert.Equal("a", copy.Section(CoreDns).Value!.Text("image").Value);
        Assert.Single(copy.Items(FieldPaths.HelmCharts).Value!);
        Assert.True(original.Section(CoreDns).IsUnknown);
        Assert.Equal(3, original.Items(FieldPaths.HelmCharts).Value!.Count);
    }

    [Fact]
    public void A_copy_of_a_copy_is_as_independent()
    {
        ClusterFacts original = Original();
        ClusterFacts first = original.Copy();
        first.SetSection(CoreDns, Section("b"));
        ClusterFacts second = first.Copy();
        second.SetSection(CoreDns, Section("c"));
        first.SetSection(CoreDns, Section("d"));

        Assert.Equal("a", original.Section(CoreDns).Value!.Text("image").Value);
        Assert.Equal("d", first.Section(CoreDns).Value!.Text("image").Value);
        Assert.Equal("c", second.Section(CoreDns).Value!.Text("image").Value);
    }
}
