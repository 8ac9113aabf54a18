namespace K0sConfig.Rules
{
    /// <summary>
    /// The keys of k0sctl's <c>Cluster</c> document (<c>k0sctl.yaml</c>, apiVersion <c>k0sctl.k0sproject.io/v1beta1</c>),
    /// spelled as k0sctl v0.32's yaml tags spell them: the one place they are written. The YAML reader (whose table
    /// adds each key's type and the struct that holds it), the k0sctl builders, the importer and the k0sctl rules read
    /// them from here. Grouped by the k0sctl struct that first holds the key; a key several structs hold
    /// (<c>address</c>, <c>user</c>, <c>enabled</c>, ...) is one constant. <c>apiVersion</c>, <c>kind</c>,
    /// <c>metadata</c> and <c>spec</c> are the Kubernetes object keys the ClusterConfig has too: they are the catalogue's.
    /// </summary>
    public static class K0sctlKeys
    {
        // the document (v1beta1.Cluster): apiVersion, kind, metadata, spec.
        /// <summary><c>apiVersion</c>.</summary>
        public const string ApiVersion = FieldPaths.ApiVersion;

        /// <summary><c>kind</c>.</summary>
        public const string Kind = FieldPaths.Kind;

        /// <summary><c>metadata</c>.</summary>
        public const string Metadata = FieldPaths.Metadata;

        /// <summary><c>spec</c>.</summary>
        public const string Spec = FieldPaths.Spec;

        // metadata (v1beta1.ClusterMetadata): name, user.
        /// <summary><c>name</c>.</summary>
        public const string Name = "name";

        /// <summary><c>user</c>.</summary>
        public const string User = "user";

        // spec (cluster.Spec): hosts, k0s, options.
        /// <summary><c>hosts</c>.</summary>
        public const string Hosts = "hosts";

        /// <summary><c>k0s</c>.</summary>
        public const string K0s = "k0s";

        /// <summary><c>options</c>.</summary>
        public const string Options = "options";

        // spec.k0s (cluster.K0s): version, versionChannel, dynamicConfig, config.
        /// <summary><c>version</c>.</summary>
        public const string Version = "version";

        /// <summary><c>versionChannel</c>.</summary>
        public const string VersionChannel = "versionChannel";

        /// <summary><c>dynamicConfig</c>.</summary>
        public const string DynamicConfig = "dynamicConfig";

        /// <summary><c>config</c>.</summary>
        public const string Config = "config";

        // a host of spec.hosts (cluster.Host): ssh, winRM, openSSH, localhost, role, reset, privateInterface, privateAddress, dataDir, kubeletRootDir, environment, uploadBinary, useExistingK0s, k0sBinaryPath, k0sInstallPath, k0sDownloadURL, installFlags, files, os, hostname, noTaints, hooks.
        /// <summary><c>ssh</c>.</summary>
        public const string Ssh = "ssh";

        /// <summary><c>winRM</c>.</summary>
        public const string WinRM = "winRM";

        /// <summary><c>openSSH</c>.</summary>
        public const string OpenSSH = "openSSH";

        /// <summary><c>localhost</c>.</summary>
        public const string Localhost = "localhost";

        /// <summary><c>role</c>.</summary>
        public const string Role = "role";

        /// <summary><c>reset</c>.</summary>
        public const string Reset = "reset";

        /// <summary><c>privateInterface</c>.</summary>
        public const string PrivateInterface = "privateInterface";

        /// <summary><c>privateAddress</c>.</summary>
        public const string PrivateAddress = "privateAddress";

        /// <summary><c>dataDir</c>.</summary>
        public const string DataDir = "dataDir";

        /// <summary><c>kubeletRootDir</c>.</summary>
        public const string KubeletRootDir = "kubeletRootDir";

        /// <summary><c>environment</c>.</summary>
        public const string Environment = "environment";

        /// <summary><c>uploadBinary</c>.</summary>
        public const string UploadBinary = "uploadBinary";

        /// <summary><c>useExistingK0s</c>.</summary>
        public const string UseExistingK0s = "useExistingK0s";

        /// <summary><c>k0sBinaryPath</c>.</summary>
        public const string K0sBinaryPath = "k0sBinaryPath";

        /// <summary><c>k0sInstallPath</c>.</summary>
        public const string K0sInstallPath = "k0sInstallPath";

        /// <summary><c>k0sDownloadURL</c>.</summary>
        public const string K0sDownloadURL = "k0sDownloadURL";

        /// <summary><c>installFlags</c>.</summary>
        public const string InstallFlags = "installFlags";

        /// <summary><c>files</c>.</summary>
        public const string Files = "files";

        /// <summary><c>os</c>.</summary>
        public const string Os = "os";

        /// <summary><c>hostname</c>.</summary>
        public const string Hostname = "hostname";

        /// <summary><c>noTaints</c>.</summary>
        public const string NoTaints = "noTaints";

        /// <summary><c>hooks</c>.</summary>
        public const string Hooks = "hooks";

        // a host's ssh, and a bastion (rig's ssh.Config): address, user, port, keyPath, bastion, options.
        /// <summary><c>address</c>.</summary>
        public const string Address = "address";

        /// <summary><c>port</c>.</summary>
        public const string Port = "port";

        /// <summary><c>keyPath</c>.</summary>
        public const string KeyPath = "keyPath";

        /// <summary><c>bastion</c>.</summary>
        public const string Bastion = "bastion";

        // a host's winRM (rig's winrm.Config): address, user, port, password, useHTTPS, insecure, useNTLM, caCertPath, certPath, keyPath, tlsServerName, bastion.
        /// <summary><c>password</c>.</summary>
        public const string Password = "password";

        /// <summary><c>useHTTPS</c>.</summary>
        public const string UseHTTPS = "useHTTPS";

        /// <summary><c>insecure</c>.</summary>
        public const string Insecure = "insecure";

        /// <summary><c>useNTLM</c>.</summary>
        public const string UseNTLM = "useNTLM";

        /// <summary><c>caCertPath</c>.</summary>
        public const string CaCertPath = "caCertPath";

        /// <summary><c>certPath</c>.</summary>
        public const string CertPath = "certPath";

        /// <summary><c>tlsServerName</c>.</summary>
        public const string TlsServerName = "tlsServerName";

        // a host's openSSH (rig's openssh.Config): address, user, port, keyPath, configPath, options, disableMultiplexing.
        /// <summary><c>configPath</c>.</summary>
        public const string ConfigPath = "configPath";

        /// <summary><c>disableMultiplexing</c>.</summary>
        public const string DisableMultiplexing = "disableMultiplexing";

        // an entry of a host's files (cluster.UploadFile): name, src, data, dstDir, dst, perm, dirPerm, user, group.
        /// <summary><c>src</c>.</summary>
        public const string Src = "src";

        /// <summary><c>data</c>.</summary>
        public const string Data = "data";

        /// <summary><c>dstDir</c>.</summary>
        public const string DstDir = "dstDir";

        /// <summary><c>dst</c>.</summary>
        public const string Dst = "dst";

        /// <summary><c>perm</c>.</summary>
        public const string Perm = "perm";

        /// <summary><c>dirPerm</c>.</summary>
        public const string DirPerm = "dirPerm";

        /// <summary><c>group</c>.</summary>
        public const string Group = "group";

        // spec.options (cluster.Options): wait, drain, concurrency, evictTaint.
        /// <summary><c>wait</c>.</summary>
        public const string Wait = "wait";

        /// <summary><c>drain</c>.</summary>
        public const string Drain = "drain";

        /// <summary><c>concurrency</c>.</summary>
        public const string Concurrency = "concurrency";

        /// <summary><c>evictTaint</c>.</summary>
        public const string EvictTaint = "evictTaint";

        // spec.options.wait: enabled.
        /// <summary><c>enabled</c>.</summary>
        public const string Enabled = "enabled";

        // spec.options.drain: enabled, gracePeriod, timeout, force, ignoreDaemonSets, deleteEmptyDirData, podSelector, skipWaitForDeleteTimeout.
        /// <summary><c>gracePeriod</c>.</summary>
        public const string GracePeriod = "gracePeriod";

        /// <summary><c>timeout</c>.</summary>
        public const string Timeout = "timeout";

        /// <summary><c>force</c>.</summary>
        public const string Force = "force";

        /// <summary><c>ignoreDaemonSets</c>.</summary>
        public const string IgnoreDaemonSets = "ignoreDaemonSets";

        /// <summary><c>deleteEmptyDirData</c>.</summary>
        public const string DeleteEmptyDirData = "deleteEmptyDirData";

        /// <summary><c>podSelector</c>.</summary>
        public const string PodSelector = "podSelector";

        /// <summary><c>skipWaitForDeleteTimeout</c>.</summary>
        public const string SkipWaitForDeleteTimeout = "skipWaitForDeleteTimeout";

        // spec.options.concurrency: limit, workerDisruptionPercent, uploads.
        /// <summary><c>limit</c>.</summary>
        public const string Limit = "limit";

        /// <summary><c>workerDisruptionPercent</c>.</summary>
        public const string WorkerDisruptionPercent = "workerDisruptionPercent";

        /// <summary><c>uploads</c>.</summary>
        public const string Uploads = "uploads";

        // spec.options.evictTaint: enabled, taint, effect, controllerWorkers.
        /// <summary><c>taint</c>.</summary>
        public const string Taint = "taint";

        /// <summary><c>effect</c>.</summary>
        public const string Effect = "effect";

        /// <summary><c>controllerWorkers</c>.</summary>
        public const string ControllerWorkers = "controllerWorkers";
    }

    /// <summary>
    /// The closed sets of spellings the k0sctl document takes, as k0sctl v0.32 checks them: the one place they are
    /// written (the k0sctl builders' <c>[EnumMember]</c>s, the reader, the importer and the k0sctl rules read them here).
    /// </summary>
    public static class K0sctlValues
    {
        /// <summary><c>kind</c>: <c>Cluster</c>.</summary>
        public const string Cluster = "Cluster";

        /// <summary>A host's <c>role</c>: <c>controller</c>.</summary>
        public const string Controller = "controller";

        /// <summary>A host's <c>role</c>: <c>worker</c>.</summary>
        public const string Worker = "worker";

        /// <summary>A host's <c>role</c>: <c>controller+worker</c>.</summary>
        public const string ControllerWorker = "controller+worker";

        /// <summary>A host's <c>role</c>: <c>single</c>.</summary>
        public const string Single = "single";

        /// <summary><c>spec.k0s.versionChannel</c>: <c>stable</c>.</summary>
        public const string Stable = "stable";

        /// <summary><c>spec.k0s.versionChannel</c>: <c>latest</c>.</summary>
        public const string Latest = "latest";

        /// <summary><c>spec.options.evictTaint.effect</c>: <c>NoExecute</c>.</summary>
        public const string NoExecute = "NoExecute";

        /// <summary><c>spec.options.evictTaint.effect</c>: <c>NoSchedule</c>.</summary>
        public const string NoSchedule = "NoSchedule";

        /// <summary><c>spec.options.evictTaint.effect</c>: <c>PreferNoSchedule</c>.</summary>
        public const string PreferNoSchedule = "PreferNoSchedule";
    }
}
