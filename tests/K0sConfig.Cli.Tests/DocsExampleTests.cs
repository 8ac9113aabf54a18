using static K0sConfig.Cli.Tests.Cli;

namespace K0sConfig.Cli.Tests;

/// <summary>The output the docs show is what the tool prints: each YAML rule page's first example, and the README's.</summary>
public class DocsExampleTests
{
    [Theory]
    [InlineData("K0S801")]
    [InlineData("K0S802")]
    [InlineData("K0S803")]
    [InlineData("K0S804")]
    [InlineData("K0S805")]
    [InlineData("K0S806")]
    [InlineData("K0S940")]
    [InlineData("K0S941")]
    [InlineData("K0S942")]
    [InlineData("K0S943")]
    [InlineData("K0S944")]
    [InlineData("K0S945")]
    [InlineData("K0S946")]
    [InlineData("K0S947")]
    [InlineData("K0S948")]
    [InlineData("K0S949")]
    public void Rule_page_example_prints_what_the_page_shows(string id)
    {
        string page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md"));
        string yaml = FirstBlock(page, "```yaml\n");
        (_, string stdout, _) = Pipe(yaml, "validate", "-");
        // A k0sctl rule's page shows its example as k0sctl.yaml, and its own lines (a k0sctl file without spec.k0s.config also gets K0S949).
        bool k0sctl = id.StartsWith("K0S94", StringComparison.Ordinal);
        string[] printed = Lines(stdout).Where(l => !k0sctl || l.Contains(" " + id + ":", StringComparison.Ordinal)).Select(l => (k0sctl ? "k0sctl.yaml" : "k0s.yaml") + l.Substring(1)).ToArray();
        Assert.NotEmpty(printed);
        Assert.All(printed, line => Assert.Contains(line + "\n", page, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("K0S809", "k0sctl.yaml", "--k0s-version", "1.33")]
    [InlineData("K0S807", "k0s.yaml", "--k0s-version", "1.24.3")]
    public void Version_rule_page_example_prints_what_the_page_shows(string id, string file, string option, string value)
    {
        string page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string yaml = page.Contains("```yaml\n", StringComparison.Ordinal) ? FirstBlock(page, "```yaml\n") : "spec: {}\n";
        (_, string stdout, _) = Pipe(yaml, "validate", "-", option, value);
        string[] printed = Lines(stdout).Select(l => file + l.Substring(1)).ToArray();
        Assert.NotEmpty(printed);
        Assert.All(printed, line => Assert.Contains(line + "\n", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Readme_validate_output_is_what_the_tool_prints()
    {
        const string yaml = "apiVersion: k0s.k0sproject.io/v1beta1\nkind: ClusterConfig\nspec:\n  controlerManager: {}\n  network:\n    dualStack: {enabled: true, IPv6podCIDR: fd00::/108, IPv6serviceCIDR: fd01::/108}\n    provider: calico\n  api:\n    adress: 10.0.0.1\n";
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        (int exitCode, string stdout, _) = Pipe(yaml, "validate", "-");
        Assert.Equal(1, exitCode);
        string[] printed = Lines(stdout).Select(l => "k0s.yaml" + l.Substring(1)).ToArray();
        Assert.Equal(3, printed.Length);
        Assert.Contains("```\n" + string.Join("\n", printed) + "\n```", readme, StringComparison.Ordinal);
    }

    private static string FirstBlock(string page, string fence)
    {
        page = page.Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = page.IndexOf(fence, StringComparison.Ordinal) + fence.Length;
        return page.Substring(start, page.IndexOf("```", start, StringComparison.Ordinal) - start);
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "K0sConfig.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("K0sConfig.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
