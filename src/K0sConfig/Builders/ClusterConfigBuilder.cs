using System;
using System.Collections.Generic;
using System.Linq;
using K0sConfig.Rules;

namespace K0sConfig
{
    /// <summary>
    /// Builds a k0s ClusterConfig. Section methods can be called again to keep configuring the same section; a
    /// later setter call overrides an earlier one. <see cref="Build()"/> validates and returns an immutable copy,
    /// so changing the builder afterwards never changes a built config.
    /// </summary>
    public sealed class ClusterConfigBuilder
    {
        private readonly string _name;
        private readonly NetworkBuilder _network = new NetworkBuilder();
        private readonly ApiBuilder _api = new ApiBuilder();
        private readonly ControllerManagerBuilder _controllerManager = new ControllerManagerBuilder();

        // The sections that have no typed model of their own (scheduler, storage, installConfig, konnectivity, telemetry).
        private readonly ConfigNode _spec = new ConfigNode(FieldCatalogue.Find(FieldPaths.Network)!.Parent);

        // metadata's labels and annotations (metadata.name is the name given to K0s.Cluster).
        private readonly ConfigNode _metadata = new ConfigNode(FieldCatalogue.Find(FieldPaths.MetadataLabels)!.Parent);

        private K0sVersion? _version;

        internal ClusterConfigBuilder(string name) => _name = name;

        /// <summary>
        /// Sets one entry of <c>metadata.labels</c>: a Kubernetes label on the ClusterConfig, kept by k0s with the
        /// configuration (and by the API server when the ClusterConfig is stored there). Setting a key again replaces its value.
        /// </summary>
        /// <param name="key">The label's key, such as <c>app.kubernetes.io/part-of</c>.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder Label(string key, string value)
        {
            SetMetadata(key, value);
            return this;
        }

        /// <summary>
        /// Sets one entry of <c>metadata.annotations</c>: a Kubernetes annotation on the ClusterConfig, kept by k0s with the
        /// configuration (and by the API server when the ClusterConfig is stored there). Setting a key again replaces its value.
        /// </summary>
        /// <param name="key">The annotation's key, such as <c>example.com/owner</c>.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder Annotation(string key, string value)
        {
            SetMetadata(key, value);
            return this;
        }

        private void SetMetadata(string key, string value, [System.Runtime.CompilerServices.CallerMemberName] string method = "")
        {
            string path = _metadata.PathOf(method);
            _metadata.Map(method).Set(Guard.ArgName(key, nameof(key), path, "a key such as \"example.com/owner\""), Guard.NotNull(value, nameof(value), path));
        }

        /// <summary>
        /// Says which k0s the configuration is for: <see cref="Build()"/> and <see cref="Validate()"/> then answer for that
        /// version (its fields, its checks, its defaults such as the IPv6 node mask), and the analyzers read a constant
        /// version here as they read the MSBuild property <c>K0sVersion</c>, which it overrides for this configuration. A
        /// builder method whose field that version does not have is an error (K0S808). Default: the MSBuild property at
        /// compile time, the newest supported k0s at run time.
        /// </summary>
        /// <param name="version">The k0s version: <c>1.33</c> (its newest patch), <c>1.33.6</c>, <c>v1.33.6+k0s.0</c>; 1.27 to 1.36 (K0S807 says how others are checked).</param>
        /// <returns>This builder.</returns>
        /// <exception cref="FormatException"><paramref name="version"/> is not a k0s version; the message names the forms.</exception>
        public ClusterConfigBuilder ForK0s(string version)
        {
            _version = K0sVersion.Parse(Guard.NotNull(version, nameof(version), "k0s version"));
            return this;
        }

        /// <summary>Says which k0s the configuration is for; see <see cref="ForK0s(string)"/>.</summary>
        /// <param name="version">The k0s version.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder ForK0s(K0sVersion version)
        {
            _version = version;
            return this;
        }

        /// <summary><paramref name="options"/> for the version <see cref="ForK0s(string)"/> chose, unless the options choose one themselves.</summary>
        internal ValidationOptions With(ValidationOptions options)
            => _version is K0sVersion v && !options.IsVersionStated ? options.WithVersion(v) : options;

        /// <summary>Configures <c>spec.network</c>: provider, pod and service CIDRs, dual-stack, kube-proxy.</summary>
        /// <param name="configure">Sets the network values.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder Network(Action<NetworkBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), FieldPaths.Network, "net => net.PodCidr(\"10.244.0.0/16\")")(_network);
            return this;
        }

