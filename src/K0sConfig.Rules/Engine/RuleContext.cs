using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>What a rule sees during one evaluation: the facts, the options, derived values, and where to report.</summary>
    internal sealed class RuleContext
    {
        private readonly List<Finding> _findings;
        private NetworkView? _network;

        public RuleContext(ClusterFacts facts, ValidationOptions options, List<Finding> findings)
        {
            Facts = facts;
            Options = options;
            _findings = findings;
        }

        public ClusterFacts Facts { get; }

        public ValidationOptions Options { get; }

        /// <summary>Values derived from the facts (parsed CIDRs, dual-stack, primary family, node masks), computed once.</summary>
        public NetworkView Network => _network ??= new NetworkView(Facts);

        public void Report(Rule rule, string path, object? origin, params object?[] arguments)
            => Report(rule, rule.Descriptor.DefaultSeverity, path, origin, arguments);

        /// <summary>Reports a finding that one value, written at <paramref name="origin"/>, fixes.</summary>
        public void ReportFixable(Rule rule, string path, object? origin, string replacement, object?[] arguments, params Related[] related)
            => Add(rule, rule.Descriptor.DefaultSeverity, path, origin, arguments, related, replacement);

        public void Report(Rule rule, FindingSeverity severity, string path, object? origin, object?[] arguments, params Related[] related)
            => Add(rule, severity, path, origin, arguments, related, replacement: null);

        private void Add(Rule rule, FindingSeverity severity, string path, object? origin, object?[] arguments, Related[] related, string? replacement)
        {
            List<string>? paths = null;
            List<object?>? origins = null;
            if (related.Length != 0)
            {
                paths = new List<string>(related.Length);
                origins = new List<object?>(related.Length);
                foreach (Related r in related)
                {
                    paths.Add(r.Path);
                    origins.Add(r.Origin);
                }
            }

            _findings.Add(new Finding(rule.Descriptor, severity, path, arguments, paths, origin, origins, replacement));
        }
    }
}
