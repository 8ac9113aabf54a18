using System.Text.Json;

namespace K0sConfig.Cli.Tests;

/// <summary>
/// <c>k0sconfig validate</c> agrees with k0s on whether it takes each file: OracleVerdicts/verdicts.jsonl holds k0s's own
/// verdict (the k0s-validate oracle: k0s's ConfigFromBytes and Validate built as a program; regenerate.sh) on the
/// decoding cases of OracleVerdicts/cases, the oracle's hand cases, every YAML test file of the project (YamlData,
/// YamlData/corpus, Golden) and seeded mutants of them (OracleVerdicts/mutants, made by mutate.py). Where k0s refuses a file while decoding it, a finding quotes k0s's error; where
/// k0s crashes, K0S805 says so. The only disagreements allowed are the ones OracleVerdicts/exceptions.tsv lists, each
/// with its reason, and each must still disagree (an exception that no longer applies is removed).
/// </summary>
public class OracleVerdictTests
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
    public void The_verdicts_cover_the_cases_and_the_project_s_yaml_files()
    {
        Dictionary<string, Verdict> verdicts = Verdicts();
        string[] expected = Directory.GetFiles(Path.Combine(Root, "OracleVerdicts", "cases"), "*.yaml")
            .Concat(Directory.GetFiles(Path.Combine(Root, "OracleVerdicts", "mutants"), "*.yaml"))
            .Concat(Directory.GetFiles(Path.Combine(Root, "YamlData"), "*.yaml", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(Root, "Golden"), "*.yaml"))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .ToArray();
        Assert.True(expected.Length >= 350, expected.Length + " files");
        Assert.Empty(expected.Except(verdicts.Keys));
        Assert.Empty(verdicts.Keys.Except(expected));

        // The data set holds both answers and the crash, so that agreement means something.
        Assert.Contains(verdicts.Values, v => v.Ok);
        Assert.Contains(verdicts.Values, v => v.DecodeError != null);
        Assert.Contains(verdicts.Values, v => v.Panic != null);
        Assert.Contains(verdicts.Values, v => !v.Ok && v.DecodeError == null && v.Panic == null);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_takes_the_file_as_k0s_does(string file)
    {
        Verdict verdict = Verdicts()[file];
        (int exitCode, string stdout, string stderr) = Cli.Run("validate", "--format", "json", Path.Combine(Root, file));
        Assert.True(exitCode is 0 or 1 or 2, stderr);
        List<(string RuleId, string Severity, string Message)> findings = Findings(stdout);
        bool accepts = exitCode == 0;
        string said = file + ": k0s " + (verdict.Ok ? "accepts" : "rejects (" + (verdict.Panic ?? verdict.DecodeError ?? string.Join("; ", verdict.Errors)) + ")")
            + ", k0sconfig says:\n" + string.Join("\n", findings.Select(f => f.Severity + " " + f.RuleId + ": " + f.Message));

        if (Exceptions().TryGetValue(file, out (string Side, string Reason) exception))
        {
            Assert.True(verdict.Ok != accepts, "listed in exceptions.tsv (" + exception.Reason + ") but no longer disagrees: remove it. " + said);
            Assert.Equal(exception.Side, accepts ? "accept" : "reject");
            return;
        }

        Assert.True(verdict.Ok == accepts, said);
        if (verdict.Panic != null)
        {
            Assert.True(findings.Any(f => f.RuleId == "K0S805" && f.Severity == "error" && f.Message.Contains(verdict.Panic, StringComparison.Ordinal)), said);
        }
        else if (verdict.DecodeError != null && (verdict.DecodeError.StartsWith("error unmarshaling JSON", StringComparison.Ordinal) || verdict.DecodeError.Contains("already set in map", StringComparison.Ordinal)))
        {
            // (YAML syntax errors are worded by YamlDotNet, not go-yaml: K0S804 names the place, not go-yaml's words.)
            // What k0s prints after its wrappers ("error unmarshaling JSON: while decoding JSON: ", "error converting YAML to JSON: yaml: ").
            string reason = verdict.DecodeError;
            foreach (string wrapper in new[] { "error unmarshaling JSON: while decoding JSON: ", "error converting YAML to JSON: yaml: unmarshal errors:\n  " })
            {
                reason = reason.StartsWith(wrapper, StringComparison.Ordinal) ? reason.Substring(wrapper.Length) : reason;
            }

            reason = System.Text.RegularExpressions.Regex.Replace(reason, "^line [0-9]+: ", string.Empty);
            Assert.True(findings.Any(f => f.Severity == "error" && f.Message.Contains(reason, StringComparison.Ordinal)), "no error quotes '" + reason + "'. " + said);
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
        foreach (string line in File.ReadAllLines(Path.Combine(Root, "OracleVerdicts", "verdicts.jsonl")))
        {
            using JsonDocument row = JsonDocument.Parse(line);
            JsonElement r = row.RootElement;
            string? Text(string name) => r.GetProperty(name).ValueKind == JsonValueKind.Null ? null : r.GetProperty(name).GetString();
            var verdict = new Verdict(
                r.GetProperty("file").GetString()!,
                r.GetProperty("ok").GetBoolean(),
                Text("panic"),
                Text("decodeError"),
                r.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
            verdicts.Add(verdict.File, verdict);
        }

        return verdicts;
    }

    private static Dictionary<string, (string Side, string Reason)> Exceptions()
        => File.ReadAllLines(Path.Combine(Root, "OracleVerdicts", "exceptions.tsv"))
            .Where(l => l.Length != 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => (p[1], p[2]), StringComparer.Ordinal);

    private sealed record Verdict(string File, bool Ok, string? Panic, string? DecodeError, string[] Errors);
}
