using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using K0sConfig.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace K0sConfig.Bench
{
    /// <summary>
    /// The second measurement: the analyzer run N times through Roslyn's <see cref="CompilationWithAnalyzers"/> (the
    /// Roslyn version it is built against) on the generated sources, single-threaded, with Roslyn's own per-analyzer
    /// execution time and a stopwatch around each step.
    /// </summary>
    internal static class InProcess
    {
        private static readonly Regex Reference = new Regex(@"/reference:(\S+\.dll)");

        public static List<InProcessSample> Run(string outDir, string referenceLog, int iterations, TextWriter log)
        {
            // The references csc got for Heavy (the .NET reference pack, K0sConfig and its dependencies).
            string[] all = Reference.Matches(File.ReadAllText(referenceLog)).Select(m => m.Groups[1].Value).Distinct().ToArray();
            if (all.Length == 0)
            {
                throw new InvalidOperationException($"{referenceLog} holds no csc command line; run 'measure' first.");
            }

            var k0sFiles = new[] { "K0sConfig.dll", "K0sConfig.Rules.dll", "K0sConfig.Yaml.dll", "System.Net.IPNetwork.dll", "YamlDotNet.dll" };
            MetadataReference[] withK0s = all.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
            MetadataReference[] withoutK0s = all.Where(p => !k0sFiles.Contains(Path.GetFileName(p))).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();

            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            SyntaxTree[] heavy = Parse(Path.Combine(outDir, "Heavy"), parse);
            SyntaxTree[] plain = Parse(Path.Combine(outDir, "Plain"), parse);
            var cases = new (string Name, SyntaxTree[] Trees, MetadataReference[] References)[]
            {
                ("Heavy", heavy, withK0s),
                ("PlainRef", plain, withK0s),
                ("Plain", plain, withoutK0s),
            };

            var samples = new List<InProcessSample>();
            for (int i = 0; i <= iterations; i++)
            {
                foreach ((string name, SyntaxTree[] trees, MetadataReference[] references) in cases)
                {
                    InProcessSample sample = Once(name, trees, references, i).GetAwaiter().GetResult();
                    if (i == 0)
                    {
                        log.WriteLine($"in-process warm-up {name}: bind {sample.BindSeconds:F2}s, K0sConfig {sample.K0sSeconds * 1000:F0} ms, {sample.Diagnostics} diagnostics");
                        continue;
                    }

                    samples.Add(sample);
                    log.WriteLine($"in-process {i} {name}: bind {sample.BindSeconds:F2}s, K0sConfig {sample.K0sSeconds * 1000:F0} ms (pass {sample.K0sPassSeconds * 1000:F0} ms), empty operation analyzer pass {sample.EmptyPassSeconds * 1000:F0} ms");
                }
            }

            return samples;
        }

        /// <summary>
        /// Only the K0sConfig analyzer's pass on one project with K0sConfig referenced (Heavy, Composed, ChainsOnly),
        /// <paramref name="iterations"/> times: a target for a sampling profiler (dotnet-trace).
        /// </summary>
        public static void K0sPassOnly(string outDir, string referenceLog, int iterations, TextWriter log, string project = "Heavy")
        {
            string[] all = Reference.Matches(File.ReadAllText(referenceLog)).Select(m => m.Groups[1].Value).Distinct().ToArray();
            MetadataReference[] references = all.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
            SyntaxTree[] trees = Parse(Path.Combine(outDir, project), new CSharpParseOptions(LanguageVersion.Latest));
            for (int i = 0; i < iterations; i++)
            {
                InProcessSample sample = Once(project, trees, references, i).GetAwaiter().GetResult();
                log.WriteLine($"K0sConfig pass {i}: {sample.K0sSeconds * 1000:F0} ms");
            }
        }

        private static SyntaxTree[] Parse(string dir, CSharpParseOptions options)
            => Directory.GetFiles(dir, "*.cs").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f))
                .ToArray();

        private static async Task<InProcessSample> Once(string name, SyntaxTree[] trees, MetadataReference[] references, int iteration)
        {
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release);

            // The compiler's own work without analyzers: declarations and every method body bound.
            CSharpCompilation compilation = CSharpCompilation.Create(name, trees, references, options);
            var watch = Stopwatch.StartNew();
            int errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            double bind = watch.Elapsed.TotalSeconds;
            if (errors != 0)
            {
                throw new InvalidOperationException($"{name} does not compile in-process: {string.Join("\n", compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5))}");
            }

            // The K0sConfig analyzer alone on a fresh compilation: Roslyn's execution time and a stopwatch around the pass
            // (which binds the method bodies again: CompilationWithAnalyzers works on its own copy of the compilation).
            var analyzer = new K0sConfigAnalyzer();
            var withOptions = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            CompilationWithAnalyzers k0s = CSharpCompilation.Create(name, trees, references, options).WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), withOptions);
            watch.Restart();
            ImmutableArray<Diagnostic> diagnostics = await k0s.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            double pass = watch.Elapsed.TotalSeconds;
            AnalyzerTelemetryInfo telemetry = await k0s.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);

            // An operation analyzer that does nothing, registered the same way: what any such analyzer pays for the
            // driver and the operation trees (shared with every other operation analyzer in a real build).
            var empty = new EmptyOperationAnalyzer();
            CompilationWithAnalyzers baseline = CSharpCompilation.Create(name, trees, references, options).WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(empty), withOptions);
            watch.Restart();
            _ = await baseline.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            double emptyPass = watch.Elapsed.TotalSeconds;

            return new InProcessSample(name, iteration, bind, telemetry.ExecutionTime.TotalSeconds, pass, emptyPass, diagnostics.Length,
                diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()));
        }

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor("BENCH0001", "Nothing", "Nothing", "Bench", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterCompilationStartAction(start => start.RegisterOperationBlockStartAction(block =>
                {
                    block.RegisterOperationAction(_ => { }, OperationKind.Invocation);
                    block.RegisterOperationBlockEndAction(_ => { });
                }));
            }
        }
    }

    /// <param name="BindSeconds">Compilation.GetDiagnostics(): declarations and method bodies, no analyzers, no emit.</param>
    /// <param name="K0sSeconds">Roslyn's execution time of the K0sConfig analyzer (its callbacks).</param>
    /// <param name="K0sPassSeconds">Stopwatch around the analyzer pass on a fresh compilation (binding, operation trees and driver included).</param>
    /// <param name="EmptyPassSeconds">The same pass with an operation analyzer that does nothing: K0sPass minus this is the analyzer's marginal cost.</param>
    internal sealed record InProcessSample(string Name, int Iteration, double BindSeconds, double K0sSeconds, double K0sPassSeconds, double EmptyPassSeconds, int Diagnostics, Dictionary<string, int> ById);
}
