using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit.Abstractions;

namespace K0sConfig.Analyzers.Tests.Robustness;

/// <summary>
/// Issue 4, item 8: the analyzer runs on half-typed code, so no input may make it throw (AD0001), report outside
/// the text, or report a message that does not format. Every sample and test source, and the embedded seeds, are
/// mutated many times and analyzed.
/// <para>
/// Environment variables, for longer local runs (the defaults keep CI under a minute on two cores):
/// <list type="bullet">
/// <item><c>K0SCONFIG_FUZZ_MUTANTS</c>: how many mutants in all (default <see cref="DefaultMutants"/>), spread evenly
/// over the seeds, so the run time does not grow with the number of tests; e.g.
/// <c>K0SCONFIG_FUZZ_MUTANTS=100000 dotnet test tests/K0sConfig.Analyzers.Tests --filter FullyQualifiedName~Robustness</c>.
/// Each seed is also analyzed unmutated.</item>
/// <item><c>K0SCONFIG_FUZZ_SEED</c>: the base random seed (default <see cref="DefaultBaseSeed"/>, so CI is
/// deterministic). A failure prints the base seed and each failing mutant's own seed; the same base seed and
/// count give the same mutants on any machine. Set it to another number, or to <c>random</c>, to explore.</item>
/// </list>
/// Failing mutants are written to <c>$TMPDIR/k0sconfig-fuzz/</c>. While a compilation is analyzed, its mutants are in
/// <c>$TMPDIR/k0sconfig-fuzz/in-flight/</c> (one file per compilation, removed when it is done): if the test host
/// dies (a stack overflow cannot be caught), the files left there hold the culprit. Saved files show a lone
/// surrogate as U+FFFD; the base seed reproduces the exact text. The analyzer swallows exceptions in Release
/// builds (K0sConfigAnalyzer.OnBlockEnd), so run this test against the Debug build, as <c>dotnet test</c> does by default.
/// </para>
/// </summary>
public sealed class MutationRobustnessTests(ITestOutputHelper output)
{
    /// <summary>Mutants in all by default.</summary>
    public const int DefaultMutants = 2000;

    /// <summary>The base seed by default.</summary>
    public const int DefaultBaseSeed = 4_0408;

    private const string MutantsVariable = "K0SCONFIG_FUZZ_MUTANTS";
    private const string SeedVariable = "K0SCONFIG_FUZZ_SEED";

    /// <summary>Trees per compilation: analyzing many mutants in one compilation amortizes its set-up.</summary>
    private const int BatchSize = 64;

    private const string ExceptionFromAnalysis = "exception from the analysis";

    /// <summary>Only catches a hang: a compilation of 64 mutants takes seconds, even on a loaded machine.</summary>
    /// <summary>Saved mutants are for reading: a lone surrogate becomes U+FFFD (the seed reproduces the exact text).</summary>
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly TimeSpan BatchTimeout = TimeSpan.FromMinutes(10);

    /// <summary>.editorconfig values for k0sconfig.max_pods, mostly garbage; null means no .editorconfig.</summary>
    private static readonly string?[] MaxPodsValues =
        [null, null, null, "abc", "-5", "0", "1", "2", "110", "250", "99999999999", "2147483647", "-2147483648", "", "1e3", "0x10", "+7", "٣", "1,000", " 64 ", "250 # comment", new string('9', 400)];

