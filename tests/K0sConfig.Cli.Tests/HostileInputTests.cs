using System.Globalization;
using System.Text;
using System.Text.Json;
using K0sConfig.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static K0sConfig.Cli.Tests.Cli;

namespace K0sConfig.Cli.Tests;

/// <summary>
/// Text from outside (file names, YAML keys and values, option values) never changes the shape of what the tool writes.
/// The imported C# stays one comment line, one class and its <c>Create()</c>, and it gives the values back. A text output
/// or standard error line stays one line, and it never starts with a CI workflow command (<c>::error</c>). JSON and SARIF
/// stay valid and hold the names exactly.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string CalicoVxlanDualStack = "spec:\n  network:\n    provider: calico\n    podCIDR: 10.244.0.0/16\n    dualStack:\n      enabled: true\n      IPv6podCIDR: fd00::/108\n      IPv6serviceCIDR: fd01::/108\n";

    /// <summary>Everything C#, a terminal or a CI log reads as a line end.</summary>
    private static readonly string[] LineEnds = { "\r\n", "\n", "\r", "\u0085", "\u2028", "\u2029", "\v", "\f" };

    private readonly string _directory = Directory.CreateTempSubdirectory("k0sconfig-hostile-").FullName;

    /// <summary>
    /// File names that a POSIX file system accepts: line ends of every kind, C# syntax, bidi and zero-width controls,
    /// terminal escapes, tag characters, workflow commands, and a long one.
    /// </summary>
    public static TheoryData<string> FileNames() => new()
    {
        "a\nclass Pwned {}\n.yaml",
        "b\r\n#error pwned\r\n}\r\n.yaml",
        "c\u2028class Pwned {}\u2029.yaml",
        "d\u0085class Pwned {}\v\f.yaml",
        "e\u202Elmay.exe\u2066\u2069\u200B\u200F\uFEFF.yaml",
        "f \"q\" \\ \\n { } $ $\"{x}\" ' * .yaml",
        "::error file=x::fake.yaml",
        " ::add-mask::secret\n::stop-commands::token\n.yaml",
        "g\u001B[31mred\u0007\u007F\u0080\u009B.yaml",
        "h\U000E0041\U000E0042 tag characters 😀 café.yaml",
        "i" + string.Concat(Enumerable.Repeat("\n\u2028\"*", 40)) + ".yaml",
    };

    /// <summary>Names no file can have on Linux (NUL, an unpaired surrogate), given to the generator directly, with the file names.</summary>
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string> { "n\0ul.yaml", "-" };
        foreach (string name in FileNames())
        {
            names.Add(name);
        }

        return names;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>The values the hostile YAML holds: <c>metadata.name</c> and the keys and values of <c>spec.api.extraArgs</c>.</summary>
    private static readonly (string Key, string Value)[] HostileArgs =
    {
        ("plain", "line\nbreak\r\nclass Pwned {}\n}\n#error x"),
        ("k\nclass Pwned {}", "\u2028ls\u2029ps\u0085nel\v\f"),
        ("comment*/", "*/ /* // comment */ \"; } class Pwned { //"),
        ("quote\"back\\slash", "quote \" backslash \\ \\n \\u0041 brace { } dollar $ {x} $\"{x}\" @\"x\" \"\"\""),
        ("bidi\u202E", "\u202Ebidi\u2066\u2069\u200F\u200B\uFEFF\u061C"),
        ("nul\0", "nul\0byte\u001B[31m\u0007\u009B"),
        ("tag", "tag \U000E0041 emoji 😀 café ü"),
        ("long", new string('x', 50_000) + string.Concat(Enumerable.Repeat("\"\\\n\u2028*/{$", 5_000))),
    };

    private const string HostileName = "name\n}\nclass Pwned {\u2028*/\"\\";

    [Theory]
    [MemberData(nameof(Names))]
    public void Import_with_a_hostile_name_and_values_compiles_to_one_class_holding_only_Create_and_gives_the_values_back(string name)
        => AssertImportIsSafe(name, asFile: FileNames().Cast<object[]>().Any(row => (string)row[0] == name));

    [Fact]
    public void Import_of_a_name_with_unpaired_surrogates_is_as_safe()
        => AssertImportIsSafe("s\uD800urrogate\uDC00.yaml", asFile: false); // not theory data, which the runner would change

    private void AssertImportIsSafe(string name, bool asFile)
    {
        string yaml = HostileYaml();
        string code;
        if (asFile)
        {
            string file = Path.Combine(_directory, name);
            File.WriteAllText(file, yaml);
            (int exitCode, string stdout, string stderr) = Run("import", file, "--class", "Hostile");
            Assert.True(exitCode == 0, stderr);
            Assert.Equal(string.Empty, stderr);
            code = stdout;
        }
        else
        {
            code = Importer.Generate(ClusterConfigYaml.Read(Encoding.UTF8.GetBytes(yaml), name).Documents[0], "Hostile", name).Code;
        }

        string comment = AssertOneClassHoldingOnlyCreate(code, "Hostile");
        Assert.Equal("// Imported from " + Path.GetFileName(name) + " by k0sconfig import.", Unescape(comment, backslash: true));

        var builder = (ClusterConfigBuilder)ImportTests.Compile(code).GetType("Hostile")!.GetMethod("Create")!.Invoke(null, null)!;
        YMapping root = ClusterConfigYaml.Read(builder.Build().ToYaml(), "out.yaml").Documents[0].Root!;
        Assert.Equal(HostileName, Scalar(root, "metadata", "name"));
        YMapping extraArgs = (YMapping)Child((YMapping)Child(root, "spec"), "api");
        extraArgs = (YMapping)Child(extraArgs, "extraArgs");
        Assert.Equal(
            HostileArgs.Select(a => a.Key + "=" + a.Value).OrderBy(a => a, StringComparer.Ordinal),
            ClusterConfigYaml.Entries(extraArgs).Select(e => ((YScalar)e.Key).Value + "=" + ((YScalar)e.Value).Value).OrderBy(a => a, StringComparer.Ordinal));
    }

    [Fact]
    public void The_issue_s_file_name_gives_one_comment_line_with_its_line_breaks_escaped()
    {
        string file = Path.Combine(_directory, "a\nclass Pwned {}\n.yaml");
        File.WriteAllText(file, "spec: {}\n");
        (int exitCode, string code, _) = Run("import", file, "--class", "C");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("// Imported from a\\nclass Pwned {}\\n.yaml by k0sconfig import.\nusing K0sConfig;\n", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Pwned", code.Substring(code.IndexOf('\n', StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a*/b", "a*\\u002Fb")]
    [InlineData("a\\nb", "a\\\\nb")]
    [InlineData("a\nb\r\u0085\u2028\u2029", "a\\nb\\r\\u0085\\u2028\\u2029")]
    [InlineData("\0\u001B\u202E\u2066\u200B\uFEFF\u00AD", "\\u0000\\u001B\\u202E\\u2066\\u200B\\uFEFF\\u00AD")]
    [InlineData("café 😀 /* { } $ \" '", "café 😀 /* { } $ \" '")]
    public void A_comment_escapes_line_ends_controls_format_characters_backslashes_and_the_end_of_a_block_comment(string text, string expected)
    {
        Assert.Equal(expected, OutsideText.CSharpComment(text));
        SyntaxTree tree = CSharpSyntaxTree.ParseText("// " + OutsideText.CSharpComment(text) + "\nclass C { }\n");
        Assert.Empty(tree.GetDiagnostics());
        SyntaxTrivia comment = Assert.Single(tree.GetRoot().DescendantTrivia(), t => !t.IsKind(SyntaxKind.EndOfLineTrivia) && !t.IsKind(SyntaxKind.WhitespaceTrivia));
        Assert.True(comment.IsKind(SyntaxKind.SingleLineCommentTrivia));
        Assert.Equal(text, Unescape(comment.ToString().Substring(3), backslash: true));
    }

    [Fact]
    public void A_comment_escapes_unpaired_surrogates_and_keeps_pairs()
    {
        // Not InlineData: the test runner would replace the unpaired surrogates in its display name and arguments.
        Assert.Equal("\\U000E0041\\uD800x\\uDC00😀", OutsideText.CSharpComment("\U000E0041\uD800x\uDC00😀"));
        Assert.Equal("\\U000e0041\\ud800x\\udc00😀", OutsideText.Line("\U000E0041\uD800x\uDC00😀"));
    }

    [Theory]
    [InlineData("ImportedCluster", true)]
    [InlineData("_Cluster2", true)]
    [InlineData("Ünïcödé", true)]
    [InlineData("1Bad", false)]
    [InlineData("a-b", false)]
    [InlineData("A\nB", false)]
    [InlineData("A\u2028B", false)]
    [InlineData("A\u202EB", false)]
    [InlineData("", false)]
    [InlineData("class", false)]
    [InlineData("cluster", false)]
    [InlineData("__arglist", false)]
    [InlineData("K0s", false)]
    [InlineData("ClusterConfigBuilder", false)]
    [InlineData("System", false)]
    [InlineData("Create", false)]
    public void A_class_name_must_be_an_identifier_that_is_no_keyword_and_hides_nothing_the_code_uses(string name, bool accepted)
    {
        Assert.Equal(accepted, OutsideText.IsClassName(name, Array.Empty<string>(), out _));
        (int exitCode, string stdout, string stderr) = Pipe("spec: {}\n", "import", "-", "--class", name);
        Assert.Equal(accepted ? 0 : 2, exitCode);
        if (accepted)
        {
            Assert.Contains("public static class " + name + "\n", stdout, StringComparison.Ordinal);
            ImportTests.Compile(stdout);
        }
        else
        {
            Assert.Equal(string.Empty, stdout);
            AssertOneSafeLine(stderr, "k0sconfig: --class '");
        }
    }

    [Fact]
    public void A_class_named_after_an_enum_the_code_uses_is_refused()
    {
        const string yaml = "spec:\n  network:\n    provider: calico\n    calico:\n      mode: bird\n";
        (int exitCode, _, string stderr) = Pipe(yaml, "import", "-", "--class", "CalicoMode");
        Assert.Equal(2, exitCode);
        Assert.Contains("is a name the generated code uses", AssertOneSafeLine(stderr, "k0sconfig: --class 'CalicoMode'"), StringComparison.Ordinal);
        Assert.Equal(0, Pipe("spec: {}\n", "import", "-", "--class", "CalicoMode").ExitCode);
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Validate_text_keeps_each_finding_on_one_line_that_starts_with_the_file_name_escaped(string name)
    {
        string file = Path.Combine(_directory, name);
        File.WriteAllText(file, CalicoVxlanDualStack);
        (int exitCode, string stdout, string stderr) = Run("validate", file);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, stderr);
        string line = AssertOneSafeLine(stdout, string.Empty);
        int position = line.IndexOf("(3,15): error K0S301: ", StringComparison.Ordinal);
        Assert.True(position > 0, line);
        string shown = line.Substring(0, position);

        // The text format leaves backslashes alone (Windows paths), so a name that holds one is not read back; this one holds nothing to escape.
        Assert.Equal(file, name.Contains('\\', StringComparison.Ordinal) ? shown : Unescape(shown, backslash: false));
    }

    [Fact]
    public void Validate_text_puts_dot_slash_before_a_file_name_that_would_start_a_workflow_command()
    {
        Assert.Equal("./::error file=x::fake.yaml", OutsideText.LineStart("::error file=x::fake.yaml"));
        Assert.Equal("./ \u3000::add-mask::x", OutsideText.LineStart(" \u3000::add-mask::x"));
        Assert.Equal("\\t::error::x", OutsideText.LineStart("\t::error::x"));
        Assert.Equal("-", OutsideText.LineStart("-"));
        Assert.Equal("k0s.yaml", OutsideText.LineStart("k0s.yaml"));

        // A relative name, as CI passes it: the file is in the current directory.
        string name = "::error file=x::fake-" + Guid.NewGuid().ToString("N") + ".yaml";
        File.WriteAllText(name, CalicoVxlanDualStack);
        try
        {
            (int exitCode, string stdout, _) = Run("validate", name);
            Assert.Equal(1, exitCode);
            Assert.StartsWith("./" + name + "(3,15): error K0S301: ", AssertOneSafeLine(stdout, string.Empty), StringComparison.Ordinal);

            (exitCode, _, string stderr) = Run("import", name, "--class", "C");
            Assert.Equal(0, exitCode);
            Assert.Equal(string.Empty, stderr);
        }
        finally
        {
            File.Delete(name);
        }
    }

    [Fact]
    public void Validate_text_keeps_a_finding_on_one_line_whatever_the_value_in_its_message_holds()
    {
        const string yaml = "spec:\n  network:\n    podCIDR: \"10.244.0.0/33\\u202E\\n::error file=x::fake\\u2028::add-mask::y\\x85\\U000E0041\"\n    serviceCIDR: \"\\e[31m10.96.0.0/33\\u200B\\r\"\n";
        (int exitCode, string stdout, _) = Pipe(yaml, "validate", "-");
        Assert.Equal(1, exitCode);
        string[] lines = SplitLines(stdout);
        Assert.True(lines.Length >= 2, stdout);
        Assert.All(lines, line => Assert.StartsWith("-(", line, StringComparison.Ordinal));
        Assert.All(lines, AssertVisible);
        Assert.Contains(lines, l => l.Contains("10.244.0.0/33\\u202e\\n::error file=x::fake\\u2028::add-mask::y\\u0085\\U000e0041", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Json_and_sarif_are_valid_and_hold_a_hostile_file_name_exactly(string name)
    {
        string file = Path.Combine(_directory, name);
        File.WriteAllText(file, CalicoVxlanDualStack);

        (int exitCode, string stdout, _) = Run("validate", file, "--format", "json");
        Assert.Equal(1, exitCode);
        using (JsonDocument json = JsonDocument.Parse(stdout))
        {
            Assert.Equal(file, Assert.Single(json.RootElement.EnumerateArray()).GetProperty("file").GetString());
        }

        (exitCode, stdout, _) = Run("validate", file, "--format", "sarif");
        Assert.Equal(1, exitCode);
        using JsonDocument sarif = JsonDocument.Parse(stdout);
        JsonElement result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        string uri = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.All(uri, c => Assert.True(char.IsAsciiLetterOrDigit(c) || "-._~%/".Contains(c, StringComparison.Ordinal), "'" + c + "' in " + uri));
        Assert.Equal(file, Uri.UnescapeDataString(uri));
    }

    [Fact]
    public void Sarif_uris_are_percent_encoded_paths()
    {
        Assert.Equal("stdin", Validator.Uri("-"));
        Assert.Equal("a%20b/c%23d%25e%0A%3A%3Aerror.yaml", Validator.Uri("a b/c#d%e\n::error.yaml"));
        Assert.Equal("/tmp/caf%C3%A9%20%F0%9F%98%80.yaml", Validator.Uri("/tmp/café 😀.yaml"));
        if (OperatingSystem.IsWindows())
        {
            Assert.Equal("samples/yaml/k0s.yaml", Validator.Uri("samples\\yaml\\k0s.yaml"));
            Assert.Equal("file:///C:/work/k0s%20x.yaml", Validator.Uri("C:\\work\\k0s x.yaml"));
        }
        else
        {
            // A backslash is part of a name here, and C: a folder.
            Assert.Equal("samples%5Cyaml%5Ck0s.yaml", Validator.Uri("samples\\yaml\\k0s.yaml"));
            Assert.Equal("C%3A/work/k0s%20x.yaml", Validator.Uri("C:/work/k0s x.yaml"));
        }
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    [InlineData("n\0ul.yaml")]
    public void Cannot_read_names_a_hostile_file_on_one_line(string name)
    {
        string missing = Path.Combine(_directory, "missing", name);
        foreach (string command in new[] { "validate", "import" })
        {
            (int exitCode, string stdout, string stderr) = Run(command, missing);
            Assert.Equal(2, exitCode);
            Assert.Equal(string.Empty, stdout);
            string line = AssertOneSafeLine(stderr, "k0sconfig: cannot read '");
            Assert.StartsWith("k0sconfig: cannot read '" + OutsideText.Line(missing) + "': ", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Import_names_hostile_keys_it_leaves_out_and_other_documents_one_a_line_after_the_escaped_file_name()
    {
        string file = Path.Combine(_directory, "::error file=x::fake\n::add-mask::y.yaml");
        File.WriteAllText(file, "spec:\n  \"st\\norage\\u2028::error::x\": {}\n  network:\n    provider: \"fancy\\n::error::x\\u202E\"\n  \"api\\u0085\":\n    port: 1\n---\nspec: {}\n");
        (int exitCode, string code, string stderr) = Run("import", file);
        Assert.Equal(0, exitCode);
        ImportTests.Compile(code);
        string[] lines = SplitLines(stderr);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, AssertVisible);
        Assert.Equal(3, lines.Count(line => line.StartsWith(OutsideText.Line(file) + "(", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("): spec.st\\norage\\u2028::error::x is left out: the builder has no method for it.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("'fancy\\n::error::x\\u202e' is not kuberouter, calico or custom", StringComparison.Ordinal));
        Assert.Contains(OutsideText.Line(file) + ": document 2 holds another ClusterConfig; only the first (document 1) is imported.", lines);
    }

    [Fact]
    public void Option_values_and_parse_errors_stay_on_one_line()
    {
        AssertOneSafeLine(Pipe("spec: {}\n", "validate", "-", "--severity", "K0S999\n::error::x\u2028=error").Stderr, "k0sconfig: --severity 'K0S999\\n::error::x\\u2028=error' names no rule");
        AssertOneSafeLine(Pipe("spec: {}\n", "validate", "-", "--severity", "K0S101=lo\nud").Stderr, "k0sconfig: --severity 'K0S101=lo\\nud'");
        string[] lines = SplitLines(Run("validate", "-", "--frob\n::error::x\u2028").Stderr);
        Assert.NotEmpty(lines);
        Assert.All(lines, AssertVisible);
        Assert.All(lines, line => Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), line));
    }

    /// <summary>The code holds one comment line, <c>using K0sConfig;</c>, and one class with one member, <c>Create()</c>, whose body is a chain of calls; returns the comment.</summary>
    private static string AssertOneClassHoldingOnlyCreate(string code, string className)
    {
        Assert.DoesNotContain(code, c => c is '\r' or '\u0085' or '\u2028' or '\u2029' or '\v' or '\f');
        Assert.All(code.Split('\n'), AssertVisible);

        SyntaxTree tree = CSharpSyntaxTree.ParseText(code);
        Assert.Empty(tree.GetDiagnostics());
        var root = (CompilationUnitSyntax)tree.GetRoot();
        Assert.False(root.ContainsDirectives);
        Assert.Empty(root.Externs);
        Assert.Empty(root.AttributeLists);
        Assert.Equal("K0sConfig", Assert.Single(root.Usings).Name!.ToString());
        ClassDeclarationSyntax type = Assert.IsType<ClassDeclarationSyntax>(Assert.Single(root.Members));
        Assert.Equal(className, type.Identifier.ValueText);
        Assert.Equal("public static", type.Modifiers.ToString());
        Assert.Empty(type.AttributeLists);
        Assert.Null(type.BaseList);
        MethodDeclarationSyntax create = Assert.IsType<MethodDeclarationSyntax>(Assert.Single(type.Members));
        Assert.Equal("Create", create.Identifier.ValueText);
        Assert.Empty(create.ParameterList.Parameters);
        Assert.Empty(create.AttributeLists);
        Assert.Null(create.Body);
        Assert.Single(root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>());
        Assert.Equal(new MemberDeclarationSyntax[] { type, create }, root.DescendantNodes().OfType<MemberDeclarationSyntax>());

        // The body is builder calls on string literals and lambdas that call the builder: nothing else.
        var allowed = new HashSet<SyntaxKind>
        {
            SyntaxKind.InvocationExpression, SyntaxKind.SimpleMemberAccessExpression, SyntaxKind.IdentifierName, SyntaxKind.ArgumentList,
            SyntaxKind.Argument, SyntaxKind.StringLiteralExpression, SyntaxKind.SimpleLambdaExpression, SyntaxKind.Parameter,
        };
        Assert.All(create.ExpressionBody!.Expression.DescendantNodesAndSelf(), n => Assert.Contains(n.Kind(), allowed));

        // One comment, on the first line, and no other trivia than blanks and line ends.
        SyntaxTrivia[] trivia = root.DescendantTrivia(descendIntoTrivia: true).Where(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia)).ToArray();
        SyntaxTrivia comment = Assert.Single(trivia);
        Assert.True(comment.IsKind(SyntaxKind.SingleLineCommentTrivia), comment.Kind().ToString());
        Assert.Equal(0, comment.SpanStart);
        Assert.Equal(code.Substring(0, code.IndexOf('\n', StringComparison.Ordinal)), comment.ToString());
        return comment.ToString();
    }

    /// <summary>The text is one line (a final line end aside) that starts with <paramref name="start"/>, shows every character and starts no workflow command; returns it.</summary>
    private static string AssertOneSafeLine(string text, string start)
    {
        string line = Assert.Single(SplitLines(text));
        Assert.StartsWith(start, line, StringComparison.Ordinal);
        AssertVisible(line);
        Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), line);
        return line;
    }

    /// <summary>No control, format, line or paragraph separator character, and no unpaired surrogate.</summary>
    private static void AssertVisible(string line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            // The message is built only on failure: the lines of a long value are long.
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(line[i], line[i + 1]);
                if (CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format)
                {
                    Assert.Fail("U+" + codePoint.ToString("X", CultureInfo.InvariantCulture) + " at " + i + " in " + line);
                }

                i++;
                continue;
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(line[i]);
            if (char.IsSurrogate(line[i]) || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                Assert.Fail("U+" + ((int)line[i]).ToString("X4", CultureInfo.InvariantCulture) + " at " + i + " in " + line);
            }
        }
    }

    private static string[] SplitLines(string text) => text.Split(LineEnds, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Reads the escapes the tool writes back: \n, \r, \t, \uXXXX, \UXXXXXXXX, and \\ when <paramref name="backslash"/>.</summary>
    private static string Unescape(string text, bool backslash)
    {
        var result = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            char next = text[i + 1];
            if (next == 'n' || next == 'r' || next == 't')
            {
                result.Append(next == 'n' ? '\n' : next == 'r' ? '\r' : '\t');
                i++;
            }
            else if (backslash && next == '\\')
            {
                result.Append('\\');
                i++;
            }
            else if ((next == 'u' && i + 6 <= text.Length) || (next == 'U' && i + 10 <= text.Length))
            {
                int digits = next == 'u' ? 4 : 8;
                int codePoint = int.Parse(text.AsSpan(i + 2, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                result.Append(codePoint > 0xFFFF ? char.ConvertFromUtf32(codePoint) : ((char)codePoint).ToString());
                i += 1 + digits;
            }
            else
            {
                result.Append('\\');
            }
        }

        return result.ToString();
    }

    /// <summary>A k0s.yaml whose metadata.name and spec.api.extraArgs hold <see cref="HostileName"/> and <see cref="HostileArgs"/>, each as a double-quoted YAML scalar of plain ASCII.</summary>
    private static string HostileYaml()
    {
        var yaml = new StringBuilder("apiVersion: k0s.k0sproject.io/v1beta1\nkind: ClusterConfig\nmetadata:\n  name: ").Append(Quoted(HostileName)).Append("\nspec:\n  api:\n    extraArgs:\n");
        foreach ((string key, string value) in HostileArgs)
        {
            yaml.Append("      ").Append(Quoted(key)).Append(": ").Append(Quoted(value)).Append('\n');
        }

        return yaml.ToString();
    }

    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append("\\U").Append(char.ConvertToUtf32(c, value[++i]).ToString("X8", CultureInfo.InvariantCulture));
            }
            else if (c is '"' or '\\' || c < ' ' || c > '~')
            {
                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.Append('"').ToString();
    }

    private static YNode Child(YMapping mapping, string key)
        => ClusterConfigYaml.Entries(mapping).Single(e => ((YScalar)e.Key).Value == key).Value;

    private static string Scalar(YMapping root, string section, string key) => ((YScalar)Child((YMapping)Child(root, section), key)).Value;
}
