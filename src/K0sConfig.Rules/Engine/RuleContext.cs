using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>What a rule sees during one evaluation: the facts, the options, derived values, and where to report.</summary>
    internal sealed class RuleContext
    {
        private readonly List<Finding> _findings;
        private readonly bool _checkingAFix;
        private NetworkView? _network;
        private HashSet<(string, string)>? _problemsBefore;

        public RuleContext(ClusterFacts facts, ValidationOptions options, List<Finding> findings)
            : this(facts, options, findings, checkingAFix: false)
        {
        }

        private RuleContext(ClusterFacts facts, ValidationOptions options, List<Finding> findings, bool checkingAFix)
        {
            Facts = facts;
            Options = options;
            _findings = findings;
            _checkingAFix = checkingAFix;
        }

        public ClusterFacts Facts { get; }

        public ValidationOptions Options { get; }

        /// <summary>Values derived from the facts (parsed CIDRs, dual-stack, primary family, node masks), computed once.</summary>
        public NetworkView Network => _network ??= new NetworkView(Facts, Options.Version);

        /// <summary>The CPLB VRRP instances when the list is known, else none: the rules that check each instance read this.</summary>
        public IReadOnlyList<VrrpInstanceFacts> KnownVrrpInstances
            => Facts.VrrpInstances is { IsKnown: true, Value: { } instances } ? instances : System.Array.Empty<VrrpInstanceFacts>();

        /// <summary>The entries of a list of sections (<see cref="ClusterFacts.ItemListPaths"/>) when the list is known, else none.</summary>
        public IReadOnlyList<ItemFacts> KnownItems(string path)
            => Facts.Items(path) is { IsKnown: true, Value: { } items } ? items : System.Array.Empty<ItemFacts>();

        public void Report(Rule rule, string path, object? origin, params object?[] arguments)
            => Report(rule, rule.Descriptor.DefaultSeverity, path, origin, arguments);

        /// <summary>Reports a finding that one value, written at <paramref name="origin"/>, fixes: <paramref name="title"/> writes <paramref name="replacement"/> there.</summary>
        public void ReportFixable(Rule rule, string path, object? origin, string replacement, string title, object?[] arguments, params Related[] related)
            => Add(rule, rule.Descriptor.DefaultSeverity, path, origin, arguments, related, new[] { Fix("replace", title, FixEdit.Replace(origin, replacement)) });

        public void Report(Rule rule, FindingSeverity severity, string path, object? origin, object?[] arguments, params Related[] related)
            => Add(rule, severity, path, origin, arguments, related, fixes: null);

        /// <summary>Reports a finding with the fixes the rule found; <paramref name="fixes"/> may be empty.</summary>
        public void Report(Rule rule, FindingSeverity severity, string path, object? origin, object?[] arguments, IReadOnlyList<FindingFix>? fixes, params Related[] related)
            => Add(rule, severity, path, origin, arguments, related, fixes != null && fixes.Count == 0 ? null : fixes);

        public static FindingFix Fix(string key, string title, params FixEdit[] edits) => new FindingFix(key, title, edits);

        /// <summary>
        /// Whether the configuration after <paramref name="change"/> no longer has <paramref name="rule"/>'s finding at
        /// <paramref name="path"/>, and has no error or warning that it does not have now: the rules are run again on a changed
        /// copy of the facts. A rule offers a fix only when it passes. Inside such a check, it never passes: fixes of
        /// fixes are not looked for.
        /// </summary>
        public bool Fixes(Rule rule, string path, Action<ClusterFacts> change)
        {
            if (_checkingAFix)
            {
                return false;
            }

            if (_problemsBefore == null)
            {
                _problemsBefore = new HashSet<(string, string)>();
                foreach (Finding finding in Run(Facts))
                {
                    if (finding.Severity != FindingSeverity.Info)
                    {
                        _problemsBefore.Add((finding.RuleId, finding.Path));
                    }
                }
            }

            ClusterFacts changed = Facts.Copy();
            change(changed);
            foreach (Finding finding in Run(changed))
            {
                if ((finding.RuleId == rule.Descriptor.Id && finding.Path == path)
                    || (finding.Severity != FindingSeverity.Info && !_problemsBefore.Contains((finding.RuleId, finding.Path))))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><paramref name="fix"/> when <paramref name="change"/>, what it does to the facts, passes <see cref="Fixes"/>; else <see langword="null"/>.</summary>
        public FindingFix? Offer(Rule rule, string path, FindingFix fix, Action<ClusterFacts> change)
            => Fixes(rule, path, change) ? fix : null;

        /// <summary>The fixes that are not <see langword="null"/>.</summary>
        public static IReadOnlyList<FindingFix> Offered(params FindingFix?[] fixes)
        {
            var offered = new List<FindingFix>(fixes.Length);
            foreach (FindingFix? fix in fixes)
            {
                if (fix != null)
                {
                    offered.Add(fix);
                }
            }

            return offered;
        }

        /// <summary><paramref name="map"/> with <paramref name="key"/> set to <paramref name="value"/>, or removed when it is <see langword="null"/>.</summary>
        public static ExtraArgsFacts With(ExtraArgsFacts map, string key, Fact<string>? value)
        {
            var entries = new Dictionary<string, ExtraArgFact>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, ExtraArgFact> entry in map.Entries)
            {
                entries[entry.Key] = entry.Value;
            }

            if (value == null)
            {
                entries.Remove(key);
            }
            else
            {
                ExtraArgSource source = map.Entries.TryGetValue(key, out ExtraArgFact old) ? old.Source : ExtraArgSource.TypedHelper;
                entries[key] = new ExtraArgFact(value.Value, source, value.Value.Origin);
            }

            return new ExtraArgsFacts(entries, map.IsComplete);
        }

        private List<Finding> Run(ClusterFacts facts)
        {
            var findings = new List<Finding>();
            RuleEngine.Run(new RuleContext(facts, Options, findings, checkingAFix: true));
            return findings;
        }

        private void Add(Rule rule, FindingSeverity severity, string path, object? origin, object?[] arguments, Related[] related, IReadOnlyList<FindingFix>? fixes)
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

            _findings.Add(new Finding(rule.Descriptor, severity, path, arguments, paths, origin, origins, fixes));
        }
    }
}
