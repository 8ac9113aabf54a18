using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace K0sConfig.Bench
{
    /// <summary>
    /// bench/AnalyzerCost: generates the benchmark projects and measures the K0sConfig analyzer's cost.
    /// <code>
    /// dotnet run -c Release --project bench/AnalyzerCost -- all [--out DIR] [--runs 5] [--iterations 5] [--server]
    /// </code>
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help")
            {
                Console.WriteLine("""
                    usage: AnalyzerCost <command> [options]
                      generate   write the projects (Heavy, Plain, PlainRef, HeavyNoAnalyzer, Composed, ChainsOnly) into --out
                      measure    build each project --runs times with -p:ReportAnalyzer=true, after a warm-up build
                      inproc     run the analyzer through CompilationWithAnalyzers --iterations times (after 'measure')
                      summarize  the table for builds already measured (their logs in <out>/logs)
                      profile    time the analyzer's steps (fact collection, rule engine) on Heavy (after 'measure')
                      k0spass    only the analyzer's in-process pass on Heavy (or --variants Composed), for a profiler
                      all        generate, measure, inproc; writes <out>/results.md
                    options:
                      --out DIR         default: $TMPDIR/k0sconfig-analyzer-cost
                      --files N         default 200        --chains N   default 1000     --seed N   default 20251126
                      --runs N          default 5          --iterations N   default 5
                      --server          measure with the compiler server too (UseSharedCompilation=true)
                      --variants A,B    measure only these projects (default: Heavy,Plain,PlainRef,HeavyNoAnalyzer,Composed,ChainsOnly)
                      --tag NAME        name this series in the log names (e.g. the analyzer version measured)
                      -c CONFIG         default Release (the analyzer as the package ships it)
                    """);
                return args.Length == 0 ? 1 : 0;
            }

            var options = Options.Parse(args.Skip(1).ToArray());
            string repo = FindRepo();
            var report = new StringBuilder();
            switch (args[0])
            {
                case "generate":
                    Generate(options, repo, report);
                    break;
                case "measure":
                    Measure(options, server: false, report);
                    if (options.Server)
                    {
                        Measure(options, server: true, report);
                    }

                    break;
                case "inproc":
                    InProc(options, report);
                    break;
                case "k0spass":
                    InProcess.K0sPassOnly(options.Out, ReferenceLog(options), options.Iterations, Console.Out, options.Variants?.Single() ?? "Heavy");
                    return 0;
                case "summarize":
                    SummarizeLogs(options, options.Server, report);
                    break;
                case "profile":
                    report.Append(Profile.Run(options.Out, ReferenceLog(options), options.Iterations));
                    break;
                case "all":
                    Generate(options, repo, report);
                    Measure(options, server: false, report);
                    if (options.Server)
                    {
                        Measure(options, server: true, report);
                    }

                    InProc(options, report);
                    break;
                default:
                    Console.Error.WriteLine($"unknown command '{args[0]}'");
                    return 1;
            }

            string header = Machine(options);
            string results = Path.Combine(options.Out, "results-" + args[0] + options.Tag + ".md");
            File.WriteAllText(results, header + "\n" + report);
            Console.WriteLine();
            Console.WriteLine(header);
            Console.WriteLine(report);
            Console.WriteLine($"written: {results}");
            return 0;
        }

        private static void Generate(Options options, string repo, StringBuilder report)
        {
            GenerationSummary summary = Generator.Generate(options.Out, repo, options.Files, options.Chains, options.Seed);
            report.AppendLine("## Generated projects").AppendLine();
            report.AppendLine("```").Append(summary).AppendLine("```").AppendLine();
            Console.WriteLine(summary);
        }

        private static void Measure(Options options, bool server, StringBuilder report)
        {
            var runner = new BuildRunner(options.Out, server, options.Configuration, options.Tag);
            string[] variants = options.Variants ?? Generator.Variants;
            runner.WarmUp(variants);
            var samples = new List<BuildSample>();
            for (int run = 1; run <= options.Runs; run++)
            {
                // Round robin, so that a slow phase of the machine touches every project alike.
                foreach (string variant in variants)
                {
                    BuildSample s = runner.Measure(variant, run);
                    samples.Add(s);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(server ? "server" : "csc")} run {run} {variant,-16} load {s.LoadBefore} csc {s.CscSeconds,6:F2}s  analyzers {s.AnalyzerSeconds,6:F3}s  K0sConfig {(s.K0sSeconds is double k ? (k * 1000).ToString("F0", CultureInfo.InvariantCulture) + " ms" : "not loaded"),10}  K0S warnings {s.Diagnostics.Values.Sum()}"));
                }
            }

            Summarize(options, runner, variants, samples, report);
        }

        /// <summary>The table for builds already measured: the logs of runs 1..--runs in &lt;out&gt;/logs.</summary>
        private static void SummarizeLogs(Options options, bool server, StringBuilder report)
        {
            var runner = new BuildRunner(options.Out, server, options.Configuration, options.Tag);
            string[] variants = options.Variants ?? Generator.Variants;
            var samples = new List<BuildSample>();
            foreach (string variant in variants)
            {
                for (int run = 1; run <= options.Runs; run++)
                {
                    string log = Path.Combine(options.Out, "logs", runner.LogName(variant, run));
                    if (File.Exists(log))
                    {
                        samples.Add(BuildRunner.Parse(variant, run, log, double.NaN, "?"));
                    }
                }
            }

            Summarize(options, runner, variants.Where(v => samples.Any(s => s.Variant == v)).ToArray(), samples, report);
        }

        private static void Summarize(Options options, BuildRunner runner, string[] variants, List<BuildSample> samples, StringBuilder report)
        {
            int chains = options.Chains;
            report.AppendLine(CultureInfo.InvariantCulture, $"## dotnet build, {runner.Mode}").AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"{samples.Count / Math.Max(1, variants.Length)} measured builds per project after a warm-up build; median [min–max]. Command of one measured build:").AppendLine();
            report.AppendLine("```").AppendLine("dotnet " + runner.Arguments("Heavy", "<log>")).AppendLine("```").AppendLine();
            report.AppendLine("| project | csc (compile) s | all analyzers s | K0sConfig analyzer ms | K0sConfig share of csc | K0sConfig share of all analyzers | µs per chain (configuration) | K0S warnings |");
            report.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (string variant in variants)
            {
                List<BuildSample> v = samples.Where(s => s.Variant == variant).ToList();
                bool loaded = v.All(s => s.K0sSeconds != null);
                string k0s = loaded ? Stat(v.Select(s => s.K0sSeconds!.Value * 1000), "F0") : "not loaded";
                string share = loaded ? Stat(v.Select(s => s.K0sSeconds!.Value / s.CscSeconds * 100), "F2", "%") : "–";
                string ofAnalyzers = loaded ? Stat(v.Select(s => s.AnalyzerSeconds == 0 ? 0 : s.K0sSeconds!.Value / s.AnalyzerSeconds * 100), "F1", "%") : "–";
                string perChain = loaded && (variant.StartsWith("Heavy", StringComparison.Ordinal) || variant is "Composed" or "ChainsOnly") ? Stat(v.Select(s => s.K0sSeconds!.Value * 1e6 / chains), "F0") : "–";
                string warnings = string.Join(", ", v[0].Diagnostics.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}×{d.Value}"));
                report.AppendLine(CultureInfo.InvariantCulture, $"| {variant} | {Stat(v.Select(s => s.CscSeconds), "F2")} | {Stat(v.Select(s => s.AnalyzerSeconds), "F2")} | {k0s} | {share} | {ofAnalyzers} | {perChain} | {(warnings.Length == 0 ? "none" : warnings)} |");
            }

            report.AppendLine();
            report.AppendLine("Load average (1 min) before each build: " + string.Join(", ", samples.Select(s => s.LoadBefore)));
            double heavy = samples.Any(s => s.Variant == "Heavy") ? Median(samples.Where(s => s.Variant == "Heavy").Select(s => s.CscSeconds)) : double.NaN;
            double bare = samples.Any(s => s.Variant == "HeavyNoAnalyzer") ? Median(samples.Where(s => s.Variant == "HeavyNoAnalyzer").Select(s => s.CscSeconds)) : double.NaN;
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"Heavy minus HeavyNoAnalyzer (median csc): {heavy - bare:F2} s ({(heavy - bare) / bare * 100:F1}% of {bare:F2} s); within the run-to-run spread unless larger than the ranges above.");
            report.AppendLine();
            report.AppendLine("Raw samples (csc s / K0sConfig ms):").AppendLine();
            foreach (string variant in variants)
            {
                report.Append("- ").Append(variant).Append(": ").AppendLine(string.Join("; ", samples.Where(s => s.Variant == variant).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.CscSeconds:F2} / {(s.K0sSeconds is double k ? (k * 1000).ToString("F0", CultureInfo.InvariantCulture) : "–")}"))));
            }

            report.AppendLine();
        }

        private static void InProc(Options options, StringBuilder report)
        {
            List<InProcessSample> samples = InProcess.Run(options.Out, ReferenceLog(options), options.Iterations, Console.Out);
            report.AppendLine("## In process: CompilationWithAnalyzers (Roslyn 4.8, one thread)").AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"{options.Iterations} iterations after a warm-up; median [min–max]. 'bind' is Compilation.GetDiagnostics() without analyzers; 'pass' is a fresh compilation's analyzer pass with only that analyzer (binding included); 'empty' is the same pass with an operation analyzer that does nothing.").AppendLine();
            report.AppendLine("| project | bind s | K0sConfig execution ms | share of bind | µs per chain | K0sConfig pass s | empty pass s | diagnostics |");
            report.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (string name in new[] { "Heavy", "PlainRef", "Plain" })
            {
                List<InProcessSample> v = samples.Where(s => s.Name == name).ToList();
                string ids = string.Join(", ", v[0].ById.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}×{d.Value}"));
                report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Stat(v.Select(s => s.BindSeconds), "F2")} | {Stat(v.Select(s => s.K0sSeconds * 1000), "F1")} | {Stat(v.Select(s => s.K0sSeconds / s.BindSeconds * 100), "F2", "%")} | {(name == "Heavy" ? Stat(v.Select(s => s.K0sSeconds * 1e6 / options.Chains), "F0") : "–")} | {Stat(v.Select(s => s.K0sPassSeconds), "F2")} | {Stat(v.Select(s => s.EmptyPassSeconds), "F2")} | {(ids.Length == 0 ? "none" : ids)} |");
            }

            report.AppendLine();
        }

        /// <summary>A measured build's detailed log: it holds csc's command line, whose references the in-process runs use.</summary>
        private static string ReferenceLog(Options options)
            => Directory.GetFiles(Path.Combine(options.Out, "logs"), "Heavy-*-1.log").OrderBy(f => f, StringComparer.Ordinal).First();

        private static double Median(IEnumerable<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        private static string Stat(IEnumerable<double> values, string format, string unit = "")
        {
            double[] v = values.ToArray();
            return string.Create(CultureInfo.InvariantCulture, $"{Median(v).ToString(format, CultureInfo.InvariantCulture)}{unit} [{v.Min().ToString(format, CultureInfo.InvariantCulture)}–{v.Max().ToString(format, CultureInfo.InvariantCulture)}]");
        }

        private static string Machine(Options options)
        {
            string cpu = File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
                : "?";
            string memory = File.Exists("/proc/meminfo")
                ? File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim()
                : "?";
            (_, string sdk) = BuildRunner.Dotnet("--version");
            string csc = "?";
            string logs = Path.Combine(options.Out, "logs");
            if (Directory.Exists(logs))
            {
                string? log = Directory.GetFiles(logs, "*.log").FirstOrDefault();
                Match m = log == null ? Match.Empty : Regex.Match(File.ReadAllText(log), @"Visual C# Compiler version (\S+)");
                csc = m.Success ? m.Groups[1].Value : "?";
            }

            return $"""
                # K0sConfig analyzer cost

                - machine: {Environment.ProcessorCount} cores ({cpu}), {memory} memory, {RuntimeInformation.OSDescription}
                - .NET SDK {sdk.Trim()}, csc {csc}, harness runtime {RuntimeInformation.FrameworkDescription}
                - configuration: {options.Configuration}; generated into {options.Out}; seed {options.Seed}

                """;
        }

        private static string FindRepo()
        {
            foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            {
                for (string? dir = start; dir != null; dir = Path.GetDirectoryName(dir))
                {
                    if (File.Exists(Path.Combine(dir, "K0sConfig.Analyzers.sln")))
                    {
                        return dir;
                    }
                }
            }

            throw new InvalidOperationException("Cannot find the repository (K0sConfig.Analyzers.sln) above the current directory.");
        }

        private sealed class Options
        {
            public string Out { get; private set; } = Path.Combine(Path.GetTempPath(), "k0sconfig-analyzer-cost");

            public int Files { get; private set; } = 200;

            public int Chains { get; private set; } = 1000;

            public int Seed { get; private set; } = 20251126;

            public int Runs { get; private set; } = 5;

            public int Iterations { get; private set; } = 5;

            public bool Server { get; private set; }

            public string[]? Variants { get; private set; }

            public string Tag { get; private set; } = string.Empty;

            public string Configuration { get; private set; } = "Release";

            public static Options Parse(string[] args)
            {
                var o = new Options();
                for (int i = 0; i < args.Length; i++)
                {
                    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                    switch (args[i])
                    {
                        case "--out": o.Out = Path.GetFullPath(Next()); break;
                        case "--files": o.Files = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                        case "--chains": o.Chains = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                        case "--seed": o.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                        case "--runs": o.Runs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                        case "--iterations": o.Iterations = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                        case "--server": o.Server = true; break;
                        case "--variants": o.Variants = Next().Split(','); break;
                        case "--tag": o.Tag = "-" + Next(); break;
                        case "-c": o.Configuration = Next(); break;
                        default: throw new ArgumentException($"unknown option '{args[i]}'");
                    }
                }

                return o;
            }
        }
    }
}
