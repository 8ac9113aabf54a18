using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using K0sConfig.Rules;

namespace K0sConfig.Rules.Tests;

/// <summary>
/// The rule tables (docs/rules/README.md and README.md's "## Rules") and the rule pages (docs/rules/K0Sxxx.md) say
/// what the catalogue says: id, link, severity, category and title. A rule renamed, moved to another category or
/// given another severity in code fails here until the docs follow.
/// </summary>
public class DocsTests
{
    /// <summary>What the tables say after the severity of a rule the analyzers do not report unless turned on.</summary>
    private const string OffByDefault = " (off by default in the analyzers)";

    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A table row: <c>| [K0S101](K0S101.md) | Error | `K0sConfig.Address` | CIDR is not valid | — |</c>; the last
    /// column, the code fix, is checked against the code fix provider by the analyzer tests (DocsFixTests).
    /// </summary>
    private static readonly Regex Row = new(
        @"^\|\s*\[(?<id>[^\]]+)\]\((?<link>[^)]+)\)\s*\|\s*(?<severity>[^|]+?)\s*\|\s*`(?<category>[^`]+)`\s*\|\s*(?<title>[^|]+?)\s*\|\s*(?<fix>[^|]+?)\s*\|\s*$",
        RegexOptions.CultureInvariant,
        RegexTimeout);

    /// <summary>A page's severity line: <c>Severity: **Error** (default) · Category: `K0sConfig.Address` · ...</c>.</summary>
    private static readonly Regex SeverityLine = new(
        @"^Severity: \*\*(?<severity>[A-Za-z]+)\*\* \(default\) · Category: `(?<category>[^`]+)`",
        RegexOptions.CultureInvariant,
        RegexTimeout);

    [Theory]
    [MemberData(nameof(CatalogueTests.Ids), MemberType = typeof(CatalogueTests))]
    public void Rules_index_row_matches_the_catalogue(string id)
        => AssertRow(RulesIndexTable(), id, linkPrefix: string.Empty, "docs/rules/README.md");

    [Theory]
    [MemberData(nameof(CatalogueTests.Ids), MemberType = typeof(CatalogueTests))]
    public void Readme_rules_row_matches_the_catalogue(string id)
        => AssertRow(ReadmeRulesTable(), id, linkPrefix: "docs/rules/", "README.md (## Rules)");

    [Fact]
    public void Rules_index_lists_exactly_the_catalogue_in_order()
        => Assert.Equal(RuleEngine.Catalogue.Select(r => r.Id), RulesIndexTable().Select(r => r.Id));

    [Fact]
    public void Readme_rules_table_lists_exactly_the_catalogue_in_order()
        => Assert.Equal(RuleEngine.Catalogue.Select(r => r.Id), ReadmeRulesTable().Select(r => r.Id));

    [Theory]
    [MemberData(nameof(CatalogueTests.Ids), MemberType = typeof(CatalogueTests))]
    public void Rule_page_starts_with_its_id_and_title(string id)
    {
        RuleDescriptor rule = RuleEngine.Catalogue.Single(r => r.Id == id);
        string[] lines = PageLines(id);
        Assert.True(lines.Length > 0, "docs/rules/" + id + ".md is empty");
        Same("docs/rules/" + id + ".md", id, "first line", "# " + id + ": " + rule.Title, lines[0]);
    }

    [Theory]
    [MemberData(nameof(CatalogueTests.Ids), MemberType = typeof(CatalogueTests))]
    public void Rule_page_states_the_default_severity_and_category(string id)
    {
        RuleDescriptor rule = RuleEngine.Catalogue.Single(r => r.Id == id);
        string[] lines = PageLines(id);
        string? line = lines.FirstOrDefault(l => l.StartsWith("Severity: ", StringComparison.Ordinal));
        Assert.True(line != null, "docs/rules/" + id + ".md has no 'Severity: **...** (default) · Category: `...`' line");

        Match match = SeverityLine.Match(line!);
        Assert.True(match.Success, "docs/rules/" + id + ".md: the severity line does not read 'Severity: **<severity>** (default) · Category: `<category>`': " + line);
        string where = "docs/rules/" + id + ".md";
        Same(where, id, "severity", rule.DefaultSeverity.ToString(), match.Groups["severity"].Value);
        Same(where, id, "category", rule.Category, match.Groups["category"].Value);

        // A rule the analyzers leave off must say so where its severity is stated; one they report must not.
        bool saysOff = line!.Contains("off by default", StringComparison.Ordinal);
        Assert.True(
            saysOff == !rule.IsEnabledByDefault,
            rule.IsEnabledByDefault
                ? where + ": the severity line says 'off by default', but the analyzers report " + id + " by default: " + line
                : where + ": the severity line must say 'off by default' (the analyzers report " + id + " only when turned on): " + line);
    }

