namespace K0sConfig.Rules
{
    /// <summary>K0S804: a file that cannot be read as a ClusterConfig at all (not YAML, not text, too deep, no ClusterConfig).</summary>
    internal sealed class K0S804UnreadableDocument : Rule
    {
        public K0S804UnreadableDocument()
            : base(new RuleDescriptor(
                RuleIds.UnreadableDocument,
                "File is not a readable ClusterConfig",
                "k0s cannot read this file as a ClusterConfig: {0} ({1}).",
                FindingSeverity.Error,
                RuleCategories.Yaml,
                "The file is not well-formed YAML, not UTF-8 text, a list or a single value instead of a mapping, or nested or aliased beyond any real configuration: nothing in it can be checked, and k0s cannot use it."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            foreach (DocumentProblem problem in context.Facts.DocumentProblems)
            {
                if (problem.Kind == DocumentProblemKind.Unreadable)
                {
                    context.Report(this, problem.Path, problem.Origin, problem.Text, problem.Detail);
                }
            }
        }
    }
}
