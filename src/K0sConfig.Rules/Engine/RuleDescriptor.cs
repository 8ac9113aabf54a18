namespace K0sConfig.Rules
{
    /// <summary>A rule's identity: the single source that the analyzers' descriptors and the docs are made from.</summary>
    public sealed class RuleDescriptor
    {
        /// <summary>Where the rule pages live.</summary>
        public const string HelpLinkBase = "https://github.com/k0sconfig/k0sconfig/blob/main/docs/rules/";

        internal RuleDescriptor(string id, string title, string messageFormat, FindingSeverity severity, string category, string description, bool isEnabledByDefault = true)
        {
            IsEnabledByDefault = isEnabledByDefault;
            Id = id;
            Title = title;
            MessageFormat = messageFormat;
            DefaultSeverity = severity;
            Category = category;
            Description = description;
        }

        /// <summary>The stable id, such as <c>K0S101</c>; users put it in .editorconfig.</summary>
        public string Id { get; }

        /// <summary>A short title.</summary>
        public string Title { get; }

        /// <summary>The message, a composite format string whose arguments each finding supplies.</summary>
        public string MessageFormat { get; }

        /// <summary>The severity unless configured otherwise.</summary>
        public FindingSeverity DefaultSeverity { get; }

        /// <summary>
        /// Whether the analyzers report the rule unless configured otherwise. Run-time validation (Build/Validate)
        /// always runs every rule.
        /// </summary>
        public bool IsEnabledByDefault { get; }

        /// <summary>The category, such as <c>K0sConfig.Address</c>.</summary>
        public string Category { get; }

        /// <summary>One or two sentences on what the rule checks and why.</summary>
        public string Description { get; }

        /// <summary>The rule's documentation page.</summary>
        public string HelpLink => HelpLinkBase + Id + ".md";

        /// <inheritdoc />
        public override string ToString() => Id + ": " + Title;
    }
}
