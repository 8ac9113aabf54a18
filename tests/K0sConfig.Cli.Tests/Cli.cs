using System.Text;

namespace K0sConfig.Cli.Tests;

/// <summary>Runs k0sconfig in-process on given standard input, and finds the test files.</summary>
internal static class Cli
{
    public static (int ExitCode, string Stdout, string Stderr) Pipe(string stdin, params string[] args)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = CliApp.Run(args, input, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => Pipe(string.Empty, args);

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "YamlData", name);

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
