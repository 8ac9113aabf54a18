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

                if (!VersionFacts.WorkerProfileWithoutValuesIsSafe(context.Options.Version) && profile.IsComplete && written.Count == 0
                    && profile.Written("values") is { IsKnown: true, Value: false })
                {
                    context.Report(this, path, profile.Origin, values, "is not written", "k0s " + context.Options.Version.ToString() + " crashes on such a profile (\"runtime error: invalid memory address or nil pointer dereference\": its Validate reads the values without checking they are there; fixed in k0s 1.34)", "Write values, even empty ones (values: {}), or use k0s 1.34 or later.");
                    continue;
                }

                if (!VersionFacts.ChecksWorkerProfileValuesBySetting(context.Options.Version))
                {
                    // Before k0s 1.34 a locked field written at all is refused, whatever its value.
                    foreach (string field in new[] { "clusterDNS", "clusterDomain", "apiVersion", "kind", "staticPodURL" })
                    {
                        if (written.TryGetValue(field, out string? key))
                        {
                            context.Report(this, path + "." + field, profile.Text(key).Origin ?? profile.Written(key).Origin ?? profile.Origin, values + "." + field, "is written", "k0s " + context.Options.Version.ToString() + " refuses any value there (\"field `" + field + "` is prohibited to override in worker profile\")", "Remove it; k0s sets it itself.");
                        }
                    }

                    continue;
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
