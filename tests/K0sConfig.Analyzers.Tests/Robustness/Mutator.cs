using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace K0sConfig.Analyzers.Tests.Robustness;

/// <summary>A mutated source and the edits that made it, for the failure report.</summary>
internal sealed record Mutant(FuzzSeed Seed, int Index, int RandomSeed, string Text, IReadOnlyList<string> Edits)
{
    public string Id => Seed.Name + " mutant " + Index.ToString(CultureInfo.InvariantCulture) + " (random seed " + RandomSeed.ToString(CultureInfo.InvariantCulture) + ")";
}

/// <summary>
/// Breaks C# the way a user does while typing, and feeds the analyzer values the rules have to survive. Every
/// mutant is a pure function of (seed text, random seed): the same seed gives the same mutant on every machine.
/// </summary>
internal static class Mutator
{
    private const int HugeLength = 100_000;

    private static readonly string[] EnumTypes =
        ["CalicoMode", "CalicoOverlay", "IPFamily", "KubeProxyMode", "KubeRouterHairpin", "NodeLocalLoadBalancingType", "NetworkProvider"];

    private static readonly string[] BuilderMethods =
    [
        "Cluster", "Network", "Api", "ControllerManager", "Build", "Validate",
        "PodCidr", "ServiceCidr", "ClusterDomain", "KubeRouter", "Calico", "CustomCni", "DualStack", "PrimaryAddressFamily", "KubeProxy", "NodeLocalLoadBalancing",
        "IPv6PodCidr", "IPv6ServiceCidr", "Enabled", "Mode", "Overlay", "VxlanPort", "VxlanVni", "Mtu", "Wireguard", "IPAutodetectionMethod", "IPv6AutodetectionMethod", "EnvVar",
        "AutoMtu", "MetricsPort", "Hairpin", "IPMasq", "PeerRouterIPs", "PeerRouterASNs", "ExtraArg", "Disabled", "Type", "MetricsBindAddress", "HealthzBindAddress",
        "Address", "ExternalAddress", "Sans", "Port", "K0sApiPort", "NodeCidrMaskSize", "NodeCidrMaskSizeIPv4", "NodeCidrMaskSizeIPv6",
    ];

