using System.Text.Json;

namespace K0sConfig.Cli.Tests;

/// <summary>
/// <c>k0sconfig validate</c> agrees with k0sctl on whether it takes each k0sctl file: K0sctlVerdicts/verdicts.jsonl holds
/// k0sctl v0.32.2's own verdict (the k0sctl-validate oracle; regenerate.sh) on the oracle's hand cases, decoding and
/// validation cases and the project's real k0sctl files. Only the k0sctl rules (K0S940–K0S949) count: what k0s thinks
/// of the ClusterConfig inside is OracleVerdictTests' business. Where k0sctl refuses a file, one of the k0sctl findings
/// quotes its message. The only disagreements allowed are those K0sctlVerdicts/exceptions.tsv lists, each still true.
/// </summary>
public class K0sctlVerdictTests
{
    private static readonly string Root = AppContext.BaseDirectory;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (Verdict verdict in Verdicts().Values)
        {
            data.Add(verdict.File);
        }

        return data;
    }

    [Fact]
    public void The_verdicts_cover_the_cases_and_hold_both_answers()
    {
        Dictionary<string, Verdict> verdicts = Verdicts();
        string[] cases = Directory.GetFiles(Path.Combine(Root, "K0sctlVerdicts", "cases"), "*.yaml")
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .ToArray();
        Assert.True(cases.Length >= 70, cases.Length + " cases");
        Assert.Empty(cases.Except(verdicts.Keys));
        Assert.Contains("samples/k0sctl.yaml", verdicts.Keys);
        Assert.True(verdicts["K0sctlGolden/ha.k0sctl.yaml"].Ok, "k0sctl accepts what the k0sctl builder writes");
        Assert.Contains("YamlData/docs-airgap-install.k0sctl.yaml", verdicts.Keys);
        Assert.True(verdicts.Values.Count(v => v.Ok) >= 15);
        Assert.True(verdicts.Values.Count(v => !v.Ok) >= 40);
        Assert.Contains(verdicts.Values, v => v.Stage == "unmarshal");
        Assert.Contains(verdicts.Values, v => v.Stage == "validate");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_takes_the_file_as_k0sctl_does(string file)
    {
        Verdict verdict = Verdicts()[file];
        string path = Path.Combine(Root, file);
        (int exitCode, string stdout, string stderr) = Cli.Run("validate", "--format", "json", path);
        Assert.True(exitCode is 0 or 1 or 2, stderr);
        List<(string RuleId, string Severity, string Message)> k0sctl = Findings(stdout)
            .Where(f => f.RuleId.StartsWith("K0S94", StringComparison.Ordinal) && f.Severity == "error")
            .Select(f => (f.RuleId, f.Severity, f.Message
                .Replace(path, "<file>", StringComparison.Ordinal)
                .Replace(Path.GetDirectoryName(path) + "/", "<dir>/", StringComparison.Ordinal)))
            .ToList();
        bool accepts = k0sctl.Count == 0;
        string said = file + ": k0sctl " + (verdict.Ok ? "accepts" : "rejects (" + verdict.Message + ")")
            + ", k0sconfig's k0sctl rules say:\n" + string.Join("\n", k0sctl.Select(f => f.RuleId + ": " + f.Message));

        if (Exceptions().TryGetValue(file, out (string Side, string Reason) exception))
        {
            Assert.True(verdict.Ok != accepts, "listed in exceptions.tsv (" + exception.Reason + ") but no longer disagrees: remove it. " + said);
            Assert.Equal(exception.Side, accepts ? "accept" : "reject");
            return;
        }

        Assert.True(verdict.Ok == accepts, said);
        if (!verdict.Ok)
        {
            // A finding quotes k0sctl: the text between ("...") is part of k0sctl's message (which reports only its first error).
            Assert.True(k0sctl.Any(f => Quoted(f.Message) is string q && q.Length > 10 && verdict.Message!.Contains(q, StringComparison.Ordinal)), "no k0sctl finding quotes k0sctl's message. " + said);
        }
    }

    [Fact]
    public void Every_exception_names_a_file_of_the_data_set()
    {
        Dictionary<string, Verdict> verdicts = Verdicts();
        Assert.NotEmpty(Exceptions());
        Assert.All(Exceptions(), e =>
        {
            Assert.True(verdicts.ContainsKey(e.Key), e.Key);
            Assert.True(e.Value.Reason.Length > 20, e.Key);
        });
    }

    private static string? Quoted(string message)
    {
        int start = message.IndexOf("(\"", StringComparison.Ordinal);
        int end = message.LastIndexOf("\")", StringComparison.Ordinal);
        return start >= 0 && end > start ? message.Substring(start + 2, end - start - 2) : null;
    }

    private static List<(string RuleId, string Severity, string Message)> Findings(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("message").GetString()!))
            .ToList();
    }

    private static Dictionary<string, Verdict> Verdicts()
    {
        var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(Path.Combine(Root, "K0sctlVerdicts", "verdicts.jsonl")))
        {
            using JsonDocument row = JsonDocument.Parse(line);
            JsonElement r = row.RootElement;
            string? Text(string name) => r.GetProperty(name).ValueKind == JsonValueKind.Null ? null : r.GetProperty(name).GetString();
            var verdict = new Verdict(r.GetProperty("file").GetString()!, r.GetProperty("ok").GetBoolean(), Text("stage"), Text("message"));
            verdicts.Add(verdict.File, verdict);
        }

        return verdicts;
    }

    private static Dictionary<string, (string Side, string Reason)> Exceptions()
        => File.ReadAllLines(Path.Combine(Root, "K0sctlVerdicts", "exceptions.tsv"))
            .Where(l => l.Length != 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => (p[1], p[2]), StringComparer.Ordinal);

    private sealed record Verdict(string File, bool Ok, string? Stage, string? Message);
}
