namespace K0sConfig.Rules
{
    /// <summary>
    /// What changed in k0s's checks and defaults from one release to another, each read in k0s's source at the release
    /// tag (file named) and checked against k0s's own validation built for the newest patch of each minor. The rules ask
    /// here instead of comparing version numbers of their own.
    /// </summary>
    internal static class VersionFacts
    {
        /// <summary>
        /// <c>primaryAddressFamily</c>, the one-family check of podCIDR and serviceCIDR, "if DualStack is enabled, podCIDR
        /// must be IPv4", the IPv6SingleStack feature gate and the IPv6 node mask /117: k0s 1.34.1
        /// (v1.34.1+k0s.0 pkg/apis/k0s/v1beta1/network.go, pkg/component/controller/controllermanager.go).
        /// </summary>
        public static bool HasAddressFamilyChecks(K0sVersion v) => v.IsAtLeast(34, 1);

        /// <summary>"IPv6 service CIDR prefix must be &lt;= 108" and "must be an IPv6 CIDR, not IPv4": k0s 1.35.1 (v1.35.1+k0s.0 pkg/apis/k0s/v1beta1/network.go).</summary>
        public static bool HasIPv6ServiceChecks(K0sVersion v) => v.IsAtLeast(35, 1);

        /// <summary>
        /// api.port and api.k0sApiPort checked as ports (1..65535), and 0 replaced with their defaults: k0s 1.30
        /// (v1.30.0+k0s.0 pkg/apis/k0s/v1beta1/api.go: APISpec.Validate's IsValidPortNum, APISpec.UnmarshalJSON; the per-minor
        /// oracles: 1.29.15 accepts api.port 70000).
        /// </summary>
        public static bool ChecksApiPorts(K0sVersion v) => v.IsAtLeast(30);

        /// <summary>
        /// An empty api.address replaced with the host's first public address: k0s 1.30 (the same APISpec.UnmarshalJSON
        /// as <see cref="ChecksApiPorts"/>); before, Validate refuses it ("invalid IP address").
        /// </summary>
        public static bool FillsInEmptyApiAddress(K0sVersion v) => ChecksApiPorts(v);

        /// <summary>
        /// storage.type checked (etcd, kine; "Required value" when empty): k0s 1.31 (v1.31.1+k0s.0 pkg/apis/k0s/v1beta1/storage.go;
        /// before, the controller refuses it at start: cmd/controller/controller.go "invalid storage type: %s").
        /// </summary>
        public static bool ChecksStorageType(K0sVersion v) => v.IsAtLeast(31);

        /// <summary>
        /// kubeProxy.metricsBindAddress checked as host:port (and healthzBindAddress added): k0s 1.36.1 (v1.36.1+k0s.0
        /// pkg/apis/k0s/v1beta1/kubeproxy.go; before, the value reaches kube-proxy's configuration unchecked).
        /// </summary>
        public static bool ChecksKubeProxyBindAddresses(K0sVersion v) => v.IsAtLeast(36, 1);

        /// <summary>
        /// spec.extensions.storage neither checked nor used: k0s 1.31 (v1.31.1+k0s.0; 1.30.14 storageextensions.go checks the
        /// type and create_default_storage_class; the per-minor oracles: 1.30 refuses type 'text', 1.31 takes it).
        /// </summary>
        public static bool IgnoresStorageExtension(K0sVersion v) => v.IsAtLeast(31);

        /// <summary>kube-proxy mode <c>nftables</c>: k0s 1.31 (v1.31.1+k0s.0 pkg/apis/k0s/v1beta1/kubeproxy.go).</summary>
        public static bool HasNftables(K0sVersion v) => v.IsAtLeast(31);

        /// <summary>calico.mode checked (bird, vxlan, ipip; "Required value" when empty): k0s 1.31 (v1.31.1+k0s.0 pkg/apis/k0s/v1beta1/calico.go).</summary>
        public static bool ChecksCalicoMode(K0sVersion v) => v.IsAtLeast(31);

        /// <summary>
        /// With provider kuberouter the calico block is dropped while decoding: k0s 1.33.1 (v1.33.1+k0s.0
        /// pkg/apis/k0s/v1beta1/network.go UnmarshalJSON); before, it stays beside kube-router's defaults and is validated
        /// (calico.mode from 1.31; the per-minor oracles: 1.31.14 and 1.32.13 refuse calico.mode 'text' with kube-router).
        /// </summary>
        public static bool DropsCalicoWithKubeRouter(K0sVersion v) => v.IsAtLeast(33, 1);

        /// <summary>"invalid INADDR_ANY" for api.address and api.externalAddress 0.0.0.0 / ::: k0s 1.31.1 (v1.31.1+k0s.0 pkg/apis/k0s/v1beta1/api.go).</summary>
        public static bool RejectsUnspecifiedAddress(K0sVersion v) => v.IsAtLeast(31, 1);

