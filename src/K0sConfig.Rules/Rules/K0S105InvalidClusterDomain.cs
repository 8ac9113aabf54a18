using K0sConfig.Rules.Parsing;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S105: clusterDomain is not a DNS name.</summary>
    internal sealed class K0S105InvalidClusterDomain : Rule
    {
        public K0S105InvalidClusterDomain()
            : base(new RuleDescriptor(
                RuleIds.InvalidClusterDomain,
                "Cluster domain is not a DNS name",
                "clusterDomain '{0}' is not a DNS name; k0s rejects it (\"invalid DNS name\"). Use dot-separated labels of letters, digits, '-' and '_', such as cluster.local (the default).",
                FindingSeverity.Error,
                RuleCategories.Address,
                "clusterDomain must pass govalidator's IsDNSName, as k0s checks it: labels of 1 to 63 letters, digits, '-' or '_', not starting with '-', at most 255 characters without the dots, and not an IP address."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.ClusterDomain };

        public override void Evaluate(RuleContext context)
        {
            Fact<string> domain = context.Facts.ClusterDomain;
            if (domain.IsKnown && !GoNet.IsDnsName(domain.Value ?? string.Empty))
            {
                context.Report(this, FieldPaths.ClusterDomain, domain.Origin, domain.Value);
            }
        }
    }
}
