namespace K0sConfig.PackageTests;

[Collection(PackageCollection.Name)]
public sealed class PackageContentTests(PackageFixture package)
{
    [Fact]
    public void Package_holds_the_library_for_both_targets_and_the_analyzer_with_everything_it_loads()
    {
        Assert.Equal(
            new[]
            {
                "K0sConfig.nuspec",
                "README.md",
                "[Content_Types].xml",
                "_rels/.rels",
                "analyzers/dotnet/cs/K0sConfig.Analyzers.dll",
                "analyzers/dotnet/cs/K0sConfig.CodeFixes.dll",
                "analyzers/dotnet/cs/K0sConfig.Rules.dll",
                "analyzers/dotnet/cs/K0sConfig.Yaml.dll",
                "analyzers/dotnet/cs/System.Net.IPNetwork.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "build/K0sConfig.props",
                "build/K0sConfig.targets",
                "lib/net8.0/K0sConfig.Rules.dll",
                "lib/net8.0/K0sConfig.Rules.xml",
                "lib/net8.0/K0sConfig.Yaml.dll",
                "lib/net8.0/K0sConfig.Yaml.xml",
                "lib/net8.0/K0sConfig.dll",
                "lib/net8.0/K0sConfig.xml",
                "lib/netstandard2.0/K0sConfig.Rules.dll",
                "lib/netstandard2.0/K0sConfig.Rules.xml",
                "lib/netstandard2.0/K0sConfig.Yaml.dll",
                "lib/netstandard2.0/K0sConfig.Yaml.xml",
                "lib/netstandard2.0/K0sConfig.dll",
                "lib/netstandard2.0/K0sConfig.xml",
            }.OrderBy(n => n, StringComparer.Ordinal),
            package.PackageFiles().Where(f => !f.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Dependencies_flow_to_run_time_only_and_metadata_is_complete()
    {
        string nuspec = package.Nuspec();

        // YamlDotNet and IPNetwork2 are used inside; consumers get them at run time but never compile against them.
        Assert.Equal(2, CountOf(nuspec, "<dependency id=\"IPNetwork2\""));
        Assert.Equal(2, CountOf(nuspec, "<dependency id=\"YamlDotNet\""));
        Assert.Equal(4, CountOf(nuspec, "exclude=\"Compile,Build,Analyzers\""));
        Assert.DoesNotContain("K0sConfig.Rules\"", nuspec);
        Assert.DoesNotContain("K0sConfig.Yaml\"", nuspec);
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
        Assert.Contains("<readme>README.md</readme>", nuspec);
        Assert.Contains("<repository type=\"git\"", nuspec);
        Assert.Contains("AnalyzerReleases", nuspec);
        Assert.Contains("<tags>", nuspec);
    }

    [Fact]
    public void Packing_the_same_sources_twice_gives_the_same_bytes()
    {
        Assert.True(package.SecondPackResult.ExitCode == 0, package.SecondPackResult.ToString());
        Assert.Equal(PackageFixture.Sha256(package.PackagePath), PackageFixture.Sha256(package.SecondPackagePath));
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
