using System.Text.Json;

namespace K0sConfig.PackageTests;

/// <summary>Real consumers of the package: `dotnet build` fails where it should, with the diagnostics a user sees.</summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerBuildTests(PackageFixture package)
{
    private const string ValidProgram = """
        using K0sConfig;

        ClusterConfig config = K0s.Cluster("k0s")
            .Network(net => net
                .KubeRouter()
                .PodCidr("10.244.0.0/16")
                .ServiceCidr("10.96.0.0/12")
                .DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
            .ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(120).NodeCidrMaskSizeIPv4(21))
            .Build();

        Console.Write(config.ToYaml());
        foreach (PodRangeCapacity capacity in config.Capacity)
        {
            Console.WriteLine(capacity);
        }
        """;

    /// <summary>samples/Mistakes/Program.cs: one mistake a line, at the argument that holds it.</summary>
    private static readonly (int Line, int Column, string Severity, string Id)[] MistakesExpected =
    {
        (4, 38, "error", "K0S101"),
        (5, 38, "warning", "K0S102"),
        (6, 38, "error", "K0S202"),
        (7, 49, "error", "K0S301"),
        (8, 38, "error", "K0S402"),
        (9, 61, "error", "K0S403"),
        (10, 151, "error", "K0S404"),
        (11, 66, "error", "K0S501"),
        (12, 1, "error", "K0S301"),
        (13, 6, "error", "K0S402"),
        (14, 1, "error", "K0S301"),
    };

    [Fact]
    public void Mistakes_fail_the_build_for_net8_and_net10_with_one_diagnostic_per_line_and_a_SARIF_log()
    {
        string program = File.ReadAllText(Path.Combine(package.RepoRoot, "samples", "Mistakes", "Program.cs"));
        Consumer consumer = Consumer.Create(package, "Mistakes", program, targetFrameworks: "net8.0;net10.0");

        // -m:1 builds the two target frameworks one after the other, so they do not write the SARIF file at once.
        CommandResult build = consumer.Build("-m:1", "-p:ErrorLog=out.sarif%2Cversion=2.1");

        Assert.True(build.ExitCode != 0, "the build must fail:\n" + build);
        IReadOnlyList<BuildDiagnostic> diagnostics = Consumer.Diagnostics(build);
        foreach (string framework in new[] { "net8.0", "net10.0" })
        {
            var actual = diagnostics.Where(d => d.TargetFramework == framework)
                .Select(d => (d.Line, d.Column, d.Severity, d.Id))
                .OrderBy(d => d.Line)
                .ToArray();
            Assert.True(MistakesExpected.SequenceEqual(actual), $"{framework}: expected\n{string.Join("\n", MistakesExpected)}\nbut got\n{string.Join("\n", actual)}\n\n{build}");
        }

        Assert.All(diagnostics, d => Assert.Equal("Program.cs", d.File));
        Assert.DoesNotContain("AD0001", build.Output);

        // SARIF 2.1: each result carries its rule id, message and region; each rule its help link.
        using JsonDocument sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer.Directory, "out.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        JsonElement run = sarif.RootElement.GetProperty("runs")[0];
        JsonElement result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "K0S101");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Contains("'10.244.0.0/33'", result.GetProperty("message").GetProperty("text").GetString());
        JsonElement region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(4, region.GetProperty("startLine").GetInt32());
        Assert.Equal(38, region.GetProperty("startColumn").GetInt32());
        JsonElement rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "K0S101");
        Assert.EndsWith("/docs/rules/K0S101.md", rule.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void A_valid_config_builds_clean_for_net8_and_net10_and_runs()
    {
        Consumer consumer = Consumer.Create(package, "Valid", ValidProgram, targetFrameworks: "net8.0;net10.0");

        CommandResult build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(Consumer.Diagnostics(build), d => d.Severity != "info");
        Assert.DoesNotContain("warning", build.Output.Replace("0 Warning(s)", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

        // Only the .NET 10 runtime is installed here; net8.0 is built, net10.0 is run.
        CommandResult run = consumer.Run("net10.0");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("apiVersion: k0s.k0sproject.io/v1beta1", run.Output);
        Assert.Contains("kind: ClusterConfig", run.Output);
        Assert.Contains("IPv6podCIDR: fd00::/108", run.Output);
        Assert.Contains("node-cidr-mask-size-ipv6: \"120\"", run.Output);
        Assert.Contains("IPv6 fd00::/108, node mask /120: 4096 nodes × 256 addresses per node", run.Output);
    }

    /// <summary>Issue 10: the project's k0s.yaml is checked in the build, at the YAML line; the property turns it off.</summary>
    [Fact]
    public void K0s_yaml_in_the_project_fails_the_build_at_its_line_unless_turned_off()
    {
        const string yaml = """
            apiVersion: k0s.k0sproject.io/v1beta1
            kind: ClusterConfig
            spec:
              network:
                provider: calico
                dualStack:
                  enabled: true
                  IPv6podCIDR: fd00::/108
                  IPv6serviceCIDR: fd01::/108
            """;
        Consumer consumer = Consumer.Create(package, "YamlInBuild", "System.Console.WriteLine();\n", files: new Dictionary<string, string>
        {
            ["k0s.yaml"] = yaml,
            ["staging.k0s.yaml"] = "spec:\n  network:\n    podCIDR: 10.244.0.0/16\n",
        });

        CommandResult failed = consumer.Build("-p:ErrorLog=yaml.sarif%2Cversion=2.1");
        Assert.True(failed.ExitCode != 0, "the build must fail:\n" + failed);
        Assert.Equal(new[] { ("k0s.yaml", 5, 15, "error", "K0S301") }, Consumer.Diagnostics(failed).Select(d => (d.File, d.Line, d.Column, d.Severity, d.Id)).ToArray());
        Assert.DoesNotContain("AD0001", failed.Output);
        using (JsonDocument sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer.Directory, "yaml.sarif"))))
        {
            JsonElement result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "K0S301");
            JsonElement location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("k0s.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
            Assert.Equal(5, location.GetProperty("region").GetProperty("startLine").GetInt32());
        }

        CommandResult off = consumer.Build("--no-incremental", "-p:K0sConfigValidateYaml=false");
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.DoesNotContain("K0S301", off.Output);
    }

    [Fact]
    public void EditorConfig_turns_an_error_into_a_warning_or_removes_it()
    {
        const string program = """
            using K0sConfig;

            K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.Vxlan)).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
            """;
        Consumer consumer = Consumer.Create(package, "EditorConfig", program, files: new Dictionary<string, string>
        {
            [".editorconfig"] = "root = true\n\n[*.cs]\ndotnet_diagnostic.K0S301.severity = warning\n",
        });

        CommandResult asWarning = consumer.Build();
        Assert.True(asWarning.ExitCode == 0, asWarning.ToString());
        Assert.Equal(new[] { (3, 49, "warning", "K0S301") }, Consumer.Diagnostics(asWarning).Select(d => (d.Line, d.Column, d.Severity, d.Id)).ToArray());

        File.WriteAllText(Path.Combine(consumer.Directory, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.K0S301.severity = none\n");
        // .editorconfig is an input the incremental build does not always notice leaving; build it whole.
        CommandResult silenced = consumer.Build("--no-incremental");
        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.DoesNotContain("K0S301", silenced.Output);

        File.Delete(Path.Combine(consumer.Directory, ".editorconfig"));
        CommandResult asError = consumer.Build("--no-incremental");
        Assert.True(asError.ExitCode != 0, asError.ToString());
        Assert.Equal(new[] { (3, 49, "error", "K0S301") }, Consumer.Diagnostics(asError).Select(d => (d.Line, d.Column, d.Severity, d.Id)).ToArray());
    }

    [Fact]
    public void Pragma_and_SuppressMessage_suppress_a_rule()
    {
        const string program = """
            using System.Diagnostics.CodeAnalysis;
            using K0sConfig;

            #pragma warning disable K0S102
            K0s.Cluster().Network(n => n.PodCidr("10.244.0.1/16"));
            #pragma warning restore K0S102
            Suppressed.Configure();
            K0s.Cluster().Network(n => n.PodCidr("10.244.0.2/16"));

            static class Suppressed
            {
                [SuppressMessage("K0sConfig", "K0S102", Justification = "Written this way on purpose.")]
                public static void Configure() => K0s.Cluster().Network(n => n.PodCidr("10.244.0.3/16"));
            }
            """;
        Consumer consumer = Consumer.Create(package, "Suppress", program);

        CommandResult build = consumer.Build();

        // Only the line that is not suppressed reports, which also shows the analyzer ran.
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { (8, 38, "warning", "K0S102") }, Consumer.Diagnostics(build).Select(d => (d.Line, d.Column, d.Severity, d.Id)).ToArray());
    }

    [Fact]
    public void The_library_does_not_leak_its_internal_dependencies_to_the_consumers_compiler()
    {
        const string program = """
            var network = System.Net.IPNetwork2.Parse("10.0.0.0/8");
            var serializer = new YamlDotNet.Serialization.SerializerBuilder();
            """;
        Consumer consumer = Consumer.Create(package, "NoLeak", program);

        CommandResult build = consumer.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains("'IPNetwork2' does not exist in the namespace 'System.Net'", build.Output);
        Assert.Contains("'YamlDotNet'", build.Output);
    }
}
