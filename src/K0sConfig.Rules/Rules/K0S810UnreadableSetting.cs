namespace K0sConfig.Rules
{
    /// <summary>K0S810: a setting outside k0s.yaml (the MSBuild property K0sVersion or K0sFeatureGates) that cannot be read.</summary>
    internal sealed class K0S810UnreadableSetting : Rule
    {
        public K0S810UnreadableSetting()
            : base(new RuleDescriptor(
                RuleIds.UnreadableSetting,
                "K0sVersion or K0sFeatureGates is not understood",
                "{0} '{1}' is not understood: {2} The configuration is checked for {3} instead, so findings that depend on the k0s version or its feature gates may not hold for the k0s you run.",
                FindingSeverity.Error,
                RuleCategories.Yaml,
                "The MSBuild properties K0sVersion and K0sFeatureGates choose which k0s the analyzers check for. A value that is not a k0s version, or gates k0s would not take, would otherwise be dropped without a word and the newest k0s checked instead."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            foreach (SettingProblem problem in context.Options.SettingProblems)
            {
                context.Report(this, string.Empty, origin: null, problem.Setting, problem.Value, problem.Problem, problem.Instead);
            }
        }
    }
}
