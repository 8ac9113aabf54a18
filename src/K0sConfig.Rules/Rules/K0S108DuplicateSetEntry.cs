using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// K0S108: a value given twice in a list that the k0s CRD declares a set (<c>x-kubernetes-list-type: set</c>):
    /// <c>api.sans</c>, and each CPLB VRRP instance's <c>virtualIPs</c> and <c>unicastPeers</c>.
    /// </summary>
    internal sealed class K0S108DuplicateSetEntry : Rule
    {
        public K0S108DuplicateSetEntry()
            : base(new RuleDescriptor(
                RuleIds.DuplicateSetEntry,
                "Value given twice in a list that is a set",
                "{0} '{1}' repeats {2}; the k0s ClusterConfig CRD declares {3} a set (x-kubernetes-list-type: set), so the Kubernetes API server refuses a ClusterConfig with it (Duplicate value: \"{1}\"), which matters with dynamic configuration. K0sConfig writes the value once. Remove the second '{1}'.",
                FindingSeverity.Warning,
                RuleCategories.Address,
                "api.sans and the CPLB VRRP instances' virtualIPs and unicastPeers are sets in the k0s CRD: the API server refuses duplicates. The builder writes each value once; the warning says which call repeated it."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.Sans, FieldPaths.VrrpInstances };

        public override void Evaluate(RuleContext context)
        {
            Check(context, context.Facts.Sans, FieldPaths.Sans, "api.sans");
            IReadOnlyList<VrrpInstanceFacts> instances = context.KnownVrrpInstances;
            for (int i = 0; i < instances.Count; i++)
            {
                string instance = FieldPaths.VrrpInstance(i);
                string key = "vrrpInstances[" + i.ToInvariant() + "]";
                Check(context, instances[i].VirtualIPs, instance + ".virtualIPs", key + ".virtualIPs");
                Check(context, instances[i].UnicastPeers, instance + ".unicastPeers", key + ".unicastPeers");
            }
        }

        private void Check(RuleContext context, Fact<IReadOnlyList<Fact<string>>> list, string path, string key)
        {
            if (!list.IsKnown || list.Value == null || list.Value.Count < 2)
            {
                return;
            }

            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < list.Value.Count; i++)
            {
                Fact<string> entry = list.Value[i];
                if (!entry.IsKnown || entry.Value == null)
                {
                    continue;
                }

                if (first.TryGetValue(entry.Value, out int earlier))
                {
                    context.Report(this, path + "[" + i.ToInvariant() + "]", entry.Origin, key + "[" + i.ToInvariant() + "]", entry.Value, key + "[" + earlier.ToInvariant() + "]", key);
                }
                else
                {
                    first.Add(entry.Value, i);
                }
            }
        }
    }
}
