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
        private static readonly string[] Reserved = { KubeletValues.ClusterDns, KubeletValues.ClusterDomain, KubeletValues.StaticPodUrl };

        // The keys k0s 1.27 to 1.33 refuse (v1.33.13+k0s.1 workerprofile.go lockedFields), and the fields 1.34 and later look at.
        private static readonly string[] Locked = { KubeletValues.ClusterDns, KubeletValues.ClusterDomain, KubeletValues.ApiVersion, KubeletValues.Kind, KubeletValues.StaticPodUrl };

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

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.WorkerProfiles };

        public override void Evaluate(RuleContext context)
        {
            IReadOnlyList<ItemFacts> profiles = context.KnownItems(FieldPaths.WorkerProfiles);
            for (int i = 0; i < profiles.Count; i++)
            {
                ItemFacts profile = profiles[i];
                string values = "workerProfiles[" + i.ToInvariant() + "].values";
                string path = FieldPaths.Entry(FieldPaths.WorkerProfiles, i) + ".values";

                bool decodes = VersionFacts.DecodesWorkerProfileValues(context.Options.Version);
                Dictionary<string, string> written = decodes ? Decoded(profile) : Exact(profile);

                if (!VersionFacts.WorkerProfileWithoutValuesIsSafe(context.Options.Version) && profile.IsComplete && written.Count == 0
                    && profile.Written(KubeletValues.ValuesKey) is { IsKnown: true, Value: false })
                {
                    context.Report(this, path, profile.Origin, values, "is not written", "k0s " + context.Options.Version.ToString() + " crashes on such a profile (\"runtime error: invalid memory address or nil pointer dereference\": its Validate reads the values without checking they are there; fixed in k0s 1.34)", "Write values, even empty ones (values: {}), or use k0s 1.34 or later.");
                    continue;
                }

                if (!VersionFacts.ChecksWorkerProfileValuesBySetting(context.Options.Version))
                {
                    // Before k0s 1.34 a locked field written at all (null too) is refused, whatever its value: k0s
                    // decodes the values into a map and looks the keys up as written.
                    foreach (string field in Locked)
                    {
                        if (written.TryGetValue(field, out string? key))
                        {
                            context.Report(this, path + "." + field, profile.Kind(key).Origin ?? profile.Origin, values + "." + field, "is written", "k0s " + context.Options.Version.ToString() + " refuses any value there (\"field `" + field + "` is prohibited to override in worker profile\")", "Remove it; k0s sets it itself.");
                        }
                    }

                    continue;
                }

                if (KubeletValues.FirstTypeError(profile) != null)
                {
                    // k0s stops at the decoder's type error (K0S908) and checks nothing else in the profile.
                    continue;
                }

                Expect(context, profile, written, KubeletValues.ApiVersion, ApiVersion, values, path);
                Expect(context, profile, written, KubeletValues.Kind, Kind, values, path);
                foreach (string field in Reserved)
                {
                    if (!written.TryGetValue(field, out string? key))
                    {
                        continue;
                    }

                    Fact<string> text = profile.Text(key);
                    Fact<bool> set = profile.Written(key);

                    // clusterDNS is a list: any value but null is set; the text fields count when not empty.
                    bool forbidden = field == KubeletValues.ClusterDns
                        ? set.IsKnown && set.Value
                        : text.IsKnown && text.Value.Length != 0;
                    if (forbidden)
                    {
                        context.Report(this, path + "." + field, text.Origin ?? set.Origin ?? profile.Origin, values + "." + field, "is set", "k0s sets it itself and rejects the profile (\"" + values + "." + field + ": Forbidden: may not be used in k0s worker profiles\")", "Remove it; k0s derives it from spec.network (" + (field == KubeletValues.StaticPodUrl ? "static pods are not supported" : "the cluster's DNS service and clusterDomain") + ").");
                    }
                }
            }
        }

        /// <summary>
        /// k0s 1.34 and later: the entries that decode into each kubelet field (encoding/json folds case, and of two keys
        /// that fold to the same field the later in the JSON object's byte-wise key order wins).
        /// </summary>
        private static Dictionary<string, string> Decoded(ItemFacts profile)
        {
            var keys = new List<string>();
            foreach (string key in profile.Keys)
            {
                if (key.StartsWith("values.", StringComparison.Ordinal))
                {
                    keys.Add(key);
                }
            }

            keys.Sort(GoKeyOrder.Compare);
            var written = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string key in keys)
            {
                string entry = key.Substring("values.".Length);
                foreach (string field in Locked)
                {
                    if (FieldCatalogue.FoldsTo(entry, field))
                    {
                        written[field] = key;
                    }
                }
            }

            return written;
        }

        /// <summary>Before k0s 1.34: the entries written (null included) whose key is a locked field's name exactly.</summary>
        private static Dictionary<string, string> Exact(ItemFacts profile)
        {
            var written = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string key in profile.Keys)
            {
                if (key.StartsWith("values.", StringComparison.Ordinal))
                {
                    written[key.Substring("values.".Length)] = key;
                }
            }

            foreach (string key in profile.NullKeys)
            {
                if (key.StartsWith("values.", StringComparison.Ordinal))
                {
                    written[key.Substring("values.".Length)] = key;
                }
            }

            return written;
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
