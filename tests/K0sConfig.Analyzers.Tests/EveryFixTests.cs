using System.Collections.Immutable;
using K0sConfig.Analyzers.Tests.Robustness;
using K0sConfig.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// Every fix offered on every firing case of <see cref="RuleCases"/>, applied in a Roslyn workspace as an IDE does:
/// the code still compiles, the diagnostic it was offered on is gone, and no K0sConfig error appears that was not
/// there before.
/// </summary>
public class EveryFixTests
{
    /// <summary>The rules whose firing cases must offer at least one fix: the test fails if a fix silently stops being offered.</summary>
    private static readonly string[] RulesFixedInTheirCases =
    [
        "K0S102", "K0S202", "K0S203", "K0S204", "K0S206", "K0S301", "K0S303", "K0S304", "K0S402", "K0S403", "K0S404",
        "K0S405", "K0S502", "K0S503", "K0S504", "K0S601", "K0S602", "K0S701",
    ];

    private static readonly Lazy<Task<IReadOnlyDictionary<string, IReadOnlyList<string>>>> Applied = new(ApplyAllAsync);

    [Theory]
    [MemberData(nameof(RuleCases.Names), MemberType = typeof(RuleCases))]
    public async Task Every_fix_compiles_removes_its_diagnostic_and_adds_no_error(string name)
    {
        IReadOnlyDictionary<string, IReadOnlyList<string>> results = await Applied.Value;
        Assert.Empty(results[name]);
    }

    [Fact]
    public async Task Every_rule_with_a_fix_offers_it_in_its_cases()
    {
        var fixedIds = new HashSet<string>();
        foreach (RuleCase c in RuleCases.All)
        {
            foreach (string title in await FixesAsync(c))
            {
                fixedIds.Add(c.Id);
            }
        }

        Assert.Equal(RulesFixedInTheirCases, fixedIds.Order().ToArray());
        Assert.Equal(K0sConfigCodeFix.FixableIds.Order().ToArray(), RulesFixedInTheirCases);
    }

    /// <summary>Applies every fix of every case once; the problems found, per case.</summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ApplyAllAsync()
    {
        var results = new Dictionary<string, IReadOnlyList<string>>();
        foreach (RuleCase c in RuleCases.All)
        {
            results[c.Name] = await ProblemsAsync(c);
        }

        return results;
    }

    private static async Task<IReadOnlyList<string>> FixesAsync(RuleCase c)
    {
        Document document = await DocumentAsync(c);
        var titles = new List<string>();
        foreach (Diagnostic diagnostic in await DiagnosticsAsync(document, c))
        {
            if (diagnostic.Id == c.Id)
            {
                titles.AddRange((await ActionsAsync(document, diagnostic)).Select(a => a.Title));
            }
        }

        return titles;
    }

    private static async Task<IReadOnlyList<string>> ProblemsAsync(RuleCase c)
    {
        var problems = new List<string>();
        Document document = await DocumentAsync(c);
        ImmutableArray<Diagnostic> before = await DiagnosticsAsync(document, c);
        foreach (Diagnostic diagnostic in before.Where(d => d.Id == c.Id))
        {
            foreach (CodeAction action in await ActionsAsync(document, diagnostic))
            {
                string what = $"{diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition}, '{action.Title}'";
                ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
                Solution solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
                Document changed = solution.GetDocument(document.Id)!;
                SourceText text = await changed.GetTextAsync();
                if (text.ToString() == (await document.GetTextAsync()).ToString())
                {
                    problems.Add(what + ": changes nothing");
                    continue;
                }

                Compilation compilation = (await changed.Project.GetCompilationAsync())!;
                foreach (Diagnostic error in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
                {
                    problems.Add(what + ": does not compile: " + error + "\n" + text);
                }

                ImmutableArray<Diagnostic> after = await DiagnosticsAsync(changed, c);
                if (after.Count(d => d.Id == c.Id) >= before.Count(d => d.Id == c.Id))
                {
                    problems.Add(what + ": the diagnostic is still there\n" + text);
                }

                foreach (IGrouping<string, Diagnostic> errors in after.Where(d => d.Severity == DiagnosticSeverity.Error).GroupBy(d => d.Id))
                {
                    if (errors.Count() > before.Count(d => d.Id == errors.Key && d.Severity == DiagnosticSeverity.Error))
                    {
                        problems.Add(what + ": a new " + errors.Key + " error: " + errors.First().GetMessage() + "\n" + text);
                    }
                }
            }
        }

        return problems;
    }

    private static async Task<Document> DocumentAsync(RuleCase c)
    {
        var workspace = new AdhocWorkspace();
        ProjectId id = ProjectId.CreateNewId();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            specificDiagnosticOptions: c.Disabled.Select(d => KeyValuePair.Create(d, ReportDiagnostic.Suppress))
                .Append(KeyValuePair.Create("K0S406", c.Capacity ? ReportDiagnostic.Info : ReportDiagnostic.Suppress)));
        Solution solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(id, VersionStamp.Default, "Cases", "Cases", LanguageNames.CSharp, compilationOptions: options, metadataReferences: await AnalyzerRunner.References))
            .AddDocument(DocumentId.CreateNewId(id), "Case.cs", c.Source(Verify.StripMarkup(c.Firing)));
        return solution.Projects.Single().Documents.Single();
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document, RuleCase c)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers([new K0sConfigAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    private static async Task<List<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new K0sConfigCodeFix().RegisterCodeFixesAsync(context);
        return actions;
    }
}
