using System.Diagnostics;
using System.Text;
using K0sConfig.Rules;
using K0sConfig.Yaml;

namespace K0sConfig.Tests;

/// <summary>
/// Bad input never hurts the YAML reader: every hostile file gives a clear K0S804 with a position (or is read), in
/// bounded time, without an exception, a hang or a stack overflow. A stack overflow would kill the test host, so the
/// deep-nesting cases failing would show as a crashed run, not a failed test.
/// </summary>
public class YamlRobustnessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60); // a hang guard, not a timing assertion (a loaded 2-core machine took 27 s)

    private static (YamlReadResult Result, Finding Unreadable) Unreadable(byte[] bytes)
    {
        var watch = Stopwatch.StartNew();
        YamlReadResult result = ClusterConfigYaml.Read(bytes, "k0s.yaml");
        IReadOnlyList<Finding> findings = result.Validate();
        Assert.True(watch.Elapsed < Bound, "took " + watch.Elapsed);
        Assert.NotNull(result.Error);
        Assert.Empty(result.Documents);
        Finding finding = Assert.Single(findings);
        Assert.Equal("K0S804", finding.RuleId);
        Assert.IsType<YamlPosition>(finding.Origin);
        return (result, finding);
    }

    private static (int Line, int Column) At(Finding finding) => (((YamlPosition)finding.Origin!).Line, ((YamlPosition)finding.Origin!).Column);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Billion_laughs_alias_bomb_is_refused()
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++)
        {
            yaml.Append('a').Append(i).Append(": &a").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*a" + (i - 1), 10))).Append("]\n");
        }

        yaml.Append("spec:\n  network:\n    podCIDR: *a9\n");
        (_, Finding finding) = Unreadable(Utf8(yaml.ToString()));
        Assert.Contains("alias bomb", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_levels_of_block_and_flow_nesting_are_refused_without_overflowing_the_stack()
    {
        (_, Finding flow) = Unreadable(Utf8("spec: " + new string('[', 10_000) + new string(']', 10_000) + "\n"));
        Assert.Contains("nested more than 200 levels", flow.Message, StringComparison.Ordinal);
        Assert.Equal(1, At(flow).Line);

        // Block sequences nest without indentation: "- - - x" is three levels on one line.
        (_, Finding block) = Unreadable(Utf8("spec:\n  sans:\n    " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n"));
        Assert.Contains("nested more than 200 levels", block.Message, StringComparison.Ordinal);

        // Nested mappings need indentation, so 10,000 levels are 50 million characters: refused for their size.
        string deepMaps = "spec:\n" + string.Concat(Enumerable.Range(1, 10_000).Select(i => new string(' ', i) + "a:\n"));
        Assert.Contains("more than", Unreadable(Utf8(deepMaps)).Unreadable.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apiVersion: k0s.k0sproject.io/v1beta1\nkind: ClusterConfig\nspec:\n  api: {address: \"10.0.0.1\"\n  network: {}\n")]
    [InlineData("...\nspec: {}\n")]
    public void A_failure_the_parser_cannot_place_names_what_to_look_for_not_the_parser_s_own_text(string yaml)
    {
        (_, Finding finding) = Unreadable(Utf8(yaml));
        Assert.Contains("look for a '{' or '[' that is not closed and for a stray document marker", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Operation is not valid", finding.Message, StringComparison.Ordinal);

        // Where the parser gave no place, the message says so instead of naming one (the finding sits at the file's start).
        Assert.Contains("(its parser gives no line)", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 1, column 1", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apiVersion: k0sctl.k0sproject.io/v1beta1\nkind: Cluster\nspec:\n  hosts:\n  - role: controller\n    ssh: {address: \"10.0.0.1\"\n  k0s:\n    version: v1.33.1+k0s.0\n", 1, "Look for a '{' or '['")]
    [InlineData("apiVersion: k0sctl.k0sproject.io/v1beta1\nkind: Cluster\nspec:\n  hosts:\n  - role: controller\n    ssh: {address: \"10.0.0.1\"\n", 7, "Fix the YAML there.")]
    [InlineData("apiVersion: \"k0sctl.k0sproject.io/v1beta1\"\nkind: Cluster\nspec:\n\thosts: []\n", 4, "Indent with spaces, not tabs.")]
    public void A_k0sctl_file_that_is_not_YAML_is_refused_by_k0sctl_not_by_k0s(string yaml, int line, string fix)
    {
        YamlReadResult result = ClusterConfigYaml.Read(Utf8(yaml), "k0sctl.yaml");
        Assert.NotNull(result.Error);
        Finding finding = Assert.Single(result.Validate());
        Assert.Equal("K0S940", finding.RuleId);
        Assert.Equal(line, At(finding).Line);
        Assert.StartsWith("The YAML is not well-formed", finding.Message, StringComparison.Ordinal);
        Assert.Contains("k0sctl refuses the file (\"failed to parse config: failed to decode resource k0sctl.yaml\")", finding.Message, StringComparison.Ordinal);
        Assert.Contains(fix, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("k0s cannot read", finding.Message, StringComparison.Ordinal);

        // The same text without the k0sctl apiVersion is a k0s.yaml that k0s cannot read.
        Assert.Equal("K0S804", Assert.Single(ClusterConfigYaml.Read(Utf8(yaml.Replace("k0sctl.k0sproject.io", "k0s.k0sproject.io", StringComparison.Ordinal)), "k0sctl.yaml").Validate()).RuleId);
    }

    [Fact]
    public void A_20_MB_file_is_refused_at_once()
    {
        var yaml = new StringBuilder("spec:\n  network:\n    podCIDR: 10.244.0.0/16\n  images:\n");
        while (yaml.Length < 20 * 1024 * 1024)
        {
            yaml.Append("    # ").Append('x', 200).Append('\n');
        }

        (_, Finding finding) = Unreadable(Utf8(yaml.ToString()));
        Assert.Contains("more than the 8,388,608", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_just_under_the_limit_is_read_in_bounded_time()
    {
        var yaml = new StringBuilder("spec:\n  network:\n    podCIDR: 10.244.0.0/33\n  api:\n    sans:\n");
        while (yaml.Length < 7 * 1024 * 1024)
        {
            yaml.Append("      - host").Append(yaml.Length).Append(".example.com\n");
        }

        var watch = Stopwatch.StartNew();
        IReadOnlyList<Finding> findings = ClusterConfigYaml.Read(Utf8(yaml.ToString()), "big.yaml").Validate();
        Assert.True(watch.Elapsed < Bound, "took " + watch.Elapsed);
        Assert.Contains(findings, f => f.RuleId == "K0S101");
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_where_it_is()
    {
        (_, Finding finding) = Unreadable(Utf8("spec:\n  network:\n\tpodCIDR: 10.244.0.0/16\n"));
        Assert.Equal((3, 1), At(finding));
        Assert.Contains("indent with spaces, not tabs", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_read_with_the_right_positions()
    {
        byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("spec:\r\n  network:\r\n    podCIDR: 10.244.0.0/33\r\n")).ToArray();
        YamlReadResult result = ClusterConfigYaml.Read(bytes, "k0s.yaml");
        Assert.Null(result.Error);
        Finding finding = result.Validate().Single(f => f.RuleId == "K0S101");
        Assert.Equal((3, 14), At(finding));
        Assert.Equal("10.244.0.0/33", result.Documents[0].Facts.PodCidr.Value);

        byte[] utf16 = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("spec:\n  network:\n    podCIDR: 10.244.0.0/33\n")).ToArray();
        Assert.Equal((3, 14), At(ClusterConfigYaml.Read(utf16, "k0s.yaml").Validate().Single(f => f.RuleId == "K0S101")));
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_bad_byte()
    {
        (_, Finding finding) = Unreadable(Utf8("spec:\n  network:\n    podCIDR: ").Concat(new byte[] { 0xC3, 0x28 }).ToArray());
        Assert.Equal((3, 14), At(finding));
        Assert.Contains("not UTF-8", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_garbage_is_refused()
    {
        var random = new Random(42);
        for (int i = 0; i < 50; i++)
        {
            byte[] bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            YamlReadResult result = ClusterConfigYaml.Read(bytes, "garbage.bin");
            Assert.NotEmpty(result.Validate());
        }

        (_, Finding nul) = Unreadable(Utf8("spec:\n  x: a\0b\n"));
        Assert.Equal((2, 7), At(nul));
        Assert.Contains("U+0000", nul.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n# only a comment\n")]
    [InlineData("---\n...\n")]
    public void An_empty_file_is_all_defaults(string text)
    {
        // k0s takes an empty file as every default (the k0s-validate oracle accepts it): K0S806 says so, as information.
        YamlReadResult result = ClusterConfigYaml.Read(Utf8(text), "k0s.yaml");
        Assert.Null(result.Error);
        IReadOnlyList<Finding> findings = result.Validate();
        Assert.DoesNotContain(findings, f => f.Severity != FindingSeverity.Info);
        Finding finding = findings.Single(f => f.RuleId == "K0S806");
        Assert.Equal((FindingSeverity.Info, (1, 1)), (finding.Severity, At(finding)));
        Assert.Contains("The file holds no settings", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_yaml_and_is_read_as_k0s_reads_it()
    {
        string json = "{\"apiVersion\": \"k0s.k0sproject.io/v1beta1\", \"kind\": \"ClusterConfig\", \"spec\": {\"network\": {\"podCIDR\": \"10.244.0.0/33\"}}}";
        YamlReadResult result = ClusterConfigYaml.Read(Utf8(json), "k0s.json");
        Finding finding = result.Validate().Single(f => f.RuleId == "K0S101");
        Assert.Equal((1, json.IndexOf("\"10.244.0.0/33\"", StringComparison.Ordinal) + 1), At(finding));

        (_, Finding list) = Unreadable(Utf8("[1, 2, 3]"));
        Assert.Contains("is a list, not a mapping", list.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_kind_is_read_as_a_ClusterConfig_as_k0s_reads_it()
    {
        // k0s checks neither apiVersion nor kind (the oracle accepts apiVersion: v1, kind: Pod): K0S806 warns.
        YamlReadResult result = ClusterConfigYaml.Read(Utf8("apiVersion: apps/v1\nkind: Deployment\n"), "k0s.yaml");
        Assert.Null(result.Error);
        IReadOnlyList<Finding> findings = result.Validate();
        Finding finding = Assert.Single(findings, f => f.Severity != FindingSeverity.Info);
        Assert.Equal(("K0S806", FindingSeverity.Warning, (2, 7)), (finding.RuleId, finding.Severity, At(finding)));
        Assert.Contains("The document says kind 'Deployment' and apiVersion 'apps/v1'", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Mutations of real ClusterConfigs (the test data): deleted, repeated and swapped characters, YAML punctuation
    /// and indentation dropped in. Every mutant is read and validated; no exception may escape.
    /// </summary>
    [Fact]
    public void Mutants_of_real_files_never_throw()
    {
        string[] seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "YamlData"), "*.yaml").Select(File.ReadAllText).ToArray();
        string[] inserts = { ":", " ", "\n", "-", "[", "]", "{", "}", "&a", "*a", "<<: *a\n", "!!int ", "|", ">", "\"", "'", "#", "\t", "---\n", "? ", ",", "%YAML 1.1\n", "\u2028", "\uFEFF", "~", "0x", "\\" };
        var random = new Random(20261202);
        int mutants = 0;
        var watch = Stopwatch.StartNew();
        for (int round = 0; round < 1500; round++)
        {
            var text = new StringBuilder(seeds[random.Next(seeds.Length)]);
            for (int edits = random.Next(1, 4); edits > 0 && text.Length > 0; edits--)
            {
                int at = random.Next(text.Length);
                switch (random.Next(4))
                {
                    case 0:
                        text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at));
                        break;
                    case 1:
                        text.Insert(at, inserts[random.Next(inserts.Length)]);
                        break;
                    case 2:
                        int length = Math.Min(random.Next(1, 40), text.Length - at);
                        text.Insert(random.Next(text.Length), text.ToString(at, length));
                        break;
                    default:
                        text[at] = (char)random.Next(32, 127);
                        break;
                }
            }

            YamlReadResult result = ClusterConfigYaml.Read(text.ToString(), "mutant.yaml");
            _ = result.Validate();
            _ = ClusterConfigYaml.Read(Encoding.UTF8.GetBytes(text.ToString()), "mutant.yaml").Validate(new ValidationOptions(maxPods: 250));
            mutants++;
        }

        Assert.Equal(1500, mutants);
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), "took " + watch.Elapsed);
    }
}
