using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using K0sConfig.Rules;
using K0sConfig.Yaml;

namespace K0sConfig.Cli
{
    /// <summary>
    /// <c>k0sconfig upgrade-check FILE --to V [--from V]</c>: what changes for a file between two k0s versions — the
    /// findings that appear or go away, and the pod ranges' node masks and capacity before and after.
    /// </summary>
    internal static class UpgradeCheck
    {
        public static int Run(string file, K0sVersion to, K0sVersion? from, ValidationOptions options, string format, Stream stdin, TextWriter stdout, TextWriter stderr)
        {
            byte[] bytes;
            try
            {
                bytes = CliApp.ReadInput(file, stdin);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                stderr.WriteLine(OutsideText.Line("k0sconfig: cannot read '" + file + "': " + e.Message));
                return CliApp.Unreadable;
            }

            // From: the option, else a k0sctl file's pin.
            YamlReadResult pinned = ClusterConfigYaml.Read(bytes, file, null);
            K0sVersion? start = from ?? pinned.Documents.Select(d => d.Version).FirstOrDefault(v => v != null);
            if (start is not K0sVersion before)
            {
                stderr.WriteLine(OutsideText.Line("k0sconfig: upgrade-check needs the version upgraded from: give --from (such as --from 1.33), or check a k0sctl file whose spec.k0s.version says it."));
                return CliApp.Unreadable;
            }

            YamlReadResult old = ClusterConfigYaml.Read(bytes, file, before);
            YamlReadResult @new = ClusterConfigYaml.Read(bytes, file, to);
            if (old.Error != null || @new.Error != null)
            {
                stderr.WriteLine(OutsideText.Line("k0sconfig: '" + file + "' could not be read: " + (old.Error ?? @new.Error)!.Text));
                return CliApp.Unreadable;
            }

            var report = new Report(file, before, to);
            for (int i = 0; i < old.Documents.Count && i < @new.Documents.Count; i++)
            {
                ValidationOptions optionsBefore = options.WithVersion(before);
                ValidationOptions optionsAfter = options.WithVersion(to);
                List<Finding> findingsBefore = Relevant(RuleEngine.Evaluate(old.Documents[i].Facts, optionsBefore));
                List<Finding> findingsAfter = Relevant(RuleEngine.Evaluate(@new.Documents[i].Facts, optionsAfter));
                report.Appeared.AddRange(findingsAfter.Where(a => !findingsBefore.Any(b => Same(a, b))));
                report.Disappeared.AddRange(findingsBefore.Where(b => !findingsAfter.Any(a => Same(a, b))));
                report.CapacityBefore.AddRange(RuleEngine.Capacity(old.Documents[i].Facts, before));
                report.CapacityAfter.AddRange(RuleEngine.Capacity(@new.Documents[i].Facts, to));
            }

            switch (format)
            {
                case "json":
                    WriteJson(report, stdout);
                    break;
                case "markdown":
                    WriteMarkdown(report, stdout);
                    break;
                default:
                    WriteText(report, stdout);
                    break;
            }

            return report.Appeared.Any(f => f.Severity == FindingSeverity.Error) ? CliApp.Errors : CliApp.Ok;
        }

        /// <summary>The findings about the file (not about the version chosen), without the capacity summary, which the report shows itself.</summary>
        private static List<Finding> Relevant(IReadOnlyList<Finding> findings)
            => findings.Where(f => f.RuleId != RuleIds.CapacitySummary && f.RuleId != RuleIds.K0sVersionOutsideSupportedRange && f.RuleId != RuleIds.K0sctlVersionPin).ToList();

        /// <summary>The same finding in both versions: the rule, the place and the severity (messages name the version).</summary>
        private static bool Same(Finding a, Finding b) => a.RuleId == b.RuleId && a.Path == b.Path && a.Severity == b.Severity;

        private static string Line(Finding f) => f.Origin is YamlPosition at ? at.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";

        private static void WriteText(Report r, TextWriter stdout)
        {
            stdout.WriteLine(OutsideText.Line(r.File + ": k0s " + r.From + " -> " + r.To));
            if (r.Appeared.Count == 0 && r.Disappeared.Count == 0 && !r.CapacityChanged)
            {
                stdout.WriteLine("  nothing changes for this file");
            }

            foreach (Finding f in r.Appeared)
            {
                stdout.WriteLine(OutsideText.Line("  + line " + Line(f) + ": " + Validator.Level(f.Severity) + " " + f.RuleId + ": " + f.Message));
            }

            foreach (Finding f in r.Disappeared)
            {
                stdout.WriteLine(OutsideText.Line("  - line " + Line(f) + ": " + Validator.Level(f.Severity) + " " + f.RuleId + " goes away: " + f.Message));
            }

            if (r.CapacityChanged)
            {
                stdout.WriteLine(OutsideText.Line("  ~ node masks and capacity (k0s's defaults differ): " + string.Join("; ", r.CapacityBefore) + " -> " + string.Join("; ", r.CapacityAfter)));
            }
        }

