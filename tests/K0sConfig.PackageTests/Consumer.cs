using System.Text.RegularExpressions;

namespace K0sConfig.PackageTests;

/// <summary>One K0S diagnostic as the build prints it.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message, string TargetFramework)
{
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id} [{TargetFramework}]";
}

/// <summary>A fresh project outside the source tree that installs K0sConfig from the test feed.</summary>
internal sealed partial class Consumer
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    private Consumer(string directory) => Directory = directory;

    public string Directory { get; }

    public static Consumer Create(PackageFixture package, string name, string program, string targetFrameworks = "net10.0", IDictionary<string, string>? files = null)
    {
        string directory = Path.Combine(package.Root, name);
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFrameworks>{targetFrameworks}</TargetFrameworks>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="K0sConfig" Version="{PackageFixture.PackageVersion}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        foreach (KeyValuePair<string, string> file in files ?? new Dictionary<string, string>())
        {
            File.WriteAllText(Path.Combine(directory, file.Key), file.Value);
        }

        return new Consumer(directory);
    }

    public CommandResult Build(params string[] extra)
        => DotNet.Run(Directory, BuildTimeout, new[] { "build", "-nologo", "-nodeReuse:false" }.Concat(extra).ToArray());

    public CommandResult Run(string targetFramework)
        => DotNet.Run(Directory, BuildTimeout, "run", "--no-build", "--framework", targetFramework);

    /// <summary>The K0S diagnostics of a build, each once (MSBuild repeats them in its summary).</summary>
    public static IReadOnlyList<BuildDiagnostic> Diagnostics(CommandResult build)
        => DiagnosticLine().Matches(build.Output)
            .Select(m => new BuildDiagnostic(
                Path.GetFileName(m.Groups["file"].Value),
                int.Parse(m.Groups["line"].Value),
                int.Parse(m.Groups["col"].Value),
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value,
                m.Groups["tfm"].Success ? m.Groups["tfm"].Value : string.Empty))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"^\s*(?<file>[^\r\n(]+?)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning|info) (?<id>K0S\d{3}): (?<message>.*?) \[[^\]\r\n]*?(::TargetFramework=(?<tfm>[\w.]+))?\]\s*$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
