using System.Diagnostics;
using System.Reflection;

namespace K0sConfig.Tests;

/// <summary>
/// The samples, run as a user runs them: <c>dotnet samples/Name/bin/.../Name.dll [--out FILE]</c>. Their YAML must be
/// the golden file of the same config (Configs.DualStackSample, Configs.CalicoBirdSample), so a sample and its golden
/// file cannot drift apart.
/// </summary>
public sealed class SampleTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2); // a hang guard, not a timing assertion
    private readonly string _directory = TempDirectory.Create();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, string> Samples() => new()
    {
        { "DualStack", "dual-stack-kuberouter-masks" },
        { "CalicoBird", "dual-stack-calico-bird" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_prints_its_golden_yaml_and_the_capacity(string sample, string golden)
    {
        (int exitCode, string stdout, string stderr) = Run(sample);

        Assert.True(exitCode == 0, stderr);
        string expected = Golden(golden);
        Assert.StartsWith(expected, stdout, StringComparison.Ordinal);
        Assert.Contains("# Capacity (nodes per cluster × addresses per node):", stdout, StringComparison.Ordinal);
        foreach (PodRangeCapacity capacity in Configs.All[golden]().Build().Capacity)
        {
            Assert.Contains("#   " + capacity, stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_with_out_writes_its_golden_yaml_to_the_file(string sample, string golden)
    {
        string path = Path.Combine(_directory, "k0s.yaml");

        (int exitCode, string stdout, string stderr) = Run(sample, "--out", path);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(Golden(golden), File.ReadAllText(path));
        Assert.Contains("Wrote " + path, stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("apiVersion:", stdout, StringComparison.Ordinal);
        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public void Sample_refuses_an_unknown_argument_with_usage()
    {
        (int exitCode, string stdout, string stderr) = Run("CalicoBird", "--bogus");

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: [--out FILE]", stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public void Composed_sample_writes_one_k0s_yaml_per_environment()
    {
        string outDir = Path.Combine(_directory, "out");

        (int exitCode, string stdout, string stderr) = Run("Composed", "--out-dir", outDir);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(new[] { "dev.k0s.yaml", "prod.k0s.yaml", "staging.k0s.yaml" }, Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Wrote " + Path.Combine(outDir, "prod.k0s.yaml"), stdout, StringComparison.Ordinal);

        // The base (Calico in bird mode, the IPv4 ranges) in every file; each overlay only in its own.
        foreach (string name in new[] { "prod", "staging", "dev" })
        {
            string yaml = File.ReadAllText(Path.Combine(outDir, name + ".k0s.yaml"));
            Assert.Contains("  name: " + name + "\n", yaml, StringComparison.Ordinal);
            Assert.Contains("    provider: calico\n    podCIDR: 10.244.0.0/16\n    serviceCIDR: 10.96.0.0/12\n", yaml, StringComparison.Ordinal);
            Assert.Contains("    calico:\n      mode: bird\n", yaml, StringComparison.Ordinal);
            Assert.Equal(name != "dev", yaml.Contains("      enabled: true\n", StringComparison.Ordinal));
            Assert.Equal(name == "dev", yaml.Contains("    kubeProxy:\n      mode: ipvs\n", StringComparison.Ordinal));
        }

        Assert.Contains("      IPv6podCIDR: fd10::/108\n", File.ReadAllText(Path.Combine(outDir, "staging.k0s.yaml")), StringComparison.Ordinal);
        Assert.Contains("  api:\n    address: \"10.0.0.10\"\n", File.ReadAllText(Path.Combine(outDir, "prod.k0s.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void HaCluster_writes_k0sctl_yaml_into_the_directory_given_and_summarizes_the_cluster()
    {
        string outDir = Path.Combine(_directory, "out");
        Directory.CreateDirectory(outDir);
        string path = Path.Combine(outDir, "k0sctl.yaml");
        File.WriteAllText(path, "# an older file, replaced whole\n");

        (int exitCode, string stdout, string stderr) = Run("HaCluster", outDir);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(outDir)); // no temporary file left
        string yaml = File.ReadAllText(path);
        Assert.StartsWith("apiVersion: k0sctl.k0sproject.io/v1beta1\nkind: Cluster\n", yaml, StringComparison.Ordinal);
        Assert.Equal(3, yaml.Split("- role: controller\n").Length - 1);
        Assert.Contains("Wrote " + path, stdout, StringComparison.Ordinal);
        Assert.Contains("k0s v1.34.10+k0s.0", stdout, StringComparison.Ordinal);
        Assert.Contains("#   3 × controller: cp-1 (10.1.0.11), cp-2 (10.1.0.12), cp-3 (10.1.0.13)\n", stdout, StringComparison.Ordinal);
        Assert.Contains("#   3 × worker: ", stdout, StringComparison.Ordinal);
        Assert.Contains("#   IPv4 10.244.0.0/16, node mask /24: 256 nodes × 256 addresses per node\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void HaCluster_writes_into_the_current_directory_or_the_yaml_file_given_and_refuses_more_arguments()
    {
        Assert.Equal(0, Run("HaCluster").ExitCode);
        Assert.True(File.Exists(Path.Combine(_directory, "k0sctl.yaml")));

        string file = Path.Combine(_directory, "prod", "cluster.k0sctl.yaml");
        Assert.Equal(0, Run("HaCluster", file).ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(_directory, "k0sctl.yaml")), File.ReadAllText(file));

        (int exitCode, string stdout, string stderr) = Run("HaCluster", "a", "b");
        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: [DIRECTORY | FILE.yaml]", stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout);
    }

    private static string Golden(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name + ".yaml"));

    private (int ExitCode, string Stdout, string Stderr) Run(string sample, params string[] args)
    {
        string dll = SampleDll(sample);
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{sample} did not exit within {Patience}");
        }

        return (process.ExitCode, stdout.Result.Replace("\r\n", "\n", StringComparison.Ordinal), stderr.Result);
    }

    private static string SampleDll(string sample)
    {
        string Metadata(string key) => typeof(SampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

        string dll = Path.Combine(Metadata("SamplesDirectory"), sample, "bin", Metadata("Configuration"), Metadata("TargetFramework"), sample + ".dll");
        Assert.True(File.Exists(dll), "the test project builds the sample first, but " + dll + " is missing");
        return dll;
    }

    /// <summary>The dotnet host running these tests (the CLI sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        string? process = Environment.ProcessPath;
        return process != null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
    }
}