        /// <summary>
        /// api.externalAddress as host:port: k0s 1.31.13, 1.32.10, 1.33.6 and 1.34.1 (pkg/apis/k0s/v1beta1/api.go at those
        /// tags: net.SplitHostPort; the patch before each rejects it with "invalid IP address / DNS name").
        /// </summary>
        public static bool AcceptsExternalAddressPort(K0sVersion v)
            => v.IsAtLeast(34, 1) || (v.Minor == 33 && v.IsAtLeast(33, 6)) || (v.Minor == 32 && v.IsAtLeast(32, 10)) || (v.Minor == 31 && v.IsAtLeast(31, 13));

        /// <summary>Node-local load balancing type <c>Traefik</c>: k0s 1.36.1 (v1.36.1+k0s.0 pkg/apis/k0s/v1beta1/nllb.go; before, "supported values: \"EnvoyProxy\"").</summary>
        public static bool HasTraefik(K0sVersion v) => v.IsAtLeast(36, 1);

        /// <summary>
        /// A VRRP instance's <c>interface</c> written as a MAC address is looked up among the machine's NICs: k0s 1.34
        /// (pkg/apis/k0s/v1beta1/cplb.go validateVRRPInstances: <c>net.ParseMAC</c> then <c>macToInterfaceName</c>; not in 1.33.13).
        /// </summary>
        public static bool LooksUpMacInterface(K0sVersion v) => v.IsAtLeast(34);

        /// <summary>
        /// A worker profile without <c>values</c> is safe: k0s 1.34 (before, pkg/apis/k0s/v1beta1 workerprofile.go
        /// <c>Validate</c> reads <c>wp.Config.Raw</c> through a nil pointer and k0s crashes; k0s-validate 1.27 to 1.33 panic).
        /// </summary>
        public static bool WorkerProfileWithoutValuesIsSafe(K0sVersion v) => v.IsAtLeast(34);

        /// <summary>Worker profile names checked as lowercase RFC 1123 labels (and required): k0s 1.34 (the per-minor oracles: 1.33.13 accepts any name).</summary>
        public static bool ChecksWorkerProfileNames(K0sVersion v) => v.IsAtLeast(34);

        /// <summary>
        /// Worker profile values: from k0s 1.34 a reserved kubelet field counts when it is set (not empty), and apiVersion/kind
        /// are compared; before, any of clusterDNS, clusterDomain, apiVersion, kind and staticPodURL written at all is refused
        /// ("field `X` is prohibited to override in worker profile"; 1.33.13 workerprofile.go lockedFields).
        /// </summary>
        public static bool ChecksWorkerProfileValuesBySetting(K0sVersion v) => v.IsAtLeast(34);

        /// <summary>
        /// Worker profile values decoded into the kubelet's KubeletConfiguration (type errors refused, "workerProfiles[i].values:
        /// Invalid value: json: cannot unmarshal ..."): k0s 1.34 (v1.34.1+k0s.0 pkg/apis/k0s/v1beta1/workerprofile.go
        /// validateConfig; v1.33.13+k0s.1 decodes them into a map[string]interface{} and only looks at the keys).
        /// </summary>
        public static bool DecodesWorkerProfileValues(K0sVersion v) => v.IsAtLeast(34);

        /// <summary>Image names and versions checked (ImageSpec.Validate): k0s 1.31 (the per-minor oracles: 1.30.14 accepts any; default_pull_policy is checked in every version).</summary>
        public static bool ChecksImages(K0sVersion v) => v.IsAtLeast(31);

        /// <summary>
        /// The cluster DNS address checked against the service CIDR ("failed to calculate DNS address: CIDR too narrow"): k0s
        /// 1.31.3 (v1.31.3+k0s.0 pkg/apis/k0s/v1beta1/network.go DNSAddress, "Correctly detect DNS address computation
        /// errors"). Before (v1.31.2+k0s.0 and v1.27.16+k0s.0 network.go), DNSAddress changes the network address in place
        /// and then asks whether the changed network contains the changed address, which always holds: an IPv4 /31 gets
        /// network + 2 as its DNS address, outside the range, and k0s goes on. The API service address (network + 1, "can't
        /// build internal API address" for a /32) is checked in every version.
        /// </summary>
        public static bool ChecksDnsAddressInRange(K0sVersion v) => v.IsAtLeast(31, 3);

        /// <summary>
        /// A cluster DNS address computed for an IPv6 service CIDR: k0s 1.34 (v1.34.1+k0s.0 network.go DNSAddress); from
        /// 1.31.3 to 1.33 (v1.33.13+k0s.1) k0s refuses to ("unsupported operation: DNS address calculation for non-v4 CIDR").
        /// </summary>
        public static bool ComputesIPv6DnsAddress(K0sVersion v) => v.IsAtLeast(34);

        /// <summary>The version that brought a check, for messages: "k0s 1.34.1".</summary>
        public static string Since(int minor, int patch) => "k0s 1." + minor.ToInvariant() + "." + patch.ToInvariant();
    }
}