    /// <summary>Strings the parsers and rules must survive, besides the random ones.</summary>
    private static readonly string[] InterestingStrings =
    [
        "", " ", "\t", "\r\n", "\n", "\0", "\u0001", "\u007f", "\u0085", "\u00a0", "\u2028", "\ufeff", "\u200b", "\u202e10.0.0.0/8",
        "\ud800", "\udc00", "\ud83d\ude00", "e\u0301", "\uffff", "\ufffd",
        "::ffff:10.0.0.0/104", "::ffff:10.0.0.0/96", "::ffff:0:0/96", "64:ff9b::/96", "0x18", "-1", "%", "/", "//", "/0", "0/0", "0.0.0.0/0", "::/0", "::", ":::", ":", "[", "]", "[::1]", "[::1]:6443", "[::1", "::1]",
        "10.0.0.0/-1", "10.0.0.0/+8", "10.0.0.0/08", "010.0.0.0/8", "10.0.0.0/8/8", "10.0.0.0/ 8", " 10.0.0.0/8", "10.0.0.0/8 ", "10.0.0.0\n/8", "10.0.0.0/4294967296", "10.0.0.0/99999999999999999999",
        "10.0.0.0/33", "10.0.0.0/32", "10.0.0.1/31", "255.255.255.255/32", "256.0.0.0/8", "1.2.3/24", "1.2.3.4.5/24", "1..2.3/8", "1.2.3.4/", "/24", "1.2.3.4/0x10",
        "fd00::/0", "fd00::/128", "fd00::/129", "fd00::/64", "fd00::1/108", "fe80::1%eth0/64", "fe80::1%", "fe80::1%25eth0", "1:2:3:4:5:6:7:8/64", "1:2:3:4:5:6:7:8:9/64", "1::2::3/64", "::ffff:1.2.3.4/128", "::1.2.3.4/120",
        "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", "FD00::/108", "fd00:0000:0000:0000:0000:0000:0000:0000/108", "0fd00::/108",
        "１０.０.０.０/８", "١٠.٠.٠.٠/٨", "𝟙𝟘.0.0.0/8", "10.0.0.0/８", "Ⅹ.0.0.0/8",
        "1.2.3.4:99999", "1.2.3.4:0", "1.2.3.4:-1", "1.2.3.4:", "host:", ":6443", "host:port", "a:b:c", "[fd00::1]:", "[fd00::1]:65536", "[fd00::1%eth0]:6443",
        "localhost", "-host-", "host-", "a..b", "a.b.", ".", "..", "a_b", "xn--", "xn--zz.example", "ex ample.com", "EXAMPLE.COM", "*.example.com", "a.", "1.2.3.4.example",
        "{0}", "{1}{2}{99}", "{", "}", "{{}}", "{-1}", "{0:X}", "%s%n%x", "\\", "\"", "'", "`", "$", "@", "#", "null", "NaN", "Infinity", "true", "2^128",
        "node-cidr-mask-size", "node-cidr-mask-size-ipv4", "node-cidr-mask-size-ipv6", "--node-cidr-mask-size", "-", "--", "=", "a=b", "service-cluster-ip-range", "cluster-cidr",
        "vxlan", "bird", "ipip", "kuberouter", "calico", "custom", "IPv4", "IPv6", "userspace",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-0", "+1", "-1", "1", "2", "7", "8", "16", "24", "25", "31", "32", "33", "63", "64", "65", "104", "108", "112", "116", "117", "118", "127", "128", "129", "255", "256",
        "65535", "65536", "-65536", "99999", "2147483647", "-2147483647", "-2147483648", "int.MaxValue", "int.MinValue", "int.MaxValue - 1", "int.MinValue + 1",
        "2147483648", "4294967295", "4294967296", "99999999999", "-99999999999", "9223372036854775807", "18446744073709551615", "18446744073709551616", "1" + new string('0', 300),
        "0x7fffffff", "0x80000000", "0xFFFFFFFF", "unchecked((int)0x80000000)", "unchecked((int)0xFFFFFFFF)", "unchecked(int.MaxValue + 1)", "int.MaxValue + 1", "-int.MinValue", "unchecked(-int.MinValue)",
        "1 << 31", "1 << 40", "~0", "1_000", "0b_1111", "0b11111111111111111111111111111111", "'x'", "(int)'x'", "(short)24", "(byte)255", "(sbyte)-1", "(int)1e10", "unchecked((int)1e10)",
        "1e10", "1.5", "1m", "1L", "1u", "0u", "-1L", "long.MaxValue", "sizeof(int)", "default", "default(int)", "null", "(int)default", "int.Parse(\"24\")", "System.Environment.ProcessorCount",
    ];

    private static readonly string[] ArgumentReplacements =
    [
        "null", "null!", "default", "default!", "(string)null", "(string)null!", "default(string)", "M()", "this", "base", "_", "args", "args[0]", "x => x", "() => { }", "new()", "new object()",
        "throw new System.Exception()", "System.Environment.GetEnvironmentVariable(\"X\")", "System.Environment.ProcessorCount", "nameof(K0s)", "typeof(K0s)", "\"a\" + 1", "$\"{1}\"", "$\"{System.DateTime.Now}\"",
        "K0s.Cluster()", "K0s.Cluster().Build()", "n => n.PodCidr(\"10.0.0.0/8\")", "n => { }", "static n => n", "ref x", "out var z", "in x", "__arglist()", "stackalloc int[1]", "await x", "x!", "x?.y",
        "(CalicoMode)42", "CalicoMode.Bird", "IPFamily.IPv6", "int.MinValue", "\"10.0.0.0/8\"", "@\"fd00::/108\"", "\"\"\"fd00::/108\"\"\"", "'a'", "1.5", "true", "new[] { \"a\", null }", "[]", "[\"a\"]",
        "cidr: \"10.0.0.0/8\"", "name: \"x\"", "value: \"y\"", "nope: 1", "configure: null", "size: 24",
    ];

