using System.Collections.Immutable;
using K0sConfig.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>Runs <see cref="K0sConfigAnalyzer"/> on test code that references the K0sConfig library.</summary>
internal static class Verify
{
    /// <summary>The usings every test source starts with.</summary>
    public const string Usings = "using K0sConfig;\n";

    public static Task Analyzer(string source, params DiagnosticResult[] expected)
        => Analyzer(source, editorConfig: null, includeCapacity: false, expected);

    public static async Task Analyzer(string source, string? editorConfig, bool includeCapacity, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        if (editorConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        if (!includeCapacity)
        {
            // K0S406 (information: the capacity summary) shows on every valid chain; tests about other rules leave it out.
            test.DisabledDiagnostics.Add("K0S406");
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(Descriptors.For(id));

    internal sealed class Test : CSharpAnalyzerTest<K0sConfigAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            TestState.AdditionalReferences.Add(typeof(K0s).Assembly);
        }
    }
}
