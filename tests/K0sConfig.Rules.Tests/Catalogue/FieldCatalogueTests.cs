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
        CatalogueField podCidr = FieldCatalogue.Find(FieldPaths.PodCidr)!;
        Assert.Equal("podCIDR", podCidr.Key);
        Assert.Equal("spec.network", podCidr.Parent);
        Assert.Equal(FieldKind.Cidr, podCidr.Kind);
        Assert.True(podCidr.ExistsIn(27) && podCidr.ExistsIn(36));
        Assert.Equal("10.244.0.0/16", podCidr.DefaultIn(30));
        Assert.Equal("NetworkBuilder.PodCidr", podCidr.BuilderMethod);
        Assert.True(podCidr.DecodedLeniently);

        // primaryAddressFamily came with k0s 1.34; Traefik node-local load balancing with 1.36.
        CatalogueField family = FieldCatalogue.Find(FieldPaths.PrimaryAddressFamily)!;
        Assert.False(family.ExistsIn(33));
        Assert.True(family.ExistsIn(34));
        Assert.Equal(new[] { "IPv4", "IPv6" }, family.EnumValues);
        Assert.False(FieldCatalogue.Find(FieldPaths.TraefikApiServerBindPort)!.ExistsIn(35));

        // api.tunneledNetworkingMode was a field of k0s 1.27 only.
        CatalogueField? tunneled = FieldCatalogue.Find("spec.api.tunneledNetworkingMode");
        Assert.NotNull(tunneled);
        Assert.True(tunneled!.ExistsIn(27));
        Assert.False(tunneled.ExistsIn(28));
        Assert.Null(FieldCatalogue.Field("spec.api", "tunneledNetworkingMode"));
        Assert.NotNull(FieldCatalogue.Field("spec.api", "tunneledNetworkingMode", minor: 27));

        // charts[].timeout was an integer before k0s 1.30, a duration or integer since.
        CatalogueField timeout = FieldCatalogue.Find("spec.extensions.helm.charts[].timeout")!;
        Assert.Equal(FieldKind.IntOrString, timeout.Kind);
        Assert.Equal("integer", Assert.Single(timeout.OlderCrdTypes).Value);

        CatalogueField sans = FieldCatalogue.Find(FieldPaths.Sans)!;
        Assert.Equal(FieldKind.Set, sans.Kind);
        Assert.Equal(FieldKind.Address, FieldCatalogue.Find(FieldPaths.Sans + "[]")!.Kind);
        Assert.Equal(FieldKind.KeyedList, FieldCatalogue.Find(FieldPaths.VirtualServers)!.Kind);
        Assert.Equal(FieldKind.Duration, FieldCatalogue.Find("spec.network.kubeProxy.ipvs.syncPeriod")!.Kind);
        Assert.Equal("[]", FieldCatalogue.Find(FieldPaths.Sans + "[]")!.Key);
        Assert.Equal("*", FieldCatalogue.Find(FieldPaths.ApiExtraArgs + ".*")!.Key);
        // StorageSpec and ClusterImages decode themselves (plain json.Unmarshal): k0s drops unknown keys below them
        // (the k0s-validate oracle accepts spec.storage.etcd.bogus); ControllerManagerSpec does not.
        Assert.True(FieldCatalogue.Find("spec.storage.etcd")!.DecodedLeniently);
        Assert.True(FieldCatalogue.Find("spec.images.calico")!.DecodedLeniently);
        Assert.False(FieldCatalogue.Find("spec.controllerManager")!.DecodedLeniently);
    }

    [Fact]
    public void Keys_match_as_Go_encoding_json_matches_them_exactly_first_then_ignoring_case()
    {
        Assert.Equal(FieldPaths.PodCidr, FieldCatalogue.Field(FieldPaths.Network, "podCIDR")!.Path);
        Assert.Equal(FieldPaths.PodCidr, FieldCatalogue.Field(FieldPaths.Network, "PODcidr")!.Path);
        Assert.Null(FieldCatalogue.Field(FieldPaths.Network, "podCIDRs"));

        // Go folds KELVIN SIGN to k and LONG S to s (their case-folding orbits hold those ASCII letters), nothing else
        // non-ASCII: not the dotless i, nor the dotted capital I.
        Assert.Equal("spec.network.kubeProxy", FieldCatalogue.Field(FieldPaths.Network, "\u212AubeProxy")!.Path);
        Assert.Equal(FieldPaths.ServiceCidr, FieldCatalogue.Field(FieldPaths.Network, "\u017FerviceCIDR")!.Path);
        Assert.Null(FieldCatalogue.Field(FieldPaths.Network, "podC\u0131dr"));
        Assert.Null(FieldCatalogue.Field(FieldPaths.Network, "podC\u0130DR"));
        Assert.Null(FieldCatalogue.Field(FieldPaths.Network, "primaryAddressFamily", minor: 33));
        Assert.NotNull(FieldCatalogue.Field(FieldPaths.Network, "primaryAddressFamily", minor: 34));
        Assert.Contains(FieldCatalogue.FieldsOf(string.Empty), f => f.Key == "spec");
    }

    [Fact]
    public void Every_builder_method_the_catalogue_names_exists_and_every_public_builder_method_is_named_or_listed_as_writing_no_field_of_its_own()
    {
        var named = FieldCatalogue.All.Where(f => f.BuilderMethod != null).Select(f => f.BuilderMethod!).ToHashSet(StringComparer.Ordinal);
        // The k0sctl builders write k0sctl's own schema (K0sctlReader holds it), not the ClusterConfig catalogue's fields.
        Type[] builders = typeof(K0s).Assembly.GetExportedTypes().Where(t => t.Namespace == "K0sConfig" && t.Name.EndsWith("Builder", StringComparison.Ordinal) && !t.Name.StartsWith("K0sctl", StringComparison.Ordinal)).ToArray();
        Assert.True(builders.Length >= 17, "builder types found: " + string.Join(", ", builders.Select(t => t.Name)));
        foreach (string method in named)
        {
            string[] parts = method.Split('.');
            Type? type = builders.SingleOrDefault(t => t.Name == parts[0]);
            Assert.True(type != null, method + ": no builder type " + parts[0]);
            Assert.True(type!.GetMethods().Any(m => m.Name == parts[1] && m.DeclaringType == type), method + ": no such public method");
        }

        // Methods that build, validate, choose the provider, or write an extraArgs entry under a name of their own.
        var noFieldOfTheirOwn = new HashSet<string>(StringComparer.Ordinal)
        {
            "ClusterConfigBuilder.Build", "ClusterConfigBuilder.Validate", "ClusterConfigBuilder.ForK0s",
            "NetworkBuilder.CustomCni",
            "ControllerManagerBuilder.NodeCidrMaskSize", "ControllerManagerBuilder.NodeCidrMaskSizeIPv4", "ControllerManagerBuilder.NodeCidrMaskSizeIPv6",
        };
        var missing = builders
            .SelectMany(t => t.GetMethods().Where(m => m.DeclaringType == t && !m.IsSpecialName).Select(m => t.Name + "." + m.Name))
            .Distinct()
            .Where(m => !named.Contains(m) && !noFieldOfTheirOwn.Contains(m))
            .ToList();
        Assert.True(missing.Count == 0, "builder methods with no catalogue entry (method= in overlay.txt): " + string.Join(", ", missing));
        Assert.All(noFieldOfTheirOwn, m => Assert.DoesNotContain(m, named));
    }

    [Fact]
    public void A_builder_method_that_writes_one_field_or_another_by_the_builder_it_is_called_on_is_shared()
    {
        Assert.True(FieldCatalogue.BuilderMethodIsShared(FieldPaths.EnvoyProxyApiServerBindPort));
        Assert.True(FieldCatalogue.BuilderMethodIsShared(FieldPaths.TraefikKonnectivityServerBindPort));
        Assert.False(FieldCatalogue.BuilderMethodIsShared(FieldPaths.PodCidr));
        Assert.False(FieldCatalogue.BuilderMethodIsShared("spec.telemetry.enabled"));
    }

    [Fact]
    public void The_spellings_of_each_builder_enum_are_the_ones_the_catalogue_lists_for_its_field()
    {
        var checkedEnums = new HashSet<Type>();
        foreach (CatalogueField field in FieldCatalogue.All.Where(f => f.BuilderMethod != null && f.Kind == FieldKind.Enum))
        {
            string[] parts = field.BuilderMethod!.Split('.');
            Type builder = typeof(K0s).Assembly.GetExportedTypes().Single(t => t.Namespace == "K0sConfig" && t.Name == parts[0]);
            Type enumType = builder.GetMethods().Single(m => m.Name == parts[1] && m.DeclaringType == builder).GetParameters()[0].ParameterType;
            Assert.True(enumType.IsEnum, field.Path + ": " + field.BuilderMethod + " takes no enum");
            Assert.Equal(field.EnumValues.OrderBy(v => v, StringComparer.Ordinal), Spellings(enumType).OrderBy(v => v, StringComparer.Ordinal));
            checkedEnums.Add(enumType);
        }

        Assert.Equal(FieldCatalogue.Find(FieldPaths.Provider)!.EnumValues.OrderBy(v => v, StringComparer.Ordinal), Spellings(typeof(NetworkProvider)).OrderBy(v => v, StringComparer.Ordinal));
        checkedEnums.Add(typeof(NetworkProvider));
        // k0sctl's enums: the roles k0sctl validates (Host.Validate) and the version channels (K0s.Validate).
        Assert.Equal(new[] { "controller", "controller+worker", "single", "worker" }, Spellings(typeof(K0sctlRole)).OrderBy(v => v, StringComparer.Ordinal));
        Assert.Equal(new[] { "latest", "stable" }, Spellings(typeof(K0sctlVersionChannel)).OrderBy(v => v, StringComparer.Ordinal));
        // k0sctl's taint effects (EvictTaintOption.Validate).
        Assert.Equal(new[] { "NoExecute", "NoSchedule", "PreferNoSchedule" }, Spellings(typeof(K0sctlTaintEffect)).OrderBy(v => v, StringComparer.Ordinal));
        checkedEnums.Add(typeof(K0sctlRole));
        checkedEnums.Add(typeof(K0sctlVersionChannel));
        checkedEnums.Add(typeof(K0sctlTaintEffect));
        Type[] enums = typeof(K0s).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToArray();
        Assert.Equal(enums.OrderBy(t => t.Name), checkedEnums.OrderBy(t => t.Name));
    }

    private static IEnumerable<string> Spellings(Type enumType)
        => enumType.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => f.GetCustomAttributes(typeof(System.Runtime.Serialization.EnumMemberAttribute), false).Cast<System.Runtime.Serialization.EnumMemberAttribute>().Single().Value!);
}
