using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S901: a helm repository without a name or a URL.</summary>
    internal sealed class K0S901HelmRepositoryIncomplete : Rule
    {
        private static readonly string NameKey = FieldPaths.Key(FieldPaths.HelmRepositoryName);

        public K0S901HelmRepositoryIncomplete()
            : base(new RuleDescriptor(
                RuleIds.HelmRepositoryIncomplete,
                "Helm repository has no name or URL",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.Sections,
                "Every entry of extensions.helm.repositories needs a name (the prefix charts use, name/chart) and a URL; k0s rejects the configuration otherwise."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.HelmRepositories };

        public override void Evaluate(RuleContext context)
        {
            IReadOnlyList<ItemFacts> repositories = context.KnownItems(FieldPaths.HelmRepositories);
            for (int i = 0; i < repositories.Count; i++)
            {
                ItemFacts repository = repositories[i];
                string path = FieldPaths.Entry(FieldPaths.HelmRepositories, i);
                string shown = "extensions.helm.repositories[" + i.ToInvariant() + "]";

                // k0s reports the first problem of each repository only.
                if (Items.IsEmpty(context.Facts, repository, path, NameKey, out object? at))
                {
                    context.Report(this, path + ".name", at, shown, "has no name", "k0s rejects it (\"extensions: repository must have Name field not empty\")", "Name the repository, such as Name(\"metallb\"); charts refer to it as metallb/CHART.");
                }
                else if (repository.TextOrUnknown(NameKey).IsKnown && Items.IsEmpty(context.Facts, repository, path, "url", out at))
                {
                    context.Report(this, path + ".url", at, shown + " (" + repository.Text(NameKey).Value + ")", "has no URL", "k0s rejects it (\"extensions: repository must have URL field not empty\")", "Set the repository's URL, such as Url(\"https://metallb.github.io/metallb\").");
                }
            }
        }
    }

    /// <summary>What the rules over lists of sections share.</summary>
    internal static class Items
    {
        /// <summary>
        /// The field is empty as k0s reads it, and where to report it: known to be empty, not written (k0s reads ""), or a
        /// value that is not text whose type error k0s steps over (an earlier ignored key masks it; K0S802 says so), which
        /// leaves Go's empty string. Reported at the value, or at the entry when it is not written.
        /// </summary>
        /// <param name="facts">The configuration's facts, whose document problems say whether a type error stops k0s.</param>
        /// <param name="item">The entry or section.</param>
        /// <param name="entry">The entry's or section's path; the field's is <paramref name="entry"/>.<paramref name="key"/>.</param>
        /// <param name="key">The field's key.</param>
        /// <param name="origin">Where to report it.</param>
        public static bool IsEmpty(ClusterFacts facts, ItemFacts item, string entry, string key, out object? origin)
        {
            Fact<string> value = item.TextOrUnknown(key);
            origin = value.IsKnown ? value.Origin ?? item.Origin : item.Origin;
            if (value.IsUnset || (value.IsKnown && value.Value.Length == 0))
            {
                return true;
            }

            if (NotText(item, key) is { IsKnown: true } kind && !StopsDecoding(facts, entry + "." + key))
            {
                origin = kind.Origin ?? item.Origin;
                return true;
            }

            return false;
        }

        /// <summary>The kind of the value at <paramref name="key"/> when it is known not to be text or null (a number, a mapping), else unset.</summary>
        public static Fact<string> NotText(ItemFacts item, string key)
            => item.Kind(key) is { IsKnown: true } kind && kind.Value != "string" && kind.Value != "null" ? kind : Fact<string>.Unset;

        /// <summary>A type error at <paramref name="path"/> that no earlier ignored key masks: k0s stops decoding there.</summary>
        public static bool StopsDecoding(ClusterFacts facts, string path)
        {
            foreach (DocumentProblem problem in facts.DocumentProblems)
            {
                if (problem.Kind == DocumentProblemKind.WrongType && !problem.IgnoredByK0s && problem.Path == path)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
