namespace K0sConfig.Rules
{
    /// <summary>K0S940: k0sctl refuses to read the file (strict decoding, documents, the Cluster document it needs).</summary>
    internal sealed class K0S940K0sctlUnreadable : Rule
    {
        public K0S940K0sctlUnreadable()
            : base(new RuleDescriptor(
                RuleIds.K0sctlUnreadable,
                "k0sctl cannot read the file",
                "{0}; k0sctl refuses the file (\"{1}\"). {2}",
                FindingSeverity.Error,
                RuleCategories.K0sctl,
                "k0sctl reads k0sctl.yaml strictly (gopkg.in/yaml.v2 UnmarshalStrict): an unknown key, a key written twice or a value of the wrong type anywhere in the Cluster document stops it, and so does a document without apiVersion and kind (a comment before a leading '---' is one), no Cluster document or two of them. On the command line, where it may read the disk, validate also looks for each local upload source as k0sctl does before it validates (relative to the file's folder): a missing one, a glob or folder without files, or several files for a single-file dst stop k0sctl."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            if (context.Facts.K0sctl is not K0sctlFacts k0sctl)
            {
                return;
            }

            foreach (K0sctlProblem problem in k0sctl.Problems)
            {
                context.Report(this, problem.Path, problem.Origin, problem.What, problem.K0sctlError, problem.Fix);
            }
        }
    }
}
