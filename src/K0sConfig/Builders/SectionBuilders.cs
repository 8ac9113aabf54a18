using System;

namespace K0sConfig
{
    /// <summary>Configures <c>spec.telemetry</c>: whether k0s sends anonymous usage data.</summary>
    public sealed class TelemetryBuilder
    {
        private readonly ConfigNode _node;

        internal TelemetryBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>spec.telemetry.enabled</c> (default: off since k0s 1.33, on in 1.31 and 1.32).</summary>
        /// <param name="enabled">Whether k0s sends telemetry.</param>
        /// <returns>This builder.</returns>
        public TelemetryBuilder Enabled(bool enabled = true)
        {
            _node.Set(enabled);
            return this;
        }
    }

    /// <summary>Configures <c>spec.scheduler</c>: kube-scheduler.</summary>
    public sealed class SchedulerBuilder
    {
        private readonly ConfigNode _node;

        internal SchedulerBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets one entry of <c>spec.scheduler.extraArgs</c>, an extra kube-scheduler flag.</summary>
        /// <param name="name">The flag name, without leading dashes.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public SchedulerBuilder ExtraArg(string name, string value)
        {
            _node.SetArg(name, value);
            return this;
        }

        /// <summary>
        /// Sets <c>spec.scheduler.rawArgs</c>: arguments k0s passes to kube-scheduler as written, after its extraArgs and unchecked (k0s 1.34 and later;
        /// prefer <c>ExtraArg</c>, which k0s merges with the flags it sets itself).
        /// </summary>
        /// <param name="args">The arguments, each as the command line takes it, such as <c>--v=4</c>.</param>
        /// <returns>This builder.</returns>
        public SchedulerBuilder RawArgs(params string[] args)
        {
            _node.Set(Lists.Copy(args, nameof(args), _node.PathOf(), "arguments such as \"--v=4\""));
            return this;
        }
    }

    /// <summary>Configures <c>spec.installConfig</c>: what <c>k0s install</c> sets up on the hosts.</summary>
    public sealed class InstallConfigBuilder
    {
        private readonly ConfigNode _node;

        internal InstallConfigBuilder(ConfigNode node) => _node = node;

        /// <summary>Configures <c>spec.installConfig.users</c>: the system users k0s runs its components as.</summary>
        /// <param name="configure">Sets the user names.</param>
        /// <returns>This builder.</returns>
        public InstallConfigBuilder Users(Action<InstallUsersBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "u => u.EtcdUser(\"etcd\")")(new InstallUsersBuilder(_node.Open()));
            return this;
        }
    }

    /// <summary>Configures <c>spec.installConfig.users</c>.</summary>
    public sealed class InstallUsersBuilder
    {
        private readonly ConfigNode _node;

        internal InstallUsersBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>etcdUser</c>, the user etcd runs as (default <c>etcd</c>).</summary>
        /// <param name="user">A user name.</param>
        /// <returns>This builder.</returns>
        public InstallUsersBuilder EtcdUser(string user)
        {
            _node.SetText(user, nameof(user));
            return this;
        }

        /// <summary>Sets <c>kineUser</c>, the user kine runs as (default <c>kube-apiserver</c>).</summary>
        /// <param name="user">A user name.</param>
        /// <returns>This builder.</returns>
        public InstallUsersBuilder KineUser(string user)
        {
            _node.SetText(user, nameof(user));
            return this;
        }

        /// <summary>Sets <c>konnectivityUser</c>, the user the konnectivity server runs as (default <c>konnectivity-server</c>).</summary>
        /// <param name="user">A user name.</param>
        /// <returns>This builder.</returns>
        public InstallUsersBuilder KonnectivityUser(string user)
        {
            _node.SetText(user, nameof(user));
            return this;
        }

        /// <summary>Sets <c>kubeAPIserverUser</c>, the user kube-apiserver runs as (default <c>kube-apiserver</c>).</summary>
        /// <param name="user">A user name.</param>
        /// <returns>This builder.</returns>
        public InstallUsersBuilder KubeApiServerUser(string user)
        {
            _node.SetText(user, nameof(user));
            return this;
        }

        /// <summary>Sets <c>kubeSchedulerUser</c>, the user kube-scheduler runs as (default <c>kube-scheduler</c>).</summary>
        /// <param name="user">A user name.</param>
        /// <returns>This builder.</returns>
        public InstallUsersBuilder KubeSchedulerUser(string user)
        {
            _node.SetText(user, nameof(user));
            return this;
        }
    }

    /// <summary>Configures <c>spec.konnectivity</c>: the konnectivity server on the controllers.</summary>
    public sealed class KonnectivityBuilder
    {
        private readonly ConfigNode _node;

        internal KonnectivityBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>spec.konnectivity.adminPort</c>, the server's admin port (default 8133). Checked by K0S106.</summary>
        /// <param name="port">A port from 1 to 65535.</param>
        /// <returns>This builder.</returns>
        public KonnectivityBuilder AdminPort(int port)
        {
            _node.Set(port);
            return this;
        }

        /// <summary>Sets <c>spec.konnectivity.agentPort</c>, the port the workers' agents connect to (default 8132). Checked by K0S106.</summary>
        /// <param name="port">A port from 1 to 65535.</param>
        /// <returns>This builder.</returns>
        public KonnectivityBuilder AgentPort(int port)
        {
            _node.Set(port);
            return this;
        }

        /// <summary>
        /// Sets <c>spec.konnectivity.externalAddress</c>, the address the agents connect to when it is not the API
        /// server's (default: <c>spec.api.externalAddress</c>; k0s 1.31 and later).
        /// </summary>
        /// <param name="address">An IP address or DNS name.</param>
        /// <returns>This builder.</returns>
        public KonnectivityBuilder ExternalAddress(string address)
        {
            _node.SetText(address, nameof(address));
            return this;
        }
    }
}

