using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// The patches of the manifests k0s deploys (kube-proxy, kube-router, Calico, CoreDNS, metrics-server) that k0s keeps
    /// for a configuration, which K0S907 and K0S909 check. Every patch list has the fields kube-proxy's has.
    /// </summary>
    internal static class Patches
    {
        /// <summary><c>patch.type</c>.</summary>
        public static readonly string Type = FieldPaths.ItemKey(FieldPaths.KubeProxyPatchType);

        /// <summary><c>patch.content</c>.</summary>
        public static readonly string Content = FieldPaths.ItemKey(FieldPaths.KubeProxyPatchContent);

        /// <summary><c>target.kind</c>.</summary>
        public static readonly string TargetKind = FieldPaths.ItemKey(FieldPaths.KubeProxyPatchTargetKind);

        /// <summary><c>target.name</c>.</summary>
        public static readonly string TargetName = FieldPaths.ItemKey(FieldPaths.KubeProxyPatchTargetName);

        /// <summary>The patch types k0s takes, in the order its message lists them.</summary>
        public static readonly string[] Types = { FieldValues.PatchType.JSON, FieldValues.PatchType.StrategicMergePatch, FieldValues.PatchType.MergePatch };

        /// <summary>What the patch rules read: the five lists of patches, and the provider that decides whether k0s applies Calico's or kube-router's.</summary>
        public static readonly IReadOnlyList<string> Reads = new[]
        {
            FieldPaths.KubeProxyPatches, FieldPaths.KubeRouterPatches, FieldPaths.CalicoPatches, FieldPaths.CoreDnsPatches, FieldPaths.MetricsServerPatches, FieldPaths.Provider,
        };

        // The patch lists, with the path k0s's message names them by and the section's prefix in k0s's message.
        private static readonly (string Path, string Shown, string Prefix)[] Lists =
        {
            (FieldPaths.KubeProxyPatches, "kubeProxy.patches", "network: "),
            (FieldPaths.KubeRouterPatches, "kuberouter.patches", "network: "),
            (FieldPaths.CalicoPatches, "calico.patches", "network: "),
            (FieldPaths.CoreDnsPatches, "coreDNS.patches", "network: "),
            (FieldPaths.MetricsServerPatches, "metricsServer.patches", string.Empty),
        };

        /// <summary>
        /// Each known patch of the lists k0s keeps: not the block of the provider it does not run (it drops Calico's under
        /// kube-router and back before it validates or writes a manifest, K0S303), nor a list the chosen k0s does not have
        /// (the providers' before 1.36: dropped with its section or refused, K0S801 and K0S808).
        /// </summary>
        /// <param name="context">The configuration.</param>
        /// <returns>The list's path, the name k0s's messages give it, their prefix, and the patch with its index.</returns>
        public static IReadOnlyList<(string Path, string Shown, string Prefix, int Index, ItemFacts Patch)> Kept(RuleContext context)
        {
            // Most configurations write no patch: the lists are looked at first, before anything is computed for them.
            List<(string, string, string, int, ItemFacts)>? kept = null;
            bool? providerKnown = null;
            string provider = string.Empty;
            foreach ((string path, string shown, string prefix) in Lists)
            {
                IReadOnlyList<ItemFacts> patches = context.KnownItems(path);
                if (patches.Count == 0)
                {
                    continue;
                }

                providerKnown ??= context.Facts.Provider.TryGetEffective(FieldValues.NetworkProvider.Kuberouter, out provider);
                if ((path == FieldPaths.CalicoPatches && (providerKnown != true || provider == FieldValues.NetworkProvider.Kuberouter))
                    || (path == FieldPaths.KubeRouterPatches && (providerKnown != true || provider == FieldValues.NetworkProvider.Calico)))
                {
                    continue;
                }

                if (FieldCatalogue.Find(path) is CatalogueField list && !list.ExistsIn(context.Options.Version.Checked.Minor))
                {
                    continue;
                }

                kept ??= new List<(string, string, string, int, ItemFacts)>();
                for (int i = 0; i < patches.Count; i++)
                {
                    kept.Add((path, shown, prefix, i, patches[i]));
                }
            }

            return (IReadOnlyList<(string Path, string Shown, string Prefix, int Index, ItemFacts Patch)>?)kept ?? Array.Empty<(string, string, string, int, ItemFacts)>();
        }
    }
}
