namespace K0sConfig.Rules
{
    /// <summary>K0S805: a ClusterConfig that makes k0s crash (a Go panic) while it reads it.</summary>
    internal sealed class K0S805K0sCrashes : Rule
    {
        public K0S805K0sCrashes()
            : base(new RuleDescriptor(
                RuleIds.K0sCrashes,
                "k0s crashes while reading the configuration",
                "{0}: k0s crashes while reading the configuration (\"panic: {1}\"), because {2}.",
                FindingSeverity.Error,
                RuleCategories.Yaml,
                "Some files make k0s's own loading code crash instead of reporting an error: a key 'interval' where k0s rejects unknown keys (its strictyaml discards that error and then reads the discarded error), or spec.images.repository set while an image section is null (k0s rewrites every image's repository without checking the section is there). k0s config validate, the controller and k0sctl all stop with a Go panic."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            foreach (DocumentProblem problem in context.Facts.DocumentProblems)
            {
                if (problem.Kind == DocumentProblemKind.K0sCrash)
                {
                    context.Report(this, problem.Path, problem.Origin, problem.Text, problem.K0sError, problem.Detail);
                }
            }
        }
    }
}
