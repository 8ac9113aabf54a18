using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S107: a field with a closed set of values (provider, calico.mode, kubeProxy.mode, primaryAddressFamily, nodeLocalLoadBalancing.type, lbAlgo, lbKind, storage.type) holds another.</summary>
    internal sealed class K0S107UnsupportedValue : Rule
    {
        public K0S107UnsupportedValue()
            : base(new RuleDescriptor(
                RuleIds.UnsupportedValue,
                "Value is not one k0s supports",
                "{0} '{1}' is not one of {2}; k0s rejects it (\"{3}\"). Use one of {2}.",
                FindingSeverity.Error,
                RuleCategories.Provider,
                "provider, calico.mode, kubeProxy.mode, primaryAddressFamily, nodeLocalLoadBalancing.type, controlPlaneLoadBalancing.type, the node-local proxies' imagePullPolicy, the keepalived virtual servers' lbAlgo and lbKind, and storage.type take one of a fixed, case-sensitive set of values; k0s rejects anything else. In C# the enums make this hard to get wrong: the analyzers report a constant cast such as (CalicoMode)42, and the builder refuses one at run time."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = ReadsOf(NetworkView.Reads, FieldPaths.CalicoMode, FieldPaths.KubeProxyDisabled, FieldPaths.KubeProxyMode, FieldPaths.NodeLocalLoadBalancingType, FieldPaths.EnvoyProxyImagePullPolicy, FieldPaths.TraefikImagePullPolicy, FieldPaths.ControlPlaneLoadBalancingType, FieldPaths.VirtualServers, FieldPaths.StorageType);

        public override void Evaluate(RuleContext context)
        {
            ClusterFacts facts = context.Facts;
            Check(context, facts.Provider, FieldPaths.Provider, "kuberouter, calico, custom", "Unsupported value", null, Providers);
            Check(context, facts.PrimaryAddressFamily, FieldPaths.PrimaryAddressFamily, "IPv4, IPv6", "Unsupported value", null, Families);

            // k0s drops the calico block when the provider is kube-router (from 1.33.1; 1.31 and 1.32 keep and validate
            // it), and validates it otherwise (from k0s 1.31: v1.31.1+k0s.0 pkg/apis/k0s/v1beta1/calico.go; 1.30 and older
            // take any mode).
            string? provider = context.Network.Provider;
            K0sVersion version = context.Options.Version;
            if (provider != null && (provider != FieldValues.NetworkProvider.Kuberouter || !VersionFacts.DropsCalicoWithKubeRouter(version)) && VersionFacts.ChecksCalicoMode(version))
            {
                Check(context, facts.CalicoMode, FieldPaths.CalicoMode, "bird, vxlan, ipip", "Unsupported value", null, CalicoModes);
            }

            if (facts.KubeProxyDisabled.TryGetEffective(false, out bool disabled) && !disabled)
            {
                // k0s: fmt.Errorf("unsupported mode %s for kubeProxy config", mode), also for an empty mode.
                // nftables from k0s 1.31 (v1.31.1+k0s.0 pkg/apis/k0s/v1beta1/kubeproxy.go).
                bool nftables = VersionFacts.HasNftables(version);
                Check(context, facts.KubeProxyMode, FieldPaths.KubeProxyMode, nftables ? "iptables, ipvs, nftables" : "iptables, ipvs (nftables from k0s 1.31)", "unsupported mode ", " for kubeProxy config", nftables ? ProxyModes : ProxyModesBefore131);
            }

            // Node-local load balancing's type, whenever the block is written (nllb.go); Traefik from k0s 1.36.1. An empty
            // type is the default (EnvoyProxy).
            bool traefik = VersionFacts.HasTraefik(version);
            Check(context, facts.NodeLocalLoadBalancingType, FieldPaths.NodeLocalLoadBalancingType, traefik ? "EnvoyProxy, Traefik" : "EnvoyProxy (Traefik from k0s 1.36.1)", "Unsupported value", null, traefik ? NllbTypes : NllbTypesBefore1361);

            // The node-local proxies' pull policy, whenever the block is written, even disabled (nllb.go validateProxyConfig:
            // corev1.PullPolicy values; empty: k0s's default). Every version.
            Check(context, facts.EnvoyProxyImagePullPolicy, FieldPaths.EnvoyProxyImagePullPolicy, "Always, Never, IfNotPresent", "Unsupported value", null, PullPolicies);
            Check(context, facts.TraefikImagePullPolicy, FieldPaths.TraefikImagePullPolicy, "Always, Never, IfNotPresent", "Unsupported value", null, PullPolicies);

            // Control plane load balancing's type, whenever the block is written, even disabled (cplb.go: "" means
            // Keepalived; case-sensitive). The block exists from k0s 1.30 (K0S808/K0S801 before).
            Check(context, facts.ControlPlaneLoadBalancingType, FieldPaths.ControlPlaneLoadBalancingType, FieldValues.ControlPlaneLoadBalancingType.Keepalived, "controlPlaneLoadBalancing: unsupported CPLB type: ", ". Only allowed value: Keepalived", CplbTypes);

            // The storage type, whenever written (storage.go StorageSpec.Validate from 1.31: "Required value" when empty;
            // before, the controller refuses it at start).
            bool checksStorage = VersionFacts.ChecksStorageType(version);
            Check(context, facts.StorageType, FieldPaths.StorageType, FieldValues.StorageType.Etcd + ", " + FieldValues.StorageType.Kine, checksStorage ? "Unsupported value" : "invalid storage type: ", checksStorage ? null : string.Empty, StorageTypes);

            // k0s validates the keepalived block whenever it is present, even with CPLB disabled.
            if (facts.VirtualServers.IsKnown && facts.VirtualServers.Value != null)
            {
                for (int i = 0; i < facts.VirtualServers.Value.Count; i++)
                {
                    VirtualServerFacts server = facts.VirtualServers.Value[i];
                    string path = FieldPaths.VirtualServer(i);
                    Check(context, server.LbAlgo, path + ".lbAlgo", "rr, wrr, lc, wlc, lblc, dh, sh, sed, nq", "controlPlaneLoadBalancing: invalid LBAlgo: ", " ", LbAlgos);
                    Check(context, server.LbKind, path + ".lbKind", "NAT, DR, TUN", "controlPlaneLoadBalancing: invalid LBKind: ", " ", LbKinds);
                }
            }
        }

        // The values each field accepts (made once: this rule runs for every chain and every call checked on its own).
        private static readonly string[] Providers = { FieldValues.NetworkProvider.Kuberouter, FieldValues.NetworkProvider.Calico, FieldValues.NetworkProvider.Custom };
        private static readonly string[] Families = { string.Empty, FieldValues.IPFamily.IPv4, FieldValues.IPFamily.IPv6 };
        private static readonly string[] CalicoModes = { FieldValues.CalicoMode.Bird, FieldValues.CalicoMode.Vxlan, FieldValues.CalicoMode.Ipip };
        private static readonly string[] ProxyModes = { FieldValues.KubeProxyMode.Iptables, FieldValues.KubeProxyMode.Ipvs, FieldValues.KubeProxyMode.Nftables, FieldValues.KubeProxyMode.Userspace };
        private static readonly string[] ProxyModesBefore131 = { FieldValues.KubeProxyMode.Iptables, FieldValues.KubeProxyMode.Ipvs, FieldValues.KubeProxyMode.Userspace };
        private static readonly string[] LbAlgos = { FieldValues.KeepalivedLbAlgo.Rr, FieldValues.KeepalivedLbAlgo.Wrr, FieldValues.KeepalivedLbAlgo.Lc, FieldValues.KeepalivedLbAlgo.Wlc, FieldValues.KeepalivedLbAlgo.Lblc, FieldValues.KeepalivedLbAlgo.Dh, FieldValues.KeepalivedLbAlgo.Sh, FieldValues.KeepalivedLbAlgo.Sed, FieldValues.KeepalivedLbAlgo.Nq };
        private static readonly string[] LbKinds = { FieldValues.KeepalivedLbKind.NAT, FieldValues.KeepalivedLbKind.DR, FieldValues.KeepalivedLbKind.TUN };
        private static readonly string[] PullPolicies = { string.Empty, FieldValues.ImagePullPolicy.Always, FieldValues.ImagePullPolicy.Never, FieldValues.ImagePullPolicy.IfNotPresent };
        private static readonly string[] CplbTypes = { string.Empty, FieldValues.ControlPlaneLoadBalancingType.Keepalived };
        private static readonly string[] NllbTypes = { string.Empty, FieldValues.NodeLocalLoadBalancingType.EnvoyProxy, FieldValues.NodeLocalLoadBalancingType.Traefik };
        private static readonly string[] StorageTypes = { FieldValues.StorageType.Etcd, FieldValues.StorageType.Kine };
        private static readonly string[] NllbTypesBefore1361 = { string.Empty, FieldValues.NodeLocalLoadBalancingType.EnvoyProxy };

        // k0s's error is k0sMessage, or with afterValue, k0sMessage + the value + afterValue (as k0s prints it).
        private void Check(RuleContext context, Fact<string> fact, string path, string shown, string k0sMessage, string? afterValue, string[] allowed)
        {
            // An empty lbAlgo or lbKind is k0s's default, not a mistake.
            if (!fact.IsKnown || System.Array.IndexOf(allowed, fact.Value ?? string.Empty) >= 0 || (fact.Value?.Length == 0 && path.StartsWith(FieldPaths.VirtualServers, System.StringComparison.Ordinal)))
            {
                return;
            }

            string field = FieldPaths.Shown(path);
            string message = afterValue != null ? k0sMessage + fact.Value + afterValue
                : fact.Value?.Length == 0 ? "Required value"
                : k0sMessage;
            context.Report(this, path, fact.Origin, field, fact.Value, shown, message);
        }
    }
}