    private static readonly string[] Insertions =
    [
        "(", ")", "{", "}", "[", "]", ",", ".", ";", "=>", "?.", "?", "!", ":", "::", "..", "=", "==", "+", "-", "*", "/", "<", ">", "&", "|", "^", "~", "@", "$", "\"", "'", "`", "#", "\\",
        "ref", "out", "in", "new", "null", "default", "await", "async", "static", "const", "var", "return", "yield", "if", "else", "for", "while", "switch", "case", "throw", "try", "catch", "using", "lock",
        "checked", "unchecked", "unsafe", "fixed", "goto", "break", "class", "struct", "record", "namespace", "global::", "operator", "implicit", "this", "base", "params", "__arglist", "nameof", "typeof", "sizeof",
        "/*", "*/", "//", "/// <summary>", "\"\"\"", "$\"", "$$\"\"\"", "@\"", "\n#if X\n", "\n#endif\n", "\n#else\n", "\n#region\n", "\n#pragma warning disable\n", "\n#nullable disable\n", "\n#line 1 \"x\"\n", "\n#line hidden\n", "\n#line default\n", "\n#line (1, 1) - (1, 2) 3 \"y\"\n", "\n#line 99999999\n", "\n#pragma warning disable K0S101\n", "\n#pragma warning restore\n", "// <auto-generated/>\n", "\n#error x\n", "\n#define Y\n",
        "\0", "\u200b", "\ufeff", "\ud800", "\u2028", "\r", "\t", "\u00a0",
    ];

    /// <summary>The mutant <paramref name="index"/> of <paramref name="seed"/>: one to a few edits, chosen by a random seed made from both.</summary>
    public static Mutant Create(FuzzSeed seed, int index, int baseSeed)
    {
        int randomSeed = MixSeed(baseSeed, seed.Name, index);
        var rng = new Random(randomSeed);
        var edits = new List<string>();
        string text = seed.Text;
        int count = rng.Next(4) switch { 0 => 2, 1 => rng.Next(1, 6), _ => 1 };
        for (int i = 0; i < count; i++)
        {
            for (int attempt = 0; attempt < 8; attempt++)
            {
                (string Text, string Edit)? result = MutateOnce(text, rng);
                if (result is { } r && r.Text != text)
                {
                    text = r.Text;
                    edits.Add(r.Edit);
                    break;
                }
            }
        }

        return new Mutant(seed, index, randomSeed, Isolate(text, seed.TypeNames, index), edits);
    }

    /// <summary>The seed itself, as mutant -1.</summary>
    public static Mutant Original(FuzzSeed seed) => new(seed, -1, 0, Isolate(seed.Text, seed.TypeNames, -1), []);

