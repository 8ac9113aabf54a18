using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// K0S909: a patch of k0s's manifests with a valid type but no content (or content that is YAML null). k0s accepts it
    /// (Patch.Validate checks only the type and the target), and applies it as the JSON <c>null</c>: a JSON or strategic
    /// merge patch of null changes nothing; a merge patch of null replaces the whole object with null, which k0s's
    /// manifest reader skips, so the object is left out of the stack and removed from the cluster.
    /// </summary>
    internal sealed class K0S909PatchWithoutContent : Rule
    {
        // The patch lists, with the path messages name them by (as K0S907 names them).
        private static readonly (string Path, string Shown)[] Lists =
        {
            (FieldPaths.KubeProxyPatches, "kubeProxy.patches"),
            (FieldPaths.KubeRouterPatches, "kuberouter.patches"),
            (FieldPaths.CalicoPatches, "calico.patches"),
            (FieldPaths.CoreDnsPatches, "coreDNS.patches"),
            (FieldPaths.MetricsServerPatches, "metricsServer.patches"),
        };

        public K0S909PatchWithoutContent()
            : base(new RuleDescriptor(
                RuleIds.PatchWithoutContent,
                "Patch has no content",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Warning,
                RuleCategories.Sections,
                "A patch of the manifests k0s deploys needs its content. k0s accepts a patch without one and applies it as null: a JSON or strategic merge patch then changes nothing (a warning); a merge patch replaces the patched object with null, so k0s leaves the object out of its manifests and removes it from the cluster (an error)."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            // k0s drops the block of the provider it does not run before it writes any manifest (K0S303 says so).
            bool providerKnown = context.Facts.Provider.TryGetEffective("kuberouter", out string provider);
            foreach ((string path, string shown) in Lists)
            {
                if ((path == FieldPaths.CalicoPatches && (!providerKnown || provider == "kuberouter"))
                    || (path == FieldPaths.KubeRouterPatches && (!providerKnown || provider == "calico")))
                {
                    continue;
                }

                // A patch list the chosen k0s does not have (all of them before 1.36) is dropped or refused (K0S801, K0S808).
                if (FieldCatalogue.Find(path) is CatalogueField list && !list.ExistsIn(context.Options.Version.Checked.Minor))
                {
                    continue;
                }

                IReadOnlyList<ItemFacts> patches = context.KnownItems(path);
                for (int i = 0; i < patches.Count; i++)
                {
                    ItemFacts patch = patches[i];

                    // A type that is not set or not one of the three is K0S907's (k0s refuses the file); an unknown one
                    // decides nothing, since what a patch of null does depends on it.
                    Fact<string> type = patch.TextOrUnknown("patch.type");
                    if (!type.IsKnown || (type.Value != "JSON" && type.Value != "StrategicMergePatch" && type.Value != "MergePatch"))
                    {
                        continue;
                    }

                    Fact<string> content = patch.TextOrUnknown("patch.content");
                    string? problem = content.IsUnset ? "is not set"
                        : !content.IsKnown ? null
                        : content.Value.Trim().Length == 0 ? "is empty"
                        : YamlNull(content.Value) is string token ? (token.Length == 0 ? "holds only comments, which YAML reads as null" : "is YAML null ('" + token + "')")
                        : null;
                    if (problem == null)
                    {
                        continue;
                    }

                    string at = shown + "[" + i.ToInvariant() + "]";
                    object? origin = content.IsKnown ? content.Origin ?? patch.Origin : patch.Origin;
                    string fix = "Write the patch's content, such as Content(\"" + Example(type.Value) + "\"), or remove the patch.";
                    if (type.Value == "MergePatch")
                    {
                        context.Report(this, FindingSeverity.Error, FieldPaths.Entry(path, i) + ".patch.content", origin, new object?[]
                        {
                            at + ".patch.content", problem,
                            "k0s accepts it, but applies it as the merge patch null, which replaces the whole " + Target(patch) + " with null: k0s then leaves it out of the manifests it applies and removes it from the cluster (internal/pkg/patches)",
                            fix,
                        });
                    }
                    else
                    {
                        context.Report(this, FieldPaths.Entry(path, i) + ".patch.content", origin,
                            at + ".patch.content", problem,
                            "k0s accepts it and applies it as the " + (type.Value == "JSON" ? "JSON patch" : "strategic merge patch") + " null, which changes nothing (internal/pkg/patches)",
                            fix);
                    }
                }
            }
        }

        /// <summary>The patched object as the message names it: "object (Deployment coredns)", or "object" when the target is not known.</summary>
        private static string Target(ItemFacts patch)
        {
            Fact<string> kind = patch.TextOrUnknown("target.kind");
            Fact<string> name = patch.TextOrUnknown("target.name");
            return kind.IsKnown && name.IsKnown && kind.Value.Length != 0 && name.Value.Length != 0
                ? "object (" + kind.Value + " " + name.Value + ")"
                : "object";
        }

        private static string Example(string type) => type switch
        {
            "JSON" => "[{\\\"op\\\": \\\"replace\\\", \\\"path\\\": \\\"/spec/replicas\\\", \\\"value\\\": 3}]",
            _ => "spec: {replicas: 3}",
        };

        /// <summary>
        /// Whether content is read as null when k0s converts it (sigs.k8s.io/yaml YAMLToJSON gives <c>null</c>): nothing but
        /// comments and blank lines around at most one <c>null</c>, <c>Null</c>, <c>NULL</c> or <c>~</c>. Returns that
        /// token ("" when there is none), or <see langword="null"/> for content that is not null.
        /// </summary>
        internal static string? YamlNull(string content)
        {
            string? value = null;
            foreach (string raw in content.Split('\n'))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (value != null)
                {
                    return null;
                }

                value = line;
            }

            return value == null ? string.Empty : value is "null" or "Null" or "NULL" or "~" ? value : null;
        }
    }
}
