using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.Serialization;
using K0sConfig.Rules;
using YamlDotNet.RepresentationModel;

namespace K0sConfig
{
    /// <summary>
    /// Where a k0sctl configuration starts: <c>K0sctl.Cluster("prod").Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.1"))
    /// .K0sVersion("v1.33.1+k0s.0").Config(K0s.Cluster("k0s").Network(...)).Build()</c> writes the <c>k0sctl.yaml</c>
    /// that <c>k0sctl apply</c> reads.
    /// </summary>
    public static class K0sctl
    {
        /// <summary>Starts a k0sctl <c>Cluster</c> (apiVersion <c>k0sctl.k0sproject.io/v1beta1</c>).</summary>
        /// <param name="name"><c>metadata.name</c>, the cluster's name in k0sctl (k0sctl's default: <c>k0s-cluster</c>).</param>
        /// <returns>A builder; call <see cref="K0sctlClusterBuilder.Build()"/> to validate it with k0sctl's and k0s's rules.</returns>
        public static K0sctlClusterBuilder Cluster(string name = "k0s-cluster") => new K0sctlClusterBuilder(Guard.NotNull(name, nameof(name), "metadata.name"));
    }

    /// <summary>A k0sctl host's role (<c>spec.hosts[].role</c>).</summary>
    public enum K0sctlRole
    {
        /// <summary><c>controller</c>: runs the control plane only.</summary>
        [EnumMember(Value = K0sctlValues.Controller)]
        Controller = 0,

        /// <summary><c>worker</c>: runs workloads.</summary>
        [EnumMember(Value = K0sctlValues.Worker)]
        Worker = 1,

        /// <summary><c>controller+worker</c>: a controller that also runs workloads (the only role <c>NoTaints</c> is for).</summary>
        [EnumMember(Value = K0sctlValues.ControllerWorker)]
        ControllerWorker = 2,

        /// <summary><c>single</c>: the whole cluster on one machine; only as the only host.</summary>
        [EnumMember(Value = K0sctlValues.Single)]
        Single = 3,
    }

    /// <summary><c>spec.k0s.versionChannel</c>: which releases k0sctl picks from when no version is set.</summary>
    public enum K0sctlVersionChannel
    {
        /// <summary><c>stable</c>: releases only.</summary>
        [EnumMember(Value = K0sctlValues.Stable)]
        Stable = 0,

        /// <summary><c>latest</c>: pre-releases too.</summary>
        [EnumMember(Value = K0sctlValues.Latest)]
        Latest = 1,
    }

    /// <summary>Builds a k0sctl <c>Cluster</c>: its hosts, the k0s version and the ClusterConfig k0s gets.</summary>
    public sealed class K0sctlClusterBuilder
    {
        private readonly string _name;
        private readonly List<K0sctlHostBuilder> _hosts = new List<K0sctlHostBuilder>();
        private string? _user;
        private string? _version;
        private K0sctlVersionChannel? _channel;
        private bool _dynamicConfig;
        private ClusterConfigBuilder? _config;
        private readonly K0sctlOptionsBuilder _options = new K0sctlOptionsBuilder();

        internal K0sctlClusterBuilder(string name) => _name = name;

        /// <summary><c>metadata.user</c>: the name of the admin user in the kubeconfig k0sctl writes (default <c>admin</c>).</summary>
        /// <param name="user">The user name.</param>
        /// <returns>This builder.</returns>
        public K0sctlClusterBuilder User(string user)
        {
            _user = Guard.NotNull(user, nameof(user), "metadata.user");
            return this;
        }

        /// <summary>Adds a host to <c>spec.hosts</c> (K0S942–K0S948 check the hosts as k0sctl does).</summary>
        /// <param name="role">Its role.</param>
        /// <param name="configure">Its connection (<c>Ssh</c>, <c>WinRM</c>, <c>OpenSsh</c> or <c>Localhost</c>) and settings.</param>
        /// <returns>This builder.</returns>
        public K0sctlClusterBuilder Host(K0sctlRole role, Action<K0sctlHostBuilder> configure)
        {
            var host = new K0sctlHostBuilder(Guard.Defined(role, nameof(role), "spec.hosts[].role"));
            Guard.NotNull(configure, nameof(configure), "spec.hosts[]", "h => h.Ssh(\"10.0.0.1\")")(host);
            _hosts.Add(host);
            return this;
        }

        /// <summary>
        /// <c>spec.k0s.version</c>: the k0s to install, in k0sctl's format (<c>v1.33.1+k0s.0</c>; <c>1.33</c> and
        /// <c>1.33.1+k0s.0</c> are read too). Unset, k0sctl installs the newest release. K0S947 checks it.
        /// </summary>
        /// <param name="version">The version.</param>
        /// <returns>This builder.</returns>
        public K0sctlClusterBuilder K0sVersion(string version)
        {
            _version = Guard.NotNull(version, nameof(version), "spec.k0s.version");
            return this;
        }

