using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace K0sConfig.Analyzers.Tests.Robustness;

/// <summary>How one batch is analyzed.</summary>
/// <param name="MaxPods">The <c>k0sconfig.max_pods</c> value in .editorconfig, or <see langword="null"/> for no .editorconfig.</param>
/// <param name="Concurrent">CompilationWithAnalyzersOptions.ConcurrentAnalysis.</param>
/// <param name="Language">The C# version the mutants are parsed with.</param>
/// <param name="SpanQueries">Also ask for each tree's diagnostics in a random span, as the IDE does for the visible region.</param>
/// <param name="CancelFirst">First start an analysis and cancel it part-way, as the IDE does on every keystroke.</param>
internal sealed record RunSettings(string? MaxPods, bool Concurrent, LanguageVersion Language, bool SpanQueries, bool CancelFirst = false);

/// <summary>Something the analyzer must never do, found in one tree (or, when <see cref="Path"/> is null, in a batch).</summary>
internal sealed record Problem(string? Path, string Kind, string Detail);

/// <summary>The result of analyzing one batch of trees.</summary>
internal sealed record BatchResult(IReadOnlyList<Problem> Problems, IReadOnlyList<Diagnostic> K0sDiagnostics);

/// <summary>
/// Runs <see cref="K0sConfigAnalyzer"/> the way the IDE and the compiler do (CompilationWithAnalyzers) on trees that
/// need not compile, and checks what no input may cause: an analyzer exception (AD0001), a diagnostic outside the
/// source text, a message that does not format.
/// </summary>
internal static class AnalyzerRunner
{
    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> LazyReferences = new(LoadReferencesAsync);

    private static readonly PropertyInfo? DiagnosticArguments =
        typeof(Diagnostic).GetProperty("Arguments", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);

    /// <summary>.NET 8's reference assemblies (resolved once, from the NuGet cache), K0sConfig and K0sConfig.Rules.</summary>
    public static Task<ImmutableArray<MetadataReference>> References => LazyReferences.Value;

    /// <summary>
    /// An attribute argument calls a method or creates an object. Roslyn 4.8, which the analyzer is built and
    /// tested against, overflows its stack on some of these (<c>[Obsolete(C.M())] class C { public static string
    /// M() => ""; }</c>: binding the call asks C for IsComImport, which decodes the attribute again), with no
    /// analyzer involved; the SDK 10 compiler reports CS0182. A stack overflow kills the test host, so the
    /// fuzzer leaves such sources out; <see cref="HostileInputTests"/> tries the safe forms.
    /// </summary>
    public static bool MayOverflowRoslyn48(SyntaxTree tree)
        => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeArgumentSyntax>()
            .Any(a => a.DescendantNodesAndSelf().Any(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax));

    public static SyntaxTree Parse(string text, string path, LanguageVersion language)
        => CSharpSyntaxTree.ParseText(SourceText.From(text, System.Text.Encoding.UTF8), new CSharpParseOptions(language), path);