namespace K0sConfig
{
    /// <summary>Configures <c>spec.storage</c>: etcd (the default) or kine.</summary>
    public sealed class StorageBuilder
    {
        private readonly ConfigNode _node;

        internal StorageBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>spec.storage.type</c>. <see cref="Etcd"/> and <see cref="Kine"/> set it too.</summary>
        /// <param name="type">etcd (the default) or kine.</param>
        /// <returns>This builder.</returns>
        public StorageBuilder Type(StorageType type)
        {
            _node.SetEnum(type, nameof(type));
            return this;
        }

        /// <summary>
        /// Configures <c>spec.storage.etcd</c>. etcd is k0s's default, so this writes no <c>type</c>, except after
        /// <see cref="Kine"/> or <c>Type(StorageType.Kine)</c>, which it switches back (<c>type: etcd</c>).
        /// </summary>
        /// <param name="configure">Sets the etcd values.</param>
        /// <returns>This builder.</returns>
        public StorageBuilder Etcd(Action<EtcdBuilder> configure)
        {
            Action<EtcdBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "e => e.PeerAddress(\"10.0.0.1\")");
            if (_node.Written(nameof(Type)) is StorageType.Kine)
            {
                _node.Set(StorageType.Etcd, nameof(Type));
            }
            action(new EtcdBuilder(_node.Open()));
            return this;
        }

