using System.Collections.Generic;
using K0sConfig.Rules.Parsing;

namespace K0sConfig.Rules
{
    /// <summary>K0S109: a kube-proxy nodePortAddresses or ipvs.excludeCIDRs entry kube-proxy does not accept.</summary>
    internal sealed class K0S109InvalidKubeProxyIPBlock : Rule
    {
        public K0S109InvalidKubeProxyIPBlock()
            : base(new RuleDescriptor(
                RuleIds.InvalidKubeProxyIPBlock,
                "kube-proxy address range is not a CIDR",
                "{0} '{1}' {2}; k0s passes it on, and kube-proxy refuses to start (\"must be a valid IP block\"). {3}",
                FindingSeverity.Error,
                RuleCategories.Address,
                "kubeProxy.nodePortAddresses entries must be CIDRs (or 'primary', kube-proxy 1.29 and later) and kubeProxy.ipvs.excludeCIDRs entries CIDRs; k0s does not check them, kube-proxy's configuration validation does and kube-proxy exits."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.IpvsExcludeCidrs, FieldPaths.NodePortAddresses };

        public override void Evaluate(RuleContext context)
        {
            Check(context, context.Facts.NodePortAddresses, FieldPaths.NodePortAddresses, "kubeProxy.nodePortAddresses", allowPrimary: true);
            Check(context, context.Facts.IpvsExcludeCidrs, FieldPaths.IpvsExcludeCidrs, "kubeProxy.ipvs.excludeCIDRs", allowPrimary: false);
        }

        private void Check(RuleContext context, Fact<IReadOnlyList<Fact<string>>> list, string path, string key, bool allowPrimary)
        {
            if (!list.IsKnown || list.Value == null)
            {
                return;
            }

            for (int i = 0; i < list.Value.Count; i++)
            {
                Fact<string> entry = list.Value[i];
                if (!entry.IsKnown)
                {
                    continue;
                }

                string value = entry.Value ?? string.Empty;
                if ((allowPrimary && value == "primary") || GoNet.IsCidrSloppy(value))
                {
                    continue;
                }

                string what;
                string fix;
                if (GoNet.TryParseIP(value, out byte[] ip, out _))
                {
                    string bits = ip.Length == 16 && !GoNet.IsV4Mapped(ip) ? "/128" : "/32";
                    what = "is an address, not a CIDR";
                    fix = "Write it as a CIDR, such as " + value + bits + " for that address alone.";
                }
                else
                {
                    what = "is not a CIDR";
                    fix = allowPrimary
                        ? "Use CIDRs such as 10.0.0.0/24, or 'primary' for the node's primary addresses (kube-proxy 1.29 and later)."
                        : "Use CIDRs such as 10.0.0.0/24.";
                }

                context.Report(this, FieldPaths.Entry(path, i), entry.Origin, key + "[" + i.ToInvariant() + "]", value, what, fix);
            }
        }
    }
}
