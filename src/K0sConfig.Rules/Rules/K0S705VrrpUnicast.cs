using System.Collections.Generic;
using K0sConfig.Rules.Parsing;

namespace K0sConfig.Rules
{
    /// <summary>K0S705: VRRP unicast peers without a valid source IP, a peer that is not an IP, or the source among the peers.</summary>
    internal sealed class K0S705VrrpUnicast : Rule
    {
        public K0S705VrrpUnicast()
            : base(new RuleDescriptor(
                RuleIds.VrrpUnicast,
                "VRRP unicast peers or source IP are not usable",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.LoadBalancing,
                "With unicastPeers, a VRRP instance needs a unicastSourceIP that is an IP address, every peer must be an IP address, and the source must not be among the peers; k0s rejects anything else."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.VrrpInstances };

        public override void Evaluate(RuleContext context)
        {
            IReadOnlyList<VrrpInstanceFacts> instances = context.KnownVrrpInstances;
            for (int i = 0; i < instances.Count; i++)
            {
                VrrpInstanceFacts instance = instances[i];
                Fact<IReadOnlyList<Fact<string>>> peers = instance.UnicastPeers;
                if (!peers.IsKnown || peers.Value == null || peers.Value.Count == 0)
                {
                    continue;
                }

                string key = "vrrpInstances[" + i.ToInvariant() + "]";
                string path = FieldPaths.VrrpInstance(i);
                Fact<string> source = instance.UnicastSourceIP;
                if (source.IsUnset || (source.IsKnown && !GoNet.IsIP(source.Value ?? string.Empty)))
                {
                    string value = source.IsKnown ? source.Value ?? string.Empty : string.Empty;
                    string what = source.IsUnset ? "has unicastPeers but no unicastSourceIP" : "'" + value + "' is not an IP address";
                    context.Report(this, path + ".unicastSourceIP", source.IsKnown ? source.Origin : peers.Origin, source.IsUnset ? key : key + ".unicastSourceIP", what, "k0s rejects it (\"controlPlaneLoadBalancing: UnicastPeers require a valid UnicastSourceIP. Got: " + value + "\")", "Set UnicastSourceIP(...) to this controller's IP address.");
                }

                for (int j = 0; j < peers.Value.Count; j++)
                {
                    Fact<string> peer = peers.Value[j];
                    if (!peer.IsKnown)
                    {
                        continue;
                    }

                    string value = peer.Value ?? string.Empty;
                    string peerKey = key + ".unicastPeers[" + j.ToInvariant() + "]";
                    if (!GoNet.IsIP(value))
                    {
                        context.Report(this, path + ".unicastPeers[" + j.ToInvariant() + "]", peer.Origin, peerKey, "'" + value + "' is not an IP address", "k0s rejects it (\"controlPlaneLoadBalancing: UnicastPeers require valid IP addresses. Got: " + value + "\")", "Use the other controllers' IP addresses; keepalived does not resolve names.");
                    }

                    if (source.IsKnown && value == source.Value)
                    {
                        context.Report(this, path + ".unicastPeers[" + j.ToInvariant() + "]", peer.Origin, peerKey, "'" + value + "' is the unicastSourceIP", "k0s rejects it (\"controlPlaneLoadBalancing: UnicastPeers must not contain the UnicastSourceIP. Got: " + value + "\")", "List only the other controllers as peers.");
                    }
                }
            }
        }
    }
}
