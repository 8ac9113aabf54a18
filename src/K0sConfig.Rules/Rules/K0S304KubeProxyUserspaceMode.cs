using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S304: kube-proxy mode userspace was removed from Kubernetes.</summary>
    internal sealed class K0S304KubeProxyUserspaceMode : Rule
    {
        public K0S304KubeProxyUserspaceMode()
            : base(new RuleDescriptor(
                RuleIds.KubeProxyUserspaceMode,
                "kube-proxy userspace mode was removed",
                "kube-proxy mode userspace was removed in Kubernetes 1.26; k0s accepts it, but kube-proxy exits at start (\"must be iptables, ipvs, nftables or blank\"). Use iptables (the default), ipvs or nftables.",
                FindingSeverity.Error,
                RuleCategories.Provider,
                "k0s still lists userspace among kube-proxy's modes, but kube-proxy itself has rejected it since Kubernetes 1.26."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.KubeProxyMode, FieldPaths.KubeProxyDisabled };

        public override void Evaluate(RuleContext context)
        {
            ClusterFacts facts = context.Facts;
            if (facts.KubeProxyMode.IsKnown && facts.KubeProxyMode.Value == FieldValues.KubeProxyMode.Userspace
                && facts.KubeProxyDisabled.TryGetEffective(false, out bool disabled) && !disabled)
            {
                context.ReportFixable(this, FieldPaths.KubeProxyMode, facts.KubeProxyMode.Origin, FieldValues.KubeProxyMode.Iptables, "Use kube-proxy mode iptables (the default)", System.Array.Empty<object?>());
            }
        }
    }
}
