using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using K0sConfig.Rules;
using K0sConfig.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// Checks the project's k0s ClusterConfig YAML files (<c>k0s.yaml</c>, <c>*.k0s.yaml</c>, <c>k0sctl.yaml</c>,
    /// <c>*.k0sctl.yaml</c>, which the package adds as additional files) with every rule, and reports each finding at
    /// the line and column of the YAML value. <c>&lt;K0sConfigValidateYaml&gt;false&lt;/K0sConfigValidateYaml&gt;</c>
    /// turns it off.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class YamlFileAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The MSBuild property (made visible to the compiler by the package) that turns the YAML check off.</summary>
        public const string ValidateYamlProperty = "build_property.K0sConfigValidateYaml";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        /// <summary>Whether <paramref name="path"/> names a file this analyzer checks.</summary>
        /// <param name="path">An additional file's path.</param>
        /// <returns><see langword="true"/> for k0s.yaml, *.k0s.yaml, k0sctl.yaml and *.k0sctl.yaml (any case).</returns>
        public static bool IsClusterConfigFile(string path)
        {
            string name = Path.GetFileName(path ?? string.Empty);
            foreach (string kind in new[] { "k0s.yaml", "k0sctl.yaml" })
            {
                if (string.Equals(name, kind, StringComparison.OrdinalIgnoreCase) || name.EndsWith("." + kind, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ValidateYamlProperty, out string? on)
                    && string.Equals(on.Trim(), "false", StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }

                start.RegisterAdditionalFileAction(Analyze);
            });
        }

        private static void Analyze(AdditionalFileAnalysisContext context)
        {
            AdditionalText file = context.AdditionalFile;
            if (!IsClusterConfigFile(file.Path))
            {
                return;
            }

            // No catch: a bug shows as AD0001 with its stack trace, as Roslyn intends (the robustness tests keep it at zero).
            SourceText? text = file.GetText(context.CancellationToken);
            if (text == null)
            {
                return;
            }

            // The build's K0sVersion (it wins over a k0sctl file's spec.k0s.version, and K0S809 says so) and K0sFeatureGates.
            ValidationOptions options = K0sConfigAnalyzer.BuildOptions(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            AnalyzerConfigOptions fileOptions = context.Options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (fileOptions.TryGetValue(K0sConfigAnalyzer.MaxPodsOption, out string? maxPods)
                && int.TryParse(maxPods, NumberStyles.Integer, CultureInfo.InvariantCulture, out int pods) && pods >= 1)
            {
                options = options.WithMaxPods(pods);
            }

            string content = text.Length > ClusterConfigYaml.MaxBytes ? text.ToString(new TextSpan(0, ClusterConfigYaml.MaxBytes + 1)) : text.ToString();
            YamlReadResult read = ClusterConfigYaml.Read(content, file.Path, options.IsVersionStated ? options.RequestedVersion : (K0sVersion?)null);
            if (read.Error != null)
            {
                foreach (Finding finding in read.Validate(options))
                {
                    Report(context, text, file.Path, finding, null);
                }

                return;
            }

            foreach (YamlConfigDocument document in read.Documents)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                foreach (Finding finding in RuleEngine.Evaluate(document.Facts, document.OptionsFor(options)))
                {
                    Report(context, text, file.Path, finding, document.Position);
                }
            }
        }

        private static void Report(AdditionalFileAnalysisContext context, SourceText text, string path, Finding finding, YamlPosition? fallback)
        {
            YamlPosition? at = finding.Origin as YamlPosition ?? fallback;
            Location location = at == null ? Location.Create(path, default, default) : LocationOf(text, path, at);
            var additional = new List<Location>();
            foreach (object? origin in finding.AdditionalOrigins)
            {
                if (origin is YamlPosition other && !other.Equals(at))
                {
                    additional.Add(LocationOf(text, path, other));
                }
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.For(finding.RuleId), location, Descriptors.ToRoslyn(finding.Severity), additional, null, Descriptors.Arguments(finding, suffix: string.Empty)));
        }

        private static Location LocationOf(SourceText text, string path, YamlPosition at)
        {
            int start = Math.Max(0, Math.Min(at.Offset, text.Length));
            int end = Math.Max(start, Math.Min(at.Offset + at.Length, text.Length));
            var span = new LinePositionSpan(new LinePosition(Math.Max(0, at.Line - 1), Math.Max(0, at.Column - 1)), text.Lines.GetLinePosition(end));
            if (span.End < span.Start)
            {
                span = new LinePositionSpan(span.Start, span.Start);
            }

            return Location.Create(path, TextSpan.FromBounds(start, end), span);
        }
    }
}
