using System.Collections.Generic;
using K0sConfig.Rules.Parsing;

namespace K0sConfig.Rules
{
    /// <summary>K0S704: a VRRP instance without virtual IPs, or with one that is not a CIDR.</summary>
    internal sealed class K0S704VrrpVirtualIPs : Rule
    {
        public K0S704VrrpVirtualIPs()
            : base(new RuleDescriptor(
                RuleIds.VrrpVirtualIPs,
                "VRRP virtual IPs are missing or not CIDRs",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.LoadBalancing,
                "Every keepalived VRRP instance needs at least one virtual IP, written as a CIDR (Go net.ParseCIDR), such as 192.168.1.200/24; k0s rejects anything else."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.VrrpInstances };

        public override void Evaluate(RuleContext context)
        {
            IReadOnlyList<VrrpInstanceFacts> instances = context.KnownVrrpInstances;
            for (int i = 0; i < instances.Count; i++)
            {
                VrrpInstanceFacts instance = instances[i];
                string key = "vrrpInstances[" + i.ToInvariant() + "]";
                Fact<IReadOnlyList<Fact<string>>> vips = instance.VirtualIPs;
                if (vips.IsUnset || (vips.IsKnown && (vips.Value == null || vips.Value.Count == 0)))
                {
                    context.Report(this, FieldPaths.VrrpInstance(i) + ".virtualIPs", vips.IsKnown ? vips.Origin : instance.Origin, key, "has no virtualIPs", "k0s rejects it (\"controlPlaneLoadBalancing: VirtualIPs must be defined\")", "Set VirtualIPs(...) to the virtual IP as a CIDR, such as 192.168.1.200/24.");
                    continue;
                }

                if (!vips.IsKnown)
                {
                    continue;
                }

                for (int j = 0; j < vips.Value!.Count; j++)
                {
                    Fact<string> vip = vips.Value[j];
                    if (!vip.IsKnown || GoNet.TryParseCidr(vip.Value ?? string.Empty, out _, out _))
                    {
                        continue;
                    }

                    string value = vip.Value ?? string.Empty;
                    string fix = GoNet.TryParseIP(value, out _, out _)
                        ? "Add the prefix length of the network the address is in, such as " + value + (value.IndexOf(':') >= 0 ? "/64" : "/24") + "."
                        : "Use a CIDR such as 192.168.1.200/24.";
                    context.Report(this, FieldPaths.VrrpInstance(i) + ".virtualIPs[" + j.ToInvariant() + "]", vip.Origin, key + ".virtualIPs[" + j.ToInvariant() + "]", "'" + value + "' is not a CIDR", "k0s rejects it (\"controlPlaneLoadBalancing: VirtualIPs must be a CIDR. Got: " + value + "\")", fix);
                }
            }
        }
    }
}
