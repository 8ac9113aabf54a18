using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// Every diagnostic must be local to the code the analyzer was called for: IDE analysis of one file or one span,
/// and code fixes, only see local diagnostics.
/// </summary>
public class LocalityTests
{
    [Fact]
    public async Task Diagnostics_from_chains_locals_and_single_calls_are_all_local()
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(Verify.Usings + """
            static class C
            {
                static ClusterConfig Chain() => K0s.Cluster()
                    .Network(n => n.PodCidr("10.244.0.1/16").Calico(c => c.Mode(CalicoMode.Vxlan)).DualStack(ds => ds.IPv6PodCidr("fd00::/64").IPv6ServiceCidr("fd01::/108")))
                    .Build();

                static ClusterConfig Local()
                {
                    ClusterConfigBuilder b = K0s.Cluster();
                    b.Network(n => n.PodCidr("10.96.0.0/16"));
                    b.Network(n => n.ServiceCidr("10.96.0.0/12"));
                    return b.Build();
                }

                static void Helper(NetworkBuilder n) => n.PodCidr("10.244.0.0/33");

                static readonly ClusterConfig Field = K0s.Cluster().Api(a => a.Port(70000)).Build();
            }
            """, path: "/0/Test0.cs");
        ImmutableArray<MetadataReference> references = (await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
            .Add(MetadataReference.CreateFromFile(typeof(K0s).Assembly.Location));
        CSharpCompilation compilation = CSharpCompilation.Create("Locality", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = new K0sConfigAnalyzer();
        AnalysisResult result = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer))
            .GetAnalysisResultAsync(CancellationToken.None);

        ImmutableArray<Diagnostic> local = result.SemanticDiagnostics.TryGetValue(tree, out var byAnalyzer) && byAnalyzer.TryGetValue(analyzer, out var found)
            ? found
            : ImmutableArray<Diagnostic>.Empty;
        ImmutableArray<Diagnostic> nonLocal = result.CompilationDiagnostics.TryGetValue(analyzer, out var other) ? other : ImmutableArray<Diagnostic>.Empty;

        Assert.Empty(nonLocal);
        Assert.Equal(
            new[] { "K0S101", "K0S102", "K0S106", "K0S301", "K0S403", "K0S501" },
            local.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
    }
}
