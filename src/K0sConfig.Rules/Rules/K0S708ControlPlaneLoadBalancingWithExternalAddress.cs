using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S708: control plane load balancing enabled together with api.externalAddress.</summary>
    internal sealed class K0S708ControlPlaneLoadBalancingWithExternalAddress : Rule
    {
        public K0S708ControlPlaneLoadBalancingWithExternalAddress()
            : base(new RuleDescriptor(
                RuleIds.ControlPlaneLoadBalancingWithExternalAddress,
                "Control plane load balancing with an external address",
                "control plane load balancing is enabled together with api.externalAddress '{0}'; k0s accepts this and disables its endpoint reconciler, as with --disable-components=endpoint-reconciler (k0s docs/cplb.md), so the kubernetes service's endpoints are left to kube-apiserver. Make sure '{0}' reaches the keepalived virtual IP or another load balancer in front of the controllers.",
                FindingSeverity.Info,
                RuleCategories.LoadBalancing,
                "With api.externalAddress set, control plane load balancing implicitly disables k0s's endpoint reconciler. k0s accepts the combination; this says what it changes."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.ControlPlaneLoadBalancingEnabled, FieldPaths.ExternalAddress };

        public override void Evaluate(RuleContext context)
        {
            Fact<bool> enabled = context.Facts.ControlPlaneLoadBalancingEnabled;
            Fact<string> external = context.Facts.ExternalAddress;
            if (enabled.IsKnown && enabled.Value && external.IsKnown && !string.IsNullOrEmpty(external.Value))
            {
                context.Report(this, Descriptor.DefaultSeverity, FieldPaths.ControlPlaneLoadBalancingEnabled, enabled.Origin, new object?[] { external.Value }, new Related(FieldPaths.ExternalAddress, external.Origin));
            }
        }
    }
}