    [Fact]
    public async Task Mutated_sources_never_make_the_analyzer_throw()
    {
        int total = ReadCount();
        int baseSeed = ReadBaseSeed();
        IReadOnlyList<FuzzSeed> seeds = FuzzSeeds.All();
        int perSeed = (total + seeds.Count - 1) / seeds.Count;
        var stopwatch = Stopwatch.StartNew();
        TimeSpan cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        await AnalyzerRunner.References; // Resolved once, outside the timing of the batches.
        TimeSpan setUp = stopwatch.Elapsed;

        List<List<(int Seed, int Index)>> batches = Pack(seeds, perSeed);
        var failures = new ConcurrentBag<string>();
        var compilerBugs = new ConcurrentBag<string>();
        int skipped = 0;
        var ids = new ConcurrentDictionary<string, int>();
        var oddities = new ConcurrentDictionary<string, (int Count, string Example)>();
        int mutants = 0, k0sDiagnostics = 0, mutantsWithK0s = 0;
        var slowest = (Time: TimeSpan.Zero, Batch: -1);
        object gate = new();
        long generationTicks = 0;

        await Parallel.ForEachAsync(
            Enumerable.Range(0, batches.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (b, _) =>
            {
                var rng = new Random(Mutator.MixSeed(baseSeed, "batch", b));
                var settings = new RunSettings(
                    MaxPodsValues[rng.Next(MaxPodsValues.Length)],
                    Concurrent: rng.Next(8) == 0,
                    Language: rng.Next(10) switch { 0 => LanguageVersion.CSharp7_3, 1 => LanguageVersion.Preview, _ => LanguageVersion.Latest },
                    SpanQueries: rng.Next(8) == 0,
                    CancelFirst: rng.Next(8) == 0);
                long t0 = Stopwatch.GetTimestamp();
                List<(Mutant Mutant, SyntaxTree Tree)> parsed = batches[b]
                    .Select(m => m.Index < 0 ? Mutator.Original(seeds[m.Seed]) : Mutator.Create(seeds[m.Seed], m.Index, baseSeed))
                    .Select(m => (m, AnalyzerRunner.Parse(m.Text, PathOf(m), settings.Language)))
                    .Where(p => !AnalyzerRunner.MayOverflowRoslyn48(p.Item2))
                    .ToList();
                List<Mutant> batch = parsed.ConvertAll(p => p.Mutant);
                Interlocked.Add(ref skipped, batches[b].Count - batch.Count);
                if (batch.Count == 0)
                {
                    return;
                }

                string inFlight = InFlight(batch, b, baseSeed);

                Interlocked.Add(ref generationTicks, Stopwatch.GetTimestamp() - t0);
                var watch = Stopwatch.StartNew();
                (BatchResult? result, string? hang) = await RunWithTimeoutAsync(parsed.ConvertAll(p => p.Tree), settings, rng);
                watch.Stop();
                lock (gate)
                {
                    mutants += batch.Count;
                    if (watch.Elapsed > slowest.Time)
                    {
                        slowest = (watch.Elapsed, b);
                    }
                }

                if (result != null)
                {
                    Interlocked.Add(ref k0sDiagnostics, result.K0sDiagnostics.Count);
                    Interlocked.Add(ref mutantsWithK0s, result.K0sDiagnostics.Select(d => d.Location.SourceTree).Distinct().Count());
                    foreach (Diagnostic d in result.K0sDiagnostics)
                    {
                        ids.AddOrUpdate(d.Id, 1, (_, n) => n + 1);
                        foreach (string oddity in Oddities(d))
                        {
                            oddities.AddOrUpdate(oddity, (1, d.ToString()), (_, o) => (o.Count + 1, o.Example));
                        }
                    }
                }

                if (hang != null || result!.Problems.Count > 0)
                {
                    foreach ((string failure, bool compilerBug) in await AttributeAsync(batch, settings, result, hang))
                    {
                        (compilerBug ? compilerBugs : failures).Add(failure);
                    }
                }

                File.Delete(inFlight);
            });

        stopwatch.Stop();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
        output.WriteLine($"CPU {cpu.TotalSeconds:F1} s; generating mutants {Stopwatch.GetElapsedTime(0, generationTicks).TotalSeconds:F1} s (wall, summed over threads).");
        output.WriteLine($"{mutants} sources ({seeds.Count} seeds, {perSeed} mutants each; {skipped} left out because an attribute argument holds a call, see AnalyzerRunner.MayOverflowRoslyn48) in {batches.Count} compilations: {stopwatch.Elapsed.TotalSeconds:F1} s (references {setUp.TotalSeconds:F1} s, slowest compilation {slowest.Time.TotalSeconds:F1} s); base seed {baseSeed}.");
        output.WriteLine($"{k0sDiagnostics} K0S diagnostics on {mutantsWithK0s} sources: {string.Join(", ", ids.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + " x" + p.Value))}.");
        foreach ((string oddity, (int count, string example)) in oddities.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"Not a failure, {count} diagnostic(s) {oddity}, e.g. {Shorten(example, 300)}");
        }

        foreach (string bug in compilerBugs)
        {
            output.WriteLine("Not a failure, the compiler alone throws (a Roslyn bug, with or without this analyzer): " + Shorten(bug, 1500));
        }

        if (typeof(K0sConfigAnalyzer).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true)
        {
            output.WriteLine("Warning: the analyzer is a Release build, which swallows the exceptions this test looks for.");
        }

        Assert.True(
            failures.IsEmpty,
            $"{failures.Count} failure(s); base seed {baseSeed} ({SeedVariable}={baseSeed} {MutantsVariable}={total} reproduces them):\n\n" + string.Join("\n\n", failures.OrderBy(f => f, StringComparer.Ordinal)));
        Assert.NotEmpty(ids); // The fuzzer reaches the rules: a harness that analyzes nothing would pass silently.
    }

