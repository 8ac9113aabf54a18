using K0sConfig.Analyzers.Tests.Robustness;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// Method summaries (src/K0sConfig.Analyzers/MethodSummaries.cs): what a method in source does to the builders it
/// receives or returns is worked out once per compilation and applied at each call, with that call's values.
/// </summary>
public class MethodSummaryTests
{
    private const string Members = """
        using K0sConfig;

        static class Config
        {
            static ClusterConfigBuilder Base() => K0s.Cluster().Network(n => n.Calico());

            static NetworkBuilder Pods(this NetworkBuilder n, string pods) => n.DualStack(ds => ds.IPv6PodCidr(pods).IPv6ServiceCidr("fd01::/108"));

            public static ClusterConfig A() => Base().Network(n => n.Pods("fd00::/108")).Build();
            public static ClusterConfig B() => Base().Network(n => n.Pods("fd02::/108")).Build();
            public static ClusterConfig C() => Base().Network(n => n.Pods("fd03::/108")).Build();
            public static ClusterConfig D() => Base().Network(n => n.Pods("fd04::/108")).Build();
            public static ClusterConfig E() => Base().Network(n => n.Pods("fd05::/108")).Build();
        }
        """;

    [Fact]
    public async Task A_helper_called_from_many_places_is_summarised_once_and_applied_with_each_calls_constants()
    {
        CSharpCompilation compilation = await AnalyzerRunner.CompileAsync([CSharpSyntaxTree.ParseText(Members)], OutputKind.DynamicallyLinkedLibrary);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        KnownSymbols symbols = KnownSymbols.Resolve(compilation)!;
        var methods = new FollowedMethods(compilation, symbols);

        SyntaxTree tree = compilation.SyntaxTrees.Single();
        SemanticModel model = compilation.GetSemanticModel(tree);
        var pods = new List<string>();
        var made = new List<int>();
        foreach (MethodDeclarationSyntax method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.Identifier.Text.Length == 1))
        {
            // The chain each configuration starts at Base(), as the analyzer collects it for that method's block.
            IOperation body = model.GetOperation(method)!;
            IInvocationOperation root = body.Descendants().OfType<IInvocationOperation>().Single(i => i.TargetMethod.Name == "Base");
            ClusterFacts facts = FactCollector.ForChain(symbols, root, methods, model.GetDeclaredSymbol(method));
            Assert.Equal("calico", facts.Provider.Value);
            Assert.True(facts.DualStackEnabled.Value);
            pods.Add(facts.IPv6PodCidr.Value!);
            made.Add(methods.SummariesMade);
        }

        // Each call's own constant, substituted for the helper's parameter.
        Assert.Equal(["fd00::/108", "fd02::/108", "fd03::/108", "fd04::/108", "fd05::/108"], pods);

        // The first chain makes every summary it needs: Base's builder, its lambda, Pods' builder parameter and the
        // DualStack lambda written in Pods. The four other chains apply them and make none.
        Assert.Equal(4, made[0]);
        Assert.All(made, count => Assert.Equal(4, count));
    }
}
