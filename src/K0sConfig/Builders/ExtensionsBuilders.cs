using System;

namespace K0sConfig
{
    /// <summary>Configures <c>spec.extensions</c>: the helm repositories and charts k0s installs on the cluster.</summary>
    public sealed class ExtensionsBuilder
    {
        private readonly ConfigNode _node;

        internal ExtensionsBuilder(ConfigNode node) => _node = node;

        /// <summary>Configures <c>spec.extensions.helm</c>: helm repositories and charts. Checked by K0S901, K0S902.</summary>
        /// <param name="configure">Adds repositories and charts.</param>
        /// <returns>This builder.</returns>
        public ExtensionsBuilder Helm(Action<HelmBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "h => h.Chart(c => c.Name(\"metallb\").ChartName(\"metallb/metallb\").Namespace(\"metallb-system\"))")(new HelmBuilder(_node.Open()));
            return this;
        }
    }

    /// <summary>Configures <c>spec.extensions.helm</c>.</summary>
    public sealed class HelmBuilder
    {
        private readonly ConfigNode _node;

        internal HelmBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>helm.concurrencyLevel</c>: how many charts k0s installs at once (default 5).</summary>
        /// <param name="level">The number of charts installed in parallel.</param>
        /// <returns>This builder.</returns>
        public HelmBuilder ConcurrencyLevel(int level)
        {
            _node.Set(level);
            return this;
        }

        /// <summary>
        /// Adds one entry to <c>helm.repositories</c>: a helm repository charts are installed from (<c>helm repo add</c>).
        /// Needs <see cref="HelmRepositoryBuilder.Name"/> and <see cref="HelmRepositoryBuilder.Url"/>. Checked by K0S901.
        /// </summary>
        /// <param name="configure">Sets the repository's values.</param>
        /// <returns>This builder.</returns>
        public HelmBuilder Repository(Action<HelmRepositoryBuilder> configure)
        {
            Action<HelmRepositoryBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "r => r.Name(\"metallb\").Url(\"https://metallb.github.io/metallb\")");
            _node.AddItem(item => action(new HelmRepositoryBuilder(item)));
            return this;
        }

        /// <summary>
        /// Adds one entry to <c>helm.charts</c>: a chart k0s installs as a helm release. Needs
        /// <see cref="HelmChartBuilder.Name"/> (the release name), <see cref="HelmChartBuilder.ChartName"/> and
        /// <see cref="HelmChartBuilder.Namespace"/>. Checked by K0S902.
        /// </summary>
        /// <param name="configure">Sets the chart's values.</param>
        /// <returns>This builder.</returns>
        public HelmBuilder Chart(Action<HelmChartBuilder> configure)
        {
            Action<HelmChartBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "c => c.Name(\"metallb\").ChartName(\"metallb/metallb\").Namespace(\"metallb-system\")");
            _node.AddItem(item => action(new HelmChartBuilder(item)));
            return this;
        }
    }

    /// <summary>Configures one entry of <c>helm.repositories</c>.</summary>
    public sealed class HelmRepositoryBuilder
    {
        private readonly ConfigNode _node;

        internal HelmRepositoryBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>name</c> (required): the name charts use as a prefix, <c>NAME/CHART</c>. Checked by K0S901.</summary>
        /// <param name="name">The repository's name, such as <c>metallb</c>.</param>
        /// <returns>This builder.</returns>
        public HelmRepositoryBuilder Name(string name)
        {
            _node.SetText(name, nameof(name));
            return this;
        }

        /// <summary>Sets <c>url</c> (required): the repository's URL. Checked by K0S901.</summary>
        /// <param name="url">Such as <c>https://metallb.github.io/metallb</c>.</param>
        /// <returns>This builder.</returns>
        public HelmRepositoryBuilder Url(string url)
        {
            _node.SetText(url, nameof(url));
            return this;
        }

        /// <summary>Sets <c>caFile</c>: a CA bundle (a file on the controllers) to verify the repository's certificate.</summary>
        /// <param name="path">The file's path.</param>
        /// <returns>This builder.</returns>
        public HelmRepositoryBuilder CAFile(string path)
        {
            _node.SetText(path, nameof(path));
            return this;
        }

        /// <summary>Sets <c>certFile</c>: the client certificate (a file on the controllers) for HTTPS client authentication.</summary>
        /// <param name="path">The file's path.</param>
        /// <returns>This builder.</returns>
        public HelmRepositoryBuilder CertFile(string path)
        {
            _node.SetText(path, nameof(path));
            return this;
        }

        /// <summary>Sets <c>keyfile</c>: the client key (a file on the controllers) for HTTPS client authentication.</summary>
        /// <param name="path">The file's path.</param>
        /// <returns>This builder.</returns>
        public HelmRepositoryBuilder KeyFile(string path)
        {
            _node.SetText(path, nameof(path));
            return this;
        }

        /// <summary>Sets <c>insecure</c>: skip the TLS certificate check (default <see langword="false"/>).</summary>
        /// <param name="insecure">Whether to skip the check.</param>
        /// <returns>This builder.</returns>
        public HelmRepositoryBuilder Insecure(bool insecure = true)
        {
            _node.Set(insecure);
            return this;
        }

        /// <summary>Sets <c>username</c> for HTTP basic authentication.</summary>
        /// <param name="username">The user name.</param>
        /// <returns>This builder.</returns>
        public HelmRepositoryBuilder Username(string username)
        {
            _node.SetText(username, nameof(username));
            return this;
        }

        /// <summary>Sets <c>password</c> for HTTP basic authentication (written into k0s.yaml as given).</summary>
        /// <param name="password">The password.</param>
        /// <returns>This builder.</returns>
        public HelmRepositoryBuilder Password(string password)
        {
            _node.SetText(password, nameof(password));
            return this;
        }
    }

    /// <summary>Configures one entry of <c>helm.charts</c>.</summary>
    public sealed class HelmChartBuilder
    {
        private readonly ConfigNode _node;

        internal HelmChartBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Sets <c>name</c> (required): the helm release name, lower-case DNS labels separated by dots, at most 53
        /// characters. Checked by K0S902.
        /// </summary>
        /// <param name="name">Such as <c>metallb</c>.</param>
        /// <returns>This builder.</returns>
        public HelmChartBuilder Name(string name)
        {
            _node.SetText(name, nameof(name));
            return this;
        }

        /// <summary>Sets <c>chartname</c> (required): the chart, <c>REPOSITORY/CHART</c>, an OCI reference or a path. Checked by K0S902.</summary>
        /// <param name="chartName">Such as <c>metallb/metallb</c>.</param>
        /// <returns>This builder.</returns>
        public HelmChartBuilder ChartName(string chartName)
        {
            _node.SetText(chartName, nameof(chartName));
            return this;
        }

        /// <summary>Sets <c>version</c>: the chart version (default: the latest).</summary>
        /// <param name="version">Such as <c>0.14.5</c>.</param>
        /// <returns>This builder.</returns>
        public HelmChartBuilder Version(string version)
        {
            _node.SetText(version, nameof(version));
            return this;
        }

        /// <summary>Sets <c>values</c>: the release's values as YAML text, as <c>helm install -f</c> reads them.</summary>
        /// <param name="yaml">YAML, such as <c>"controller:\n  replicaCount: 2\n"</c>.</param>
        /// <returns>This builder.</returns>
        public HelmChartBuilder Values(string yaml)
        {
            _node.Set(new YamlText(Guard.NotNull(yaml, nameof(yaml), _node.PathOf())));
            return this;
        }

        /// <summary>
        /// Sets <c>values</c> from an object, written as YAML text: dictionaries and objects (their public properties) as
        /// mappings, sequences as lists, strings, numbers and booleans as values.
        /// </summary>
        /// <param name="values">Such as <c>new { controller = new { replicaCount = 2 } }</c>.</param>
        /// <returns>This builder.</returns>
        public HelmChartBuilder Values(object values)
        {
            _node.Set(new YamlText(YamlValues.ToText(values ?? throw new ArgumentNullException(nameof(values), _node.PathOf() + " cannot be null; pass the values object or YAML text."))));
            return this;
        }

        /// <summary>Sets <c>namespace</c> (required): the namespace the release is installed in. Checked by K0S902.</summary>
        /// <param name="ns">Such as <c>metallb-system</c>.</param>
        /// <returns>This builder.</returns>
        public HelmChartBuilder Namespace(string ns)
        {
            _node.SetText(ns, nameof(ns));
            return this;
        }

        /// <summary>Sets <c>timeout</c>: how long k0s waits for the release to install (default 10 minutes).</summary>
        /// <param name="timeout">The timeout, written as a Go duration (<c>15m</c>).</param>
        /// <returns>This builder.</returns>
        public HelmChartBuilder Timeout(TimeSpan timeout)
        {
            _node.Set(timeout);
            return this;
        }

        /// <summary>Sets <c>order</c>: charts install in ascending order (default 0).</summary>
        /// <param name="order">The chart's place.</param>
        /// <returns>This builder.</returns>
        public HelmChartBuilder Order(int order)
        {
            _node.Set(order);
            return this;
        }

        /// <summary>Sets <c>forceUpgrade</c> (default <see langword="true"/>): whether k0s upgrades with helm's <c>--force</c>.</summary>
        /// <param name="force">Whether to force upgrades.</param>
        /// <returns>This builder.</returns>
        public HelmChartBuilder ForceUpgrade(bool force = true)
        {
            _node.Set(force);
            return this;
        }
    }

    /// <summary>Configures one entry of <c>spec.workerProfiles</c>: kubelet configuration workers select with <c>--profile</c>.</summary>
    public sealed class WorkerProfileBuilder
    {
        private readonly ConfigNode _node;

        internal WorkerProfileBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Sets <c>name</c> (required): the profile's name, a lowercase RFC 1123 label (lower-case letters, digits and
        /// '-', at most 63 characters). Checked by K0S903.
        /// </summary>
        /// <param name="name">Such as <c>custom-role</c>.</param>
        /// <returns>This builder.</returns>
        public WorkerProfileBuilder Name(string name)
        {
            _node.SetText(name, nameof(name));
            return this;
        }

        /// <summary>
        /// Sets one field of <c>values</c>, the profile's kubelet configuration (<c>KubeletConfiguration</c>, such as
        /// <c>maxPods</c> or <c>evictionHard</c>); a later call with the same key replaces the value. k0s reserves
        /// <c>clusterDNS</c>, <c>clusterDomain</c> and <c>staticPodURL</c>. Checked by K0S904.
        /// </summary>
        /// <param name="key">The kubelet field, such as <c>maxPods</c>.</param>
        /// <param name="value">Its value: text, a number, a boolean, a list, a dictionary or an object.</param>
        /// <returns>This builder.</returns>
        public WorkerProfileBuilder Value(string key, object value)
        {
            string path = _node.PathOf();
            _node.Values().Set(Guard.ArgName(key, nameof(key), path, "a kubelet configuration field such as \"maxPods\""), value ?? throw new ArgumentNullException(nameof(value), path + "." + key + " cannot be null; leave the key out instead."));
            return this;
        }
    }
}

