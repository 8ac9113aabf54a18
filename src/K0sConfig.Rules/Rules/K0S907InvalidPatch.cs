using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S907: a patch of k0s's manifests without a valid type or without its target's kind or name.</summary>
    internal sealed class K0S907InvalidPatch : Rule
    {
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

        public override IReadOnlyList<string>? Reads { get; } = Patches.Reads;

        public override void Evaluate(RuleContext context)
        {
            foreach ((string path, string shown, string prefix, int i, ItemFacts patch) in Patches.Kept(context))
            {
                string at = shown + "[" + i.ToInvariant() + "]";
                string entry = FieldPaths.Entry(path, i);
                Fact<string> type = patch.TextOrUnknown(Patches.Type);
                if (type.IsUnset || (type.IsKnown && System.Array.IndexOf(Patches.Types, type.Value) < 0))
                {
                    string value = type.IsKnown ? type.Value : string.Empty;
                    context.Report(this, entry + "." + Patches.Type, type.Origin ?? patch.Origin, at + "." + Patches.Type, value.Length == 0 ? "is not set" : "'" + value + "' is not " + string.Join(", ", Patches.Types, 0, 2) + " or " + Patches.Types[2],
                        "k0s rejects it (\"" + prefix + at + "." + Patches.Type + ": invalid type \"" + value + "\": must be one of " + string.Join(", ", Patches.Types) + "\")", "Set the patch's type, such as Type(PatchType.StrategicMerge).");
                }

                foreach (string field in new[] { Patches.TargetKind, Patches.TargetName })
                {
                    if (Items.IsEmpty(context.Facts, patch, entry, field, out object? origin))
                    {
                        context.Report(this, entry + "." + field, origin, at + "." + field, "is not set", "k0s rejects it (\"" + prefix + at + "." + field + " is required\")",
                            "Name the object to patch, such as Target(t => t.Kind(\"Deployment\").Name(\"coredns\")).");
                    }
                }
            }
        }
    }
}
