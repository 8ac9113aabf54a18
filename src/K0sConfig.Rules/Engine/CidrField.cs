using System;
using System.Collections.Concurrent;
using K0sConfig.Rules.Parsing;

namespace K0sConfig.Rules
{
    /// <summary>A CIDR field's effective value, parsed once per evaluation.</summary>
    internal sealed class CidrField
    {
        private readonly Cidr _cidr;

        public CidrField(string path, Fact<string> fact, string? defaultValue)
        {
            Path = path;
            Fact = fact;
            Default = defaultValue;
            if (fact.IsKnown)
            {
                Text = fact.Value ?? string.Empty;
                IsValid = Cidr.TryParse(Text, out _cidr, out string error);
                ParseError = error;
            }
            else if (fact.IsUnset && defaultValue != null)
            {
                // k0s's defaults, parsed once: most configurations leave one range or more at its default.
                Text = defaultValue;
                (IsValid, _cidr, ParseError) = Defaults.GetOrAdd(defaultValue, Parse);
            }
        }

        private static readonly ConcurrentDictionary<string, (bool, Cidr, string)> Defaults = new ConcurrentDictionary<string, (bool, Cidr, string)>(StringComparer.Ordinal);

        private static (bool, Cidr, string) Parse(string text) => (Cidr.TryParse(text, out Cidr cidr, out string error), cidr, error);

        public string Path { get; }

        /// <summary>The key as k0s.yaml spells it, such as <c>IPv6podCIDR</c>.</summary>
        public string Key => FieldPaths.Key(Path);

        public Fact<string> Fact { get; }

        public string? Default { get; }

        public object? Origin => Fact.Origin;

        /// <summary>The value k0s ends up with, or <see langword="null"/> when it is unknown or unset without a default.</summary>
        public string? Text { get; }

        /// <summary>The value k0s ends up with is known.</summary>
        public bool HasValue => Text != null;

        /// <summary>The effective value is known and Go parses it.</summary>
        public bool IsValid { get; }

        public string? ParseError { get; }

        public Cidr Cidr => _cidr;

        /// <summary>Valid and IPv4 as k0s decides it (Go <c>To4() != nil</c>).</summary>
        public bool IsIPv4 => IsValid && _cidr.IsIPv4;

        /// <summary>Valid and IPv6 as k0s decides it.</summary>
        public bool IsIPv6 => IsValid && !_cidr.IsIPv4;

        /// <summary>Valid and written in plain form, so arithmetic on it means what it says.</summary>
        public bool IsArithmetic => IsValid && !_cidr.IsMappedForm;

        public string FamilyName => _cidr.IsIPv4 ? FieldValues.IPFamily.IPv4 : FieldValues.IPFamily.IPv6;

        /// <summary>Sets this field in <paramref name="facts"/> (a copy being changed to check a fix).</summary>
        public void Write(ClusterFacts facts, Fact<string> value)
        {
            switch (Path)
            {
                case FieldPaths.PodCidr:
                    facts.PodCidr = value;
                    break;
                case FieldPaths.ServiceCidr:
                    facts.ServiceCidr = value;
                    break;
                case FieldPaths.IPv6PodCidr:
                    facts.IPv6PodCidr = value;
                    break;
                case FieldPaths.IPv6ServiceCidr:
                    facts.IPv6ServiceCidr = value;
                    break;
            }
        }

        /// <summary>
        /// A fix that swaps the values of this field and <paramref name="other"/> (an IPv6 range in podCIDR and an IPv4
        /// one in dualStack.IPv6podCIDR), when both are written and that makes no new error or warning.
        /// </summary>
        public FindingFix? Swap(RuleContext context, Rule rule, string findingPath, CidrField other)
        {
            if (!Fact.IsKnown || !other.Fact.IsKnown)
            {
                return null;
            }

            string mine = Text!;
            string theirs = other.Text!;
            return context.Offer(
                rule,
                findingPath,
                RuleContext.Fix("swap", "Swap " + Key + " and " + other.Key, FixEdit.Replace(Origin, theirs), FixEdit.Replace(other.Origin, mine)),
                f =>
                {
                    Write(f, Fact<string>.Known(theirs, Origin));
                    other.Write(f, Fact<string>.Known(mine, other.Origin));
                });
        }

        /// <summary>A fix that writes <paramref name="text"/> in place of this field's value, when that makes no new error or warning.</summary>
        public FindingFix? Replace(RuleContext context, Rule rule, string findingPath, string key, string title, string text)
            => Fact.IsKnown
                ? context.Offer(rule, findingPath, RuleContext.Fix(key, title, FixEdit.Replace(Origin, text)), f => Write(f, Fact<string>.Known(text, Origin)))
                : null;
    }
}
