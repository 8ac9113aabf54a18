namespace K0sConfig.Rules
{
    /// <summary>K0S808: the builder writes a field that the chosen k0s version does not have.</summary>
    internal sealed class K0S808FieldNotInK0sVersion : Rule
    {
        public K0S808FieldNotInK0sVersion()
            : base(new RuleDescriptor(
                RuleIds.FieldNotInK0sVersion,
                "Field does not exist in the chosen k0s version",
                "{0} writes {1}, which k0s {2} does not have ({3}); {4}. Remove the call, or choose a k0s version that has the field.",
                FindingSeverity.Error,
                RuleCategories.Yaml,
                "The builder writes every field of the newest k0s; a configuration for an older k0s (ForK0s, the MSBuild property K0sVersion) may only use the fields that version has: k0s rejects an unknown key (or, inside spec.network, spec.api from 1.30, spec.storage and spec.images, drops it without a word). YAML files get the same answer from K0S801."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            K0sVersion version = context.Options.Version;
            foreach (DocumentProblem problem in context.Facts.DocumentProblems)
            {
                if (problem.Kind != DocumentProblemKind.VersionedField || !(FieldCatalogue.Find(problem.Path) is CatalogueField field) || field.ExistsIn(version.Minor))
                {
                    continue;
                }

                context.Report(this, problem.Path, problem.Origin, problem.Text, problem.Path, version, Range(field), field.DecodedLeniently
                    ? "that k0s drops it without a word, so the setting has no effect"
                    : "that k0s rejects the configuration (\"json: unknown field \\\"" + field.Key + "\\\"\")");
            }
        }

        /// <summary>"added in k0s 1.31", "removed in k0s 1.28", "k0s 1.30 to 1.33 have it".</summary>
        internal static string Range(CatalogueField field)
        {
            int first = -1;
            int last = -1;
            for (int minor = FieldCatalogue.FirstMinor; minor <= FieldCatalogue.LastMinor; minor++)
            {
                if (field.ExistsIn(minor))
                {
                    first = first < 0 ? minor : first;
                    last = minor;
                }
            }

            return first < 0 ? "no supported k0s has it"
                : last == FieldCatalogue.LastMinor ? "added in k0s 1." + first.ToInvariant()
                : first == FieldCatalogue.FirstMinor ? "removed in k0s 1." + (last + 1).ToInvariant()
                : "k0s 1." + first.ToInvariant() + " to 1." + last.ToInvariant() + " have it";
        }
    }
}
