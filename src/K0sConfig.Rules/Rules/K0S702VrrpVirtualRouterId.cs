using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S702: a VRRP instance's virtualRouterID outside 1..255, automatic ids past 255, or more than 255 instances.</summary>
    internal sealed class K0S702VrrpVirtualRouterId : Rule
    {
        public K0S702VrrpVirtualRouterId()
            : base(new RuleDescriptor(
                RuleIds.VrrpVirtualRouterId,
                "VRRP virtual router id is out of range",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.LoadBalancing,
                "A keepalived VRRP instance's virtualRouterID must be from 1 to 255. Without one, k0s numbers the instances 51, 52, ... and fails past 255 (index 204); the CRD allows at most 255 instances."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.VrrpInstances };

        public override void Evaluate(RuleContext context)
        {
            Fact<IReadOnlyList<VrrpInstanceFacts>> instances = context.Facts.VrrpInstances;
            if (!instances.IsKnown || instances.Value == null)
            {
                return;
            }

            if (instances.Value.Count > 255)
            {
                context.Report(this, FieldPaths.VrrpInstances, instances.Value[255].Origin ?? instances.Origin, "keepalived.vrrpInstances", "has " + instances.Value.Count.ToInvariant() + " instances", "the k0s CRD allows at most 255 (maxItems), so the Kubernetes API server refuses the ClusterConfig, and VRRP has only 255 router ids", "Use at most 255 instances; one instance can hold several virtual IPs.");
            }

            for (int i = 0; i < instances.Value.Count; i++)
            {
                VrrpInstanceFacts instance = instances.Value[i];
                string key = "vrrpInstances[" + i.ToInvariant() + "]";
                Fact<long> id = instance.VirtualRouterId;
                if (id.IsKnown && id.Value != 0 && (id.Value < 1 || id.Value > 255))
                {
                    context.Report(this, FieldPaths.VrrpInstance(i) + ".virtualRouterID", id.Origin, key + ".virtualRouterID", id.Value.ToInvariant() + " is outside 1..255", "k0s rejects it (\"controlPlaneLoadBalancing: VirtualRouterID must be in the range of 1-255\")", "Use an id from 1 to 255, the same on every controller and used by no other VRRP router in the network.");
                }
                else if ((id.IsUnset || (id.IsKnown && id.Value == 0)) && 51 + i > 255)
                {
                    context.Report(this, FieldPaths.VrrpInstance(i) + ".virtualRouterID", instance.Origin, key, "has no virtualRouterID, and k0s's automatic ids (51 + the index) end at 255 with index 204", "k0s rejects it (\"controlPlaneLoadBalancing: automatic virtualRouterIDs exceeded, specify them explicitly\")", "Set VirtualRouterId(...) from 1 to 255 on it.");
                }
            }
        }
    }
}
