using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S305: kube-router on single-stack IPv6 does not pass Kubernetes network conformance.</summary>
    internal sealed class K0S305KubeRouterIPv6SingleStack : Rule
    {
        public K0S305KubeRouterIPv6SingleStack()
            : base(new RuleDescriptor(
                RuleIds.KubeRouterIPv6SingleStack,
                "kube-router on single-stack IPv6",
                "kube-router on single-stack IPv6 (podCIDR '{0}') does not pass the Kubernetes network conformance tests (k0s docs, single-stack IPv6). Consider Calico for an IPv6-only cluster.",
                FindingSeverity.Info,
                RuleCategories.Provider,
                "The k0s documentation for single-stack IPv6 warns that kube-router on IPv6 does not pass the Kubernetes network conformance tests."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            NetworkView net = context.Network;
            if (net.Provider == FieldValues.NetworkProvider.Kuberouter && net.SingleStackIPv6 == true)
            {
                context.Report(this, Descriptor.DefaultSeverity, FieldPaths.Provider, net.ProviderOrigin ?? net.Pod.Origin, new object?[] { net.Pod.Text }, new Related(net.Pod.Path, net.Pod.Origin));
            }
        }
    }
}
