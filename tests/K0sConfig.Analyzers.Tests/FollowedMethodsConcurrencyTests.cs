using K0sConfig.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// The analyzer runs concurrently (<c>EnableConcurrentExecution</c>): the blocks of one compilation share what
/// <see cref="FollowedMethods"/> works out about its methods, and a thread must never conclude from another's half-done
/// work. A chain of methods that pass a constant on towards a configuration is asked about from every method at once.
/// </summary>
public class FollowedMethodsConcurrencyTests
{
    private const int Depth = 12;

    [Fact]
    public async Task Whether_a_method_reaches_a_configuration_does_not_depend_on_which_thread_asks_first()
    {
        var source = new System.Text.StringBuilder("""
            using K0sConfig;

            static class Config
            {
                static ClusterConfig M0(string pod) => K0s.Cluster().Network(n => n.PodCidr(pod)).Build();

            """);
        for (int i = 1; i <= Depth; i++)
        {
            source.AppendLine($"    static ClusterConfig M{i}(string pod) => M{i - 1}(pod);");
        }

        source.AppendLine("}");
        CSharpCompilation compilation = await AnalyzerRunner.CompileAsync([CSharpSyntaxTree.ParseText(source.ToString())], OutputKind.DynamicallyLinkedLibrary);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        KnownSymbols symbols = KnownSymbols.Resolve(compilation)!;
        SyntaxTree tree = compilation.SyntaxTrees.Single();
        SemanticModel model = compilation.GetSemanticModel(tree);
        IMethodSymbol[] chain = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Select(m => model.GetDeclaredSymbol(m)!)
            .ToArray();
        Assert.Equal(Depth + 1, chain.Length);

        int threads = Math.Max(4, Environment.ProcessorCount * 2);
        for (int round = 0; round < 1000; round++)
        {
            var methods = new FollowedMethods(compilation, symbols);
            FollowedMethod[] followed = chain.Select(m => methods.Get(m, CancellationToken.None)!).ToArray();
            using var start = new Barrier(threads);
            var answers = new bool[threads][];
            Task[] askers = Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(
                () =>
                {
                    // Each thread asks from a different end of the chain, so that their walks cross.
                    var order = Enumerable.Range(0, followed.Length).Select(i => (i * (t + 1) + t) % followed.Length).ToArray();
                    answers[t] = new bool[followed.Length];
                    start.SignalAndWait();
                    foreach (int i in order)
                    {
                        answers[t][i] = methods.ReachesConfiguration(followed[i], CancellationToken.None);
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)).ToArray();
            await Task.WhenAll(askers);

            for (int t = 0; t < threads; t++)
            {
                Assert.True(answers[t].All(a => a), $"round {round}, thread {t}: M{Array.IndexOf(answers[t], false)} was taken as reaching no configuration");
            }
        }
    }
}