        /// <summary><c>spec.k0s.versionChannel</c>: stable or latest, for when no version is set.</summary>
        /// <param name="channel">The channel.</param>
        /// <returns>This builder.</returns>
        public K0sctlClusterBuilder VersionChannel(K0sctlVersionChannel channel)
        {
            _channel = Guard.Defined(channel, nameof(channel), "spec.k0s.versionChannel");
            return this;
        }

        /// <summary><c>spec.k0s.dynamicConfig</c>: k0s keeps the cluster-wide configuration in the cluster (k0s v1.22.2+k0s.2 or later, K0S947).</summary>
        /// <param name="enabled">Whether to.</param>
        /// <returns>This builder.</returns>
        public K0sctlClusterBuilder DynamicConfig(bool enabled = true)
        {
            _dynamicConfig = enabled;
            return this;
        }

        /// <summary><c>spec.k0s.config</c>: the ClusterConfig k0s gets, built with <see cref="K0s.Cluster"/>; its rules run in <see cref="Build()"/>.</summary>
        /// <param name="config">The ClusterConfig builder.</param>
        /// <returns>This builder.</returns>
        public K0sctlClusterBuilder Config(ClusterConfigBuilder config)
        {
            _config = config ?? throw new ArgumentNullException(nameof(config), "spec.k0s.config: pass K0s.Cluster(\"k0s\")...");
            return this;
        }

