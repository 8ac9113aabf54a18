namespace K0sConfig.Rules
{
    /// <summary>K0S947: spec.k0s.version, versionChannel and dynamicConfig as k0sctl reads and checks them.</summary>
    internal sealed class K0S947K0sctlK0sVersion : Rule
    {
        public K0S947K0sctlK0sVersion()
            : base(new RuleDescriptor(
                RuleIds.K0sctlK0sVersion,
                "k0sctl k0s version is not valid",
                "{0}; k0sctl rejects the configuration (\"{1}\"). {2}",
                FindingSeverity.Error,
                RuleCategories.K0sctl,
                "k0sctl reads spec.k0s.version with k0sproject/version: an optional 'v', one to three numbers, '-pre' and '+k0s.N' (not 'stable' or 'latest': those belong in versionChannel); it requires v0.11.0-rc1 or later, v1.22.2+k0s.2 or later with dynamicConfig, and versionChannel stable or latest."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            if (context.Facts.K0sctl is not K0sctlFacts k0sctl)
            {
                return;
            }

            K0sctlVersion? version = null;
            if (k0sctl.K0sVersion is { IsKnown: true } written && written.Value.Length != 0)
            {
                if (!K0sctlVersion.TryParse(written.Value, out version, out string? error))
                {
                    string fix = written.Value == K0sctlValues.Stable || written.Value == K0sctlValues.Latest
                        ? "Write a version such as v1.33.1+k0s.0, or leave version out and write versionChannel: " + written.Value + "."
                        : "Write a k0s version such as v1.33.1+k0s.0.";
                    context.Report(this, "spec.k0s.version", written.Origin, "spec.k0s.version '" + written.Value + "' is not a version k0sctl can read", error, fix);
                }
                else if (version!.CompareTo(K0sctlVersion.Minimum) < 0)
                {
                    context.Report(this, "spec.k0s.version", written.Origin, "spec.k0s.version '" + written.Value + "' is older than k0sctl supports", "version: minimum supported k0s version is v0.11.0-rc1", "Use v0.11.0-rc1 or a later k0s.");
                    version = null;
                }
            }

            if (version != null && k0sctl.DynamicConfig is { IsKnown: true, Value: true } dynamic && version.CompareTo(K0sctlVersion.DynamicConfigSince) < 0)
            {
                context.Report(this, "spec.k0s.dynamicConfig", dynamic.Origin, "spec.k0s.dynamicConfig is true, but k0s " + version + " has no dynamic configuration", "dynamicConfig: dynamic config only available since k0s version v1.22.2+k0s.2", "Use k0s v1.22.2+k0s.2 or later, or turn dynamicConfig off.");
            }

            if (k0sctl.VersionChannel is { IsKnown: true } channel && channel.Value.Length != 0 && channel.Value != K0sctlValues.Stable && channel.Value != K0sctlValues.Latest)
            {
                context.Report(this, "spec.k0s.versionChannel", channel.Origin, "spec.k0s.versionChannel '" + channel.Value + "' is neither stable nor latest", "versionChannel: must be a valid value", "Write versionChannel: stable (releases only) or latest (pre-releases too).");
            }
        }
    }
}
