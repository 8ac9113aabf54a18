using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace K0sConfig.Bench
{
    /// <summary>
    /// Builds each generated project with <c>-p:ReportAnalyzer=true</c> and reads the compiler's own numbers from the
    /// detailed log: the Csc task's time (MSBuild's performance summary) and the analyzer execution times that csc prints.
    /// </summary>
    internal sealed class BuildRunner
    {
        private static readonly Regex CscTask = new Regex(@"^\s*(\d+) ms\s+Csc\s+(\d+) calls", RegexOptions.Multiline);
        private static readonly Regex TotalAnalyzer = new Regex(@"Total analyzer execution time: ([\d.]+) seconds", RegexOptions.Multiline);
        private static readonly Regex TotalGenerator = new Regex(@"Total generator execution time: ([\d.]+) seconds", RegexOptions.Multiline);
        private static readonly Regex K0sAssembly = new Regex(@"^\s*(<?[\d.]+)\s+(<?\d+)\s+K0sConfig\.Analyzers, Version=", RegexOptions.Multiline);
        private static readonly Regex Warning = new Regex(@"(/\S+\.cs)\((\d+),(\d+)\): warning (K0S\d{3})", RegexOptions.Multiline);

        private readonly string _outDir;
        private readonly bool _server;
        private readonly string _configuration;

        public BuildRunner(string outDir, bool server, string configuration, string tag = "")
        {
            Tag = tag;
            _outDir = outDir;
            _server = server;
            _configuration = configuration;
        }

        /// <summary>Added to the log names, so that a second series (another analyzer build) keeps the first one's logs.</summary>
        public string Tag { get; }

        public string LogName(string variant, int run) => $"{variant}-{(_server ? "server" : "csc")}{Tag}-{run}.log";

        public string Mode => _server ? "compiler server (UseSharedCompilation=true)" : "fresh csc process per build (UseSharedCompilation=false)";

        /// <summary>The command line of one measured build.</summary>
        public string Arguments(string variant, string log) => string.Join(' ', new[]
        {
            "build", Path.Combine(_outDir, variant, variant + ".csproj"),
            "-c", _configuration, "--no-restore", "-nologo",
            "-p:BuildProjectReferences=false", "-p:ReportAnalyzer=true",
            "-p:UseSharedCompilation=" + (_server ? "true" : "false"),
            "-v:q", $"\"-flp:Verbosity=detailed;PerformanceSummary;LogFile={log}\"",
        });

        /// <summary>Restores and builds each project once (with its references): the warm-up, not measured.</summary>
        public void WarmUp(IEnumerable<string> variants)
        {
            foreach (string variant in variants)
            {
                Console.WriteLine($"warm-up: {variant}");
                string project = Path.Combine(_outDir, variant, variant + ".csproj");
                (int code, string output) = Dotnet($"build {project} -c {_configuration} -nologo -v:q -p:UseSharedCompilation={(_server ? "true" : "false")}");
                if (code != 0)
                {
                    throw new InvalidOperationException($"warm-up build of {variant} failed:\n{output}");
                }
            }
        }

        /// <summary>One measured build: forces CoreCompile by deleting the project's output assembly.</summary>
        public BuildSample Measure(string variant, int run)
        {
            string obj = Path.Combine(_outDir, variant, "obj", _configuration, "net10.0");
            File.Delete(Path.Combine(obj, variant + ".dll"));
            string logs = Path.Combine(_outDir, "logs");
            Directory.CreateDirectory(logs);
            string log = Path.Combine(logs, LogName(variant, run));
            string load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
            var watch = Stopwatch.StartNew();
            (int code, string output) = Dotnet(Arguments(variant, log));
            watch.Stop();
            if (code != 0)
            {
                throw new InvalidOperationException($"build of {variant} failed:\n{output}");
            }

            return Parse(variant, run, log, watch.Elapsed.TotalSeconds, load);
        }

        /// <summary>The compiler's numbers from one measured build's detailed log.</summary>
        public static BuildSample Parse(string variant, int run, string log, double buildSeconds, string load)
        {
            string text = File.ReadAllText(log);
            Match csc = CscTask.Match(text);
            if (!csc.Success || csc.Groups[2].Value != "1")
            {
                throw new InvalidOperationException($"{log}: expected exactly one Csc task in the performance summary (was CoreCompile skipped?)");
            }

            Match k0s = K0sAssembly.Match(text);
            var diagnostics = new HashSet<(string, string, string, string)>();
            foreach (Match m in Warning.Matches(text))
            {
                diagnostics.Add((m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value));
            }

            return new BuildSample(
                variant,
                run,
                int.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture) / 1000.0,
                Seconds(TotalAnalyzer.Match(text)),
                Seconds(TotalGenerator.Match(text)),
                k0s.Success ? ParseTime(k0s.Groups[1].Value) : (double?)null,
                diagnostics.GroupBy(d => d.Item4).ToDictionary(g => g.Key, g => g.Count()),
                buildSeconds,
                load,
                log);
        }

        private static double Seconds(Match match) => match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

        /// <summary>csc prints times below a millisecond as "&lt;0.001".</summary>
        private static double ParseTime(string text) => text.StartsWith('<') ? 0 : double.Parse(text, CultureInfo.InvariantCulture);

        public static (int Code, string Output) Dotnet(string arguments)
        {
            var info = new ProcessStartInfo("dotnet", arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["DOTNET_NOLOGO"] = "1";
            info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            using Process process = Process.Start(info)!;
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            return (process.ExitCode, output.ToString());
        }
    }

    /// <summary>The compiler's numbers for one build.</summary>
    /// <param name="CscSeconds">The Csc task's time: the whole compilation, analyzers and generators included.</param>
    /// <param name="AnalyzerSeconds">"Total analyzer execution time": every analyzer's time, summed over threads.</param>
    /// <param name="K0sSeconds">The K0sConfig.Analyzers assembly's line, or null when the analyzer was not loaded.</param>
    internal sealed record BuildSample(string Variant, int Run, double CscSeconds, double AnalyzerSeconds, double GeneratorSeconds, double? K0sSeconds, Dictionary<string, int> Diagnostics, double BuildSeconds, string LoadBefore, string Log);
}