        /// <summary>Chooses kine (<c>spec.storage.type: kine</c>) and configures <c>spec.storage.kine</c>.</summary>
        /// <param name="configure">Sets the kine values.</param>
        /// <returns>This builder.</returns>
        public StorageBuilder Kine(Action<KineBuilder> configure)
        {
            Action<KineBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "k => k.DataSource(\"mysql://user:pass@tcp(db:3306)/k0s\")");
            _node.Set(StorageType.Kine, nameof(Type));
            action(new KineBuilder(_node.Open()));
            return this;
        }
    }

    /// <summary>Configures <c>spec.storage.etcd</c>.</summary>
    public sealed class EtcdBuilder
    {
        private readonly ConfigNode _node;

        internal EtcdBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>peerAddress</c>, the address the controller uses for etcd peer traffic (default: the host's first public address).</summary>
        /// <param name="address">An IP address or a DNS name.</param>
        /// <returns>This builder.</returns>
        public EtcdBuilder PeerAddress(string address)
        {
            _node.SetText(address, nameof(address));
            return this;
        }

        /// <summary>Sets one entry of <c>extraArgs</c>, an extra etcd flag.</summary>
        /// <param name="name">The flag name, without leading dashes.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public EtcdBuilder ExtraArg(string name, string value)
        {
            _node.SetArg(name, value);
            return this;
        }

        /// <summary>
        /// Sets <c>spec.storage.etcd.rawArgs</c>: arguments k0s passes to etcd as written, after its extraArgs and unchecked (k0s 1.34 and later;
        /// prefer <c>ExtraArg</c>, which k0s merges with the flags it sets itself).
        /// </summary>
        /// <param name="args">The arguments, each as the command line takes it, such as <c>--v=4</c>.</param>
        /// <returns>This builder.</returns>
        public EtcdBuilder RawArgs(params string[] args)
        {
            _node.Set(Lists.Copy(args, nameof(args), _node.PathOf(), "arguments such as \"--v=4\""));
            return this;
        }

        /// <summary>
        /// Configures <c>externalCluster</c>: k0s uses an etcd cluster it does not run. Needs
        /// <see cref="ExternalClusterBuilder.Endpoints"/> and <see cref="ExternalClusterBuilder.EtcdPrefix"/>; the three TLS
        /// files go together. Checked by K0S906.
        /// </summary>
        /// <param name="configure">Sets the endpoints, the key prefix and the TLS files.</param>
        /// <returns>This builder.</returns>
        public EtcdBuilder ExternalCluster(Action<ExternalClusterBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "x => x.Endpoints(\"https://etcd.example.com:2379\").EtcdPrefix(\"k0s\")")(new ExternalClusterBuilder(_node.Open()));
            return this;
        }
    }

    /// <summary>Configures <c>spec.storage.etcd.externalCluster</c>.</summary>
    public sealed class ExternalClusterBuilder
    {
        private readonly ConfigNode _node;

        internal ExternalClusterBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>endpoints</c>, replacing any set before (required): the etcd members' client URLs. Checked by K0S906.</summary>
        /// <param name="endpoints">Such as <c>https://etcd1.example.com:2379</c>.</param>
        /// <returns>This builder.</returns>
        public ExternalClusterBuilder Endpoints(params string[] endpoints)
        {
            _node.SetList(Lists.Copy(endpoints, nameof(endpoints), _node.PathOf(), "URLs such as \"https://etcd.example.com:2379\""));
            return this;
        }

        /// <summary>Sets <c>etcdPrefix</c> (required): the key prefix that keeps this cluster's data apart from others in the same etcd. Checked by K0S906.</summary>
        /// <param name="prefix">Such as <c>k0s-prod</c>.</param>
        /// <returns>This builder.</returns>
        public ExternalClusterBuilder EtcdPrefix(string prefix)
        {
            _node.SetText(prefix, nameof(prefix));
            return this;
        }

        /// <summary>Sets <c>caFile</c>: the CA of etcd's certificates (a file on the controllers); all three TLS files or none. Checked by K0S906.</summary>
        /// <param name="path">The file's path.</param>
        /// <returns>This builder.</returns>
        public ExternalClusterBuilder CAFile(string path)
        {
            _node.SetText(path, nameof(path));
            return this;
        }

        /// <summary>Sets <c>clientCertFile</c>: the client certificate k0s presents to etcd; all three TLS files or none. Checked by K0S906.</summary>
        /// <param name="path">The file's path.</param>
        /// <returns>This builder.</returns>
        public ExternalClusterBuilder ClientCertFile(string path)
        {
            _node.SetText(path, nameof(path));
            return this;
        }

        /// <summary>Sets <c>clientKeyFile</c>: the client certificate's key; all three TLS files or none. Checked by K0S906.</summary>
        /// <param name="path">The file's path.</param>
        /// <returns>This builder.</returns>
        public ExternalClusterBuilder ClientKeyFile(string path)
        {
            _node.SetText(path, nameof(path));
            return this;
        }
    }

    /// <summary>Configures <c>spec.storage.kine</c>.</summary>
    public sealed class KineBuilder
    {
        private readonly ConfigNode _node;

        internal KineBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>dataSource</c>, kine's database (default: SQLite in k0s's data directory).</summary>
        /// <param name="dataSource">A data source such as <c>mysql://user:pass@tcp(db:3306)/k0s</c>.</param>
        /// <returns>This builder.</returns>
        public KineBuilder DataSource(string dataSource)
        {
            _node.SetText(dataSource, nameof(dataSource));
            return this;
        }

        /// <summary>
        /// Sets <c>spec.storage.kine.rawArgs</c>: arguments k0s passes to kine as written, after its extraArgs and unchecked (k0s 1.35 and later;
        /// prefer <c>ExtraArg</c>, which k0s merges with the flags it sets itself).
        /// </summary>
        /// <param name="args">The arguments, each as the command line takes it, such as <c>--v=4</c>.</param>
        /// <returns>This builder.</returns>
        public KineBuilder RawArgs(params string[] args)
        {
            _node.Set(Lists.Copy(args, nameof(args), _node.PathOf(), "arguments such as \"--v=4\""));
            return this;
        }

        /// <summary>Sets one entry of <c>spec.storage.kine.extraArgs</c>, an extra kine flag (k0s 1.35 and later).</summary>
        /// <param name="name">The flag name, without leading dashes.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public KineBuilder ExtraArg(string name, string value)
        {
            _node.SetArg(name, value);
            return this;
        }
    }
}
