using System.Collections.Generic;
using System.Text;

namespace K0sConfig.Rules
{
    /// <summary>K0S703: a VRRP instance without authPass, or with one longer than 8 bytes.</summary>
    internal sealed class K0S703VrrpAuthPass : Rule
    {
        public K0S703VrrpAuthPass()
            : base(new RuleDescriptor(
                RuleIds.VrrpAuthPass,
                "VRRP auth pass is missing or longer than 8 bytes",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.LoadBalancing,
                "Every keepalived VRRP instance needs an authPass of 1 to 8 bytes (keepalived's PASS authentication uses 8); k0s rejects a missing or longer one."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.VrrpInstances };

        public override void Evaluate(RuleContext context)
        {
            IReadOnlyList<VrrpInstanceFacts> instances = context.KnownVrrpInstances;
            for (int i = 0; i < instances.Count; i++)
            {
                VrrpInstanceFacts instance = instances[i];
                string key = "vrrpInstances[" + i.ToInvariant() + "]";
                Fact<string> pass = instance.AuthPass;
                if (pass.IsUnset || (pass.IsKnown && string.IsNullOrEmpty(pass.Value)))
                {
                    context.Report(this, FieldPaths.VrrpInstance(i) + ".authPass", pass.IsKnown ? pass.Origin : instance.Origin, key, "has no authPass", "k0s rejects it (\"controlPlaneLoadBalancing: AuthPass must be defined\")", "Set AuthPass(...) to 1 to 8 characters, the same on every controller.");
                    continue;
                }

                // Go's len counts UTF-8 bytes.
                int bytes = pass.IsKnown ? Encoding.UTF8.GetByteCount(pass.Value) : 0;
                if (bytes > 8)
                {
                    string size = bytes == pass.Value.Length ? bytes.ToInvariant() + " characters" : bytes.ToInvariant() + " bytes in UTF-8";
                    context.Report(this, FieldPaths.VrrpInstance(i) + ".authPass", pass.Origin, key + ".authPass", "is " + size, "k0s rejects more than 8 (\"controlPlaneLoadBalancing: AuthPass must be 8 characters or less\")", "Use at most 8 ASCII characters.");
                }
            }
        }
    }
}