    /// <summary>
    /// Renames the seed's own types (<c>class C</c> becomes <c>class C_m17</c>, and so does every use of the name),
    /// so mutants of one seed can share a compilation without CS0101 merging their members. Lexer only: every
    /// identifier token with the name, whatever the mutation did to the syntax around it.
    /// </summary>
    public static string Isolate(string text, IReadOnlySet<string> typeNames, int index)
    {
        if (typeNames.Count == 0)
        {
            return text;
        }

        string suffix = index < 0 ? "_seed" : "_m" + index.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder(text.Length + 64);
        int last = 0;
        foreach (SyntaxToken token in SyntaxFactory.ParseTokens(text))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && typeNames.Contains(token.ValueText))
            {
                sb.Append(text, last, token.Span.End - last).Append(suffix);
                last = token.Span.End;
            }
        }

        return sb.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>A deterministic seed for one mutant (string.GetHashCode is randomized per process, so FNV-1a).</summary>
    public static int MixSeed(int baseSeed, string name, int index)
    {
        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash = (hash ^ c) * 16777619;
        }

        hash ^= (uint)baseSeed * 0x9E3779B9u;
        hash = (hash ^ (uint)index) * 0x85EBCA6Bu;
        hash ^= hash >> 13;
        return (int)(hash & 0x7fffffff);
    }

    private static (string, string)? MutateOnce(string text, Random rng)
    {
        int kind = rng.Next(100);
        return kind switch
        {
            < 8 => DeleteToken(text, rng),
            < 14 => DeleteTokenRange(text, rng),
            < 18 => Truncate(text, rng),
            < 34 => SwapStringLiteral(text, rng),
            < 42 => SwapNumber(text, rng),
            < 48 => DropPunctuation(text, rng),
            < 52 => InsertText(text, rng, Pick(rng, ["(", ")", "{", "}", ",", ".", ";"])),
            < 55 => DuplicateLine(text, rng),
            < 62 => EnumCast(text, rng),
            < 70 => ReplaceArgument(text, rng),
            < 73 => AddOrRemoveArgument(text, rng),
            < 79 => NestLambda(text, rng),
            < 83 => InsertIf(text, rng),
            < 86 => ConditionalAccess(text, rng),
            < 88 => InsertText(text, rng, "await "),
            < 93 => InsertText(text, rng, Pick(rng, Insertions) + (rng.Next(2) == 0 ? " " : string.Empty)),
            < 96 => CopyTokenRange(text, rng),
            _ => RenameMethod(text, rng),
        };
    }

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static SyntaxNode Parse(string text) => CSharpSyntaxTree.ParseText(text).GetRoot();

    private static List<SyntaxToken> Tokens(string text)
        => Parse(text).DescendantTokens(descendIntoTrivia: false).Where(t => t.Span.Length > 0).ToList();

    private static string Replace(string text, TextSpan span, string replacement)
        => string.Concat(text.AsSpan(0, span.Start), replacement, text.AsSpan(span.End));

    private static string Show(string s) => s.Length > 60 ? SymbolDisplay.FormatLiteral(s[..60], quote: true) + "... (" + s.Length.ToString(CultureInfo.InvariantCulture) + " chars)" : SymbolDisplay.FormatLiteral(s, quote: true);

    private static (string, string)? DeleteToken(string text, Random rng)
    {
        List<SyntaxToken> tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        SyntaxToken token = Pick(rng, tokens);
        return (Replace(text, token.Span, string.Empty), "delete token " + Show(token.Text) + " at " + token.SpanStart.ToString(CultureInfo.InvariantCulture));
    }

    private static (string, string)? DeleteTokenRange(string text, Random rng)
    {
        List<SyntaxToken> tokens = Tokens(text);
        if (tokens.Count < 2)
        {
            return null;
        }

        int first = rng.Next(tokens.Count);
        int last = Math.Min(tokens.Count - 1, first + rng.Next(1, rng.Next(2) == 0 ? 4 : 20));
        var span = TextSpan.FromBounds(tokens[first].SpanStart, tokens[last].Span.End);
        return (Replace(text, span, string.Empty), "delete tokens " + first.ToString(CultureInfo.InvariantCulture) + ".." + last.ToString(CultureInfo.InvariantCulture) + " " + Show(text.Substring(span.Start, span.Length)));
    }

    private static (string, string)? Truncate(string text, Random rng)
    {
        if (text.Length < 2)
        {
            return null;
        }

        int at = rng.Next(1, text.Length);
        return (text[..at], "truncate at " + at.ToString(CultureInfo.InvariantCulture));
    }

    private static (string, string)? InsertText(string text, Random rng, string insertion)
    {
        List<SyntaxToken> tokens = Tokens(text);
        int at = tokens.Count == 0 || rng.Next(8) == 0 ? rng.Next(text.Length + 1) : (rng.Next(2) == 0 ? Pick(rng, tokens).SpanStart : Pick(rng, tokens).Span.End);
        if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
        {
            at--;
        }

        return (text.Insert(at, insertion), "insert " + Show(insertion) + " at " + at.ToString(CultureInfo.InvariantCulture));
    }

    private static (string, string)? SwapStringLiteral(string text, Random rng)
    {
        SyntaxNode root = Parse(text);
        var candidates = root.DescendantNodes()
            .Where(n => n.IsKind(SyntaxKind.StringLiteralExpression) || n.IsKind(SyntaxKind.InterpolatedStringExpression) || n.IsKind(SyntaxKind.CharacterLiteralExpression))
            .ToList();
        string value = RandomString(rng);
        string literal = StringLiteral(value, rng);
        if (candidates.Count == 0)
        {
            return null;
        }

        SyntaxNode target = Pick(rng, candidates);
        return (Replace(text, target.Span, literal), "string " + Show(target.ToString()) + " -> " + Show(literal));
    }

    private static (string, string)? SwapNumber(string text, Random rng)
    {
        SyntaxNode root = Parse(text);
        var candidates = root.DescendantNodes().Where(n => n.IsKind(SyntaxKind.NumericLiteralExpression)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        SyntaxNode target = Pick(rng, candidates);
        string number = rng.Next(4) == 0 ? RandomNumber(rng) : Pick(rng, Numbers);
        return (Replace(text, target.Span, number), "number " + target + " -> " + Show(number));
    }

    private static (string, string)? DropPunctuation(string text, Random rng)
    {
        var tokens = Tokens(text).Where(t => t.Kind() is SyntaxKind.OpenParenToken or SyntaxKind.CloseParenToken or SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken
            or SyntaxKind.CommaToken or SyntaxKind.DotToken or SyntaxKind.SemicolonToken or SyntaxKind.EqualsGreaterThanToken or SyntaxKind.OpenBracketToken or SyntaxKind.CloseBracketToken).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }

        SyntaxToken token = Pick(rng, tokens);
        return (Replace(text, token.Span, string.Empty), "drop " + Show(token.Text) + " at " + token.SpanStart.ToString(CultureInfo.InvariantCulture));
    }

    private static (string, string)? DuplicateLine(string text, Random rng)
    {
        string[] lines = text.Split('\n');
        int line = rng.Next(lines.Length);
        var copy = lines.ToList();
        copy.Insert(line, lines[line]);
        return (string.Join('\n', copy), "duplicate line " + (line + 1).ToString(CultureInfo.InvariantCulture));
    }

    private static (string, string)? EnumCast(string text, Random rng)
    {
        SyntaxNode root = Parse(text);
        var members = root.DescendantNodes().OfType<MemberAccessExpressionSyntax>()
            .Where(m => m.Expression is IdentifierNameSyntax { Identifier.ValueText: var type } && EnumTypes.Contains(type))
            .ToList();
        string type;
        TextSpan span;
        if (members.Count > 0)
        {
            MemberAccessExpressionSyntax member = Pick(rng, members);
            type = ((IdentifierNameSyntax)member.Expression).Identifier.ValueText;
            span = member.Span;
        }
        else
        {
            // No enum here: write one where an argument is.
            var arguments = root.DescendantNodes().OfType<ArgumentSyntax>().ToList();
            if (arguments.Count == 0)
            {
                return null;
            }

            type = Pick(rng, EnumTypes);
            span = Pick(rng, arguments).Expression.Span;
        }

        string other = Pick(rng, EnumTypes);
        string replacement = rng.Next(14) switch
        {
            0 => "(" + type + ")42",
            1 => "(" + type + ")(-1)",
            2 => "(" + type + ")int.MaxValue",
            3 => "(" + type + ")int.MinValue",
            4 => "default(" + type + ")",
            5 => "(" + type + ")'a'",
            6 => "(" + type + ")1.5",
            7 => type + ".Vxlan | " + type + ".Bird",
            8 => "~" + type + ".Bird",
            9 => "(" + type + ")" + other + ".IPv6",
            10 => "(" + type + ")(object)1",
            11 => type + ".Nope",
            12 => "(" + type + ")" + RandomNumber(rng),
            _ => "(" + type + ")" + rng.Next(-3, 8).ToString(CultureInfo.InvariantCulture),
        };
        return (Replace(text, span, replacement), "enum " + Show(text.Substring(span.Start, span.Length)) + " -> " + Show(replacement));
    }

    private static (string, string)? ReplaceArgument(string text, Random rng)
    {
        var arguments = Parse(text).DescendantNodes().OfType<ArgumentSyntax>().ToList();
        if (arguments.Count == 0)
        {
            return null;
        }

        ArgumentSyntax argument = Pick(rng, arguments);
        string replacement = rng.Next(5) switch
        {
            0 => StringLiteral(RandomString(rng), rng),
            1 => "M(" + argument.Expression + ")",
            _ => Pick(rng, ArgumentReplacements),
        };
        TextSpan span = rng.Next(3) == 0 ? argument.Span : argument.Expression.Span;
        return (Replace(text, span, replacement), "argument " + Show(text.Substring(span.Start, span.Length)) + " -> " + Show(replacement));
    }

    private static (string, string)? AddOrRemoveArgument(string text, Random rng)
    {
        var lists = Parse(text).DescendantNodes().OfType<ArgumentListSyntax>().ToList();
        if (lists.Count == 0)
        {
            return null;
        }

        ArgumentListSyntax list = Pick(rng, lists);
        switch (rng.Next(4))
        {
            case 0 when list.Arguments.Count > 0:
                ArgumentSyntax removed = Pick(rng, list.Arguments.ToList());
                return (Replace(text, removed.FullSpan, string.Empty), "remove argument " + Show(removed.ToString()));
            case 1 when list.Arguments.Count > 1:
                // Reorder, adding names where they were positional: PodCidr(cidr: x) and friends.
                var reordered = list.Arguments.Reverse().Select(a => a.ToString());
                string joined = "(" + string.Join(", ", reordered) + ")";
                return (Replace(text, list.Span, joined), "reverse arguments " + Show(list.ToString()));
            case 2 when list.Arguments.Count > 0:
                ArgumentSyntax target = Pick(rng, list.Arguments.ToList());
                string name = Pick(rng, new[] { "cidr", "name", "value", "size", "port", "mode", "configure", "enabled", "address", "sans", "family", "domain", "options", "nope" });
                string named = target.NameColon == null ? name + ": " + target.Expression : target.Expression.ToString();
                return (Replace(text, target.Span, named), "name argument " + Show(target.ToString()) + " -> " + Show(named));
            default:
                string extra = rng.Next(2) == 0 ? Pick(rng, ArgumentReplacements) : StringLiteral(RandomString(rng), rng);
                int at = list.CloseParenToken.IsMissing ? list.Span.End : list.CloseParenToken.SpanStart;
                string insertion = (list.Arguments.Count > 0 ? ", " : string.Empty) + extra;
                return (text.Insert(at, insertion), "add argument " + Show(insertion));
        }
    }

    private static (string, string)? NestLambda(string text, Random rng)
    {
        var lambdas = Parse(text).DescendantNodes().OfType<SimpleLambdaExpressionSyntax>().ToList();
        if (lambdas.Count == 0)
        {
            return null;
        }

        SimpleLambdaExpressionSyntax lambda = Pick(rng, lambdas);
        string p = lambda.Parameter.Identifier.Text;
        string body = lambda.Body.ToString();
        string statement = lambda.Body is BlockSyntax ? body : body + ";";
        string replacement = rng.Next(18) switch
        {
            0 => p + " => { " + statement + " }",
            1 => p + " => { System.Action a = () => { " + statement + " }; a(); }",
            2 => p + " => { if (" + p + " != null) " + statement + " else { " + statement + " } }",
            3 => "(" + p + ") => " + body,
            4 => "static " + p + " => " + body,
            5 => "async " + p + " => " + body,
            6 => p + " => " + p + " switch { _ => " + body + " }",
            7 => "_ => " + body,
            8 => "(" + p + ", q) => " + body,
            9 => "delegate (" + Pick(rng, new[] { "NetworkBuilder", "ApiBuilder", "DualStackBuilder", "CalicoBuilder", "object" }) + " " + p + ") { " + statement + " }",
            10 => p + " => " + body + " ?? " + body,
            11 => p + " => throw null!",
            12 => p + " => default",
            13 => p + " => { }",
            14 => p + " => { Local(" + p + "); void Local(dynamic x) { " + statement + " } }",
            15 => p + " => { for (;;) { " + statement + " } }",
            16 => p + " => " + p + "." + Pick(rng, new[] { "DualStack", "Calico", "KubeRouter", "KubeProxy", "Network", "NodeLocalLoadBalancing" }) + "(" + p + "2 => " + body.Replace(p + ".", p + "2.", StringComparison.Ordinal) + ")",
            _ => p + " => ((System.Func<object, object>)(_ => " + body + "))(" + p + ")",
        };
        return (Replace(text, lambda.Span, replacement), "lambda " + Show(lambda.ToString()) + " -> " + Show(replacement));
    }

    private static (string, string)? InsertIf(string text, Random rng)
    {
        SyntaxNode root = Parse(text);
        var statements = root.DescendantNodes().OfType<StatementSyntax>().Where(s => s is not BlockSyntax).ToList();
        if (statements.Count == 0 || rng.Next(6) == 0)
        {
            return InsertText(text, rng, Pick(rng, new[] { "if (", "if (true) ", "if (x) {", "else ", "if (args is null) return; " }));
        }

        StatementSyntax statement = Pick(rng, statements);
        string s = statement.ToString();
        string replacement = rng.Next(5) switch
        {
            0 => "if (System.DateTime.Now.Ticks > 0) " + s,
            1 => "if (true) { " + s + " } else { " + s + " }",
            2 => "if (false) " + s,
            3 => "while (true) { " + s + " break; }",
            _ => "if (System.DateTime.Now.Ticks > 0) { " + s + " } else " + s,
        };
        return (Replace(text, statement.Span, replacement), "if around " + Show(s));
    }

    private static (string, string)? ConditionalAccess(string text, Random rng)
    {
        var dots = Parse(text).DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(m => m.OperatorToken.IsKind(SyntaxKind.DotToken)).ToList();
        if (dots.Count == 0)
        {
            return null;
        }

        MemberAccessExpressionSyntax member = Pick(rng, dots);
        string replacement = rng.Next(3) == 0 ? "!." : "?.";
        return (Replace(text, member.OperatorToken.Span, replacement), replacement + " at " + Show(member.ToString()));
    }

    private static (string, string)? CopyTokenRange(string text, Random rng)
    {
        List<SyntaxToken> tokens = Tokens(text);
        if (tokens.Count < 2)
        {
            return null;
        }

        int first = rng.Next(tokens.Count);
        int last = Math.Min(tokens.Count - 1, first + rng.Next(0, 12));
        string copy = text[tokens[first].SpanStart..tokens[last].Span.End];
        int at = Pick(rng, tokens).SpanStart;
        return (text.Insert(at, copy + " "), "copy " + Show(copy) + " to " + at.ToString(CultureInfo.InvariantCulture));
    }

    private static (string, string)? RenameMethod(string text, Random rng)
    {
        var names = Tokens(text).Where(t => t.IsKind(SyntaxKind.IdentifierToken) && BuilderMethods.Contains(t.ValueText)).ToList();
        if (names.Count == 0)
        {
            return null;
        }

        SyntaxToken name = Pick(rng, names);
        string replacement = rng.Next(6) == 0 ? Pick(rng, new[] { name.ValueText + "<int>", "@" + name.ValueText, name.ValueText.ToLowerInvariant(), "K0sConfig", "global::K0sConfig.K0s" }) : Pick(rng, BuilderMethods);
        return (Replace(text, name.Span, replacement), "rename " + name.ValueText + " -> " + replacement);
    }

    /// <summary>A C# expression for <paramref name="value"/>: escaped, verbatim, raw, interpolated, concatenated, or broken.</summary>
    private static string StringLiteral(string value, Random rng)
    {
        switch (rng.Next(10))
        {
            case 0:
                return "@\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            case 1:
                return "\"\"\"" + value + "\"\"\"";
            case 2:
                return "$" + SymbolDisplay.FormatLiteral(value.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), quote: true);
            case 3:
                int cut = rng.Next(value.Length + 1);
                return SymbolDisplay.FormatLiteral(value[..cut], quote: true) + " + " + SymbolDisplay.FormatLiteral(value[cut..], quote: true);
            case 4:
                return "$\"{" + SymbolDisplay.FormatLiteral(value, quote: true) + "}\"";
            case 5 when rng.Next(4) == 0:
                return "\"" + value;
            default:
                return SymbolDisplay.FormatLiteral(value, quote: true);
        }
    }

    private static string RandomString(Random rng)
    {
        switch (rng.Next(12))
        {
            case 0:
                return Huge(rng);
            case 1:
            case 2:
                return RandomAddressLike(rng);
            case 3:
            case 4:
                var sb = new StringBuilder();
                int length = rng.Next(4) == 0 ? rng.Next(200) : rng.Next(12);
                for (int i = 0; i < length; i++)
                {
                    sb.Append(RandomChar(rng));
                }

                return sb.ToString();
            default:
                return Pick(rng, InterestingStrings);
        }
    }

    private static string Huge(Random rng)
    {
        string unit = Pick(rng, new[] { "1", "a", "1.", ":", "f:", "0", "/", "a.", "\u00e9", "\ud83d\ude00", "9" });
        var sb = new StringBuilder(HugeLength + 16);
        switch (rng.Next(4))
        {
            case 0:
                sb.Append("10.0.0.0/");
                break;
            case 1:
                sb.Append("fd00::");
                break;
        }

        while (sb.Length < HugeLength)
        {
            sb.Append(unit);
        }

        if (rng.Next(2) == 0)
        {
            sb.Append("/24");
        }

        return sb.ToString();
    }

    private static string RandomAddressLike(Random rng)
    {
        string Part() => rng.Next(6) switch
        {
            0 => RandomNumber(rng).TrimStart('(').TrimEnd(')'),
            1 => rng.Next(0x10000).ToString("x", CultureInfo.InvariantCulture),
            2 => string.Empty,
            _ => rng.Next(300).ToString(CultureInfo.InvariantCulture),
        };

        var sb = new StringBuilder();
        bool v6 = rng.Next(2) == 0;
        int parts = rng.Next(1, v6 ? 10 : 6);
        for (int i = 0; i < parts; i++)
        {
            if (i > 0)
            {
                sb.Append(v6 ? (rng.Next(8) == 0 ? "::" : ":") : ".");
            }

            sb.Append(Part());
        }

        switch (rng.Next(5))
        {
            case 0:
                break;
            case 1:
                sb.Append(':').Append(Part());
                break;
            default:
                sb.Append('/').Append(Part());
                break;
        }

        return sb.ToString();
    }

    private static char RandomChar(Random rng) => rng.Next(8) switch
    {
        0 => (char)rng.Next(0, 32),
        1 => (char)rng.Next(0xD800, 0xE000),
        2 => (char)rng.Next(0x80, 0x10000),
        3 => "0123456789"[rng.Next(10)],
        4 => ".:/%[]-"[rng.Next(7)],
        _ => (char)rng.Next(32, 127),
    };

    private static string RandomNumber(Random rng) => rng.Next(6) switch
    {
        0 => rng.Next(-200, 200).ToString(CultureInfo.InvariantCulture),
        1 => rng.Next().ToString(CultureInfo.InvariantCulture),
        2 => "(" + (-rng.Next()).ToString(CultureInfo.InvariantCulture) + ")",
        3 => ((long)rng.Next() * rng.Next()).ToString(CultureInfo.InvariantCulture),
        4 => "0x" + rng.Next().ToString("X", CultureInfo.InvariantCulture),
        _ => rng.Next(0, 140).ToString(CultureInfo.InvariantCulture),
    };
}
