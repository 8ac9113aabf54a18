using System.Text.Json;
using static K0sConfig.Cli.Tests.Cli;

namespace K0sConfig.Cli.Tests;

/// <summary><c>k0sconfig upgrade-check</c>: what changes for a file between two k0s versions.</summary>
public class UpgradeCheckTests
{
    // Dual-stack with an IPv6 podCIDR: k0s 1.33 takes it (k0s-validate-1.33, cases/b04), 1.34.1 and later refuse it
    // (K0S201/K0S202); the IPv6 node mask goes from /110 to /117.
    private const string DualStack = "spec:\n  network:\n    podCIDR: 10.244.0.0/16\n    dualStack:\n      enabled: true\n      IPv6podCIDR: fd00::/104\n      IPv6serviceCIDR: fd01::/108\n";

    [Fact]
    public void Text_names_the_findings_that_appear_and_the_node_mask_that_changes()
    {
        (int exitCode, string stdout, _) = Pipe(DualStack.Replace("podCIDR: 10.244.0.0/16", "podCIDR: fd02::/104", StringComparison.Ordinal), "upgrade-check", "-", "--from", "1.33", "--to", "1.35");
        Assert.Equal(1, exitCode);
        Assert.Contains("-: k0s 1.33 -> 1.35", stdout, StringComparison.Ordinal);
        Assert.Contains("  + line 3: error K0S202:", stdout, StringComparison.Ordinal);

        (exitCode, stdout, _) = Pipe(DualStack, "upgrade-check", "-", "--from", "1.33", "--to", "1.35");
        Assert.Equal(0, exitCode);
        Assert.Contains("~ node masks and capacity (k0s's defaults differ): IPv4 10.244.0.0/16, node mask /24", stdout, StringComparison.Ordinal);
        Assert.Contains("IPv6 fd00::/104, node mask /110", stdout, StringComparison.Ordinal);
        Assert.Contains("IPv6 fd00::/104, node mask /117", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_markdown_hold_the_same()
    {
        (_, string json, _) = Pipe(DualStack, "upgrade-check", "-", "--from", "1.33", "--to", "1.36", "--format", "json");
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Equal("1.33", document.RootElement.GetProperty("from").GetString());
        Assert.Equal(110, document.RootElement.GetProperty("capacityBefore")[1].GetProperty("nodeMask").GetInt32());
        Assert.Equal(117, document.RootElement.GetProperty("capacityAfter")[1].GetProperty("nodeMask").GetInt32());

        (_, string markdown, _) = Pipe(DualStack, "upgrade-check", "-", "--from", "1.33", "--to", "1.36", "--format", "markdown");
        Assert.StartsWith("### k0s 1.33 → 1.36: `-`", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1.36 | IPv4 10.244.0.0/16, node mask /24", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_k0sctl_pin_is_the_version_upgraded_from_and_one_is_needed()
    {
        const string k0sctl = "apiVersion: k0sctl.k0sproject.io/v1beta1\nkind: Cluster\nspec:\n  k0s:\n    version: v1.30.2+k0s.0\n    config:\n      spec:\n        network:\n          kubeProxy:\n            mode: nftables\n";
        (int exitCode, string stdout, _) = Pipe(k0sctl, "upgrade-check", "-", "--to", "1.31");
        Assert.Equal(0, exitCode);
        Assert.Contains("-: k0s 1.30.2+k0s.0 -> 1.31", stdout, StringComparison.Ordinal);
        Assert.Contains("  - line 10: error K0S107 goes away:", stdout, StringComparison.Ordinal);

        (exitCode, _, string stderr) = Pipe(DualStack, "upgrade-check", "-", "--to", "1.35");
        Assert.Equal(2, exitCode);
        Assert.Contains("give --from", stderr, StringComparison.Ordinal);
        Assert.Equal(2, Pipe(DualStack, "upgrade-check", "-", "--from", "1.x", "--to", "1.35").ExitCode);
        Assert.Contains("nothing changes for this file", Pipe("spec: {}\n", "upgrade-check", "-", "--from", "1.35", "--to", "1.36").Stdout, StringComparison.Ordinal);
    }
}