namespace K0sConfig
{
    /// <summary>Configures one entry of <c>spec.featureGates</c>: a Kubernetes feature gate k0s passes to the components.</summary>
    public sealed class FeatureGateBuilder
    {
        private readonly ConfigNode _node;

        internal FeatureGateBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>name</c>: the feature gate, such as <c>UserNamespacesSupport</c>.</summary>
        /// <param name="name">The gate's name.</param>
        /// <returns>This builder.</returns>
        public FeatureGateBuilder Name(string name)
        {
            _node.SetText(name, nameof(name));
            return this;
        }

        /// <summary>
        /// Sets <c>enabled</c> (default <see langword="false"/>; a gate without this call is written with <c>enabled: false</c>,
        /// which k0s reads the same way and the CRD requires).
        /// </summary>
        /// <param name="enabled">Whether the gate is on.</param>
        /// <returns>This builder.</returns>
        public FeatureGateBuilder Enabled(bool enabled = true)
        {
            _node.Set(enabled);
            return this;
        }

        /// <summary>
        /// Sets <c>components</c>, replacing any set before: the components that get the gate (default: kube-apiserver,
        /// kube-controller-manager, kubelet, kube-scheduler and kube-proxy). A set: a value given twice is written once.
        /// </summary>
        /// <param name="components">Such as <c>kubelet</c>, <c>kube-apiserver</c>.</param>
        /// <returns>This builder.</returns>
        public FeatureGateBuilder Components(params string[] components)
        {
            _node.SetList(Lists.Copy(components, nameof(components), _node.PathOf(), "component names such as \"kubelet\""));
            return this;
        }
    }
}
