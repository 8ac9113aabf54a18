using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S602: extraArgs override a flag k0s derives from the network settings.</summary>
    internal sealed class K0S602ExtraArgOverridesDerivedFlag : Rule
    {
        public K0S602ExtraArgOverridesDerivedFlag()
            : base(new RuleDescriptor(
                RuleIds.ExtraArgOverridesDerivedFlag,
                "extraArgs override a flag k0s derives",
                "{0}",
                FindingSeverity.Warning,
                RuleCategories.ExtraArgs,
                "k0s derives cluster-cidr, service-cluster-ip-range and the node masks from spec.network; an extraArgs entry replaces k0s's value and stops following the network settings."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = ReadsOf(NetworkView.Reads, FieldPaths.ApiExtraArgs);

        public override void Evaluate(RuleContext context)
        {
            ClusterFacts facts = context.Facts;
            NetworkView net = context.Network;
            ExtraArgsFacts controllerManager = facts.ControllerManagerExtraArgs;

            Derived(context, controllerManager, FieldPaths.ControllerManagerExtraArgs, "controllerManager.extraArgs", "cluster-cidr", "podCIDR and dualStack.IPv6podCIDR");
            Derived(context, controllerManager, FieldPaths.ControllerManagerExtraArgs, "controllerManager.extraArgs", "service-cluster-ip-range", "serviceCIDR and dualStack.IPv6serviceCIDR");
            Derived(context, facts.ApiExtraArgs, FieldPaths.ApiExtraArgs, "api.extraArgs", "service-cluster-ip-range", "serviceCIDR and dualStack.IPv6serviceCIDR");

            if (controllerManager.Entries.TryGetValue("allocate-node-cidrs", out ExtraArgFact allocate)
                && allocate.Value.IsKnown
                && string.Equals(allocate.Value.Value, "false", System.StringComparison.OrdinalIgnoreCase)
                && net.Provider == FieldValues.NetworkProvider.Kuberouter)
            {
                string path = FieldPaths.ExtraArg(FieldPaths.ControllerManagerExtraArgs, "allocate-node-cidrs");
                object? origin = allocate.Value.Origin;
                context.Report(
                    this,
                    Descriptor.DefaultSeverity,
                    path,
                    origin,
                    new object?[] { "controllerManager.extraArgs 'allocate-node-cidrs: false' stops kube-controller-manager from giving nodes a pod range, but kube-router takes pod addresses from that range, so pods get none. Remove it." },
                    RuleContext.Offered(context.Offer(
                        this,
                        path,
                        RuleContext.Fix("remove", "Remove allocate-node-cidrs", FixEdit.Remove(origin)),
                        f => f.ControllerManagerExtraArgs = RuleContext.With(controllerManager, "allocate-node-cidrs", null))));
            }

            foreach (string flag in NodeMasks.Flags)
            {
                if (controllerManager.Entries.TryGetValue(flag, out ExtraArgFact entry)
                    && entry.Source == (ExtraArgSource.ExtraArg | ExtraArgSource.TypedHelper))
                {
                    string shown = entry.Value.IsKnown ? "'" + entry.Value.Value + "'" : "its value";
                    context.Report(this, FieldPaths.ExtraArg(FieldPaths.ControllerManagerExtraArgs, flag), entry.Value.Origin, "controllerManager.extraArgs '" + flag + "' is set both by its typed helper and as a raw extra argument; the later one wins (" + shown + "). Set it once.");
                }
            }
        }

        private void Derived(RuleContext context, ExtraArgsFacts args, string mapPath, string map, string flag, string source)
        {
            if (args.Entries.TryGetValue(flag, out ExtraArgFact entry))
            {
                context.Report(this, FieldPaths.ExtraArg(mapPath, flag), entry.Value.Origin ?? entry.KeyOrigin, map + " '" + flag + "' replaces the value k0s derives from " + source + "; when those change, this one stays behind. Remove it and set the network fields instead, unless you need to pin the order (k0s issue #7927).");
            }
        }
    }
}
