namespace K0sConfig.Rules
{
    /// <summary>K0S807: the k0s version asked for is outside 1.27 to 1.36, so the rules answer for the nearest supported one.</summary>
    internal sealed class K0S807K0sVersionOutsideSupportedRange : Rule
    {
        public K0S807K0sVersionOutsideSupportedRange()
            : base(new RuleDescriptor(
                RuleIds.K0sVersionOutsideSupportedRange,
                "k0s version outside the supported range",
                "k0s {0} is {1} the versions K0sConfig knows ({2} to {3}), so the configuration is checked as for k0s {4}: {5}",
                FindingSeverity.Warning,
                RuleCategories.Yaml,
                "The rules know k0s's schema, checks and defaults from 1.27 to 1.36. An older version is checked as 1.27 (a warning: older k0s differs in ways the rules do not know), a newer one as 1.36 (information)."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            K0sVersion asked = context.Options.RequestedVersion;
            if (asked.IsSupported)
            {
                return;
            }

            bool older = asked.Minor < K0sVersion.OldestMinor;
            context.Report(
                this,
                older ? FindingSeverity.Warning : FindingSeverity.Info,
                string.Empty,
                origin: null,
                new object?[]
                {
                    asked, older ? "older than" : "newer than", "1." + K0sVersion.OldestMinor.ToInvariant(), "1." + K0sVersion.NewestMinor.ToInvariant(), context.Options.Version,
                    older ? "k0s before 1.27 differs in fields and checks the rules do not know, so some findings may not hold; upgrading k0s is the fix" : "findings about what changed after 1.36 may be missing",
                });
        }
    }
}
