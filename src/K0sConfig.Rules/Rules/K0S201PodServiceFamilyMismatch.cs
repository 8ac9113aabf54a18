using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S201: podCIDR and serviceCIDR are of different IP families.</summary>
    internal sealed class K0S201PodServiceFamilyMismatch : Rule
    {
        public K0S201PodServiceFamilyMismatch()
            : base(new RuleDescriptor(
                RuleIds.PodServiceFamilyMismatch,
                "Pod and service CIDRs are of different IP families",
                "podCIDR '{0}' is {1} but serviceCIDR '{2}' is {3}; k0s rejects this (\"podCIDR and serviceCIDR must be both IPv4 or IPv6\"). Use one family for both; for a dual-stack cluster keep both IPv4 and set the IPv6 ranges under dualStack.",
                FindingSeverity.Error,
                RuleCategories.AddressFamily,
                "k0s requires podCIDR and serviceCIDR to be of the same family (since k0s 1.34.1); the second family of a dual-stack cluster goes under dualStack."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            // k0s 1.34.1 brought the check (v1.34.1+k0s.0 pkg/apis/k0s/v1beta1/network.go); older k0s accepts the file.
            if (!VersionFacts.HasAddressFamilyChecks(context.Options.Version))
            {
                return;
            }

            // With dual-stack on, both must be IPv4 and K0S202 says so at the IPv6 one; k0s reports both, one is enough.
            CidrField pod = context.Network.Pod;
            CidrField service = context.Network.Service;
            if (context.Network.DualStack != false || !pod.IsValid || !service.IsValid || pod.IsIPv4 == service.IsIPv4)
            {
                return;
            }

            // Report at the value that was written: an unset podCIDR is k0s's IPv4 default.
            CidrField at = pod.Fact.IsKnown ? pod : service;
            CidrField other = at == pod ? service : pod;
            context.Report(
                this,
                Descriptor.DefaultSeverity,
                at.Path,
                at.Origin,
                new object?[] { pod.Text, pod.FamilyName, service.Text, service.FamilyName },
                new Related(other.Path, other.Origin));
        }
    }
}