    public static async Task<CSharpCompilation> CompileAsync(IEnumerable<SyntaxTree> trees, OutputKind kind = OutputKind.ConsoleApplication)
        => CSharpCompilation.Create(
            "Fuzz",
            trees,
            await References.ConfigureAwait(false),
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true, concurrentBuild: false));

    public static async Task<BatchResult> RunAsync(IReadOnlyList<SyntaxTree> trees, RunSettings settings, Random rng, CancellationToken cancellationToken, DiagnosticAnalyzer? analyzer = null)
    {
        CSharpCompilation compilation = await CompileAsync(trees).ConfigureAwait(false);
        var exceptions = new ConcurrentQueue<(Exception Exception, Diagnostic Diagnostic)>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], new EditorConfigOptions(settings.MaxPods)),
            onAnalyzerException: (e, _, d) => exceptions.Enqueue((e, d)),
            concurrentAnalysis: settings.Concurrent,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        CompilationWithAnalyzers analysis = compilation.WithAnalyzers([analyzer ?? new K0sConfigAnalyzer()], options);

        var diagnostics = new List<Diagnostic>();
        if (settings.CancelFirst)
        {
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cancel.CancelAfter(rng.Next(1, 300));
            try
            {
                _ = await analysis.GetAnalyzerDiagnosticsAsync(cancel.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
            }
        }

        if (settings.SpanQueries)
        {
            // Ask for part of each tree first (the IDE's visible region), then for everything.
            foreach (SyntaxTree tree in trees)
            {
                int start = rng.Next(tree.Length + 1);
                var span = TextSpan.FromBounds(start, start + rng.Next(tree.Length - start + 1));
                diagnostics.AddRange(await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), span, cancellationToken).ConfigureAwait(false));
            }
        }

        diagnostics.AddRange(await analysis.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false));

        var problems = new List<Problem>();
        foreach ((Exception e, Diagnostic d) in exceptions)
        {
            problems.Add(new Problem(PathIn(d, trees), "analyzer exception", e.ToString()));
        }

        var k0s = new List<Diagnostic>();
        foreach (Diagnostic d in diagnostics)
        {
            if (d.Id == "AD0001")
            {
                problems.Add(new Problem(PathIn(d, trees), "AD0001", d.GetMessage(CultureInfo.InvariantCulture)));
                continue;
            }

            if (!d.Id.StartsWith("K0S", StringComparison.Ordinal))
            {
                problems.Add(new Problem(d.Location.SourceTree?.FilePath, "unexpected diagnostic", d.ToString()));
                continue;
            }

            k0s.Add(d);
            Check(d, compilation, problems);
        }

        return new BatchResult(problems, k0s);
    }

    private static void Check(Diagnostic d, Compilation compilation, List<Problem> problems)
    {
        string? path = d.Location.SourceTree?.FilePath;
        foreach (Location location in d.AdditionalLocations.Prepend(d.Location))
        {
            if (!location.IsInSource)
            {
                problems.Add(new Problem(path, "location not in source", d.Id + " " + location));
                continue;
            }

            SyntaxTree tree = location.SourceTree!;
            if (!compilation.ContainsSyntaxTree(tree) || location.SourceSpan.End > tree.Length)
            {
                problems.Add(new Problem(path, "location outside the source text", d.Id + " " + location.SourceSpan + " in a tree of " + tree.Length.ToString(CultureInfo.InvariantCulture) + " chars"));
                continue;
            }

            _ = location.GetLineSpan();
        }

        try
        {
            DiagnosticDescriptor descriptor = Descriptors.For(d.Id);
            string message = d.GetMessage(CultureInfo.InvariantCulture);

            // Roslyn falls back to the bare format when string.Format throws, so format strictly here.
            if (DiagnosticArguments?.GetValue(d) is IReadOnlyList<object?> arguments)
            {
                string format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
                string strict = string.Format(CultureInfo.InvariantCulture, format, arguments.ToArray());
                if (strict != message)
                {
                    problems.Add(new Problem(path, "message differs from its format", d.Id + ": " + message + " vs " + strict));
                }
            }
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException or InvalidOperationException)
        {
            problems.Add(new Problem(path, "message does not format", d.Id + ": " + e));
        }
    }

    /// <summary>The tree an analyzer exception names (Roslyn puts the file in AD0001's message), if any.</summary>
    private static string? PathIn(Diagnostic d, IReadOnlyList<SyntaxTree> trees)
    {
        string? path = d.Location.SourceTree?.FilePath;
        if (path != null)
        {
            return path;
        }

        string message = d.GetMessage(CultureInfo.InvariantCulture);
        return trees.Select(t => t.FilePath).Where(p => message.Contains(p, StringComparison.Ordinal)).OrderByDescending(p => p.Length).FirstOrDefault();
    }

    private static async Task<ImmutableArray<MetadataReference>> LoadReferencesAsync()
    {
        ImmutableArray<MetadataReference> platform = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
        return platform
            .Add(MetadataReference.CreateFromFile(typeof(K0s).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(RuleEngine).Assembly.Location));
    }

    /// <summary>An .editorconfig with <c>[*.cs] k0sconfig.max_pods = value</c>, parsed by Roslyn's own parser.</summary>
    private sealed class EditorConfigOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);
        private readonly AnalyzerConfigSet? _set;

        public EditorConfigOptions(string? maxPods)
        {
            if (maxPods != null)
            {
                AnalyzerConfig config = AnalyzerConfig.Parse("root = true\n\n[*.cs]\n" + K0sConfigAnalyzer.MaxPodsOption + " = " + maxPods + "\ndotnet_diagnostic.K0S406.severity = none\n", "/.editorconfig");
                _set = AnalyzerConfigSet.Create(new[] { config });
            }
        }

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
            => _set == null ? Empty : new DictionaryOptions(_set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            => values.TryGetValue(key, out value);
    }
}