        private static void WriteMarkdown(Report r, TextWriter stdout)
        {
            stdout.WriteLine("### k0s " + r.From + " → " + r.To + ": `" + Cell(r.File) + "`");
            stdout.WriteLine();
            if (r.Appeared.Count == 0 && r.Disappeared.Count == 0 && !r.CapacityChanged)
            {
                stdout.WriteLine("Nothing changes for this file.");
                return;
            }

            if (r.Appeared.Count + r.Disappeared.Count != 0)
            {
                stdout.WriteLine("| | Line | Severity | Rule | Message |");
                stdout.WriteLine("|---|---|---|---|---|");
                foreach (Finding f in r.Appeared)
                {
                    stdout.WriteLine("| new | " + Line(f) + " | " + Validator.Level(f.Severity) + " | " + f.RuleId + " | " + Cell(f.Message) + " |");
                }

                foreach (Finding f in r.Disappeared)
                {
                    stdout.WriteLine("| gone | " + Line(f) + " | " + Validator.Level(f.Severity) + " | " + f.RuleId + " | " + Cell(f.Message) + " |");
                }

                stdout.WriteLine();
            }

            if (r.CapacityChanged)
            {
                stdout.WriteLine("Node masks and capacity (k0s's defaults differ):");
                stdout.WriteLine();
                stdout.WriteLine("| k0s | Pod ranges |");
                stdout.WriteLine("|---|---|");
                stdout.WriteLine("| " + r.From + " | " + Cell(string.Join("; ", r.CapacityBefore)) + " |");
                stdout.WriteLine("| " + r.To + " | " + Cell(string.Join("; ", r.CapacityAfter)) + " |");
            }
        }

        /// <summary>Text in a Markdown table cell: one line, no cell break, no HTML.</summary>
        private static string Cell(string text)
            => OutsideText.Line(text).Replace("|", "\\|").Replace("<", "&lt;").Replace("`", "'");

        private static void WriteJson(Report r, TextWriter stdout)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("file", r.File);
                json.WriteString("from", r.From.ToString());
                json.WriteString("to", r.To.ToString());
                Findings(json, "appeared", r.Appeared);
                Findings(json, "disappeared", r.Disappeared);
                Capacity(json, "capacityBefore", r.CapacityBefore);
                Capacity(json, "capacityAfter", r.CapacityAfter);
                json.WriteEndObject();
            }

            stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        private static void Findings(Utf8JsonWriter json, string name, List<Finding> findings)
        {
            json.WriteStartArray(name);
            foreach (Finding f in findings)
            {
                json.WriteStartObject();
                json.WriteNumber("line", f.Origin is YamlPosition at ? at.Line : 1);
                json.WriteString("ruleId", f.RuleId);
                json.WriteString("severity", Validator.Level(f.Severity));
                json.WriteString("message", f.Message);
                json.WriteString("path", f.Path);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private static void Capacity(Utf8JsonWriter json, string name, List<PodRangeCapacity> ranges)
        {
            json.WriteStartArray(name);
            foreach (PodRangeCapacity c in ranges)
            {
                json.WriteStartObject();
                json.WriteString("family", c.Family);
                json.WriteString("podCidr", c.PodCidr);
                json.WriteNumber("nodeMask", c.NodeMask);
                json.WriteString("nodes", c.Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("addressesPerNode", c.AddressesPerNode.ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private sealed class Report
        {
            public Report(string file, K0sVersion from, K0sVersion to)
            {
                File = file;
                From = from;
                To = to;
            }

            public string File { get; }

            public K0sVersion From { get; }

            public K0sVersion To { get; }

            public List<Finding> Appeared { get; } = new List<Finding>();

            public List<Finding> Disappeared { get; } = new List<Finding>();

            public List<PodRangeCapacity> CapacityBefore { get; } = new List<PodRangeCapacity>();

            public List<PodRangeCapacity> CapacityAfter { get; } = new List<PodRangeCapacity>();

            public bool CapacityChanged => !CapacityBefore.Select(c => c.ToString()).SequenceEqual(CapacityAfter.Select(c => c.ToString()));
        }
    }
}
