using System.Collections.Generic;
using K0sConfig.Rules.Parsing;

namespace K0sConfig.Rules
{
    /// <summary>
    /// K0S206: kube-apiserver exits because the first service CIDR k0s gives it (chosen by the primary address
    /// family) is of another family than api.address, while its endpoint reconciler is on.
    /// </summary>
    internal sealed class K0S206ApiAddressFamilyMismatch : Rule
    {
        public K0S206ApiAddressFamilyMismatch()
            : base(new RuleDescriptor(
                RuleIds.ApiAddressFamilyMismatch,
                "API address family does not match the first service CIDR",
                "kube-apiserver will exit: the first service CIDR k0s gives it is {0} '{1}' but api.address '{2}' is {3} (\"service IP family \"{1}\" must match public address family \"{2}\"\"). {4}",
                FindingSeverity.Error,
                RuleCategories.AddressFamily,
                "With no api.externalAddress, kube-apiserver's endpoint reconciler requires its advertise address (api.address) to be of the family of the first service CIDR, which k0s picks by the primary address family."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = NetworkView.Reads;

        public override void Evaluate(RuleContext context)
        {
            ClusterFacts facts = context.Facts;
            NetworkView net = context.Network;

            // With an external address k0s sets --endpoint-reconciler-type=none, and kube-apiserver skips the check.
            if (!facts.ExternalAddress.TryGetEffective(string.Empty, out string external) || external.Length != 0)
            {
                return;
            }

            Fact<string> address = facts.ApiAddress;
            if (!address.IsKnown || !GoNet.TryParseIP(address.Value ?? string.Empty, out byte[] ip, out _) || net.DualStack == null)
            {
                return;
            }

            CidrField first;
            if (net.DualStack == false)
            {
                first = net.Service;
            }
            else if (net.PrimaryFamily == null)
            {
                return;
            }
            else
            {
                first = net.PrimaryFamily == FieldValues.IPFamily.IPv4 ? net.Service : net.IPv6Service;
            }

            bool addressIsIPv4 = GoNet.IsV4Mapped(ip);
            if (!first.IsValid || first.IsIPv4 == addressIsIPv4)
            {
                return;
            }

            string addressFamily = addressIsIPv4 ? FieldValues.IPFamily.IPv4 : FieldValues.IPFamily.IPv6;
            string fix;
            object? origin;
            string path;
            FindingFix? primary = null;
            if (net.DualStack == true && net.PrimaryFamilyIsExplicit)
            {
                fix = "Set primaryAddressFamily to " + addressFamily + " or remove it, or set an api.address of family " + first.FamilyName + ".";
                origin = facts.PrimaryAddressFamily.Origin;
                path = FieldPaths.PrimaryAddressFamily;
                primary = context.Offer(
                    this,
                    path,
                    RuleContext.Fix("primary-family", "Set primaryAddressFamily to " + addressFamily, FixEdit.Replace(origin, addressFamily)),
                    f => f.PrimaryAddressFamily = Fact<string>.Known(addressFamily, origin));
            }
            else
            {
                fix = "Use an api.address of family " + first.FamilyName + ", or set api.externalAddress (k0s then turns the endpoint reconciler off).";
                origin = address.Origin;
                path = FieldPaths.ApiAddress;
            }

            context.Report(
                this,
                Descriptor.DefaultSeverity,
                path,
                origin,
                new object?[] { first.FamilyName, first.Text, address.Value, addressFamily, fix },
                RuleContext.Offered(primary),
                new Related(first.Path, first.Origin),
                new Related(FieldPaths.ApiAddress, address.Origin));
        }
    }
}
