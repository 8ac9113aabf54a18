using System.Collections.Immutable;
using System.Text.RegularExpressions;
using K0sConfig.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>Runs <see cref="K0sConfigAnalyzer"/> on test code that references the K0sConfig library.</summary>
internal static partial class Verify
{
    /// <summary>The usings every test source starts with.</summary>
    public const string Usings = "using K0sConfig;\n";

    public static Task Analyzer(string source, params DiagnosticResult[] expected)
        => Analyzer(source, editorConfig: null, includeCapacity: false, expected);

    public static Task Analyzer(string source, string? editorConfig, bool includeCapacity, params DiagnosticResult[] expected)
    {
        Test test = Create(source, editorConfig, includeCapacity);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A test of <paramref name="source"/>; add sources, options or expectations, then <c>RunAsync</c>.</summary>
    public static Test Create(string? source = null, string? editorConfig = null, bool includeCapacity = false, bool referenceK0sConfig = true)
    {
        var test = new Test(referenceK0sConfig);
        if (source != null)
        {
            test.TestCode = source;
        }

        // K0S406 (information: the capacity summary) is off by default; tests about it turn it on. A test's own
        // .editorconfig lines come after, so they win.
        string config = (includeCapacity ? "dotnet_diagnostic.K0S406.severity = suggestion\n" : string.Empty) + (editorConfig ?? string.Empty);
        if (config.Length != 0)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + config));
        }

        return test;
    }

    /// <summary>An expected diagnostic with the descriptor's id, default severity and message format; add a location and the arguments.</summary>
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(Descriptors.For(id));

    /// <summary>
    /// An expected diagnostic with the descriptor's id and default severity whose message is not checked (like
    /// markup); add a location, and <see cref="Args"/> to check the message.
    /// </summary>
    public static DiagnosticResult At(string id) => new DiagnosticResult(id, Descriptors.For(id).DefaultSeverity);

    /// <summary>Checks the message: the descriptor's format with these arguments (the rule's), for a value written in the block.</summary>
    public static DiagnosticResult Args(this DiagnosticResult result, params object[] arguments)
        => result.WithMessageFormat(Descriptors.For(result.Id).MessageFormat).WithArguments([.. arguments, string.Empty]);

    /// <summary>Checks the message of a finding whose value <paramref name="via"/> (<c>Base()</c>) wrote in another method.</summary>
    public static DiagnosticResult ArgsVia(this DiagnosticResult result, string via, params object[] arguments)
        => result.WithMessageFormat(Descriptors.For(result.Id).MessageFormat).WithArguments([.. arguments, " The value at fault is written in " + via + "."]);

    /// <summary>
    /// A class whose method <c>M</c> returns <c>K0s.Cluster()<paramref name="chain"/>.Build()</c>, so the whole
    /// chain is known. <paramref name="members"/> go into the class; <paramref name="statements"/> before the chain.
    /// </summary>
    public static string Chain(string chain, string members = "", string statements = "")
        => Usings + "using System;\n\nclass C\n{\n" + members + "\n    ClusterConfig M()\n    {\n" + statements
           + "\n        return K0s.Cluster()\n            " + chain + "\n            .Build();\n    }\n}\n";

    /// <summary>A class with the method body <paramref name="body"/> (<c>ClusterConfig M()</c>) and <paramref name="members"/>.</summary>
    public static string Method(string body, string members = "")
        => Usings + "using System;\nusing System.Collections.Generic;\n\nclass C\n{\n" + members + "\n    ClusterConfig M()\n    {\n" + body + "\n    }\n}\n";

    /// <summary>The source without test markup (<c>{|ID:</c>, <c>{|#0:</c>, <c>|}</c>, <c>[|</c>, <c>|]</c>).</summary>
    public static string StripMarkup(string markup) => MarkupPattern().Replace(markup, string.Empty);

    [GeneratedRegex(@"\{\|[^:|{}]*:|\|\}|\[\||\|\]")]
    private static partial Regex MarkupPattern();

    internal sealed class Test : CSharpAnalyzerTest<K0sConfigAnalyzer, DefaultVerifier>
    {
        public Test()
            : this(referenceK0sConfig: true)
        {
        }

        public Test(bool referenceK0sConfig)
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            if (referenceK0sConfig)
            {
                TestState.AdditionalReferences.Add(typeof(K0s).Assembly);

                // The package's lib/ holds the rule engine beside the builder (ValidationOptions, K0sVersion).
                TestState.AdditionalReferences.Add(typeof(K0sVersion).Assembly);
            }
        }

        /// <summary>
        /// The base class sets every supported id to <see cref="ReportDiagnostic.Default"/> in the project's specific
        /// diagnostic options, which take precedence over .editorconfig, so <c>dotnet_diagnostic.K0S405.severity = error</c>
        /// had no effect in tests while it does in a build. The rules keep their own defaults (K0S406 is off unless a
        /// test's .editorconfig turns it on), so nothing needs forcing: only analyzer exceptions (AD0001, an error) and
        /// <see cref="AnalyzerTest{TVerifier}.DisabledDiagnostics"/> are set here.
        /// </summary>
        protected override Project ApplyCompilationOptions(Project project)
        {
            ImmutableDictionary<string, ReportDiagnostic> specific = project.CompilationOptions!.SpecificDiagnosticOptions.SetItem("AD0001", ReportDiagnostic.Error);
            foreach (string id in DisabledDiagnostics)
            {
                specific = specific.SetItem(id, ReportDiagnostic.Suppress);
            }

            return project.WithCompilationOptions(project.CompilationOptions.WithSpecificDiagnosticOptions(specific));
        }
    }
}
