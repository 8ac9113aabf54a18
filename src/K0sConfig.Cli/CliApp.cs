using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using K0sConfig.Rules;

namespace K0sConfig.Cli
{
    /// <summary>The commands of <c>k0sconfig</c>: <c>validate</c>, <c>rules</c>, <c>import</c> and <c>upgrade-check</c>.</summary>
    public static class CliApp
    {
        /// <summary>Exit code: nothing at error severity.</summary>
        public const int Ok = 0;

        /// <summary>Exit code: at least one finding at error severity.</summary>
        public const int Errors = 1;

        /// <summary>Exit code: a file could not be read or is not YAML; or the command line is wrong.</summary>
        public const int Unreadable = 2;

        /// <summary>Runs one command line.</summary>
        /// <param name="args">The arguments after <c>k0sconfig</c>.</param>
        /// <param name="stdin">What <c>-</c> reads.</param>
        /// <param name="stdout">Where results go.</param>
        /// <param name="stderr">Where problems with the command line or the files go.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
        {
            var files = new Argument<string[]>("files") { Description = "The k0s.yaml or k0sctl.yaml files to check; - reads standard input.", Arity = ArgumentArity.OneOrMore };
            var format = new Option<string>("--format") { Description = "text (compiler format, the default), json or sarif.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json", "sarif");
            var maxPods = new Option<int?>("--max-pods") { Description = "The kubelet's maxPods, for K0S405 (default 110)." };
            var severity = new Option<string[]>("--severity") { Description = "RULE=LEVEL, LEVEL one of error, warning, info, none; repeat for more rules. K0S406 is off unless named.", AllowMultipleArgumentsPerToken = false };
            var k0sVersion = new Option<string>("--k0s-version") { Description = "The k0s version to check for (1.33, v1.33.6, 1.33.6+k0s.0; 1.27 to 1.36). Default: a k0sctl file's spec.k0s.version, else the newest. Given, it wins over the pin." };
            var featureGates = new Option<string>("--feature-gates") { Description = "k0s's --feature-gates, such as IPv6SingleStack=true (k0s 1.34 and later). Given, K0S205 reports what k0s does with these gates instead of warning." };
            var validate = new Command("validate", "Check k0s ClusterConfig YAML files with every K0sConfig rule.") { files, format, maxPods, severity, k0sVersion, featureGates };

            var rules = new Command("rules", "List the rules: id, default severity, title and documentation link.");

            var importFile = new Argument<string>("file") { Description = "The k0s.yaml or k0sctl.yaml to import; - reads standard input." };
            var className = new Option<string>("--class") { Description = "The name of the generated class (default ImportedCluster).", DefaultValueFactory = _ => "ImportedCluster" };
            var importVersion = new Option<string>("--k0s-version") { Description = "The k0s the configuration is for, written as .ForK0s(...) so the analyzers check the code for it (1.33, v1.33.6+k0s.0). Default: a k0sctl file's spec.k0s.version, else none (the build's K0sVersion). Given, it wins over the pin." };
            var import = new Command("import", "Print C# that builds the file with the K0sConfig builder (a k0sctl.yaml with the k0sctl builder, hosts and all); keys the builder cannot express are named on standard error.") { importFile, className, importVersion };

            var upgradeFile = new Argument<string>("file") { Description = "The k0s.yaml or k0sctl.yaml to check; - reads standard input." };
            var to = new Option<string>("--to") { Description = "The k0s version upgraded to, such as 1.35.", Required = true };
            var from = new Option<string>("--from") { Description = "The k0s version upgraded from (default: a k0sctl file's spec.k0s.version)." };
            var upgradeGates = new Option<string>("--feature-gates") { Description = "k0s's --feature-gates, as for validate." };
            var upgradeFormat = new Option<string>("--format") { Description = "text (the default), json or markdown (for a pull request comment).", DefaultValueFactory = _ => "text" };
            upgradeFormat.AcceptOnlyFromAmong("text", "json", "markdown");
            var upgrade = new Command("upgrade-check", "What changes for a file between two k0s versions: findings that appear or go away, node masks and capacity before and after.") { upgradeFile, to, from, upgradeGates, upgradeFormat };

            // Named k0sconfig whatever the assembly is called (RootCommand would take the executable's name).
            var root = new Command("k0sconfig", "Checks k0s ClusterConfig YAML (k0s.yaml, k0sctl.yaml) with the K0sConfig rules.") { validate, rules, import, upgrade, new HelpOption(), new VersionOption() };

            validate.SetAction(parse =>
            {
                string[] given = parse.GetValue(files) ?? Array.Empty<string>();
                int? pods = parse.GetValue(maxPods);
                if (pods is int p && p < 1)
                {
                    stderr.WriteLine("k0sconfig: --max-pods must be a whole number of at least 1, not " + p.ToString(CultureInfo.InvariantCulture) + ".");
                    return Unreadable;
                }

                if (!SeverityOverrides.TryParse(parse.GetValue(severity) ?? Array.Empty<string>(), out SeverityOverrides? overrides, out string? problem))
                {
                    stderr.WriteLine(OutsideText.Line("k0sconfig: " + problem));
                    return Unreadable;
                }

                if (!TryVersionOptions(parse.GetValue(k0sVersion), parse.GetValue(featureGates), pods ?? ValidationOptions.DefaultMaxPods, out ValidationOptions? options, out K0sVersion? version, stderr))
                {
                    return Unreadable;
                }

                return Validator.Run(given, parse.GetValue(format) ?? "text", options!, version, overrides!, stdin, stdout, stderr);
            });

            rules.SetAction(_ =>
            {
                foreach (RuleDescriptor rule in RuleEngine.Catalogue)
                {
                    string level = rule.DefaultSeverity.ToString() + (rule.IsEnabledByDefault ? string.Empty : " (off by default)");
                    stdout.WriteLine(string.Join("\t", rule.Id, level, rule.Title, rule.HelpLink));
                }

                return Ok;
            });

            upgrade.SetAction(parse =>
            {
                if (!TryVersionOptions(parse.GetValue(to), parse.GetValue(upgradeGates), ValidationOptions.DefaultMaxPods, out ValidationOptions? options, out K0sVersion? target, stderr))
                {
                    return Unreadable;
                }

                if (!TryOptionalVersion(parse.GetValue(from), "--from", out K0sVersion? start))
                {
                    return Unreadable;
                }

                return UpgradeCheck.Run(parse.GetValue(upgradeFile)!, target!.Value, start, options!, parse.GetValue(upgradeFormat) ?? "text", stdin, stdout, stderr);
            });

            import.SetAction(parse =>
            {
                if (!TryOptionalVersion(parse.GetValue(importVersion), "--k0s-version", out K0sVersion? version))
                {
                    return Unreadable;
                }

                return Importer.Run(parse.GetValue(importFile)!, parse.GetValue(className) ?? "ImportedCluster", version, stdin, stdout, stderr);
            });

            // An option that names a k0s version, when given: read as K0sVersion reads it, or said to be unreadable.
            bool TryOptionalVersion(string? text, string option, out K0sVersion? version)
            {
                version = null;
                if (text == null)
                {
                    return true;
                }

                if (!K0sVersion.TryParse(text, out K0sVersion parsed, out string? problem))
                {
                    stderr.WriteLine(OutsideText.Line("k0sconfig: " + option + ": " + problem));
                    return false;
                }

                version = parsed;
                return true;
            }

            ParseResult result = root.Parse(args);
            if (result.Errors.Count != 0)
            {
                foreach (ParseError error in result.Errors)
                {
                    stderr.WriteLine(OutsideText.Line("k0sconfig: " + error.Message));
                }

                stderr.WriteLine("Run 'k0sconfig --help' for the commands and options.");
                return Unreadable;
            }

            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }

