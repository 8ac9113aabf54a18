using System.Diagnostics;
using System.Text.Json;
using K0sConfig.Rules;
using static K0sConfig.Cli.Tests.Cli;

namespace K0sConfig.Cli.Tests;

/// <summary><c>k0sconfig validate</c>: the compiler's format, JSON, SARIF, options and exit codes.</summary>
public class ValidateTests
{
    private const string CalicoVxlanDualStack = """
        apiVersion: k0s.k0sproject.io/v1beta1
        kind: ClusterConfig
        spec:
          network:
            provider: calico
            podCIDR: 10.244.0.0/16
            dualStack:
              enabled: true
              IPv6podCIDR: fd00::/108
              IPv6serviceCIDR: fd01::/108
        """;

    [Fact]
    public void Findings_are_printed_in_the_compiler_s_format_and_an_error_exits_with_1()
    {
        (int exitCode, string stdout, string stderr) = Pipe(CalicoVxlanDualStack, "validate", "-");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, stderr);
        string line = Assert.Single(Lines(stdout));
        Assert.StartsWith("-(5,15): error K0S301: Calico mode vxlan does not support dual-stack", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_samples_validate_with_exit_code_0_and_no_output()
    {
        (int exitCode, string stdout, string stderr) = Run("validate", Sample("k0s.yaml"), Sample("k0sctl.yaml"));
        Assert.True(exitCode == 0, stdout + stderr);
        Assert.Equal(string.Empty, stdout + stderr);
    }

    [Fact]
    public void Warnings_alone_exit_with_0_and_severity_settings_change_the_level_or_turn_a_rule_off()
    {
        const string yaml = "spec:\n  network:\n    podCIDR: 10.244.0.1/16\n";
        (int exitCode, string stdout, _) = Pipe(yaml, "validate", "-");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("-(3,14): warning K0S102:", Assert.Single(Lines(stdout)), StringComparison.Ordinal);

        (exitCode, stdout, _) = Pipe(yaml, "validate", "-", "--severity", "K0S102=error");
        Assert.Equal(1, exitCode);
        Assert.StartsWith("-(3,14): error K0S102:", Assert.Single(Lines(stdout)), StringComparison.Ordinal);

        (exitCode, stdout, _) = Pipe(CalicoVxlanDualStack, "validate", "-", "--severity", "k0s301=none");
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stdout);
    }

