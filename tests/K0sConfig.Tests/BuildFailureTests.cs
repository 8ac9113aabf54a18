namespace K0sConfig.Tests;

/// <summary>Build() refuses a config a rule finds an error in, and says every error, one a line.</summary>
public class BuildFailureTests
{
    [Fact]
    public void Build_throws_with_one_line_per_error_finding()
    {
        ClusterConfigBuilder builder = K0s.Cluster()
            .Api(a => a.Address("0.0.0.0"))
            .Network(n => n.PodCidr("10.244.0.0/33").ServiceCidr("not-a-cidr"));

        K0sConfigException error = Assert.Throws<K0sConfigException>(() => builder.Build());

        Assert.True(error.Errors.Count >= 3, error.Message);
        Assert.All(error.Errors, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        string[] lines = error.Message.Split(Environment.NewLine);
        Assert.Equal($"The k0s configuration has {error.Errors.Count} errors:", lines[0]);
        foreach (Finding finding in error.Errors)
        {
            string line = Assert.Single(lines, l => l == finding.ToString());
            Assert.StartsWith(finding.RuleId + " error " + finding.Path + ": ", line, StringComparison.Ordinal);
            Assert.EndsWith(finding.Message, line, StringComparison.Ordinal);
        }

        Assert.Contains(error.Errors, f => f.RuleId == "K0S101" && f.Path == "spec.network.podCIDR");
        Assert.Contains(error.Errors, f => f.RuleId == "K0S101" && f.Path == "spec.network.serviceCIDR");
        Assert.Contains(error.Errors, f => f.RuleId == "K0S103" && f.Path == "spec.api.address");

        // The errors come first, right after the heading.
        Assert.Equal(error.Errors.Select(f => f.ToString()), lines.Skip(1).Take(error.Errors.Count));
    }

    [Fact]
    public void Build_with_one_error_says_error_in_the_singular()
    {
        K0sConfigException error = Assert.Throws<K0sConfigException>(() => K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/33")).Build());

        Finding finding = Assert.Single(error.Errors);
        Assert.Equal("The k0s configuration has 1 error:" + Environment.NewLine + finding, error.Message.Split(Environment.NewLine).Take(2).Aggregate((a, b) => a + Environment.NewLine + b));
    }

    [Fact]
    public void Build_failure_lists_the_warnings_after_the_errors()
    {
        // K0S204 (warning): IPv6 ranges with dual-stack off; K0S101 (error): bad pod CIDR.
        K0sConfigException error = Assert.Throws<K0sConfigException>(() => K0s.Cluster()
            .Network(n => n.PodCidr("10.244.0.0/33").DualStack(ds => ds.IPv6PodCidr("fd00::/108").Enabled(false)))
            .Build());

        string[] lines = error.Message.Split(Environment.NewLine);
        Finding warning = Assert.Single(error.Findings, f => f.RuleId == "K0S204");
        int warningLine = Array.IndexOf(lines, warning.ToString());
        int errorLine = Array.IndexOf(lines, error.Errors[0].ToString());
        Assert.True(errorLine > 0 && warningLine > errorLine, error.Message);
        Assert.DoesNotContain(error.Findings.Where(f => f.Severity == FindingSeverity.Info), f => lines.Contains(f.ToString()));
    }

    [Fact]
    public void Findings_are_single_lines()
    {
        // One finding per line only holds if no message has a line break of its own.
        K0sConfigException error = Assert.Throws<K0sConfigException>(() => K0s.Cluster()
            .Api(a => a.Address("::").ExternalAddress("bad host").Sans("bad san").Port(0).K0sApiPort(70000))
            .Network(n => n.PodCidr("10.244.0.1/16").ServiceCidr("fd00::/64").ClusterDomain("-bad-").KubeProxy(p => p.Mode(KubeProxyMode.Userspace)))
            .ControllerManager(cm => cm.NodeCidrMaskSize(0))
            .Build());

        Assert.True(error.Errors.Count >= 5, error.Message);
        Assert.All(error.Findings, f => Assert.DoesNotContain('\n', f.ToString()));
        Assert.All(error.Findings, f => Assert.DoesNotContain('\r', f.ToString()));
    }

    [Fact]
    public void Line_breaks_in_values_cannot_split_a_finding_or_forge_one()
    {
        K0sConfigException error = Assert.Throws<K0sConfigException>(() => K0s.Cluster()
            .Network(n => n.PodCidr("10.0.0.0/8\nK0S999 error spec.fake: injected"))
            .Api(a => a.Sans("bad\r\nsan", "x\u2028y").ExtraArg("--v\nK0S999 error spec.forged: injected", "2"))
            .Build());

        string[] lines = error.Message.Split(Environment.NewLine);
        int warnings = error.Findings.Count(f => f.Severity == FindingSeverity.Warning);
        Assert.Equal(1 + error.Errors.Count + warnings, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Matches("^K0S[0-9]{3} (error|warning) spec\\.", l));
        Assert.DoesNotContain(lines, l => l.StartsWith("K0S999", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("'10.0.0.0/8\\nK0S999 error spec.fake: injected'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("'bad\\r\\nsan'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("K0S601 warning spec.api.extraArgs.--v\\nK0S999 error spec.forged: injected: ", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Message, c => c is '\u2028' or '\u2029' or '\u0085' || (c == '\r' && !Environment.NewLine.Contains('\r', StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_reports_the_same_errors_without_throwing()
    {
        ClusterConfigBuilder builder = K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/33"));

        IReadOnlyList<Finding> findings = builder.Validate();
        K0sConfigException error = Assert.Throws<K0sConfigException>(() => builder.Build());

        Assert.Equal(error.Findings.Select(f => f.ToString()), findings.Select(f => f.ToString()));
    }

    [Fact]
    public void Invalid_config_never_reaches_a_file()
    {
        string directory = TempDirectory.Create();
        try
        {
            string path = Path.Combine(directory, "k0s.yaml");

            Assert.Throws<K0sConfigException>(() => K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/33")).Build().WriteYaml(path));

            Assert.Empty(Directory.GetFileSystemEntries(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Built_config_keeps_warnings_and_information()
    {
        ClusterConfig config = Configs.SingleStackIPv6().Build();

        Assert.DoesNotContain(config.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Contains(config.Findings, f => f.RuleId == "K0S205" && f.Severity == FindingSeverity.Warning);
        Assert.Contains(config.Findings, f => f.RuleId == "K0S406" && f.Severity == FindingSeverity.Info);
    }
}

/// <summary>A fresh empty directory under the system temp directory.</summary>
internal static class TempDirectory
{
    public static string Create()
    {
        string path = Path.Combine(Path.GetTempPath(), "k0sconfig-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