        /// <summary>
        /// The options for <c>--k0s-version</c> and <c>--feature-gates</c>: without a version, a k0sctl file's pin decides per
        /// file (<paramref name="version"/> is then <see langword="null"/>); feature gates without a version are read for the
        /// newest k0s.
        /// </summary>
        internal static bool TryVersionOptions(string? versionText, string? gatesText, int maxPods, out ValidationOptions? options, out K0sVersion? version, TextWriter stderr)
        {
            options = null;
            version = null;
            if (versionText != null)
            {
                if (!K0sVersion.TryParse(versionText, out K0sVersion parsed, out string? problem))
                {
                    stderr.WriteLine(OutsideText.Line("k0sconfig: --k0s-version: " + problem));
                    return false;
                }

                version = parsed;
            }

            bool? gate = null;
            if (gatesText != null)
            {
                if (!ValidationOptions.TryParseFeatureGates(gatesText, (version ?? K0sVersion.Newest).Checked, out bool on, out string? problem))
                {
                    stderr.WriteLine(OutsideText.Line("k0sconfig: --feature-gates: " + problem));
                    return false;
                }

                gate = on;
            }

            options = version is K0sVersion v ? new ValidationOptions(maxPods, v, gate) : new ValidationOptions(maxPods).WithIPv6SingleStack(gate);
            return true;
        }