    [Fact]
    public void Seeds_include_every_sample_and_the_analyzer_tests()
    {
        IReadOnlyList<FuzzSeed> samples = FuzzSeeds.Samples();
        Assert.Contains(samples, s => s.Name == "samples/DualStack/Program.cs");
        Assert.Contains(samples, s => s.Name == "samples/Mistakes/Program.cs");
        Assert.Contains(samples, s => s.Name == "samples/Composed/Environments.cs"); // composed code: factories, overlays, helpers
        Assert.Contains(samples, s => s.Name == "samples/Composed/NetworkExtensions.cs");
        Assert.Contains(FuzzSeeds.TestSources(), s => s.Name.StartsWith("tests/K0sConfig.Analyzers.Tests/SmokeTests.cs#", StringComparison.Ordinal));
        Assert.All(FuzzSeeds.TestSources(), s => Assert.DoesNotContain("{|", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Embedded_seeds_compile_without_errors()
    {
        foreach (FuzzSeed seed in FuzzSeeds.Embedded.Concat(FuzzSeeds.Shadow))
        {
            SyntaxTree tree = AnalyzerRunner.Parse(seed.Text, "/" + seed.Name + ".cs", LanguageVersion.Latest);
            bool topLevel = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
            CSharpCompilation compilation = await AnalyzerRunner.CompileAsync([tree], topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
            Assert.True(
                !compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error),
                seed.Name + ":\n" + string.Join("\n", compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
    }

    [Fact]
    public async Task Embedded_seeds_call_every_public_builder_method()
    {
        var trees = FuzzSeeds.Embedded.Select(s => AnalyzerRunner.Parse(s.Text, "/" + s.Name + ".cs", LanguageVersion.Latest)).ToList();
        CSharpCompilation compilation = await AnalyzerRunner.CompileAsync(trees);
        var called = new HashSet<string>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in trees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (InvocationExpressionSyntax invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method)
                {
                    called.Add(method.ContainingType.Name + "." + method.Name);
                }
            }
        }

        var builders = typeof(K0s).Assembly.GetExportedTypes().Where(t => t == typeof(K0s) || t.Name.EndsWith("Builder", StringComparison.Ordinal));
        var missing = builders
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => t.Name + "." + m.Name))
            .Distinct()
            .Where(name => !called.Contains(name))
            .ToList();
        Assert.Empty(missing);
    }

    /// <summary>
    /// Groups mutants into compilations, in order: first the seeds themselves (index -1), then mutant 0 of every
    /// seed, and so on. Each mutant's types carry its own suffix (<see cref="Mutator.Isolate"/>); top-level
    /// statements in several trees only add CS8802, and each tree's statements are still analyzed.
    /// </summary>
    private static List<List<(int Seed, int Index)>> Pack(IReadOnlyList<FuzzSeed> seeds, int perSeed)
    {
        var shared = Enumerable.Range(-1, perSeed + 1)
            .SelectMany(index => Enumerable.Range(0, seeds.Count).Where(seed => !seeds[seed].Solo).Select(seed => (seed, index)))
            .Chunk(BatchSize)
            .Select(chunk => chunk.ToList());

        // A solo seed costs a compilation per mutant: a quarter of the others' share.
        var solo = Enumerable.Range(0, seeds.Count).Where(seed => seeds[seed].Solo)
            .SelectMany(seed => Enumerable.Range(-1, (perSeed / 4) + 1).Select(index => new List<(int, int)> { (seed, index) }));
        return shared.Concat(solo).ToList();
    }

    /// <summary>What is allowed but worth knowing about a diagnostic: it shows in build logs and the IDE as is.</summary>
    private static IEnumerable<string> Oddities(Diagnostic d)
    {
        string message = d.GetMessage(CultureInfo.InvariantCulture);
        if (message.Length > 1000)
        {
            yield return "with a message over 1,000 characters";
        }

        if (message.Any(c => c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085'))
        {
            yield return "with a line break in the message";
        }
        else if (message.Any(char.IsControl))
        {
            yield return "with a control character in the message";
        }

        if (d.Location.SourceSpan.IsEmpty)
        {
            yield return "at an empty span";
        }
    }

    private static string PathOf(Mutant mutant)
        => "/fuzz/" + mutant.Seed.Name.Replace('#', '_') + ".m" + mutant.Index.ToString(CultureInfo.InvariantCulture) + ".cs";

    private static async Task<(BatchResult? Result, string? Hang)> RunWithTimeoutAsync(IReadOnlyList<SyntaxTree> trees, RunSettings settings, Random rng)
    {
        using var cancellation = new CancellationTokenSource();
        Task<BatchResult> run = Task.Run(() => AnalyzerRunner.RunAsync(trees, settings, rng, cancellation.Token));
        if (await Task.WhenAny(run, Task.Delay(BatchTimeout)) != run)
        {
            await cancellation.CancelAsync();
            return (null, $"no result after {BatchTimeout.TotalSeconds} s");
        }

        try
        {
            return (await run, null);
        }
        catch (Exception e)
        {
            // An exception from CompilationWithAnalyzers itself, rather than one it caught from the analyzer.
            return (new BatchResult([new Problem(null, ExceptionFromAnalysis, e.ToString())], []), null);
        }
    }

    /// <summary>
    /// Finds which mutants of a failing batch fail on their own, and describes each failure. An exception that
    /// the compiler throws without any analyzer (Roslyn 4.8's NullableWalker on <c>M(ref n => n.F(. "x"))</c>,
    /// for one) is the compiler's bug, not the analyzer's: it comes back with <c>CompilerBug</c> set.
    /// </summary>
    private static async Task<List<(string Failure, bool CompilerBug)>> AttributeAsync(IReadOnlyList<Mutant> batch, RunSettings settings, BatchResult? result, string? hang)
    {
        var failures = new List<(string, bool)>();
        foreach (Mutant mutant in batch)
        {
            (BatchResult? alone, string? aloneHang) = await RunWithTimeoutAsync([AnalyzerRunner.Parse(mutant.Text, PathOf(mutant), settings.Language)], settings, new Random(mutant.RandomSeed));
            IEnumerable<Problem> problems = alone?.Problems ?? [new Problem(PathOf(mutant), "hang", aloneHang!)];
            foreach (Problem problem in problems.DistinctBy(p => p.Kind + p.Detail))
            {
                bool compilerBug = problem.Kind == ExceptionFromAnalysis && await CompilerAloneThrowsAsync(mutant, settings);
                failures.Add((Describe(mutant, settings, problem), compilerBug));
            }
        }

        if (failures.Count == 0)
        {
            // Only together: report the batch.
            var sb = new StringBuilder($"A batch fails but none of its {batch.Count} mutants alone ({settings}): ");
            sb.AppendLine(hang ?? string.Join("\n", result!.Problems.Select(p => p.Kind + " in " + p.Path + ": " + Shorten(p.Detail, 3000))));
            foreach (Mutant mutant in batch)
            {
                sb.AppendLine("  " + mutant.Id + " -> " + Save(mutant));
            }

            failures.Add((sb.ToString(), false));
        }

        return failures;
    }

    private static async Task<bool> CompilerAloneThrowsAsync(Mutant mutant, RunSettings settings)
    {
        CSharpCompilation compilation = await AnalyzerRunner.CompileAsync([AnalyzerRunner.Parse(mutant.Text, PathOf(mutant), settings.Language)]);
        try
        {
            _ = compilation.GetDiagnostics();
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return true;
        }
    }

    private static string Describe(Mutant mutant, RunSettings settings, Problem problem)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{problem.Kind}: {mutant.Id}, {settings}");
        sb.AppendLine("  edits: " + (mutant.Edits.Count == 0 ? "none (the seed itself)" : string.Join("; ", mutant.Edits)));
        sb.AppendLine("  source: " + Save(mutant));
        if (mutant.Text.Length <= 2500)
        {
            sb.AppendLine("  ---");
            sb.AppendLine(mutant.Text);
            sb.AppendLine("  ---");
        }

        sb.Append(Shorten(problem.Detail, 4000));
        return sb.ToString();
    }

    /// <summary>Writes the batch's mutants where they can be found if the process dies while analyzing them.</summary>
    private static string InFlight(IReadOnlyList<Mutant> batch, int index, int baseSeed)
    {
        string folder = Path.Combine(Path.GetTempPath(), "k0sconfig-fuzz", "in-flight");
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, $"pid{Environment.ProcessId}-seed{baseSeed}-batch{index}.txt");
        var sb = new StringBuilder();
        foreach (Mutant mutant in batch)
        {
            sb.Append("// ===== ").Append(mutant.Id).Append("; edits: ").AppendLine(string.Join("; ", mutant.Edits).ReplaceLineEndings(" "));
            sb.AppendLine(mutant.Text);
        }

        File.WriteAllText(file, sb.ToString(), Lenient);
        return file;
    }

    private static string Save(Mutant mutant)
    {
        string folder = Path.Combine(Path.GetTempPath(), "k0sconfig-fuzz");
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, mutant.Seed.Name.Replace('/', '_').Replace('#', '_') + ".m" + mutant.Index.ToString(CultureInfo.InvariantCulture) + ".r" + mutant.RandomSeed.ToString(CultureInfo.InvariantCulture) + ".cs");
        File.WriteAllText(file, mutant.Text, Lenient);
        return file;
    }

    private static string Shorten(string text, int max)
        => text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)] + "...";

    private static int ReadCount()
    {
        string? text = Environment.GetEnvironmentVariable(MutantsVariable);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) && count >= 0 ? count : DefaultMutants;
    }

    private static int ReadBaseSeed()
    {
        string? text = Environment.GetEnvironmentVariable(SeedVariable);
        if (string.Equals(text, "random", StringComparison.OrdinalIgnoreCase))
        {
            return Random.Shared.Next();
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed) ? seed : DefaultBaseSeed;
    }
}
