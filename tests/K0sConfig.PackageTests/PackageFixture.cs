using System.IO.Compression;
using System.Security.Cryptography;

namespace K0sConfig.PackageTests;

/// <summary>
/// Packs K0sConfig once per test run into a temporary folder feed, with a fresh packages folder, so that nothing
/// from an earlier run or from the developer's NuGet cache can stand in for the package under test.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string PackageVersion = "0.1.0";
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

    public PackageFixture()
    {
        RepoRoot = FindRepoRoot();
        Root = Path.Combine(Path.GetTempPath(), "k0sconfig-package-tests", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss") + "-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);

        // Consumers live below Root: stop MSBuild from looking further up for props, targets or central versions.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), NuGetConfig(Feed, Packages));

        string project = Path.Combine(RepoRoot, "src", "K0sConfig", "K0sConfig.csproj");
        PackResult = DotNet.Run(RepoRoot, PackTimeout, "pack", project, "-c", "Release", "-o", Feed);
        if (PackResult.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + PackResult);
        }

        PackagePath = Path.Combine(Feed, $"K0sConfig.{PackageVersion}.nupkg");

        // A second pack of the same sources must give the same bytes.
        string again = Path.Combine(Root, "feed-again");
        SecondPackResult = DotNet.Run(RepoRoot, PackTimeout, "pack", project, "-c", "Release", "-o", again);
        SecondPackagePath = Path.Combine(again, $"K0sConfig.{PackageVersion}.nupkg");
    }

    public string RepoRoot { get; }

    /// <summary>The temporary folder of this run: feed, packages and consumers.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string PackagePath { get; }

    public string SecondPackagePath { get; }

    public CommandResult PackResult { get; }

    public CommandResult SecondPackResult { get; }

    public static string Sha256(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    public IReadOnlyList<string> PackageFiles()
    {
        using ZipArchive zip = ZipFile.OpenRead(PackagePath);
        return zip.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    public string Nuspec()
    {
        using ZipArchive zip = ZipFile.OpenRead(PackagePath);
        using var reader = new StreamReader(zip.GetEntry("K0sConfig.nuspec")!.Open());
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("K0SCONFIG_KEEP_TEST_FILES") == null)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A language server or compiler server may still hold a file; the OS cleans temp.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static string FindRepoRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "K0sConfig.Analyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("K0sConfig.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }

    private static string NuGetConfig(string feed, string packages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="{packages}" />
          </config>
          <packageSources>
            <clear />
            <add key="k0sconfig-under-test" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="k0sconfig-under-test">
              <package pattern="K0sConfig" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
