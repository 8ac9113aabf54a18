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
                string fix = problem.Detail.Length != 0
                    ? "Did you mean '" + problem.Detail + "'? Correct the key or remove it."
                    : "Remove the key, or move it to where the k0s ClusterConfig reference puts it.";
                context.Report(this, problem.IgnoredByK0s ? FindingSeverity.Warning : FindingSeverity.Error, problem.Path, problem.Origin, new object?[] { parent, problem.Text, consequence, fix });
            }
        }
    }
}
