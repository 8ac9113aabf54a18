using System;
using System.Collections.Generic;
using System.Globalization;
using K0sConfig.Rules;

namespace K0sConfig
{
    /// <summary>How serious a finding is.</summary>
    public enum FindingSeverity
    {
        /// <summary>Worth knowing; nothing is wrong.</summary>
        Info = 0,

        /// <summary>k0s accepts the value, but it is probably not what was meant.</summary>
        Warning = 1,

        /// <summary>k0s rejects the configuration, or a component it starts fails.</summary>
        Error = 2,
    }

    /// <summary>One rule's verdict on a configuration.</summary>
    public sealed class Finding
    {
        private static readonly IReadOnlyList<string> NoPaths = Array.Empty<string>();
        private static readonly IReadOnlyList<object?> NoOrigins = Array.Empty<object?>();

        internal Finding(RuleDescriptor rule, FindingSeverity severity, string path, object?[] arguments, IReadOnlyList<string>? additionalPaths, object? origin, IReadOnlyList<object?>? additionalOrigins, IReadOnlyList<FindingFix>? fixes = null)
        {
            Fixes = fixes ?? FindingFix.None;
            foreach (FindingFix fix in Fixes)
            {
                if (fix.Edits.Count == 1 && fix.Edits[0].Kind == FixEditKind.Replace && Equals(fix.Edits[0].Origin, origin))
                {
                    Replacement = fix.Edits[0].Value;
                    break;
                }
            }

            Rule = rule;
            Severity = severity;
            Path = path;
            object?[] visible = Formatting.Visible(arguments);
            MessageArguments = visible;
            Message = string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, visible);
            AdditionalPaths = additionalPaths ?? NoPaths;
            Origin = origin;
            AdditionalOrigins = additionalOrigins ?? NoOrigins;
        }

        /// <summary>
        /// The text that fixes the finding when written where <see cref="Origin"/> points, in place of what is there
        /// (a canonical CIDR, <c>bird</c>, a key without dashes): the first of <see cref="Fixes"/> when it replaces
        /// that one value; <see langword="null"/> otherwise.
        /// </summary>
        public string? Replacement { get; }

        /// <summary>
        /// The edits that fix the finding, each checked not to make a new error or warning; empty when no edit is clearly right.
        /// Code fixes offer them.
        /// </summary>
        public IReadOnlyList<FindingFix> Fixes { get; }

        /// <summary>The rule id, such as <c>K0S101</c>.</summary>
        public string RuleId => Rule.Id;

        /// <summary>The rule that made the finding.</summary>
        public RuleDescriptor Rule { get; }

        /// <summary>How serious it is.</summary>
        public FindingSeverity Severity { get; }

        /// <summary>The k0s.yaml path of the value to change, such as <c>spec.network.podCIDR</c>.</summary>
        public string Path { get; }

        /// <summary>Paths of the other values involved.</summary>
        public IReadOnlyList<string> AdditionalPaths { get; }

        /// <summary>The message: the value, the consequence and the fix.</summary>
        public string Message { get; }

        /// <summary>The arguments that <see cref="RuleDescriptor.MessageFormat"/> was formatted with.</summary>
        public IReadOnlyList<object?> MessageArguments { get; }

        /// <summary>Where the value at <see cref="Path"/> was written, as the front end recorded it (<see cref="Fact{T}.Origin"/>).</summary>
        public object? Origin { get; }

        /// <summary>Where the values at <see cref="AdditionalPaths"/> were written, where known.</summary>
        public IReadOnlyList<object?> AdditionalOrigins { get; }

        /// <summary>
        /// One line: id, severity, path and message. Line breaks and other control characters in the path (an
        /// extraArgs key) are escaped as they are in the message's values, so a value can neither split a finding nor
        /// forge a line that looks like another finding.
        /// </summary>
        /// <returns>For example <c>K0S101 error spec.network.podCIDR: ...</c>.</returns>
        public override string ToString() => RuleId + " " + Severity.ToString().ToLowerInvariant() + " " + Formatting.Visible(Path) + ": " + Message;
    }
}
