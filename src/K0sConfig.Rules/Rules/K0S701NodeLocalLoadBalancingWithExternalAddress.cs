using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S701: node-local load balancing enabled together with api.externalAddress.</summary>
    internal sealed class K0S701NodeLocalLoadBalancingWithExternalAddress : Rule
    {
        public K0S701NodeLocalLoadBalancingWithExternalAddress()
            : base(new RuleDescriptor(
                RuleIds.NodeLocalLoadBalancingWithExternalAddress,
                "Node-local load balancing with an external address",
                "node-local load balancing is enabled together with api.externalAddress '{0}'; k0s rejects this (\"node-local load balancing cannot be used in conjunction with an external Kubernetes API server address\"). Remove api.externalAddress or disable node-local load balancing.",
                FindingSeverity.Error,
                RuleCategories.LoadBalancing,
                "Node-local load balancing replaces the external load balancer: workers reach the API servers through a local proxy, so k0s does not allow both."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.NodeLocalLoadBalancingEnabled, FieldPaths.ExternalAddress };

        public override void Evaluate(RuleContext context)
        {
            ClusterFacts facts = context.Facts;
            Fact<bool> enabled = facts.NodeLocalLoadBalancingEnabled;
            Fact<string> external = facts.ExternalAddress;
            if (enabled.IsKnown && enabled.Value && external.IsKnown && !string.IsNullOrEmpty(external.Value))
            {
                string path = FieldPaths.NodeLocalLoadBalancingEnabled;
                IReadOnlyList<FindingFix> fixes = RuleContext.Offered(
                    context.Offer(this, path, RuleContext.Fix("remove-external", "Remove api.externalAddress", FixEdit.Remove(external.Origin)), f => f.ExternalAddress = Fact<string>.Unset),
                    context.Offer(this, path, RuleContext.Fix("disable", "Turn node-local load balancing off", FixEdit.Replace(enabled.Origin, "false")), f => f.NodeLocalLoadBalancingEnabled = Fact<bool>.Known(false, enabled.Origin)));
                context.Report(this, Descriptor.DefaultSeverity, path, enabled.Origin, new object?[] { external.Value }, fixes, new Related(FieldPaths.ExternalAddress, external.Origin));
            }
        }
    }
}
