namespace K0sConfig.Rules
{
    /// <summary>K0S809: a k0sctl file's spec.k0s.version that is not a version, or that the version asked for overrides.</summary>
    internal sealed class K0S809K0sctlVersionPin : Rule
    {
        public K0S809K0sctlVersionPin()
            : base(new RuleDescriptor(
                RuleIds.K0sctlVersionPin,
                "k0sctl's spec.k0s.version is not the version checked",
                "spec.k0s.version '{0}' {1}",
                FindingSeverity.Warning,
                RuleCategories.Yaml,
                "A k0sctl file's spec.k0s.version says which k0s k0sctl installs, so the configuration is checked for that k0s. A version given on the command line (--k0s-version) wins over it, as the question asked now (for example before changing the pin); the finding says so. A pin that is not a version is a warning: k0sctl cannot install it as written (it may be a template's placeholder, filled in later)."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            foreach (DocumentProblem problem in context.Facts.DocumentProblems)
            {
                if (problem.Kind != DocumentProblemKind.K0sVersionPin)
                {
                    continue;
                }

                if (problem.IgnoredByK0s)
                {
                    context.Report(this, FindingSeverity.Info, problem.Path, problem.Origin, new object?[] { problem.Text, "pins another k0s than the version asked for, " + problem.Detail + ", which wins: the configuration is checked for k0s " + problem.Detail + ". Leave --k0s-version out to check for the pinned version." });
                }
                else
                {
                    context.Report(this, problem.Path, problem.Origin, problem.Text, "is not a k0s version, so k0sctl cannot install it as written (a template's placeholder is filled in first) and the configuration is checked for the newest k0s. Write it as " + problem.K0sError + ".");
                }
            }
        }
    }
}
