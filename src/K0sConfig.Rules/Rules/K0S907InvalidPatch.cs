using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S907: a patch of k0s's manifests without a valid type or without its target's kind or name.</summary>
    internal sealed class K0S907InvalidPatch : Rule
    {
        private static readonly string[] Types = { "JSON", "StrategicMergePatch", "MergePatch" };

        // The patch lists, with the path k0s's message names them by and the section's prefix in k0s's message.
        private static readonly (string Path, string Shown, string Prefix)[] Lists =
        {
            (FieldPaths.KubeProxyPatches, "kubeProxy.patches", "network: "),
            (FieldPaths.KubeRouterPatches, "kuberouter.patches", "network: "),
            (FieldPaths.CalicoPatches, "calico.patches", "network: "),
            (FieldPaths.CoreDnsPatches, "coreDNS.patches", "network: "),
            (FieldPaths.MetricsServerPatches, "metricsServer.patches", string.Empty),
        };

        public K0S907InvalidPatch()
            : base(new RuleDescriptor(
                RuleIds.InvalidPatch,
                "Patch has no valid type or no target kind and name",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.Sections,
                "A patch of the manifests k0s deploys (kube-proxy, kube-router, Calico, CoreDNS, metrics-server) needs a type (JSON, StrategicMergePatch or MergePatch) and a target with a kind and a name; k0s rejects the configuration otherwise."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            // k0s drops the block of the provider it does not run before validating (Calico's under kube-router and back).
            bool providerKnown = context.Facts.Provider.TryGetEffective("kuberouter", out string provider);
            foreach ((string path, string shown, string prefix) in Lists)
            {
                if ((path == FieldPaths.CalicoPatches && (!providerKnown || provider == "kuberouter"))
                    || (path == FieldPaths.KubeRouterPatches && (!providerKnown || provider == "calico")))
                {
                    continue;
                }

                // A patch list the chosen k0s does not have (the providers' from 1.36) is dropped with its section (K0S801 says so).
                if (FieldCatalogue.Find(path) is CatalogueField list && !list.ExistsIn(context.Options.Version.Checked.Minor))
                {
                    continue;
                }

                IReadOnlyList<ItemFacts> patches = context.KnownItems(path);
                for (int i = 0; i < patches.Count; i++)
                {
                    ItemFacts patch = patches[i];
                    string at = shown + "[" + i.ToInvariant() + "]";
                    string entry = FieldPaths.Entry(path, i);
                    Fact<string> type = patch.TextOrUnknown("patch.type");
                    if (type.IsUnset || (type.IsKnown && System.Array.IndexOf(Types, type.Value) < 0))
                    {
                        string value = type.IsKnown ? type.Value : string.Empty;
                        context.Report(this, entry + ".patch.type", type.Origin ?? patch.Origin, at + ".patch.type", value.Length == 0 ? "is not set" : "'" + value + "' is not JSON, StrategicMergePatch or MergePatch",
                            "k0s rejects it (\"" + prefix + at + ".patch.type: invalid type \"" + value + "\": must be one of JSON, StrategicMergePatch, MergePatch\")", "Set the patch's type, such as Type(PatchType.StrategicMerge).");
                    }

                    foreach (string field in new[] { "kind", "name" })
                    {
                        if (Items.IsEmpty(patch, "target." + field, out object? origin))
                        {
                            context.Report(this, entry + ".target." + field, origin, at + ".target." + field, "is not set", "k0s rejects it (\"" + prefix + at + ".target." + field + " is required\")",
                                "Name the object to patch, such as Target(t => t.Kind(\"Deployment\").Name(\"coredns\")).");
                        }
                    }
                }
            }
        }
    }
}
