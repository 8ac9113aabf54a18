using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S110: kube-proxy's iptables or nftables masqueradeBit outside 0..31.</summary>
    internal sealed class K0S110MasqueradeBitOutOfRange : Rule
    {
        public K0S110MasqueradeBitOutOfRange()
            : base(new RuleDescriptor(
                RuleIds.MasqueradeBitOutOfRange,
                "kube-proxy masquerade bit is out of range",
                "{0} {1} is outside 0..31; k0s passes it on, and kube-proxy refuses to start (\"must be within the range [0, 31]\"). Use a bit from 0 to 31 that no other component uses, such as 14 (kube-proxy's default).",
                FindingSeverity.Error,
                RuleCategories.Address,
                "kubeProxy.iptables.masqueradeBit and kubeProxy.nftables.masqueradeBit select a bit of the 32-bit packet mark; kube-proxy's configuration validation refuses anything outside 0..31."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.IptablesMasqueradeBit, FieldPaths.NftablesMasqueradeBit };

        public override void Evaluate(RuleContext context)
        {
            Check(context, context.Facts.IptablesMasqueradeBit, FieldPaths.IptablesMasqueradeBit, "kubeProxy.iptables.masqueradeBit");
            Check(context, context.Facts.NftablesMasqueradeBit, FieldPaths.NftablesMasqueradeBit, "kubeProxy.nftables.masqueradeBit");
        }

        private void Check(RuleContext context, Fact<long> bit, string path, string key)
        {
            if (bit.IsKnown && (bit.Value < 0 || bit.Value > 31))
            {
                context.Report(this, path, bit.Origin, key, bit.Value);
            }
        }
    }
}
