using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S501: pod and service CIDRs overlap; an error when the service range covers the whole pod range.</summary>
    internal sealed class K0S501PodServiceOverlap : Rule
    {
        public K0S501PodServiceOverlap()
            : base(new RuleDescriptor(
                RuleIds.PodServiceOverlap,
                "Pod and service CIDRs overlap",
                "{0} '{1}' and {2} '{3}' overlap: {4}. Use ranges that do not overlap, such as {5} and {6}.",
                FindingSeverity.Error,
                RuleCategories.ServiceRange,
                "kube-controller-manager takes the service range out of the pod range before it hands out node ranges: if the service range covers the pod range, no node gets one; a partial overlap wastes node ranges and makes pod and service addresses ambiguous."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            NetworkView net = context.Network;
            Check(context, net.Pod, net.Service);
            if (net.DualStack == true)
            {
                Check(context, net.IPv6Pod, net.IPv6Service);
            }
        }

        private void Check(RuleContext context, CidrField pod, CidrField service)
        {
            if (!pod.IsArithmetic || !service.IsArithmetic || pod.IsIPv4 != service.IsIPv4)
            {
                return;
            }

            if (!pod.Cidr.Overlaps(service.Cidr))
            {
                return;
            }

            bool coversAll = service.Cidr.Covers(pod.Cidr);
            string consequence = coversAll
                ? "the service range covers the whole pod range, so kube-controller-manager has no node range left to give (\"CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range\") and nodes never become Ready"
                : "kube-controller-manager skips the node ranges that touch the service range, and addresses in the overlap are ambiguous to routing";
            FindingSeverity severity = coversAll ? FindingSeverity.Error : FindingSeverity.Warning;

            // The finding goes on whichever value was written (the service CIDR when both were).
            CidrField at = service.Fact.IsKnown ? service : pod;
            CidrField other = at == service ? pod : service;
            string[] examples = pod.IsIPv4 ? new[] { "10.244.0.0/16", "10.96.0.0/12" } : new[] { "fd00::/108", "fd01::/108" };
            context.Report(
                this,
                severity,
                at.Path,
                at.Origin,
                new object?[] { pod.Key, pod.Text, service.Key, service.Text, consequence, examples[0], examples[1] },
                new Related(other.Path, other.Origin));
        }
    }
}
