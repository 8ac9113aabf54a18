using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S904: worker profile values that set a kubelet field k0s reserves, or another apiVersion or kind.</summary>
    internal sealed class K0S904WorkerProfileValues : Rule
    {
        private const string ApiVersion = "kubelet.config.k8s.io/v1beta1";
        private const string Kind = "KubeletConfiguration";

        // The kubelet fields k0s sets itself (workerprofile.go), in the order k0s checks them.
        private static readonly string[] Reserved = { "clusterDNS", "clusterDomain", "staticPodURL" };

        public K0S904WorkerProfileValues()
            : base(new RuleDescriptor(
                RuleIds.WorkerProfileValues,
                "Worker profile values set a kubelet field k0s reserves",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.Sections,
                "A worker profile's values are kubelet configuration (KubeletConfiguration, kubelet.config.k8s.io/v1beta1). k0s sets clusterDNS, clusterDomain and staticPodURL itself and rejects a profile that sets them, or that names another apiVersion or kind."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            IReadOnlyList<ItemFacts> profiles = context.KnownItems(FieldPaths.WorkerProfiles);
            for (int i = 0; i < profiles.Count; i++)
            {
                ItemFacts profile = profiles[i];
                string values = "workerProfiles[" + i.ToInvariant() + "].values";
                string path = FieldPaths.Entry(FieldPaths.WorkerProfiles, i) + ".values";

                // Go's encoding/json matches the kubelet's field names ignoring case.
                var written = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (string key in profile.Keys)
                {
                    if (key.StartsWith("values.", StringComparison.Ordinal))
                    {
                        written[key.Substring("values.".Length)] = key;
                    }
                }

                Expect(context, profile, written, "apiVersion", ApiVersion, values, path);
                Expect(context, profile, written, "kind", Kind, values, path);
                foreach (string field in Reserved)
                {
                    if (!written.TryGetValue(field, out string? key))
                    {
                        continue;
                    }

                    Fact<string> text = profile.Text(key);
                    Fact<bool> set = profile.Written(key);

                    // clusterDNS is a list: any value but null is set; the text fields count when not empty.
                    bool forbidden = field == "clusterDNS"
                        ? set.IsKnown && set.Value
                        : text.IsKnown && text.Value.Length != 0;
                    if (forbidden)
                    {
                        context.Report(this, path + "." + field, text.Origin ?? set.Origin ?? profile.Origin, values + "." + field, "is set", "k0s sets it itself and rejects the profile (\"" + values + "." + field + ": Forbidden: may not be used in k0s worker profiles\")", "Remove it; k0s derives it from spec.network (" + (field == "staticPodURL" ? "static pods are not supported" : "the cluster's DNS service and clusterDomain") + ").");
                    }
                }
            }
        }

        private void Expect(RuleContext context, ItemFacts profile, Dictionary<string, string> written, string field, string expected, string values, string path)
        {
            if (written.TryGetValue(field, out string? key) && profile.Text(key) is { IsKnown: true } value && value.Value.Length != 0 && value.Value != expected)
            {
                context.Report(this, path + "." + field, value.Origin ?? profile.Origin, values + "." + field + " '" + value.Value + "'", "is not " + expected, "k0s rejects it (\"" + values + "." + field + ": Invalid value: \"" + value.Value + "\": expected \"" + expected + "\"\")", "Write " + field + ": " + expected + ", or leave it out.");
            }
        }
    }
}
