using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K0sConfig.Analyzers.Tests.Robustness;

/// <summary>
/// The compiler and the IDE run the analyzer on many blocks of a compilation at once (it calls
/// <c>EnableConcurrentExecution</c>), and those blocks share what is worked out about the compilation's methods. What it
/// reports must not depend on that: every sample project and every test source is analyzed one block at a time, then
/// concurrently, several times, and each concurrent run must report exactly what the sequential one did.
/// </summary>
public sealed class ConcurrentAnalysisTests
{
    private const int ConcurrentRuns = 2;

    [Fact]
    public async Task Concurrent_analysis_reports_exactly_what_sequential_analysis_reports()
    {
        // A sample project's files compile together; every other seed is a compilation of its own.
        List<FuzzSeed[]> units = FuzzSeeds.All()
            .Where(s => !s.Solo)
            .GroupBy(s => s.Name.StartsWith("samples/", StringComparison.Ordinal) && s.Name.Count(c => c == '/') == 2 ? s.Name[..s.Name.LastIndexOf('/')] : s.Name)
            .Select(g => g.ToArray())
            .ToList();
        Assert.True(units.Count > 100, $"only {units.Count} compilations: the test reads the repository's samples and tests");

        int compared = 0;
        var differences = new List<string>();
        foreach (FuzzSeed[] unit in units)
        {
            List<SyntaxTree> Parse() => unit
                .Select((s, i) => AnalyzerRunner.Parse(s.Text, "/seeds/" + i.ToString(CultureInfo.InvariantCulture) + ".cs", LanguageVersion.Latest))
                .ToList();
            if (Parse().Any(AnalyzerRunner.MayOverflowRoslyn48))
            {
                continue;
            }

            List<string> expected = Describe(await RunAsync(Parse(), concurrent: false), unit);
            compared += expected.Count;
            for (int run = 0; run < ConcurrentRuns; run++)
            {
                // Trees parsed and bound anew, so that each run's threads bind and summarise in their own order.
                List<string> actual = Describe(await RunAsync(Parse(), concurrent: true), unit);
                differences.AddRange(expected.Except(actual).Select(d => $"run {run}: missing {d}"));
                differences.AddRange(actual.Except(expected).Select(d => $"run {run}: extra {d}"));
            }
        }

        Assert.True(compared > 150, $"only {compared} diagnostics compared");
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences.Take(20)));
    }

    private static async Task<BatchResult> RunAsync(List<SyntaxTree> trees, bool concurrent)
    {
        BatchResult result = await AnalyzerRunner.RunAsync(trees, new RunSettings(null, concurrent, LanguageVersion.Latest, SpanQueries: false), new Random(1), CancellationToken.None);
        Assert.Empty(result.Problems);
        return result;
    }

    private static List<string> Describe(BatchResult result, FuzzSeed[] unit)
        => result.K0sDiagnostics
            .Select(d =>
            {
                int index = int.Parse(Path.GetFileNameWithoutExtension(d.Location.SourceTree!.FilePath), CultureInfo.InvariantCulture);
                FileLinePositionSpan span = d.Location.GetLineSpan();
                return $"{unit[index].Name}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Id} {d.GetMessage(CultureInfo.InvariantCulture)}";
            })
            .Order(StringComparer.Ordinal)
            .ToList();
}
