using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using K0sConfig.Analyzers;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K0sConfig.Bench
{
    /// <summary>
    /// A stopwatch profile of the analyzer's steps on Heavy, without a profiler: the same steps the analyzer takes
    /// (FactCollector.ForChain / ForCall, RuleEngine.Evaluate) called one by one on every method body's operations,
    /// each step timed over the whole project. The analyzer's internals are reached by reflection, so this tool
    /// needs no InternalsVisibleTo; a renamed internal method fails here loudly.
    /// </summary>
    internal static class Profile
    {
        public static string Run(string outDir, string referenceLog, int rounds)
        {
            string[] paths = new Regex(@"/reference:(\S+\.dll)").Matches(File.ReadAllText(referenceLog)).Select(m => m.Groups[1].Value).Distinct().ToArray();
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            SyntaxTree[] trees = Directory.GetFiles(Path.Combine(outDir, "Heavy"), "*.cs").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f)).ToArray();
            CSharpCompilation compilation = CSharpCompilation.Create("Heavy", trees, paths.Select(p => MetadataReference.CreateFromFile(p)),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

            Assembly analyzers = typeof(K0sConfigAnalyzer).Assembly;
            Type known = analyzers.GetType("K0sConfig.Analyzers.KnownSymbols", throwOnError: true)!;
            Type collector = analyzers.GetType("K0sConfig.Analyzers.FactCollector", throwOnError: true)!;
            object symbols = known.GetMethod("Resolve")!.Invoke(null, new object[] { compilation })!;
            MethodInfo kindOf = known.GetMethod("KindOf")!;
            MethodInfo isEntry = known.GetMethod("IsClusterEntry")!;
            MethodInfo forChain = collector.GetMethod("ForChain", BindingFlags.Public | BindingFlags.Static)!;
            MethodInfo forCall = collector.GetMethod("ForCall", BindingFlags.Public | BindingFlags.Static)!;

            // Every method body's invocations, as the analyzer's operation callbacks see them.
            var roots = new List<IInvocationOperation>();
            var calls = new List<(IInvocationOperation Call, object Kind)>();
            foreach (SyntaxTree tree in trees)
            {
                SemanticModel model = compilation.GetSemanticModel(tree);
                foreach (BaseMethodDeclarationSyntax method in tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>())
                {
                    if (model.GetOperation(method) is not IOperation body)
                    {
                        continue;
                    }

                    foreach (IInvocationOperation invocation in body.Descendants().OfType<IInvocationOperation>())
                    {
                        object kind = kindOf.Invoke(symbols, new object?[] { invocation.TargetMethod.ContainingType })!;
                        if (Convert.ToInt32(kind) != 0)
                        {
                            calls.Add((invocation, kind));
                        }
                        else if ((bool)isEntry.Invoke(symbols, new object[] { invocation.TargetMethod })!)
                        {
                            roots.Add(invocation);
                        }
                    }
                }
            }

            var timings = new Dictionary<string, (double Wall, double Cpu, int Count)>();
            for (int round = 0; round <= rounds; round++)
            {
                var chainFacts = new List<ClusterFacts>();
                var callFacts = new List<ClusterFacts>();
                Time(timings, round, "FactCollector.ForChain (per chain)", roots.Count, () =>
                {
                    foreach (IInvocationOperation root in roots)
                    {
                        chainFacts.Add((ClusterFacts)forChain.Invoke(null, new object?[] { symbols, root, null, null, System.Threading.CancellationToken.None, null, null })!);
                    }
                });
                Time(timings, round, "RuleEngine.Evaluate on a chain's facts", chainFacts.Count, () =>
                {
                    foreach (ClusterFacts facts in chainFacts)
                    {
                        RuleEngine.Evaluate(facts, ValidationOptions.Default);
                    }
                });
                Time(timings, round, "FactCollector.ForCall (per builder call)", calls.Count, () =>
                {
                    foreach ((IInvocationOperation call, object kind) in calls)
                    {
                        if (forCall.Invoke(null, new object?[] { symbols, call, kind, null }) is ClusterFacts facts)
                        {
                            callFacts.Add(facts);
                        }
                    }
                });
                Time(timings, round, "RuleEngine.Evaluate on one call's facts", callFacts.Count, () =>
                {
                    foreach (ClusterFacts facts in callFacts)
                    {
                        RuleEngine.Evaluate(facts, ValidationOptions.Default);
                    }
                });
            }

            var text = new System.Text.StringBuilder();
            text.AppendLine($"## Stopwatch profile of the analyzer's steps on Heavy ({roots.Count} chain roots, {calls.Count} builder calls; {rounds} rounds after a warm-up, totals per round)").AppendLine();
            text.AppendLine("| step | calls | wall ms | CPU ms | CPU µs per call |");
            text.AppendLine("|---|---|---|---|---|");
            foreach ((string step, (double wall, double cpu, int count)) in timings)
            {
                text.AppendLine($"| {step} | {count} | {wall / rounds:F0} | {cpu / rounds:F0} | {(count == 0 ? 0 : cpu / rounds * 1000 / count):F1} |");
            }

            return text.ToString();
        }

        private static void Time(Dictionary<string, (double Wall, double Cpu, int Count)> timings, int round, string step, int count, Action action)
        {
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            double wall = watch.Elapsed.TotalMilliseconds;
            double used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            if (round == 0)
            {
                return;
            }

            timings[step] = timings.TryGetValue(step, out var t) ? (t.Wall + wall, t.Cpu + used, count) : (wall, used, count);
        }
    }
}
