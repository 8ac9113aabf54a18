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
            }
            else if (fact.IsUnset && defaultValue != null)
            {
                Text = defaultValue;
            }

            if (Text != null)
            {
                IsValid = Cidr.TryParse(Text, out _cidr, out string error);
                ParseError = error;
            }
        }

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

        public string FamilyName => _cidr.IsIPv4 ? "IPv4" : "IPv6";
    }
}
