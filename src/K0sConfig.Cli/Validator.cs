using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using K0sConfig.Rules;
using K0sConfig.Yaml;

namespace K0sConfig.Cli
{
    /// <summary><c>k0sconfig validate</c>: every rule on every file, in the compiler's format, JSON or SARIF.</summary>
    internal static class Validator
    {
        public static int Run(IReadOnlyList<string> files, string format, ValidationOptions options, K0sVersion? version, SeverityOverrides overrides, Stream stdin, TextWriter stdout, TextWriter stderr)
        {
            var results = new List<Result>();
            bool unreadable = false;
            foreach (string file in files)
            {
                byte[] bytes;
                try
                {
                    bytes = CliApp.ReadInput(file, stdin);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                {
                    stderr.WriteLine(OutsideText.Line("k0sconfig: cannot read '" + file + "': " + e.Message));
                    unreadable = true;
                    continue;
                }

                try
                {
                    YamlReadResult read = ClusterConfigYaml.Read(bytes, file, version);
                    unreadable |= read.Error != null;
                    ResolveUploadSources(read, UploadSources.BaseDirOf(file));
                    results.AddRange(Check(read, options, overrides));
                }
                catch (Exception e) when (!(e is OutOfMemoryException))
                {
                    // The reader is built never to throw; if it does, the file counts as unreadable and the rest go on.
                    stderr.WriteLine(OutsideText.Line("k0sconfig: '" + file + "' could not be checked (" + e.GetType().Name + ": " + e.Message + "); please report this with the file."));
                    unreadable = true;
                }
            }

            switch (format)
            {
                case "json":
                    WriteJson(results, stdout);
                    break;
                case "sarif":
                    WriteSarif(results, stdout);
                    break;
                default:
                    // One line per finding, whatever the file's name or the message holds (OutsideText.Line): CI runners
                    // read commands such as ::error or ::add-mask:: from the start of a line.
                    foreach (Result r in results)
                    {
                        stdout.WriteLine(OutsideText.Position(r.File, r.Line, r.Column) + OutsideText.Line(": " + Level(r.Severity) + " " + r.Finding.RuleId + ": " + r.Finding.Message));
                    }

                    break;
            }

            return unreadable ? CliApp.Unreadable : results.Any(r => r.Severity == FindingSeverity.Error) ? CliApp.Errors : CliApp.Ok;
        }

        /// <summary>
        /// k0sctl looks for every local upload source on the machine it runs on before it validates the file; so does
        /// validate, which may read the disk (the rules and the in-build check do not). Each k0sctl document once.
        /// </summary>
        internal static void ResolveUploadSources(YamlReadResult read, string baseDir)
        {
            var done = new HashSet<K0sctlFacts>();
            foreach (YamlConfigDocument document in read.Documents)
            {
                if (document.Facts.K0sctl is K0sctlFacts k0sctl && done.Add(k0sctl))
                {
                    UploadSources.Resolve(k0sctl, baseDir);
                }
            }
        }

        /// <summary>The findings of one file, each placed at its YAML position (else at its document's start).</summary>
        internal static IEnumerable<Result> Check(YamlReadResult read, ValidationOptions options, SeverityOverrides overrides)
        {
            if (read.Error != null)
            {
                foreach (Finding finding in read.Validate(options, overrides.IsOn))
                {
                    yield return Place(read.File, finding, null, overrides);
                }

                yield break;
            }

            foreach (YamlConfigDocument document in read.Documents)
            {
                foreach (Finding finding in RuleEngine.Evaluate(document.Facts, document.OptionsFor(options), overrides.IsOn))
                {
                    yield return Place(read.File, finding, document.Position, overrides);
                }
            }
        }

        private static Result Place(string file, Finding finding, YamlPosition? fallback, SeverityOverrides overrides)
        {
            YamlPosition? at = finding.Origin as YamlPosition ?? fallback;
            return new Result(file, at?.Line ?? 1, at?.Column ?? 1, overrides.SeverityOf(finding), finding);
        }

        internal static string Level(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => "error",
            FindingSeverity.Warning => "warning",
            _ => "info",
        };

        private static JsonWriterOptions JsonOptions => new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private static void WriteJson(IReadOnlyList<Result> results, TextWriter stdout)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                json.WriteStartArray();
                foreach (Result r in results)
                {
                    json.WriteStartObject();
                    json.WriteString("file", r.File);
                    json.WriteNumber("line", r.Line);
                    json.WriteNumber("column", r.Column);
                    json.WriteString("ruleId", r.Finding.RuleId);
                    json.WriteString("severity", Level(r.Severity));
                    json.WriteString("message", r.Finding.Message);
                    json.WriteString("path", r.Finding.Path);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        private static void WriteSarif(IReadOnlyList<Result> results, TextWriter stdout)
        {
            IReadOnlyList<RuleDescriptor> catalogue = RuleEngine.Catalogue;
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                json.WriteStartObject();
                json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                json.WriteStartObject("tool");
                json.WriteStartObject("driver");
                json.WriteString("name", "k0sconfig");
                json.WriteString("informationUri", "https://github.com/k0sconfig/k0sconfig");
                json.WriteString("version", typeof(Validator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                json.WriteStartArray("rules");
                foreach (RuleDescriptor rule in catalogue)
                {
                    json.WriteStartObject();
                    json.WriteString("id", rule.Id);
                    json.WriteStartObject("shortDescription");
                    json.WriteString("text", rule.Title);
                    json.WriteEndObject();
                    json.WriteStartObject("fullDescription");
                    json.WriteString("text", rule.Description);
                    json.WriteEndObject();
                    json.WriteString("helpUri", rule.HelpLink);
                    json.WriteStartObject("defaultConfiguration");
                    json.WriteString("level", Sarif(rule.DefaultSeverity));
                    json.WriteBoolean("enabled", rule.IsEnabledByDefault);
                    json.WriteEndObject();
                    json.WriteStartObject("properties");
                    json.WriteString("category", rule.Category);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartArray("results");
                foreach (Result r in results)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", r.Finding.RuleId);
                    json.WriteNumber("ruleIndex", IndexOf(catalogue, r.Finding.RuleId));
                    json.WriteString("level", Sarif(r.Severity));
                    json.WriteStartObject("message");
                    json.WriteString("text", r.Finding.Message);
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", Uri(r.File));
                    json.WriteEndObject();
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", r.Line);
                    json.WriteNumber("startColumn", r.Column);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteStartArray("logicalLocations");
                    json.WriteStartObject();
                    json.WriteString("fullyQualifiedName", r.Finding.Path);
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        private static int IndexOf(IReadOnlyList<RuleDescriptor> catalogue, string id)
        {
            for (int i = 0; i < catalogue.Count; i++)
            {
                if (catalogue[i].Id == id)
                {
                    return i;
                }
            }

            return -1;
        }

        private static string Sarif(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => "error",
            FindingSeverity.Warning => "warning",
            _ => "note",
        };

        /// <summary>
        /// The file as a URI reference with forward slashes, which SARIF viewers resolve against the repository root. Each
        /// path segment is percent-encoded (RFC 3986), so a space, <c>#</c>, <c>%</c>, a backslash on Linux or a line break
        /// in a name stays part of the path; on Windows a drive path becomes a <c>file:///C:/...</c> URI.
        /// </summary>
        internal static string Uri(string file)
        {
            if (file == "-")
            {
                return "stdin";
            }

            string[] segments = file.Replace(Path.DirectorySeparatorChar, '/').Replace(Path.AltDirectorySeparatorChar, '/').Split('/');
            bool drive = Path.DirectorySeparatorChar == '\\' && segments.Length > 1 && segments[0].Length == 2 && segments[0][1] == ':' && char.IsAsciiLetter(segments[0][0]);
            string path = string.Join("/", segments.Select((s, i) => drive && i == 0 ? s : System.Uri.EscapeDataString(s)));
            return drive ? "file:///" + path : path;
        }

        /// <summary>One finding placed in a file.</summary>
        internal sealed record Result(string File, int Line, int Column, FindingSeverity Severity, Finding Finding);
    }
}