    [Fact]
    public void Table_parser_reads_a_row_and_rejects_a_header()
    {
        Assert.Matches(Row, "| [K0S101](K0S101.md) | Error | `K0sConfig.Address` | CIDR is not valid | — |");
        Assert.DoesNotMatch(Row, "| [K0S101](K0S101.md) | Error | `K0sConfig.Address` | CIDR is not valid |");
        Assert.DoesNotMatch(Row, "| Id | Severity | Category | Title | Fix |");
        Assert.DoesNotMatch(Row, "|---|---|---|---|---|");
    }

    private static void AssertRow(IReadOnlyList<TableRow> table, string id, string linkPrefix, string where)
    {
        RuleDescriptor rule = RuleEngine.Catalogue.Single(r => r.Id == id);
        TableRow[] rows = table.Where(r => r.Id == id).ToArray();
        Assert.True(rows.Length == 1, $"{where}: expected one row for {id}, found {rows.Length}");
        TableRow row = rows[0];

        Same(where, id, "link", linkPrefix + id + ".md", row.Link);
        Same(where, id, "severity", rule.DefaultSeverity + (rule.IsEnabledByDefault ? string.Empty : OffByDefault), row.Severity);
        Same(where, id, "category", rule.Category, row.Category);
        Same(where, id, "title", rule.Title, row.Title);
    }

    private static void Same(string where, string id, string what, string expected, string actual)
        => Assert.True(
            string.Equals(expected, actual, StringComparison.Ordinal),
            $"{where}, {id}: the {what} is '{actual}' but the catalogue says '{expected}'");

    /// <summary>The rule table of docs/rules/README.md.</summary>
    private static IReadOnlyList<TableRow> RulesIndexTable()
        => FirstTable(ReadLines("docs", "rules", "README.md"), "docs/rules/README.md");

    /// <summary>The table in README.md's "## Rules" section.</summary>
    private static IReadOnlyList<TableRow> ReadmeRulesTable()
    {
        string[] lines = ReadLines("README.md");
        int section = Array.FindIndex(lines, l => l.TrimEnd() == "## Rules");
        Assert.True(section >= 0, "README.md has no '## Rules' section");
        int next = Array.FindIndex(lines, section + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        string[] body = lines.Skip(section + 1).Take((next < 0 ? lines.Length : next) - section - 1).ToArray();
        return FirstTable(body, "README.md (## Rules)");
    }

    /// <summary>The rows of the first table in <paramref name="lines"/> with an "| Id | Severity | Category | Title | Fix |" header.</summary>
    private static List<TableRow> FirstTable(string[] lines, string where)
    {
        int header = Array.FindIndex(lines, l => l.Replace(" ", string.Empty, StringComparison.Ordinal) == "|Id|Severity|Category|Title|Fix|");
        Assert.True(header >= 0, where + ": no '| Id | Severity | Category | Title | Fix |' table");

        var rows = new List<TableRow>();
        for (int i = header + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            Match match = Row.Match(lines[i]);
            Assert.True(match.Success, $"{where}, line {i + 1}: not a '| [ID](link) | Severity | `Category` | Title | Fix |' row: {lines[i]}");
            rows.Add(new TableRow(
                match.Groups["id"].Value,
                match.Groups["link"].Value,
                match.Groups["severity"].Value,
                match.Groups["category"].Value,
                match.Groups["title"].Value));
        }

        Assert.True(rows.Count > 0, where + ": the rule table has no rows");
        return rows;
    }

    private static string[] PageLines(string id)
    {
        string path = Path.Combine(T.RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), "no docs page " + path);
        return File.ReadAllLines(path);
    }

    private static string[] ReadLines(params string[] relative)
    {
        string path = Path.Combine(new[] { T.RepositoryRoot() }.Concat(relative).ToArray());
        Assert.True(File.Exists(path), "not found: " + path);
        return File.ReadAllLines(path);
    }

    private sealed record TableRow(string Id, string Link, string Severity, string Category, string Title);
}
