using System.Text.Json;

namespace K0sConfig.Cli.Tests;

/// <summary>
/// <c>k0sconfig validate --k0s-version 1.X</c> agrees with k0s 1.X on whether it takes each file, for every supported minor:
/// OracleVerdicts/versions.jsonl holds the verdict of k0s's own loading and validation code built at the newest patch of
/// each minor (regenerate-versions.sh) on the files OracleVerdictTests checks. The oracle ran without feature gates, and
/// so does validate (<c>--feature-gates ""</c>: none). The only disagreements allowed are the
/// ones OracleVerdicts/versions-exceptions.tsv lists, each with the versions it holds for and why, and each must still
/// disagree there.
/// </summary>
public class OracleVersionTests
{
    private static readonly string Root = AppContext.BaseDirectory;

    public static TheoryData<string> Versions()
    {
        var data = new TheoryData<string>();
        foreach (string version in Verdicts().Select(v => v.Version).Distinct())
        {
            data.Add(version);
        }

        return data;
    }

    [Fact]
    public void Every_minor_from_1_27_to_1_36_has_a_verdict_on_every_file()
    {
        List<Verdict> verdicts = Verdicts();
        string[] versions = verdicts.Select(v => v.Version).Distinct().ToArray();
        Assert.Equal(Enumerable.Range(27, 10).Select(m => "1." + m), versions.OrderBy(v => int.Parse(v.Substring(2))));
        string[] files = File.ReadAllLines(Path.Combine(Root, "OracleVerdicts", "verdicts.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()!).ToArray();
        foreach (string version in versions)
        {
            Assert.Equal(files.OrderBy(f => f, StringComparer.Ordinal), verdicts.Where(v => v.Version == version).Select(v => v.File).OrderBy(f => f, StringComparer.Ordinal));
        }

        // Files whose verdict differs between minors: the data set can tell versions apart.
        int differing = verdicts.GroupBy(v => v.File).Count(g => g.Select(v => v.Ok).Distinct().Count() > 1);
        Assert.True(differing >= 40, differing + " files differ between versions");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Validate_for_a_k0s_version_takes_each_file_as_that_k0s_does(string version)
    {
        Dictionary<string, (string Side, string Reason)> exceptions = Exceptions(version);
        var disagreements = new List<string>();
        foreach (Verdict verdict in Verdicts().Where(v => v.Version == version))
        {
            (int exitCode, string stdout, string stderr) = Cli.Run("validate", "--format", "json", "--k0s-version", version, "--feature-gates", string.Empty, Path.Combine(Root, verdict.File));
            Assert.True(exitCode is 0 or 1 or 2, verdict.File + ": " + stderr);
            bool accepts = exitCode == 0;
            if (exceptions.TryGetValue(verdict.File, out (string Side, string Reason) exception))
            {
                if (verdict.Ok == accepts || exception.Side != (accepts ? "accept" : "reject"))
                {
                    disagreements.Add(verdict.File + ": listed in versions-exceptions.tsv for " + version + " (" + exception.Reason + ") but k0sconfig " + (accepts ? "accepts" : "rejects") + " and k0s " + (verdict.Ok ? "accepts" : "rejects"));
                }

                continue;
            }

            if (verdict.Ok != accepts)
            {
                disagreements.Add(verdict.File + ": k0s " + version + " " + (verdict.Ok ? "accepts" : "rejects (" + (verdict.Panic ?? verdict.DecodeError ?? string.Join("; ", verdict.Errors)) + ")")
                    + ", k0sconfig: " + string.Join(" | ", Findings(stdout)));
            }
        }

        Assert.True(disagreements.Count == 0, disagreements.Count + " disagreements with k0s " + version + ":\n" + string.Join("\n", disagreements));
    }

    [Fact]
    public void Every_version_exception_names_a_file_and_versions_of_the_data_set()
    {
        HashSet<string> files = Verdicts().Select(v => v.File).ToHashSet();
        string[] rows = ExceptionRows().ToArray();
        Assert.NotEmpty(rows);
        foreach (string row in rows)
        {
            string[] p = row.Split('\t');
            Assert.True(p.Length == 4, row);
            Assert.Contains(p[0], files);
            Assert.True(Minors(p[1]).Any(), row);
            Assert.True(p[2] is "accept" or "reject", row);
            Assert.True(p[3].Length > 20, row);
        }
    }

    private static IEnumerable<string> Findings(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(f => f.GetProperty("severity").GetString() + " " + f.GetProperty("ruleId").GetString() + ": " + f.GetProperty("message").GetString())
            .ToList();
    }

    private static List<Verdict>? s_verdicts;

    private static List<Verdict> Verdicts()
        => s_verdicts ??= File.ReadAllLines(Path.Combine(Root, "OracleVerdicts", "versions.jsonl")).Select(line =>
        {
            using JsonDocument row = JsonDocument.Parse(line);
            JsonElement r = row.RootElement;
            string? Text(string name) => r.GetProperty(name).ValueKind == JsonValueKind.Null ? null : r.GetProperty(name).GetString();
            return new Verdict(
                r.GetProperty("version").GetString()!,
                r.GetProperty("file").GetString()!,
                r.GetProperty("ok").GetBoolean(),
                Text("panic"),
                Text("decodeError"),
                r.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
        }).ToList();

    private static IEnumerable<string> ExceptionRows()
        => File.ReadAllLines(Path.Combine(Root, "OracleVerdicts", "versions-exceptions.tsv")).Where(l => l.Length != 0 && !l.StartsWith('#'));

    /// <summary>The minors a VERSIONS column names: <c>*</c>, <c>1.34</c>, <c>1.27-1.33</c>, or several joined by commas.</summary>
    private static IEnumerable<string> Minors(string versions)
    {
        foreach (string part in versions.Split(','))
        {
            if (part == "*")
            {
                for (int m = 27; m <= 36; m++)
                {
                    yield return "1." + m;
                }

                continue;
            }

            string[] range = part.Split('-');
            int first = int.Parse(range[0].Substring(2));
            int last = int.Parse(range[^1].Substring(2));
            for (int m = first; m <= last; m++)
            {
                yield return "1." + m;
            }
        }
    }

    private static Dictionary<string, (string Side, string Reason)> Exceptions(string version)
        => ExceptionRows().Select(l => l.Split('\t'))
            .Where(p => Minors(p[1]).Contains(version))
            .ToDictionary(p => p[0], p => (p[2], p[3]), StringComparer.Ordinal);

    private sealed record Verdict(string Version, string File, bool Ok, string? Panic, string? DecodeError, string[] Errors);
}
