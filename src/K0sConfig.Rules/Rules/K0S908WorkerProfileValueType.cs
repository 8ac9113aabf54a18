using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S908: a worker profile's values that are not a mapping (every version), or a value of a type the kubelet configuration field cannot hold (k0s 1.34 and later).</summary>
    internal sealed class K0S908WorkerProfileValueType : Rule
    {
        public K0S908WorkerProfileValueType()
            : base(new RuleDescriptor(
                RuleIds.WorkerProfileValueType,
                "Worker profile value has a type the kubelet configuration field cannot hold",
                "{0} is {1}, but the kubelet's {2} is {3}; {4}. {5}",
                FindingSeverity.Error,
                RuleCategories.Sections,
                "From k0s 1.34 a worker profile's values are decoded into the kubelet's KubeletConfiguration (kubelet.config.k8s.io/v1beta1) while k0s validates the ClusterConfig, and Go's JSON decoder never turns a number, a boolean, a list or a mapping into text: k0s rejects the whole profile with the decoder's error. In every version the values must be a mapping: k0s reads them as one (a map before 1.34, the KubeletConfiguration since)."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.WorkerProfiles };

        public override void Evaluate(RuleContext context)
        {
            bool decodes = VersionFacts.DecodesWorkerProfileValues(context.Options.Version);
            IReadOnlyList<ItemFacts> profiles = context.KnownItems(FieldPaths.WorkerProfiles);
            for (int i = 0; i < profiles.Count; i++)
            {
                string values = "workerProfiles[" + i.ToInvariant() + "].values";
                if (profiles[i].Kind(KubeletValues.ValuesKey) is { IsKnown: true, Value: "number" or "bool" or "string" or "array" } whole)
                {
                    // Values that are not a mapping: k0s's Validate decodes them into a map (before 1.34) or the
                    // KubeletConfiguration (since), and fails.
                    string json = "json: cannot unmarshal " + whole.Value + " into Go value of type " + (decodes ? "v1beta1.KubeletConfiguration" : "map[string]interface {}");
                    context.Report(this, FieldPaths.Entry(FieldPaths.WorkerProfiles, i) + ".values", whole.Origin ?? profiles[i].Origin, values, Article(whole.Value), "configuration", "a mapping of its fields", "k0s rejects the profile (\"" + (decodes ? values + ": Invalid value: " + json : json) + "\")", "Write the values as a mapping of kubelet fields, such as {maxPods: 200}, or {} for none.");
                    continue;
                }

                if (!decodes || !(KubeletValues.FirstTypeError(profiles[i]) is KubeletValues.TypeError error))
                {
                    continue;
                }

                string path = FieldPaths.Entry(FieldPaths.WorkerProfiles, i) + ".values." + error.Key;
                string quote = values + ": Invalid value: " + error.Text;
                string consequence = error.IsFirstCertainly
                    ? "k0s rejects the profile (\"" + quote + "\")"
                    : "k0s rejects the profile (\"" + values + ": Invalid value: json: cannot unmarshal ...\")";
                string fix = error.GoType == "[]string"
                    ? "Write a list of text values, or leave " + error.Field + " out."
                    : error.Field == "clusterDNS"
                        ? "Write each entry as text (quoted if YAML would read it as something else)."
                        : "Write it as text (quoted if YAML would read it as something else), or leave it out.";
                context.Report(this, path, error.Origin ?? profiles[i].Origin, values + "." + error.Key, Article(error.Written), error.Field, error.Field == "clusterDNS" ? "a list of text ([]string)" : "text (string)", consequence, fix);
            }
        }

        private static string Article(string written) => written switch
        {
            "number" => "a number",
            "bool" => "a boolean",
            "array" => "a list",
            "object" => "a mapping",
            _ => "text",
        };
    }
}
