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

        public override IReadOnlyList<string>? Reads { get; } = Patches.Reads;

        public override void Evaluate(RuleContext context)
        {
            foreach ((string path, string shown, _, int i, ItemFacts patch) in Patches.Kept(context))
            {
                // A type that is not set or not one of the three is K0S907's (k0s refuses the file); an unknown one
                // decides nothing, since what a patch of null does depends on it.
                Fact<string> type = patch.TextOrUnknown(Patches.Type);
                if (!type.IsKnown || Array.IndexOf(Patches.Types, type.Value) < 0)
                {
                    continue;
                }

                Fact<string> content = patch.TextOrUnknown(Patches.Content);
                string? problem = content.IsUnset ? "is not set"
                    : !content.IsKnown ? null
                    : content.Value.Trim().Length == 0 ? "is empty"
                    : YamlNull(content.Value) is string token ? (token.Length == 0 ? "holds only comments, which YAML reads as null" : "is YAML null ('" + token + "')")
                    : null;
                if (problem == null)
                {
                    continue;
                }

                string at = shown + "[" + i.ToInvariant() + "]." + Patches.Content;
                string entry = FieldPaths.Entry(path, i) + "." + Patches.Content;
                object? origin = content.IsKnown ? content.Origin ?? patch.Origin : patch.Origin;
                string fix = "Write the patch's content, such as Content(\"" + Example(type.Value) + "\"), or remove the patch.";
                if (type.Value == FieldValues.PatchType.MergePatch)
                {
                    context.Report(this, FindingSeverity.Error, entry, origin, new object?[]
                    {
                        at, problem,
                        "k0s accepts it, but applies it as the merge patch null, which replaces the whole " + Target(patch) + " with null: k0s then leaves it out of the manifests it applies and removes it from the cluster (internal/pkg/patches)",
                        fix,
                    });
                }
                else
                {
                    context.Report(this, entry, origin, at, problem,
                        "k0s accepts it and applies it as the " + (type.Value == FieldValues.PatchType.JSON ? "JSON patch" : "strategic merge patch") + " null, which changes nothing (internal/pkg/patches)",
                        fix);
                }
            }
        }

        /// <summary>The patched object as the message names it: "object (Deployment coredns)", or "object" when the target is not known.</summary>
        private static string Target(ItemFacts patch)
        {
            Fact<string> kind = patch.TextOrUnknown(Patches.TargetKind);
            Fact<string> name = patch.TextOrUnknown(Patches.TargetName);
            return kind.IsKnown && name.IsKnown && kind.Value.Length != 0 && name.Value.Length != 0
                ? "object (" + kind.Value + " " + name.Value + ")"
                : "object";
        }

        private static string Example(string type) => type switch
        {
            FieldValues.PatchType.JSON => "[{\\\"op\\\": \\\"replace\\\", \\\"path\\\": \\\"/spec/replicas\\\", \\\"value\\\": 3}]",
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
