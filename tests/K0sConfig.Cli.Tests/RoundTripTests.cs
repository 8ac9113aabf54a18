using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace K0sConfig.Cli.Tests;

/// <summary>
/// The round trip, judged by k0s: for every file of the OracleVerdicts data set that k0s accepts, <c>import</c> → compile →
/// <c>Create().Build().ToYaml()</c> gives a file that k0s loads to the same configuration as the original. RoundTrip/out
/// holds each file's output; RoundTrip/dumps.tsv holds, for each, whether k0s's own loading (the k0s-validate oracle's
/// <c>--dump</c>) of the output equals its loading of the original, and the first difference when it does not
/// (RoundTrip/regenerate.sh makes both). A test here fails when the output changes without the verdict being made again,
/// and when a file's loading differs without a reason in RoundTrip/exceptions.tsv.
/// </summary>
public class RoundTripTests
{
    private static readonly string Root = AppContext.BaseDirectory;

    private static readonly Lazy<Dictionary<string, string>> Outputs = new(MakeOutputs);

    /// <summary>Every file k0s accepts in OracleVerdicts/verdicts.jsonl.</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string file in Accepted())
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void The_data_set_has_the_accepted_files_and_only_those()
    {
        string[] accepted = Accepted();
        Assert.True(accepted.Length >= 200, accepted.Length + " files k0s accepts");
        string outs = Path.Combine(Root, "RoundTrip", "out");
        string[] written = Directory.GetFiles(outs, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outs, f).Replace('\\', '/')).ToArray();
        Assert.Empty(written.Except(accepted));
        Assert.Empty(accepted.Except(written));
        Assert.Equal(accepted.OrderBy(f => f, StringComparer.Ordinal), Dumps().Keys.OrderBy(f => f, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Import_then_build_gives_a_file_k0s_loads_to_the_same_configuration(string file)
    {
        string output = Outputs.Value[file];
        string committed = Path.Combine(Root, "RoundTrip", "out", file);
        if (Environment.GetEnvironmentVariable("K0SCONFIG_WRITE_ROUNDTRIP") == "1")
        {
            string target = Path.Combine(SourceDirectory(), "out", file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, output);
            return;
        }

        Assert.True(File.Exists(committed), committed + " is missing: run RoundTrip/regenerate.sh");
        Assert.True(output == File.ReadAllText(committed), file + ": the round trip's output changed, so k0s's verdict on it is stale; run RoundTrip/regenerate.sh.\nNow:\n" + output);

        string dump = Dumps()[file];
        if (Exceptions().TryGetValue(file, out string? reason))
        {
            Assert.True(dump != "same", file + " is listed in RoundTrip/exceptions.tsv (" + reason + ") but k0s now loads the round trip to the same configuration: remove it.");
            return;
        }

        Assert.True(dump == "same", file + ": k0s loads the round trip's output to another configuration than the original's: " + dump + "\n" + output);
    }

    private static string[] Accepted()
        => File.ReadAllLines(Path.Combine(Root, "OracleVerdicts", "verdicts.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(v => v.GetProperty("ok").GetBoolean())
            .Select(v => v.GetProperty("file").GetString()!)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Each accepted file's round trip: all imports compiled together (one compilation), each then built and written.</summary>
    private static Dictionary<string, string> MakeOutputs()
    {
        string[] files = Accepted();
        var trees = new List<SyntaxTree>();
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < files.Length; i++)
        {
            string name = "RoundTrip" + i;
            (int exitCode, string code, string stderr) = Cli.Run("import", Path.Combine(Root, files[i]), "--class", name);
            if (exitCode != 0)
            {
                outputs[files[i]] = "# import exits with " + exitCode + ":\n# " + stderr.Replace("\n", "\n# ", StringComparison.Ordinal) + "\n";
                continue;
            }

            trees.Add(CSharpSyntaxTree.ParseText(code, path: name + ".cs"));
            classes[files[i]] = name;
        }

        Assembly assembly = ImportTests.Compile(trees, string.Join("\n", trees.Take(3)));

        foreach ((string file, string name) in classes)
        {
            var builder = (ClusterConfigBuilder)assembly.GetType(name)!.GetMethod("Create")!.Invoke(null, null)!;
            try
            {
                outputs[file] = builder.Build().ToYaml();
            }
            catch (K0sConfigException e)
            {
                outputs[file] = "# Build() refuses the imported configuration:\n# " + e.Message.Replace("\n", "\n# ", StringComparison.Ordinal) + "\n";
            }
        }

        return outputs;
    }

    /// <summary>RoundTrip/dumps.tsv: file, then "same" or what differs between k0s's loading of the original and of the output.</summary>
    private static Dictionary<string, string> Dumps()
        => ReadTsv(Path.Combine(Root, "RoundTrip", "dumps.tsv"));

    /// <summary>RoundTrip/exceptions.tsv: file, then why k0s loads its round trip to another configuration.</summary>
    private static Dictionary<string, string> Exceptions()
        => ReadTsv(Path.Combine(Root, "RoundTrip", "exceptions.tsv"));

    private static Dictionary<string, string> ReadTsv(string path)
        => File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    /// <summary>tests/K0sConfig.Cli.Tests/RoundTrip in the source tree (where K0SCONFIG_WRITE_ROUNDTRIP writes).</summary>
    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string here = "")
        => Path.Combine(Path.GetDirectoryName(here)!, "RoundTrip");
}
