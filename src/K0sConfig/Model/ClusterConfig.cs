using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using K0sConfig.Rules;

namespace K0sConfig
{
    /// <summary>
    /// A validated, immutable k0s ClusterConfig (<c>apiVersion: k0s.k0sproject.io/v1beta1</c>,
    /// <c>kind: ClusterConfig</c>). Only <see cref="ClusterConfigBuilder.Build()"/> makes one, so every instance
    /// passed every error rule.
    /// </summary>
    public sealed class ClusterConfig
    {
        /// <summary>The k0s.yaml <c>apiVersion</c>.</summary>
        public const string ApiVersion = "k0s.k0sproject.io/v1beta1";

        /// <summary>The k0s.yaml <c>kind</c>.</summary>
        public const string Kind = "ClusterConfig";

        internal ClusterConfig(string name, ApiSpec? api, NetworkSpec? network, ControllerManagerSpec? controllerManager, ConfigNode sections, IReadOnlyList<Finding> findings, K0sVersion version = default, ConfigNode? metadata = null)
        {
            Metadata = metadata ?? new ConfigNode(FieldCatalogue.Find(FieldPaths.MetadataLabels)!.Parent);
            Version = version;
            Sections = sections;
            Name = name;
            Api = api;
            Network = network;
            ControllerManager = controllerManager;
            Findings = Array.AsReadOnly(findings.ToArray());
        }

        /// <summary>The k0s version the configuration was checked for (<see cref="ClusterConfigBuilder.ForK0s(string)"/>; else the newest).</summary>
        public K0sVersion Version { get; }

        /// <summary><c>metadata.name</c> (default <c>k0s</c>).</summary>
        public string Name { get; }

        /// <summary><c>spec.api</c>, or <see langword="null"/> when nothing in it is set.</summary>
        public ApiSpec? Api { get; }

        /// <summary><c>spec.network</c>, or <see langword="null"/> when nothing in it is set.</summary>
        public NetworkSpec? Network { get; }

        /// <summary><c>spec.controllerManager</c>, or <see langword="null"/> when nothing in it is set.</summary>
        public ControllerManagerSpec? ControllerManager { get; }

        /// <summary>Every finding of the rules: warnings and information (a built config has no errors).</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary><c>metadata</c>'s labels and annotations, as written; <see cref="ToYaml"/> shows them after the name.</summary>
        internal ConfigNode Metadata { get; }

        /// <summary>The other sections of <c>spec</c> (scheduler, storage, installConfig, konnectivity, telemetry), as written; <see cref="ToYaml"/> shows them.</summary>
        internal ConfigNode Sections { get; }

        /// <summary>How each pod CIDR splits into node ranges: nodes per cluster × addresses per node, per family.</summary>
        public IReadOnlyList<PodRangeCapacity> Capacity => RuleEngine.Capacity(ConfigFacts.From(Api, Network, ControllerManager, Sections), Version);

        /// <summary>The k0s.yaml text: what the configuration sets, with k0s's exact keys.</summary>
        /// <returns>YAML that <c>k0s config validate</c> accepts.</returns>
        public string ToYaml() => YamlWriter.Write(this);

        /// <summary>
        /// Writes <see cref="ToYaml"/> to <paramref name="path"/> through a temporary file in the same directory,
        /// so the target is either the old file or the whole new one, never half of it.
        /// </summary>
        /// <param name="path">The file to write, such as <c>k0s.yaml</c>.</param>
        public void WriteYaml(string path) => YamlFile.Write(path, ToYaml(), "k0s.yaml");
    }

    /// <summary>Thrown by <see cref="ClusterConfigBuilder.Build()"/> when a rule finds an error.</summary>
    public sealed class K0sConfigException : Exception
    {
        /// <summary>Creates the exception from the findings of a failed build.</summary>
        /// <param name="findings">Every finding; the message lists the errors, then the warnings.</param>
        public K0sConfigException(IReadOnlyList<Finding> findings)
            : base(Describe(findings ?? throw new ArgumentNullException(nameof(findings))))
        {
            Findings = Array.AsReadOnly(findings.ToArray());
        }

        /// <summary>Every finding of the failed build.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>The findings that are errors.</summary>
        public IReadOnlyList<Finding> Errors => Findings.Where(f => f.Severity == FindingSeverity.Error).ToArray();

        private static string Describe(IReadOnlyList<Finding> findings)
        {
            var lines = new List<string>();
            int errors = findings.Count(f => f.Severity == FindingSeverity.Error);
            lines.Add("The k0s configuration has " + errors + (errors == 1 ? " error:" : " errors:"));
            lines.AddRange(findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.ToString()));
            lines.AddRange(findings.Where(f => f.Severity == FindingSeverity.Warning).Select(f => f.ToString()));
            return string.Join(Environment.NewLine, lines);
        }
    }
}