        /// <summary>Reads a file, or standard input for <c>-</c>, up to one byte more than the reader accepts.</summary>
        internal static byte[] ReadInput(string file, Stream stdin)
        {
            using Stream stream = file == "-" ? new NonClosingStream(stdin) : new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > Yaml.ClusterConfigYaml.MaxBytes)
                {
                    break;
                }
            }

            return buffer.ToArray();
        }

        private sealed class NonClosingStream : Stream
        {
            private readonly Stream _inner;

            public NonClosingStream(Stream inner) => _inner = inner;

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override void Flush()
            {
            }

            public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }

    /// <summary>The <c>--severity RULE=LEVEL</c> settings.</summary>
    internal sealed class SeverityOverrides
    {
        private readonly Dictionary<string, FindingSeverity?> _byId = new Dictionary<string, FindingSeverity?>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Whether the rule runs: on by default unless set to none; K0S406 (off by default) only when named.</summary>
        public bool IsOn(RuleDescriptor rule)
            => _byId.TryGetValue(rule.Id, out FindingSeverity? level) ? level != null : rule.IsEnabledByDefault;

        /// <summary>The severity a finding is reported at.</summary>
        public FindingSeverity SeverityOf(Finding finding)
            => _byId.TryGetValue(finding.RuleId, out FindingSeverity? level) && level is FindingSeverity set ? set : finding.Severity;

        public static bool TryParse(IEnumerable<string> settings, out SeverityOverrides? overrides, out string? problem)
        {
            overrides = new SeverityOverrides();
            problem = null;
            foreach (string setting in settings)
            {
                int equals = setting.IndexOf('=');
                string id = equals < 0 ? setting : setting.Substring(0, equals).Trim();
                string level = equals < 0 ? string.Empty : setting.Substring(equals + 1).Trim().ToLowerInvariant();
                if (!RuleEngine.Catalogue.Any(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)))
                {
                    problem = "--severity '" + setting + "' names no rule; write RULE=LEVEL with a rule id from 'k0sconfig rules', such as K0S102=error.";
                    return false;
                }

                FindingSeverity? parsed = level switch
                {
                    "error" => FindingSeverity.Error,
                    "warning" => FindingSeverity.Warning,
                    "info" => FindingSeverity.Info,
                    "none" => null,
                    _ => (FindingSeverity?)(-1),
                };
                if (parsed == (FindingSeverity)(-1))
                {
                    problem = "--severity '" + setting + "': the level must be error, warning, info or none, such as " + id.ToUpperInvariant() + "=warning.";
                    return false;
                }

                overrides._byId[id] = parsed;
            }

            return true;
        }
    }
}
