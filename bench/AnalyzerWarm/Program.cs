using System.Collections.Generic;
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// AnalyzerWarm OUT PROJECT ROUNDS DIR[,DIR...]
//
// OUT is the --out folder of bench/AnalyzerCost (its logs/PROJECT-csc-1.log holds csc's command line: the sources and
// references to compile). Each DIR holds a build of K0sConfig.Analyzers.dll, K0sConfig.Rules.dll and
// System.Net.IPNetwork.dll; each is loaded in its own load context, so builds run side by side in one process.
// Every round analyzes the project's files one at a time with each build in turn, and keeps, per file and build, the
// shortest time the analyzer took. The sum of those minimums is the analyzer's work on warm code: a burst of load on
// the machine lengthens a file's time in one round, not in all of them. Run through warm.sh, which keeps the code at
// tier 0 as in a compile (call counting off). The first round of each build is also reported, with the JIT time in it.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: AnalyzerWarm OUT PROJECT ROUNDS DIR[,DIR...]");
    return 2;
}

string project = args[1];
int rounds = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
string[] builds = args[3].Split(',');
string projectDir = Path.Combine(args[0], project);
string commandLine = File.ReadLines(Path.Combine(args[0], "logs", project + "-csc-1.log"))
    .First(l => l.TrimStart().StartsWith('/') && l.Contains("/csc /noconfig ", StringComparison.Ordinal)).Trim();
string[] arguments = commandLine.Split(' ').Skip(1).ToArray();

var symbols = arguments.Where(a => a.StartsWith("/define:", StringComparison.Ordinal)).SelectMany(a => a["/define:".Length..].Split(';')).ToArray();
var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: symbols);
var references = arguments.Where(a => a.StartsWith("/reference:", StringComparison.Ordinal))
    .Select(a => (MetadataReference)MetadataReference.CreateFromFile(a["/reference:".Length..])).ToList();
var trees = arguments.Where(a => !a.StartsWith('/') && a.EndsWith(".cs", StringComparison.Ordinal))
    .Select(a => Path.GetFullPath(Path.Combine(projectDir, a)))
    .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parse, path)).ToList();
bool nullable = arguments.Any(a => a == "/nullable:enable");
var compilation = CSharpCompilation.Create(project, trees, references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable));

DiagnosticAnalyzer[] analyzers = builds.Select(dir =>
{
    Assembly assembly = new BuildContext(Path.GetFullPath(dir)).LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(dir), "K0sConfig.Analyzers.dll"));
    return (DiagnosticAnalyzer)Activator.CreateInstance(assembly.GetType("K0sConfig.Analyzers.K0sConfigAnalyzer", throwOnError: true)!)!;
}).ToArray();

var best = new double[analyzers.Length, trees.Count];
for (int b = 0; b < analyzers.Length; b++)
{
    for (int t = 0; t < trees.Count; t++)
    {
        best[b, t] = double.MaxValue;
    }
}

var warnings = new int[analyzers.Length];
var totals = analyzers.Select(_ => new List<double>()).ToArray();
// Bytes allocated in the process while a build analyzes the project, least over the rounds after the first (the
// compilation's own binding is done by then): allocations cost a compile garbage collections, which the compiler
// counts in the analyzer's time.
var allocated = Enumerable.Repeat(long.MaxValue, analyzers.Length).ToArray();
for (int round = 0; round < rounds; round++)
{
    for (int b = 0; b < analyzers.Length; b++)
    {
        TimeSpan jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        long bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        long methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        // FRESH=1: a new compilation each round (new symbols), so what the analyzer does once per compilation is in each round, as
        // in each build through the compiler server.
        var withAnalyzer = (Environment.GetEnvironmentVariable("FRESH") == "1" ? compilation.Clone() : compilation).WithAnalyzers(ImmutableArray.Create(analyzers[b]),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        double total = 0;
        int found = 0;
        if (Environment.GetEnvironmentVariable("FULL") == "1")
        {
            // FULL=1: the whole compilation at once, as a compile analyzes it (not file by file as an IDE asks).
            found = withAnalyzer.GetAnalyzerDiagnosticsAsync(CancellationToken.None).Result.Count(d => d.Severity >= DiagnosticSeverity.Warning);
            total = withAnalyzer.GetAnalyzerTelemetryInfoAsync(analyzers[b], CancellationToken.None).Result.ExecutionTime.TotalMilliseconds;
        }

        for (int t = 0; Environment.GetEnvironmentVariable("FULL") != "1" && t < trees.Count; t++)
        {
            SemanticModel model = withAnalyzer.Compilation.GetSemanticModel(trees[t]);
            found += withAnalyzer.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).Result.Count(d => d.Severity >= DiagnosticSeverity.Warning);
            double now = withAnalyzer.GetAnalyzerTelemetryInfoAsync(analyzers[b], CancellationToken.None).Result.ExecutionTime.TotalMilliseconds;
            best[b, t] = Math.Min(best[b, t], now - total);
            total = now;
        }

        warnings[b] = found;
        totals[b].Add(total);
        if (round > 0)
        {
            allocated[b] = Math.Min(allocated[b], GC.GetTotalAllocatedBytes(precise: true) - bytesBefore);
        }

        if (round == 0)
        {
            Console.WriteLine($"{builds[b]}: first round {total:F0} ms, of which JIT of {System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore} methods {(System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds:F0} ms (all JIT in the process then, not only the analyzer's)");
        }
    }
}

Console.WriteLine();
Console.WriteLine($"| build | sum over {trees.Count} files of each file's shortest time in {rounds} rounds | median of the rounds' totals after the first | warnings | MB allocated in a round (least after the first) |");
Console.WriteLine("|---|---|---|---|---|");
for (int b = 0; b < analyzers.Length; b++)
{
    double sum = 0;
    for (int t = 0; t < trees.Count; t++)
    {
        sum += best[b, t];
    }

    string mb = allocated[b] == long.MaxValue ? "–" : (allocated[b] / 1048576.0).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    double[] later = totals[b].Skip(1).OrderBy(t => t).ToArray();
    string median = later.Length == 0 ? "–" : later[later.Length / 2].ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " ms";
    // FULL=1 times the whole compilation, not file by file: no per-file sum.
    string perFile = double.IsInfinity(sum) ? "–" : sum.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " ms";
    Console.WriteLine($"| {builds[b]} | {perFile} | {median} | {warnings[b]} | {mb} |");
}

return 0;

/// <summary>Loads one build's K0sConfig assemblies (and IPNetwork2) from its folder; Roslyn and the rest are shared.</summary>
internal sealed class BuildContext : AssemblyLoadContext
{
    private readonly string _dir;

    public BuildContext(string dir)
        : base(dir) => _dir = dir;

    protected override Assembly? Load(AssemblyName name)
    {
        string path = Path.Combine(_dir, name.Name + ".dll");
        return name.Name is { } n && (n.StartsWith("K0sConfig", StringComparison.Ordinal) || n == "System.Net.IPNetwork") && File.Exists(path)
            ? LoadFromAssemblyPath(path)
            : null;
    }
}
