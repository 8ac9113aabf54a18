namespace K0sConfig.Rules.Tests.Catalogue;

/// <summary>The field catalogue is what its generator makes of the CRDs and the overlay, and reads as k0s's CRDs say.</summary>
public class FieldCatalogueTests
{
    private static string CatalogueDirectory => Path.Combine(T.RepositoryRoot(), "src", "K0sConfig.Rules", "Catalogue");

    [Fact]
    public void The_checked_in_catalogue_is_what_the_CRDs_and_the_overlay_give()
    {
        string generated = CatalogueGenerator.Generate(CatalogueDirectory);
        string file = Path.Combine(CatalogueDirectory, "FieldCatalogue.g.cs");
        if (Environment.GetEnvironmentVariable("K0SCONFIG_WRITE_CATALOGUE") == "1")
        {
            File.WriteAllText(file, generated);
        }

        Assert.True(File.Exists(file), file + " is missing: run with K0SCONFIG_WRITE_CATALOGUE=1.");
        string checkedIn = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(checkedIn == generated, "FieldCatalogue.g.cs is stale against Catalogue/crds and overlay.txt: regenerate with K0SCONFIG_WRITE_CATALOGUE=1 dotnet test tests/K0sConfig.Rules.Tests --filter Catalogue");
    }

    [Fact]
    public void A_field_knows_its_versions_kind_key_and_parent()
    {
        FieldInfo podCidr = FieldCatalogue.Find(FieldPaths.PodCidr)!;
        Assert.Equal("podCIDR", podCidr.Key);
        Assert.Equal("spec.network", podCidr.Parent);
        Assert.Equal(FieldKind.Cidr, podCidr.Kind);
        Assert.True(podCidr.ExistsIn(27) && podCidr.ExistsIn(36));
        Assert.Equal("10.244.0.0/16", podCidr.DefaultIn(30));
        Assert.Equal("NetworkBuilder.PodCidr", podCidr.BuilderMethod);
        Assert.True(podCidr.DecodedLeniently);

        // primaryAddressFamily came with k0s 1.34; Traefik node-local load balancing with 1.36.
        FieldInfo family = FieldCatalogue.Find(FieldPaths.PrimaryAddressFamily)!;
        Assert.False(family.ExistsIn(33));
        Assert.True(family.ExistsIn(34));
        Assert.Equal(new[] { "IPv4", "IPv6" }, family.EnumValues);
        Assert.False(FieldCatalogue.Find(FieldPaths.TraefikApiServerBindPort)!.ExistsIn(35));

        // api.tunneledNetworkingMode was a field of k0s 1.27 only.
        FieldInfo? tunneled = FieldCatalogue.Find("spec.api.tunneledNetworkingMode");
        Assert.NotNull(tunneled);
        Assert.True(tunneled!.ExistsIn(27));
        Assert.False(tunneled.ExistsIn(28));
        Assert.Null(FieldCatalogue.Field("spec.api", "tunneledNetworkingMode"));
        Assert.NotNull(FieldCatalogue.Field("spec.api", "tunneledNetworkingMode", minor: 27));

        // charts[].timeout was an integer before k0s 1.30, a duration or integer since.
        FieldInfo timeout = FieldCatalogue.Find("spec.extensions.helm.charts[].timeout")!;
        Assert.Equal(FieldKind.IntOrString, timeout.Kind);
        Assert.Equal("integer", Assert.Single(timeout.OlderCrdTypes).Value);

        FieldInfo sans = FieldCatalogue.Find(FieldPaths.Sans)!;
        Assert.Equal(FieldKind.Set, sans.Kind);
        Assert.Equal(FieldKind.Address, FieldCatalogue.Find(FieldPaths.Sans + "[]")!.Kind);
        Assert.Equal(FieldKind.KeyedList, FieldCatalogue.Find(FieldPaths.VirtualServers)!.Kind);
        Assert.Equal(FieldKind.Duration, FieldCatalogue.Find("spec.network.kubeProxy.ipvs.syncPeriod")!.Kind);
        Assert.Equal("[]", FieldCatalogue.Find(FieldPaths.Sans + "[]")!.Key);
        Assert.Equal("*", FieldCatalogue.Find(FieldPaths.ApiExtraArgs + ".*")!.Key);
        Assert.False(FieldCatalogue.Find("spec.storage.etcd")!.DecodedLeniently);
    }

    [Fact]
    public void Keys_match_as_Go_encoding_json_matches_them_exactly_first_then_ignoring_case()
    {
        Assert.Equal(FieldPaths.PodCidr, FieldCatalogue.Field(FieldPaths.Network, "podCIDR")!.Path);
        Assert.Equal(FieldPaths.PodCidr, FieldCatalogue.Field(FieldPaths.Network, "PODcidr")!.Path);
        Assert.Null(FieldCatalogue.Field(FieldPaths.Network, "podCIDRs"));
        Assert.Null(FieldCatalogue.Field(FieldPaths.Network, "primaryAddressFamily", minor: 33));
        Assert.NotNull(FieldCatalogue.Field(FieldPaths.Network, "primaryAddressFamily", minor: 34));
        Assert.Contains(FieldCatalogue.FieldsOf(string.Empty), f => f.Key == "spec");
    }
}
