using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S710: a VRRP instance without an interface: k0s takes the NIC of each controller's default route.</summary>
    internal sealed class K0S710VrrpInterfaceFromDefaultRoute : Rule
    {
        public K0S710VrrpInterfaceFromDefaultRoute()
            : base(new RuleDescriptor(
                RuleIds.VrrpInterfaceFromDefaultRoute,
                "VRRP interface is the default route's NIC",
                "{0} has no interface, so k0s takes the NIC of the default route on each controller when it loads the configuration, and refuses it on a controller without a default route (\"failed to get default NIC: default route not found\"). Name the interface (Interface(\"eth0\")) if that is not the NIC keepalived should use.",
                FindingSeverity.Info,
                RuleCategories.LoadBalancing,
                "k0s fills in a VRRP instance's missing interface from the machine it runs on: the NIC of the default route. That is k0s's documented default and works wherever there is a default route, so this is information, off by default in the analyzers (it would show on most control plane load balancing configurations); turn it on with dotnet_diagnostic.K0S710.severity = suggestion.",
                isEnabledByDefault: false))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.VrrpInstances };

        public override void Evaluate(RuleContext context)
        {
            IReadOnlyList<VrrpInstanceFacts> instances = context.KnownVrrpInstances;
            for (int i = 0; i < instances.Count; i++)
            {
                VrrpInstanceFacts instance = instances[i];
                Fact<string> nic = instance.Interface;
                if (nic.IsUnset || (nic.IsKnown && nic.Value.Length == 0))
                {
                    context.Report(this, FieldPaths.VrrpInstance(i) + ".interface", nic.IsKnown ? nic.Origin : instance.Origin, "vrrpInstances[" + i.ToInvariant() + "]");
                }
            }
        }
    }
}