        /// <summary>
        /// Configures <c>spec.options</c>: whether <c>k0sctl apply</c> waits and drains, how many hosts it works on at once and
        /// the taint it puts on a node before upgrading or resetting it. Called again, it adds to what is set.
        /// </summary>
        /// <param name="configure">Sets the options.</param>
        /// <returns>This builder.</returns>
        public K0sctlClusterBuilder Options(Action<K0sctlOptionsBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), "spec.options", "o => o.Concurrency(c => c.Limit(10))")(_options);
            return this;
        }

        /// <summary>Runs k0sctl's rules (K0S940–K0S949) and every ClusterConfig rule; returns the cluster, or throws on an error.</summary>
        /// <returns>The cluster, whose <see cref="K0sctlCluster.Findings"/> hold the warnings and information.</returns>
        /// <exception cref="K0sConfigException">A rule found an error; the message lists each finding, one a line.</exception>
        public K0sctlCluster Build() => Build(ValidationOptions.Default);

        /// <summary>Runs every rule with <paramref name="options"/>; returns the cluster, or throws on an error.</summary>
        /// <param name="options">Settings outside the file, such as the kubelet's max pods.</param>
        /// <returns>The cluster.</returns>
        /// <exception cref="K0sConfigException">A rule found an error.</exception>
        public K0sctlCluster Build(ValidationOptions options)
        {
            IReadOnlyList<Finding> findings = Validate(options);
            if (findings.Any(f => f.Severity == FindingSeverity.Error))
            {
                throw new K0sConfigException(findings);
            }

            return new K0sctlCluster(ToYaml(), _version, findings);
        }

        /// <summary>
        /// Runs every rule on what is set so far, the ClusterConfig's for the pinned k0s (<see cref="K0sVersion(string)"/>)
        /// unless its builder chose one (<see cref="ClusterConfigBuilder.ForK0s(string)"/>). Never throws.
        /// </summary>
        /// <returns>Every finding.</returns>
        public IReadOnlyList<Finding> Validate() => Validate(ValidationOptions.Default);

        /// <summary>Runs every rule on what is set so far, with <paramref name="options"/>. Never throws.</summary>
        /// <param name="options">Settings outside the file; a version they choose wins over ForK0s and the pin.</param>
        /// <returns>Every finding.</returns>
        public IReadOnlyList<Finding> Validate(ValidationOptions options)
        {
            // k0sctl's facts come from the file this writes, read as k0sctl reads it: what is checked is what is written.
            K0sConfig.Yaml.YamlReadResult read = K0sConfig.Yaml.ClusterConfigYaml.Read(ToYaml(), "k0sctl.yaml");
            K0sConfig.Rules.ClusterFacts facts = _config?.Facts() ?? new K0sConfig.Rules.ClusterFacts();
            facts.K0sctl = read.Documents.Count == 1 ? read.Documents[0].Facts.K0sctl : null;

            // The ClusterConfig is checked for the k0s that runs it, as `k0sconfig validate` checks a k0sctl.yaml: the
            // version the options choose, else the configuration's ForK0s, else spec.k0s.version, else the newest.
            ValidationOptions chosen = options ?? ValidationOptions.Default;
            chosen = _config?.With(chosen) ?? chosen;
            chosen = read.Documents.Count == 1 ? read.Documents[0].OptionsFor(chosen) : chosen;
            return K0sConfig.Rules.RuleEngine.Evaluate(facts, chosen);
        }

        internal string ToYaml()
        {
            var root = new YamlMappingNode
            {
                { YamlWriter.Key(K0sctlKeys.ApiVersion), YamlWriter.Text(K0sctlFacts.SupportedApiVersion) },
                { YamlWriter.Key(K0sctlKeys.Kind), YamlWriter.Text(K0sctlValues.Cluster) },
            };
            var metadata = new YamlMappingNode { { YamlWriter.Key(K0sctlKeys.Name), YamlWriter.Text(_name) } };
            if (_user != null)
            {
                metadata.Add(YamlWriter.Key(K0sctlKeys.User), YamlWriter.Text(_user));
            }

            root.Add(YamlWriter.Key(K0sctlKeys.Metadata), metadata);
            var spec = new YamlMappingNode();
            var hosts = new YamlSequenceNode();
            foreach (K0sctlHostBuilder host in _hosts)
            {
                hosts.Add(host.Node);
            }

            spec.Add(YamlWriter.Key(K0sctlKeys.Hosts), hosts);
            var k0s = new YamlMappingNode();
            if (_version != null)
            {
                k0s.Add(YamlWriter.Key(K0sctlKeys.Version), YamlWriter.Text(_version));
            }

            if (_channel is K0sctlVersionChannel channel)
            {
                k0s.Add(YamlWriter.Key(K0sctlKeys.VersionChannel), YamlWriter.Text(K0sctlSpellings.Of(channel)));
            }

            if (_dynamicConfig)
            {
                k0s.Add(YamlWriter.Key(K0sctlKeys.DynamicConfig), YamlWriter.Plain("true"));
            }

            if (_config != null)
            {
                var stream = new YamlStream();
                stream.Load(new System.IO.StringReader(_config.BuildUnchecked().ToYaml()));
                k0s.Add(YamlWriter.Key(K0sctlKeys.Config), stream.Documents[0].RootNode);
            }

            if (k0s.Children.Count != 0)
            {
                spec.Add(YamlWriter.Key(K0sctlKeys.K0s), k0s);
            }

            if (_options.Node() is YamlMappingNode options)
            {
                spec.Add(YamlWriter.Key(K0sctlKeys.Options), options);
            }

            root.Add(YamlWriter.Key(K0sctlKeys.Spec), spec);
            var output = new YamlStream(new YamlDocument(root));
            using var writer = new System.IO.StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            output.Save(writer, assignAnchors: false);
            string yaml = writer.ToString();
            const string end = "...\n";
            return yaml.EndsWith(end, StringComparison.Ordinal) ? yaml.Substring(0, yaml.Length - end.Length) : yaml;
        }
    }

    /// <summary>The k0sctl spellings of the k0sctl enums.</summary>
    internal static class K0sctlSpellings
    {
        public static string Of<T>(T value)
            where T : struct, Enum
            => typeof(T).GetField(value.ToString())!.GetCustomAttributes(typeof(EnumMemberAttribute), false).Cast<EnumMemberAttribute>().Single().Value!;
    }

    /// <summary>A built k0sctl configuration: its <c>k0sctl.yaml</c>, the k0s version and the findings.</summary>
    public sealed class K0sctlCluster
    {
        private readonly string _yaml;

        internal K0sctlCluster(string yaml, string? version, IReadOnlyList<Finding> findings)
        {
            _yaml = yaml;
            K0sVersion = version;
            Findings = findings;
        }

        /// <summary>
        /// <c>spec.k0s.version</c> as written, or <see langword="null"/> (k0sctl then installs the newest release): the k0s
        /// version the cluster runs; <see cref="K0sConfig.Rules.K0sctlVersion"/> reads and orders it as k0sctl does.
        /// </summary>
        public string? K0sVersion { get; }

        /// <summary>The warnings and information the rules found.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>The <c>k0sctl.yaml</c>: only what was set, with k0sctl's keys.</summary>
        /// <returns>The YAML.</returns>
        public string ToYaml() => _yaml;

        /// <summary>
        /// Writes <see cref="ToYaml"/> to <paramref name="path"/> (UTF-8, no byte order mark) through a temporary file in the
        /// same directory, so the target is either the old file or the whole new one, never half of it.
        /// </summary>
        /// <param name="path">The file, such as <c>k0sctl.yaml</c>.</param>
        public void WriteYaml(string path) => YamlFile.Write(path, _yaml, "k0sctl.yaml");
    }
}
