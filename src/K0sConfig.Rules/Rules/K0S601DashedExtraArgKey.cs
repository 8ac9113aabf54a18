using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S601: an extraArgs key that starts with '-'; k0s adds "--" itself.</summary>
    internal sealed class K0S601DashedExtraArgKey : Rule
    {
        public K0S601DashedExtraArgKey()
            : base(new RuleDescriptor(
                RuleIds.DashedExtraArgKey,
                "extraArgs key starts with '-'",
                "{0} key '{1}' starts with '-'; k0s adds '--' itself, so {2} gets '--{1}=...' and does not start (\"bad flag syntax\"). Write '{3}'.",
                FindingSeverity.Warning,
                RuleCategories.ExtraArgs,
                "k0s renders each extraArgs entry as --key=value without looking at the key, so a key written as --node-cidr-mask-size becomes ----node-cidr-mask-size and does not replace the flag k0s sets."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.ControllerManagerExtraArgs, FieldPaths.ApiExtraArgs, FieldPaths.KubeProxyExtraArgs, FieldPaths.KubeRouterExtraArgs };

        public override void Evaluate(RuleContext context)
        {
            ClusterFacts facts = context.Facts;
            Check(context, facts.ControllerManagerExtraArgs, FieldPaths.ControllerManagerExtraArgs, "controllerManager.extraArgs", "kube-controller-manager");
            Check(context, facts.ApiExtraArgs, FieldPaths.ApiExtraArgs, "api.extraArgs", "kube-apiserver");
            Check(context, facts.KubeProxyExtraArgs, FieldPaths.KubeProxyExtraArgs, "kubeProxy.extraArgs", "kube-proxy");
            Check(context, facts.KubeRouterExtraArgs, FieldPaths.KubeRouterExtraArgs, "kuberouter.extraArgs", "kube-router");
        }

        private void Check(RuleContext context, ExtraArgsFacts args, string mapPath, string map, string component)
        {
            if (args.Entries.Count == 0)
            {
                // Most maps are empty: no enumerator through the interface for them (an allocation per map, per evaluation).
                return;
            }

            foreach (KeyValuePair<string, ExtraArgFact> entry in args.Entries)
            {
                if (entry.Key.Length != 0 && entry.Key[0] == '-')
                {
                    string key = entry.Key.TrimStart('-');
                    if (entry.Value.KeyOrigin != null || entry.Value.Value.Origin == null)
                    {
                        context.ReportFixable(this, FieldPaths.ExtraArg(mapPath, entry.Key), entry.Value.KeyOrigin, key, "Write the key " + key, new object?[] { map, entry.Key, component, key });
                    }
                    else
                    {
                        // Only the value's place is known: writing the key there would be wrong.
                        context.Report(this, FieldPaths.ExtraArg(mapPath, entry.Key), entry.Value.Value.Origin, map, entry.Key, component, key);
                    }
                }
            }
        }
    }
}
