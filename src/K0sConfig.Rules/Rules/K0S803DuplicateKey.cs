namespace K0sConfig.Rules
{
    /// <summary>K0S803: a key written twice in one YAML mapping.</summary>
    internal sealed class K0S803DuplicateKey : Rule
    {
        public K0S803DuplicateKey()
            : base(new RuleDescriptor(
                RuleIds.DuplicateKey,
                "Key is written twice",
                "{0} is written twice (the first at {1}); k0s rejects the configuration (\"key {2} already set in map\"). Keep one of the two.",
                FindingSeverity.Error,
                RuleCategories.Yaml,
                "k0s reads its YAML strictly: a key written twice in one mapping makes k0s reject the file, instead of one value silently winning."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            foreach (DocumentProblem problem in context.Facts.DocumentProblems)
            {
                if (problem.Kind == DocumentProblemKind.DuplicateKey)
                {
                    context.Report(this, problem.Path, problem.Origin, problem.Path, problem.Detail, problem.Text);
                }
            }
        }
    }
}
