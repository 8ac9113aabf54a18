namespace K0sConfig.Rules
{
    /// <summary>K0S801: a YAML key that is not a field of the ClusterConfig where it is written.</summary>
    internal sealed class K0S801UnknownKey : Rule
    {
        public K0S801UnknownKey()
            : base(new RuleDescriptor(
                RuleIds.UnknownKey,
                "Key is not a field k0s knows",
                "{0} has no field '{1}'; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.Yaml,
                "k0s decodes the ClusterConfig strictly: a key that is not a field of the ClusterConfig makes k0s reject the file. Under spec.network, spec.api, spec.storage and spec.images k0s ignores unknown keys instead, so a misspelt key there silently has no effect (a warning); so does a podSecurityPolicy key, and the errors it hides."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            foreach (DocumentProblem problem in context.Facts.DocumentProblems)
            {
                if (problem.Kind != DocumentProblemKind.UnknownKey)
                {
                    continue;
                }

                int dot = problem.Path.LastIndexOf('.');
                string parent = dot < 0 ? "The ClusterConfig" : problem.Path.Substring(0, dot);
                string consequence = problem.IgnoredByK0s
                    ? "k0s ignores the key without a word, so its value has no effect"
                    : "k0s rejects the configuration (\"json: unknown field \"" + problem.Text + "\"\")";
                // A field of another k0s version: say which versions have it.
                string? versions = InOtherVersions(parent, problem.Text, context.Options.Version);
                if (versions != null)
                {
                    consequence = "k0s " + context.Options.Version + " " + versions + ", so " + consequence;
                }

                string fix = versions != null ? "Remove the key, or check for a k0s version that has it."
                    : problem.Detail.Length != 0
                    ? "Did you mean '" + problem.Detail + "'? Correct the key or remove it."
                    : "Remove the key, or move it to where the k0s ClusterConfig reference puts it.";
                context.Report(this, problem.IgnoredByK0s ? FindingSeverity.Warning : FindingSeverity.Error, problem.Path, problem.Origin, new object?[] { parent, problem.Text, consequence, fix });
            }
        }

        /// <summary>"does not have it: k0s 1.30 to 1.36 do" when the key names a field of other versions, else null.</summary>
        private static string? InOtherVersions(string parent, string key, K0sVersion version)
        {
            string section = parent == "The ClusterConfig" ? string.Empty : Schema(parent);
            CatalogueField? field = null;
            for (int minor = FieldCatalogue.FirstMinor; minor <= FieldCatalogue.LastMinor && field == null; minor++)
            {
                field = FieldCatalogue.Field(section, key, minor);
            }

            if (field == null || field.ExistsIn(version.Minor))
            {
                return null;
            }

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

            string range = first == last ? "k0s 1." + first.ToInvariant() + " has it" : "k0s 1." + first.ToInvariant() + " to 1." + last.ToInvariant() + " have it";
            return "does not have this field (" + range + (last < version.Minor ? ": it was removed in 1." + (last + 1).ToInvariant() : ": it was added in 1." + first.ToInvariant()) + ")";
        }

        /// <summary>A path with list indices (<c>a[0].b</c>) as the catalogue writes it (<c>a[].b</c>).</summary>
        private static string Schema(string path)
        {
            var text = new System.Text.StringBuilder(path.Length);
            bool inIndex = false;
            foreach (char c in path)
            {
                if (c == '[')
                {
                    inIndex = true;
                    text.Append("[]");
                }
                else if (c == ']')
                {
                    inIndex = false;
                }
                else if (!inIndex)
                {
                    text.Append(c);
                }
            }

            return text.ToString();
        }
    }
}
