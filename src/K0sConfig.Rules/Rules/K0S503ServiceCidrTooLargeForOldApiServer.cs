using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S503: a service CIDR larger than kube-apiserver before Kubernetes 1.34 accepts (/12 IPv4, /108 IPv6).</summary>
    internal sealed class K0S503ServiceCidrTooLargeForOldApiServer : Rule
    {
        public K0S503ServiceCidrTooLargeForOldApiServer()
            : base(new RuleDescriptor(
                RuleIds.ServiceCidrTooLargeForOldApiServer,
                "Service CIDR is too large for kube-apiserver before 1.34",
                "serviceCIDR '{0}' has prefix /{1}, larger than /{2}: kube-apiserver before Kubernetes 1.34 (k0s before 1.34) refuses it (\"specified --service-cluster-ip-range is too large\"); newer versions accept it. Use /{2} or a longer prefix to run on every version.",
                FindingSeverity.Warning,
                RuleCategories.ServiceRange,
                "Until Kubernetes 1.33 kube-apiserver limited a service range to 2^20 addresses (/12 for IPv4, /108 for IPv6); from 1.34 the new service IP allocator lifts the limit."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            // With a k0s version chosen the rule answers for its kube-apiserver: k0s 1.x ships Kubernetes 1.x, so from 1.34
            // the range is accepted, and before it kube-apiserver refuses it (an error); with none chosen it warns.
            CidrField service = context.Network.Service;
            ValidationOptions options = context.Options;
            if (!service.Fact.IsKnown || !service.IsArithmetic || (options.IsVersionStated && options.Version.IsAtLeast(34)))
            {
                return;
            }

            int limit = service.Cidr.FamilyBits == 32 ? 12 : 108;
            if (service.Cidr.FamilyPrefix < limit)
            {
                string narrower = new System.Net.IPNetwork2(service.Cidr.ToNetwork().Network, (byte)limit).Network + "/" + limit.ToInvariant();
                context.Report(
                    this,
                    options.IsVersionStated ? FindingSeverity.Error : Descriptor.DefaultSeverity,
                    service.Path,
                    service.Origin,
                    new object?[] { service.Text, service.Cidr.FamilyPrefix, limit },
                    RuleContext.Offered(service.Replace(context, this, service.Path, "narrow", "Write " + narrower, narrower)));
            }
        }
    }
}