    /// <summary>
    /// An int field written as a YAML float: go-yaml resolves 6443.0, 6.443e3 and 06449 (an 8 or 9 makes it no octal
    /// number) as floats, sigs.k8s.io/yaml writes them into the JSON as integers, and k0s reads the port (its oracle
    /// accepts each). A fraction, or a value encoding/json prints with an exponent, is a type error (k0s: "json: cannot
    /// unmarshal number 6443.5 into Go struct field ClusterSpec.spec.api.port of type int", and "number 1e+22").
    /// </summary>
    [Theory]
    [InlineData("6443.0", false)]
    [InlineData("6.443e3", false)]
    [InlineData("06449", false)]
    [InlineData("6443.5", true)]
    [InlineData("1e22", true)]
    public void Int_fields_read_a_float_with_an_integral_value_as_k0s_does(string port, bool refused)
    {
        (int exitCode, string stdout, _) = Pipe("spec:\n  api:\n    port: " + port + "\n", "validate", "-");
        if (!refused)
        {
            Assert.Equal(0, exitCode);
            Assert.Equal(string.Empty, stdout);
        }
        else
        {
            Assert.Equal(1, exitCode);
            string line = Assert.Single(Lines(stdout));
            Assert.StartsWith("-(3,11): error K0S802: spec.api.port is the number " + port + ", but the field takes a whole number", line, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A helm repository's or chart's field written as a number: where an earlier ignored key (podSecurityPolicy) masks
    /// the type error, k0s steps over it, the field stays empty, and k0s refuses the entry for that (its oracle: "extensions:
    /// chart must have Name field not empty", ...). Without the mask, k0s stops at the type error, and K0S802 alone says so.
    /// </summary>
    [Theory]
    [InlineData("repositories:\n      - name: 5\n        url: https://x\n", "(8,15): error K0S901: extensions.helm.repositories[0] has no name")]
    [InlineData("repositories:\n      - name: a\n        url: 5\n", "(9,14): error K0S901: extensions.helm.repositories[0] (a) has no URL")]
    [InlineData("charts:\n      - name: .5\n        chartname: b/c\n        namespace: x\n", "(8,15): error K0S902: extensions.helm.charts[0] has no name")]
    [InlineData("charts:\n      - name: a\n        chartname: 5\n        namespace: x\n", "(9,20): error K0S902: extensions.helm.charts[0] (a) has no chartname")]
    [InlineData("charts:\n      - name: a\n        chartname: b/c\n        namespace: 5\n", "(10,20): error K0S902: extensions.helm.charts[0] (a) has no namespace")]
    public void A_helm_field_that_is_not_text_is_empty_where_k0s_steps_over_its_type_error(string entries, string expected)
    {
        const string Start = "apiVersion: k0s.k0sproject.io/v1beta1\npodSecurityPolicy: {}\nkind: ClusterConfig\nspec:\n  extensions:\n    helm:\n      ";
        (int exitCode, string stdout, _) = Pipe(Start + entries, "validate", "-");
        Assert.Equal(1, exitCode);
        string[] errors = Lines(stdout).Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToArray();
        Assert.StartsWith("-" + expected + "; k0s rejects it", Assert.Single(errors), StringComparison.Ordinal);

        // Not masked: k0s stops at the type error, which K0S802 reports; the entry's rule says nothing.
        (exitCode, stdout, _) = Pipe(Start.Replace("podSecurityPolicy: {}\n", string.Empty, StringComparison.Ordinal) + entries, "validate", "-");
        Assert.Equal(1, exitCode);
        Assert.Contains(" error K0S802: ", Assert.Single(Lines(stdout)), StringComparison.Ordinal);
    }

    [Fact]
    public void K0S406_is_off_unless_named_and_max_pods_reaches_K0S405()
    {
        const string yaml = "spec:\n  network:\n    podCIDR: 10.244.0.0/16\n";
        Assert.Equal(string.Empty, Pipe(yaml, "validate", "-").Stdout);
        Assert.Contains("info K0S406: IPv4 pod CIDR '10.244.0.0/16' with node mask /24", Pipe(yaml, "validate", "-", "--severity", "K0S406=info").Stdout, StringComparison.Ordinal);

        (int exitCode, string stdout, _) = Pipe(yaml, "validate", "-", "--max-pods", "300");
        Assert.Equal(0, exitCode);
        Assert.Contains("warning K0S405:", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--severity", "K0S999=error", "names no rule")]
    [InlineData("--severity", "K0S101=loud", "the level must be error, warning, info or none")]
    [InlineData("--max-pods", "0", "--max-pods must be a whole number of at least 1")]
    [InlineData("--format", "xml", "xml")]
    [InlineData("--k0s-version", "1.x", "--k0s-version: '1.x' is not a k0s version; write it as 1.33, 1.33.6, v1.33.6")]
    [InlineData("--feature-gates", "Foo=true", "--feature-gates: unknown feature gate \"Foo\"")]
    public void A_wrong_option_exits_with_2_and_says_why(string option, string value, string message)
    {
        (int exitCode, string stdout, string stderr) = Pipe("spec: {}\n", "validate", "-", option, value);
        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void K0s_version_and_feature_gates_choose_what_k0s_the_file_is_checked_for()
    {
        // k0s 1.33 accepts an IPv6 podCIDR with dual-stack (k0s-validate-1.33 on cases/b04); 1.34.1 and later refuse it.
        const string dualStack = "spec:\n  network:\n    podCIDR: fd00::/108\n    serviceCIDR: fd01::/108\n    dualStack:\n      enabled: true\n      IPv6podCIDR: fd02::/108\n      IPv6serviceCIDR: fd03::/108\n";
        Assert.Equal(1, Pipe(dualStack, "validate", "-").ExitCode);
        Assert.Equal(0, Pipe(dualStack, "validate", "-", "--k0s-version", "1.33").ExitCode);
        Assert.Equal(1, Pipe(dualStack, "validate", "-", "--k0s-version", "v1.34.1+k0s.0").ExitCode);

        // Single-stack IPv6: gates not given, a warning; given without the gate, k0s's error; with it, nothing.
        const string ipv6 = "spec:\n  network:\n    podCIDR: fd00::/108\n    serviceCIDR: fd01::/108\n";
        Assert.Contains("warning K0S205", Pipe(ipv6, "validate", "-").Stdout, StringComparison.Ordinal);
        Assert.Contains("error K0S205", Pipe(ipv6, "validate", "-", "--feature-gates", "").Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("K0S205", Pipe(ipv6, "validate", "-", "--feature-gates", "IPv6SingleStack=true").Stdout, StringComparison.Ordinal);
        (int exitCode, _, string stderr) = Pipe(ipv6, "validate", "-", "--k0s-version", "1.33", "--feature-gates", "IPv6SingleStack=true");
        Assert.Equal(2, exitCode);
        Assert.Contains("k0s 1.33 has no feature gates", stderr, StringComparison.Ordinal);

        // An older k0s than the rules know: checked as 1.27, with a warning.
        Assert.Contains("warning K0S807: k0s 1.24 is older than the versions K0sConfig knows (1.27 to 1.36)", Pipe("spec: {}\n", "validate", "-", "--k0s-version", "1.24").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_k0sctl_pin_is_the_version_unless_the_option_names_another_which_wins_and_says_so()
    {
        // The CPLB block: k0s 1.29 has no such field and spec.network drops it without a word (k0s-validate-1.29, probe p06).
        const string k0sctl = "apiVersion: k0sctl.k0sproject.io/v1beta1\nkind: Cluster\nspec:\n  k0s:\n    version: v1.29.4+k0s.0\n    config:\n      spec:\n        network:\n          controlPlaneLoadBalancing:\n            enabled: true\n";
        string pinned = Pipe(k0sctl, "validate", "-").Stdout;
        Assert.Contains("(9,11): warning K0S801: spec.network has no field 'controlPlaneLoadBalancing'; k0s 1.29.4+k0s.0 does not have this field (k0s 1.30 to 1.36 have it: it was added in 1.30)", pinned, StringComparison.Ordinal);
        Assert.DoesNotContain("K0S809", pinned, StringComparison.Ordinal);
        string overridden = Pipe(k0sctl, "validate", "-", "--k0s-version", "1.33").Stdout;
        Assert.Contains("(5,14): info K0S809: spec.k0s.version 'v1.29.4+k0s.0' pins another k0s than the version asked for, 1.33, which wins", overridden, StringComparison.Ordinal);
        Assert.DoesNotContain("K0S801", overridden, StringComparison.Ordinal);
        // A version k0sctl itself refuses is K0S947's error; that it is not read as a k0s version (K0S809) adds nothing.
        string refused = Pipe(k0sctl.Replace("v1.29.4+k0s.0", "latest"), "validate", "-").Stdout;
        Assert.Contains("(5,14): error K0S947:", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("K0S809", refused, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_read_or_is_not_yaml_exits_with_2_and_the_others_are_still_checked()
    {
        string missing = Path.Combine(Path.GetTempPath(), "k0sconfig-missing-" + Guid.NewGuid().ToString("N") + ".yaml");
        (int exitCode, string stdout, string stderr) = Pipe(CalicoVxlanDualStack, "validate", missing, "-", Data("docs-traefik-template.yaml"));

        Assert.Equal(2, exitCode);
        Assert.Contains("k0sconfig: cannot read '" + missing + "'", stderr, StringComparison.Ordinal);
        Assert.Contains("-(5,15): error K0S301:", stdout, StringComparison.Ordinal);
        Assert.Contains("docs-traefik-template.yaml(21,12): error K0S804: k0s cannot read this file as a ClusterConfig: the YAML is not well-formed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_an_array_of_findings_with_file_position_rule_severity_message_and_path()
    {
        (int exitCode, string stdout, _) = Pipe(CalicoVxlanDualStack + "\n    podCIDR: 10.0.0.0/33\n", "validate", "-", "--format", "json");

        Assert.Equal(1, exitCode);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement[] findings = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(new[] { "K0S301", "K0S803" }, findings.Select(f => f.GetProperty("ruleId").GetString()).Where(id => id != "K0S101").Distinct());
        JsonElement duplicate = findings.Single(f => f.GetProperty("ruleId").GetString() == "K0S803");
        Assert.Equal("-", duplicate.GetProperty("file").GetString());
        Assert.Equal(11, duplicate.GetProperty("line").GetInt32());
        Assert.Equal(5, duplicate.GetProperty("column").GetInt32());
        Assert.Equal("error", duplicate.GetProperty("severity").GetString());
        Assert.Equal("spec.network.podCIDR", duplicate.GetProperty("path").GetString());
        Assert.Contains("written twice", duplicate.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("[]", Pipe("spec: {}\n", "validate", "-", "--format", "json").Stdout.Trim());
    }

    [Fact]
    public void Sarif_2_1_has_every_rule_with_its_help_link_and_each_result_at_its_line()
    {
        (_, string stdout, _) = Pipe(CalicoVxlanDualStack, "validate", "-", "--format", "sarif");

        using JsonDocument sarif = JsonDocument.Parse(stdout);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        JsonElement run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        JsonElement[] rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(RuleEngine.Catalogue.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.Equal(RuleEngine.Catalogue.Single(c => c.Id == r.GetProperty("id").GetString()).HelpLink, r.GetProperty("helpUri").GetString()));

        JsonElement result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("K0S301", result.GetProperty("ruleId").GetString());
        Assert.Equal("K0S301", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        JsonElement region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((5, 15), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
    }

    [Fact]
    public void Rules_lists_the_catalogue_with_severity_title_and_link()
    {
        (int exitCode, string stdout, _) = Run("rules");
        Assert.Equal(0, exitCode);
        string[] lines = Lines(stdout);
        Assert.Equal(RuleEngine.Catalogue.Count, lines.Length);
        Assert.Contains("K0S301\tError\tCalico dual-stack needs bird mode\thttps://github.com/k0sconfig/k0sconfig/blob/main/docs/rules/K0S301.md", lines);
        Assert.Contains(lines, l => l.StartsWith("K0S406\tInfo (off by default)\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("K0S804\tError\t", StringComparison.Ordinal));
    }

    [Fact]
    public void No_command_or_an_unknown_one_exits_with_2()
    {
        Assert.Equal(2, Run("frobnicate").ExitCode);
        Assert.Equal(2, Run("validate").ExitCode);
    }

    /// <summary>The tool as a user runs it: a separate process, a file argument, standard input, the exit code.</summary>
    [Fact]
    public void The_tool_runs_as_a_process()
    {
        string dll = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("validate");
        start.ArgumentList.Add(Sample("k0s.yaml"));
        start.ArgumentList.Add("-");
        using Process process = Process.Start(start)!;
        process.StandardInput.Write(CalicoVxlanDualStack);
        process.StandardInput.Close();
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "k0sconfig did not finish");
        Assert.True(process.ExitCode == 1, stdout + stderr);
        Assert.StartsWith("-(5,15): error K0S301:", stdout, StringComparison.Ordinal);
    }
}
