using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S906: an external etcd cluster without endpoints or key prefix, with an empty endpoint, or with some of its TLS files but not all.</summary>
    internal sealed class K0S906ExternalEtcdCluster : Rule
    {
        private static readonly string[] TlsFiles = { "caFile", "clientCertFile", "clientKeyFile" };

        public K0S906ExternalEtcdCluster()
            : base(new RuleDescriptor(
                RuleIds.ExternalEtcdCluster,
                "External etcd cluster lacks endpoints, prefix or TLS files",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.Sections,
                "An external etcd cluster (storage.etcd.externalCluster) needs at least one endpoint, no empty one, and an etcdPrefix; caFile, clientCertFile and clientKeyFile are given all three or none. k0s rejects the configuration otherwise."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.ExternalCluster };

        public override void Evaluate(RuleContext context)
        {
            if (!(context.Facts.Section(FieldPaths.ExternalCluster) is { IsKnown: true, Value: { } cluster }))
            {
                return;
            }

            const string Path = FieldPaths.ExternalCluster;
            const string Shown = "storage.etcd.externalCluster";
            Fact<bool> endpoints = cluster.Written("endpoints");
            if (endpoints.IsKnown)
            {
                int count = 0;
                bool unknownEntry = false;
                int empty = -1;
                foreach (string key in cluster.Keys)
                {
                    if (key.StartsWith("endpoints[", System.StringComparison.Ordinal))
                    {
                        count++;
                        Fact<string> entry = cluster.Text(key);
                        unknownEntry |= !entry.IsKnown;
                        if (entry.IsKnown && entry.Value.Length == 0 && empty < 0)
                        {
                            empty = int.Parse(key.Substring("endpoints[".Length, key.Length - "endpoints[".Length - 1), System.Globalization.CultureInfo.InvariantCulture);
                        }
                    }
                }

                if (count == 0 && cluster.IsComplete)
                {
                    context.Report(this, Path + ".endpoints", endpoints.Origin ?? cluster.Origin, Shown + ".endpoints", "is " + (endpoints.Value ? "empty" : "not set"), "k0s rejects it (\"storage: spec.storage.etcd.externalCluster.endpoints cannot be null or empty\")", "List the etcd members' client URLs, such as Endpoints(\"https://etcd1.example.com:2379\").");
                }
                else if (empty >= 0)
                {
                    Fact<string> entry = cluster.Text("endpoints[" + empty.ToInvariant() + "]");
                    context.Report(this, Path + ".endpoints[" + empty.ToInvariant() + "]", entry.Origin ?? cluster.Origin, Shown + ".endpoints[" + empty.ToInvariant() + "]", "is empty", "k0s rejects it (\"storage: spec.storage.etcd.externalCluster.endpoints cannot contain empty strings\")", "Remove it or write the member's URL.");
                }
            }

            if (Items.IsEmpty(context.Facts, cluster, Path, "etcdPrefix", out object? at))
            {
                context.Report(this, Path + ".etcdPrefix", at, Shown + ".etcdPrefix", "is not set", "k0s rejects it (\"storage: spec.storage.etcd.externalCluster.etcdPrefix cannot be empty\")", "Set a prefix that keeps this cluster's keys apart, such as EtcdPrefix(\"k0s\").");
            }

            var set = new List<string>();
            var missing = new List<string>();
            object? first = null;
            foreach (string file in TlsFiles)
            {
                Fact<string> value = cluster.TextOrUnknown(file);
                if (!value.IsKnown && !value.IsUnset)
                {
                    return;
                }

                if (value.IsKnown && value.Value.Length != 0)
                {
                    set.Add(file);
                    first ??= value.Origin;
                }
                else
                {
                    missing.Add(file);
                }
            }

            if (set.Count != 0 && missing.Count != 0)
            {
                context.Report(this, Path + "." + missing[0], first ?? cluster.Origin, Shown, "sets " + string.Join(" and ", set) + " but not " + string.Join(" and ", missing), "k0s rejects it (\"storage: spec.storage.etcd.externalCluster is invalid: all TLS properties [caFile,clientCertFile,clientKeyFile] must be defined or none of those\")", "Set " + string.Join(" and ", missing) + " too, or none of the three to reach etcd without TLS client authentication.");
            }
        }
    }
}
