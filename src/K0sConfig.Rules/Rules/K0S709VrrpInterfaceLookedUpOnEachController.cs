using K0sConfig.Rules.Parsing;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S709: a VRRP instance's interface written as a MAC address, which k0s (1.34 and later) looks up on each controller.</summary>
    internal sealed class K0S709VrrpInterfaceLookedUpOnEachController : Rule
    {
        public K0S709VrrpInterfaceLookedUpOnEachController()
            : base(new RuleDescriptor(
                RuleIds.VrrpInterfaceLookedUp,
                "VRRP interface is looked up on each controller",
                "{0} is a MAC address, which names one NIC on one machine; k0s looks it up on each controller when it loads the configuration and refuses it where no NIC has that address, which is every controller but one (\"{1}\"). Name the interface instead (such as eth0), the same on every controller.",
                FindingSeverity.Warning,
                RuleCategories.LoadBalancing,
                "From k0s 1.34 a VRRP instance's interface written as a MAC address is turned into the name of the NIC that has it, on the machine k0s runs on. A MAC address belongs to one NIC on one machine, so every other controller that reads the same configuration refuses it. Whether k0s accepts it depends on the machine, not on the file: a warning."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.VrrpInstances };

        public override void Evaluate(RuleContext context)
        {
            if (!VersionFacts.LooksUpMacInterface(context.Options.Version))
            {
                return;
            }

            IReadOnlyList<VrrpInstanceFacts> instances = context.KnownVrrpInstances;
            for (int i = 0; i < instances.Count; i++)
            {
                Fact<string> nic = instances[i].Interface;
                if (nic.IsKnown && GoNet.IsMac(nic.Value))
                {
                    context.Report(this, FieldPaths.VrrpInstance(i) + ".interface", nic.Origin, "vrrpInstances[" + i.ToInvariant() + "].interface '" + nic.Value + "'", "interface with MAC address " + nic.Value + " not found");
                }
            }
        }
    }
}
