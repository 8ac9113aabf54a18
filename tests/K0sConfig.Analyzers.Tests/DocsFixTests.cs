using K0sConfig.CodeFixes;
using K0sConfig.Rules;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// The docs say which rules have a code fix, as the code fix provider does: the "Fix" column of the rule tables in
/// README.md and docs/rules/README.md, and the "## Code fix" section of each rule page, which says "None:" and why
/// for a rule without one.
/// </summary>
public class DocsFixTests
{
    private const string NoFix = "—";

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (RuleDescriptor rule in RuleEngine.Catalogue)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_fix_columns_say_whether_the_rule_has_a_fix(string id)
    {
        bool hasFix = K0sConfigCodeFix.FixableIds.Contains(id);
        foreach (string file in new[] { "README.md", Path.Combine("docs", "rules", "README.md") })
        {
            string[] rows = File.ReadAllLines(Path.Combine(Root(), file)).Where(l => l.StartsWith("| [" + id + "]", StringComparison.Ordinal)).ToArray();
            Assert.True(rows.Length == 1, $"{file}: expected one row for {id}, found {rows.Length}");
            string[] cells = rows[0].Split('|', StringSplitOptions.TrimEntries);
            string fix = cells[^2];
            Assert.True(hasFix ? fix != NoFix && fix.Length > 0 : fix == NoFix, $"{file}, {id}: the Fix column is '{fix}', but the rule {(hasFix ? "has a code fix" : "has none ('" + NoFix + "')")}");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_rule_page_says_what_the_fix_does_or_why_there_is_none(string id)
    {
        string[] lines = File.ReadAllLines(Path.Combine(Root(), "docs", "rules", id + ".md"));
        int section = Array.IndexOf(lines, "## Code fix");
        Assert.True(section >= 0, $"docs/rules/{id}.md has no '## Code fix' section");
        string text = lines.Skip(section + 1).SkipWhile(l => l.Length == 0).First();
        bool hasFix = K0sConfigCodeFix.FixableIds.Contains(id);
        Assert.True(
            text.StartsWith("None: ", StringComparison.Ordinal) != hasFix,
            $"docs/rules/{id}.md: the code fix section must {(hasFix ? "say what the fix does" : "start with 'None: ' and say why")}: {text}");
    }

    private static string Root()
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
