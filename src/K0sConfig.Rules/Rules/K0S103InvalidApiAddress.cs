using K0sConfig.Rules.Parsing;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S103: api.address is not an IP address, or is 0.0.0.0 / ::.</summary>
    internal sealed class K0S103InvalidApiAddress : Rule
    {
        public K0S103InvalidApiAddress()
            : base(new RuleDescriptor(
                RuleIds.InvalidApiAddress,
                "API address is not a usable IP address",
                "api.address '{0}' {1}; k0s rejects it (\"{2}\"). Use the controller's own IPv4 or IPv6 address, or leave api.address unset so k0s picks the host's first public address.",
                FindingSeverity.Error,
                RuleCategories.Address,
                "api.address is the address kube-apiserver advertises to the cluster: k0s requires an IP address (Go net.ParseIP) and rejects the unspecified addresses 0.0.0.0 and ::."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.ApiAddress };

        public override void Evaluate(RuleContext context)
        {
            Fact<string> address = context.Facts.ApiAddress;

            if (!address.IsKnown)
            {
                return;
            }

            if (string.IsNullOrEmpty(address.Value))
            {
                // An empty address is the same as none from k0s 1.30: k0s fills in the host's address.
                if (!VersionFacts.FillsInEmptyApiAddress(context.Options.Version))
                {
                    context.Report(this, FieldPaths.ApiAddress, address.Origin, string.Empty, "is empty, which k0s " + context.Options.Version.ToString() + " does not replace with the host's address (it does from k0s 1.30)", "invalid IP address");
                }

                return;
            }

            if (!GoNet.TryParseIP(address.Value, out _, out string error))
            {
                context.Report(this, FieldPaths.ApiAddress, address.Origin, address.Value, "is not an IP address: " + error, "invalid IP address");
            }
            else if ((address.Value == "0.0.0.0" || address.Value == "::") && VersionFacts.RejectsUnspecifiedAddress(context.Options.Version))
            {
                context.Report(this, FieldPaths.ApiAddress, address.Origin, address.Value, "is the unspecified address, which no other node can reach", "invalid INADDR_ANY");
            }
        }
    }
}
