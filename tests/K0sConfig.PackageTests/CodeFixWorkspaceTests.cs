using System.Collections.Immutable;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace K0sConfig.PackageTests;

/// <summary>
/// The code fixes as an IDE hosts them, from the package itself: a Roslyn workspace loads the analyzer and code-fix
/// assemblies of the .nupkg's <c>analyzers/dotnet/cs</c> folder into their own load context (as Visual Studio and
/// Rider do), reports K0S301 on a consumer's code, offers "Set the Calico mode to bird", applies it, and the
/// diagnostic goes. csharp-ls cannot do this: its code actions come from the code-fix providers of Roslyn's own
/// Features assemblies only, for the compiler's diagnostics, never from a project's analyzer references.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CodeFixWorkspaceTests(PackageFixture package)
{
    private const string Program = """
        using K0sConfig;

        ClusterConfig config = K0s.Cluster()
            .Network(n => n.Calico(c => c.Mode(CalicoMode.Vxlan))
                .DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
            .Build();
        System.Console.WriteLine(config.ToYaml());

        """;

    [Fact]
    public async Task The_packaged_code_fix_sets_bird_and_K0S301_goes_away()
    {
        Assert.True(package.PackResult.ExitCode == 0, package.PackResult.ToString());
        string unpacked = Path.Combine(package.Root, "unpacked");
        if (!Directory.Exists(unpacked))
        {
            ZipFile.ExtractToDirectory(package.PackagePath, unpacked);
        }

        string analyzers = Path.Combine(unpacked, "analyzers", "dotnet", "cs");
        var loader = new FolderLoader(analyzers);
        var analyzerReference = new AnalyzerFileReference(Path.Combine(analyzers, "K0sConfig.Analyzers.dll"), loader);
        ImmutableArray<DiagnosticAnalyzer> analyzersInPackage = analyzerReference.GetAnalyzers(LanguageNames.CSharp);
        Assert.NotEmpty(analyzersInPackage);
        CodeFixProvider[] fixes = loader.LoadFromPath(Path.Combine(analyzers, "K0sConfig.CodeFixes.dll")).GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() != null)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToArray();
        Assert.NotEmpty(fixes);

        using var workspace = new AdhocWorkspace();
        ProjectId id = ProjectId.CreateNewId();
        IEnumerable<MetadataReference> references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Concat(Directory.GetFiles(Path.Combine(unpacked, "lib", "net8.0"), "*.dll"))
            .Select(p => MetadataReference.CreateFromFile(p));
        Solution solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(id, VersionStamp.Default, "Ide", "Ide", LanguageNames.CSharp, compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication), metadataReferences: references))
            .AddAnalyzerReference(id, analyzerReference);
        DocumentId documentId = DocumentId.CreateNewId(id);
        solution = solution.AddDocument(documentId, "Program.cs", Program);
        Document document = solution.GetDocument(documentId)!;

        Diagnostic k0s301 = Assert.Single(await AnalyzeAsync(document, analyzersInPackage), d => d.Id == "K0S301");
        Assert.Equal("CalicoMode.Vxlan", Program.Substring(k0s301.Location.SourceSpan.Start, k0s301.Location.SourceSpan.Length));

        var actions = new List<CodeAction>();
        foreach (CodeFixProvider fix in fixes.Where(f => f.FixableDiagnosticIds.Contains("K0S301")))
        {
            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, k0s301, (action, _) => actions.Add(action), CancellationToken.None));
        }

        CodeAction bird = Assert.Single(actions);
        Assert.Equal("Set the Calico mode to bird", bird.Title);
        ApplyChangesOperation apply = Assert.IsType<ApplyChangesOperation>(Assert.Single(await bird.GetOperationsAsync(CancellationToken.None)));
        Assert.True(workspace.TryApplyChanges(apply.ChangedSolution));

        Document fixedDocument = workspace.CurrentSolution.GetDocument(documentId)!;
        string fixedText = (await fixedDocument.GetTextAsync()).ToString();
        Assert.Equal(Program.Replace("CalicoMode.Vxlan", "CalicoMode.Bird", StringComparison.Ordinal), fixedText);
        Compilation compilation = (await fixedDocument.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.DoesNotContain(await AnalyzeAsync(fixedDocument, analyzersInPackage), d => d.Id.StartsWith("K0S", StringComparison.Ordinal));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(analyzers).GetAllDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001" || (d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("K0S", StringComparison.Ordinal)));
        return diagnostics;
    }

    /// <summary>Loads the package's analyzer folder into a load context of its own; Roslyn itself comes from the host.</summary>
    private sealed class FolderLoader(string folder) : AssemblyLoadContext("K0sConfig analyzers", isCollectible: false), IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => LoadFromAssemblyPath(fullPath);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string candidate = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