        /// <summary>Configures <c>spec.api</c>: the API server's addresses, SANs and ports.</summary>
        /// <param name="configure">Sets the API values.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder Api(Action<ApiBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), FieldPaths.Api, "api => api.Address(\"192.168.68.104\")")(_api);
            return this;
        }

        /// <summary>Configures <c>spec.controllerManager</c>: the node CIDR mask sizes and other extra arguments.</summary>
        /// <param name="configure">Sets the controller-manager values.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder ControllerManager(Action<ControllerManagerBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), FieldPaths.ControllerManager, "cm => cm.NodeCidrMaskSize(24)")(_controllerManager);
            return this;
        }

        /// <summary>Configures <c>spec.scheduler</c>: kube-scheduler's extra flags.</summary>
        /// <param name="configure">Sets the scheduler values.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder Scheduler(Action<SchedulerBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _spec.PathOf(), "s => s.ExtraArg(\"v\", \"2\")")(new SchedulerBuilder(_spec.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.installConfig</c>: the system users <c>k0s install</c> creates.</summary>
        /// <param name="configure">Sets the install values.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder InstallConfig(Action<InstallConfigBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _spec.PathOf(), "ic => ic.Users(u => u.EtcdUser(\"etcd\"))")(new InstallConfigBuilder(_spec.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.konnectivity</c>: the konnectivity server's ports and address.</summary>
        /// <param name="configure">Sets the konnectivity values.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder Konnectivity(Action<KonnectivityBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _spec.PathOf(), "k => k.AgentPort(8132)")(new KonnectivityBuilder(_spec.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.storage</c>: etcd (the default, maybe an external cluster) or kine.</summary>
        /// <param name="configure">Sets the storage values.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder Storage(Action<StorageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _spec.PathOf(), "s => s.Etcd(e => e.PeerAddress(\"10.0.0.1\"))")(new StorageBuilder(_spec.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.extensions</c>: helm repositories and charts k0s installs. Checked by K0S901, K0S902.</summary>
        /// <param name="configure">Sets the extensions.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder Extensions(Action<ExtensionsBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _spec.PathOf(), "e => e.Helm(h => h.Chart(c => c.Name(\"metallb\").ChartName(\"metallb/metallb\").Namespace(\"metallb-system\")))")(new ExtensionsBuilder(_spec.Open()));
            return this;
        }

        /// <summary>
        /// Adds one entry to <c>spec.workerProfiles</c>: kubelet configuration that workers started with
        /// <c>--profile NAME</c> use. Needs <see cref="WorkerProfileBuilder.Name"/>. Checked by K0S903, K0S904.
        /// </summary>
        /// <param name="configure">Sets the profile's name and kubelet values.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder WorkerProfile(Action<WorkerProfileBuilder> configure)
        {
            Action<WorkerProfileBuilder> action = Guard.NotNull(configure, nameof(configure), _spec.PathOf(), "w => w.Name(\"custom-role\").Value(\"maxPods\", 200)");
            _spec.AddItem(item => action(new WorkerProfileBuilder(item)));
            return this;
        }

        /// <summary>Configures <c>spec.images</c>: the registry, the default pull policy and each component's image. Checked by K0S905.</summary>
        /// <param name="configure">Sets the images.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder Images(Action<ImagesBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _spec.PathOf(), "i => i.Repository(\"registry.example.com\")")(new ImagesBuilder(_spec.Open()));
            return this;
        }

        /// <summary>
        /// Adds one entry to <c>spec.featureGates</c>: a Kubernetes feature gate k0s passes to the components that
        /// <see cref="FeatureGateBuilder.Components"/> names (default: all of them).
        /// </summary>
        /// <param name="configure">Sets the gate's name (required), whether it is on (without <see cref="FeatureGateBuilder.Enabled"/>,
        /// <c>enabled: false</c> is written: k0s reads a gate without it as off, and the CRD requires the key) and its components.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">The callback gives the gate no name, which the k0s CRD requires.</exception>
        public ClusterConfigBuilder FeatureGate(Action<FeatureGateBuilder> configure)
        {
            Action<FeatureGateBuilder> action = Guard.NotNull(configure, nameof(configure), _spec.PathOf(), "f => f.Name(\"UserNamespacesSupport\").Enabled()");
            _spec.AddItem(gate =>
            {
                action(new FeatureGateBuilder(gate));
                if (!(gate.Raw(FieldPaths.Key(FieldPaths.FeatureGateName)) is string name) || name.Length == 0)
                {
                    // k0s itself takes a gate without a name (and does nothing with it); the CRD requires one. The entry is
                    // taken out again (AddItem), so a caller that goes on after this has no nameless gate to write.
                    throw new ArgumentException(_spec.PathOf() + "[" + (_spec.Items(nameof(FeatureGate)).Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "] has no name: the k0s CRD requires one, so the Kubernetes API server refuses the ClusterConfig. Call Name(\"UserNamespacesSupport\") (the gate's name) in the callback.", nameof(configure));
                }

                if (gate.Written(nameof(FeatureGateBuilder.Enabled)) == null)
                {
                    // k0s reads a gate without enabled as off; the CRD requires the key, so the off is written.
                    gate.Set(false, nameof(FeatureGateBuilder.Enabled));
                }
            });
            return this;
        }

        /// <summary>Configures <c>spec.metricsServer</c> (k0s 1.36 and later): patches to the metrics-server manifests. Checked by K0S907.</summary>
        /// <param name="configure">Adds patches.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder MetricsServer(Action<MetricsServerBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _spec.PathOf(), "m => m.Patch(p => p.Target(t => t.Kind(\"Deployment\").Name(\"metrics-server\")).Patch(s => s.Type(PatchType.StrategicMerge).Content(\"...\")))")(new MetricsServerBuilder(_spec.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.telemetry</c>.</summary>
        /// <param name="configure">Sets the telemetry values.</param>
        /// <returns>This builder.</returns>
        public ClusterConfigBuilder Telemetry(Action<TelemetryBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _spec.PathOf(), "t => t.Enabled(false)")(new TelemetryBuilder(_spec.Open()));
            return this;
        }

        /// <summary>Runs every rule and returns the config, or throws when a rule finds an error.</summary>
        /// <returns>An immutable config whose <see cref="ClusterConfig.Findings"/> hold the warnings and information.</returns>
        /// <exception cref="K0sConfigException">A rule found an error; the message lists each finding, one a line.</exception>
        public ClusterConfig Build() => Build(ValidationOptions.Default);

        /// <summary>Runs every rule with <paramref name="options"/> and returns the config, or throws when a rule finds an error.</summary>
        /// <param name="options">Settings outside k0s.yaml, such as the kubelet's max pods.</param>
        /// <returns>An immutable config whose <see cref="ClusterConfig.Findings"/> hold the warnings and information.</returns>
        /// <exception cref="K0sConfigException">A rule found an error; the message lists each finding, one a line.</exception>
        public ClusterConfig Build(ValidationOptions options)
        {
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            ApiSpec? api = _api.Snapshot();
            NetworkSpec? network = _network.Snapshot();
            ControllerManagerSpec? controllerManager = _controllerManager.Snapshot();
            ConfigNode sections = _spec.Clone();
            options = With(options);
            IReadOnlyList<Finding> findings = RuleEngine.Evaluate(ConfigFacts.From(api, network, controllerManager, sections), options);
            if (findings.Any(f => f.Severity == FindingSeverity.Error))
            {
                throw new K0sConfigException(findings);
            }

            return new ClusterConfig(_name, api, network, controllerManager, sections, findings, options.Version, _metadata.Clone());
        }

        /// <summary>The configuration as it is, errors and all, for tests that write a configuration k0s rejects as YAML.</summary>
        internal ClusterConfig BuildUnchecked()
            => new ClusterConfig(_name, _api.Snapshot(), _network.Snapshot(), _controllerManager.Snapshot(), _spec.Clone(), Validate(), metadata: _metadata.Clone());

        /// <summary>The facts of the values set so far (a k0sctl Cluster checks them with its own).</summary>
        internal ClusterFacts Facts() => ConfigFacts.From(_api.Snapshot(), _network.Snapshot(), _controllerManager.Snapshot(), _spec);

        /// <summary>Runs every rule on the values set so far. Never throws.</summary>
        /// <returns>Every finding: errors, warnings and information.</returns>
        public IReadOnlyList<Finding> Validate() => Validate(ValidationOptions.Default);

        /// <summary>Runs every rule on the values set so far, with <paramref name="options"/>. Never throws.</summary>
        /// <param name="options">Settings outside k0s.yaml, such as the kubelet's max pods.</param>
        /// <returns>Every finding: errors, warnings and information.</returns>
        public IReadOnlyList<Finding> Validate(ValidationOptions options)
            => RuleEngine.Evaluate(ConfigFacts.From(_api.Snapshot(), _network.Snapshot(), _controllerManager.Snapshot(), _spec), With(options ?? ValidationOptions.Default));
    }
}
