using System.Collections.Generic;
using K0sConfig.Rules.Parsing;

namespace K0sConfig.Rules
{
    /// <summary>K0S903: a worker profile without a name, or with one that is not a lowercase RFC 1123 label.</summary>
    internal sealed class K0S903WorkerProfileName : Rule
    {
        private static readonly string NameKey = FieldPaths.Key(FieldPaths.WorkerProfileName);

        public K0S903WorkerProfileName()
            : base(new RuleDescriptor(
                RuleIds.WorkerProfileName,
                "Worker profile name is missing or not a lowercase RFC 1123 label",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.Sections,
                "A worker profile's name becomes part of a ConfigMap name and a label value, so k0s requires a lowercase RFC 1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.WorkerProfiles };

        public override void Evaluate(RuleContext context)
        {
            if (!VersionFacts.ChecksWorkerProfileNames(context.Options.Version))
            {
                return;
            }

            IReadOnlyList<ItemFacts> profiles = context.KnownItems(FieldPaths.WorkerProfiles);
            for (int i = 0; i < profiles.Count; i++)
            {
                ItemFacts profile = profiles[i];
                string shown = "workerProfiles[" + i.ToInvariant() + "].name";
                string entry = FieldPaths.Entry(FieldPaths.WorkerProfiles, i);
                string path = entry + ".name";
                Fact<string> name = profile.TextOrUnknown(NameKey);
                // A name that is not text (name: 0x10) is a type error Go's decoder steps over, leaving the name empty. k0s
                // refuses the file for the type error itself (K0S802 says so, in k0s's words); only where podSecurityPolicy
                // masks that error does it go on to refuse the empty name.
                if (Items.NotText(profile, NameKey) is { IsKnown: true } kind)
                {
                    if (!Items.StopsDecoding(context.Facts, path))
                    {
                        context.Report(this, path, kind.Origin ?? profile.Origin, shown, "is a " + kind.Value + ", not text, so k0s decodes no name", "k0s rejects it (\"" + shown + ": Required value\")", "Quote the name, such as \"custom-role\"; workers select it with --profile.");
                    }

                    continue;
                }

                if (Items.IsEmpty(context.Facts, profile, entry, NameKey, out object? at))
                {
                    context.Report(this, path, at, shown, "is not set", "k0s rejects it (\"" + shown + ": Required value\")", "Name the profile, such as Name(\"custom-role\"); workers select it with --profile.");
                    continue;
                }

                if (!name.IsKnown)
                {
                    continue;
                }

                IReadOnlyList<string> problems = KubernetesNames.Dns1123LabelProblems(name.Value);
                if (problems.Count != 0)
                {
                    string suggestion = name.Value.ToLowerInvariant().Replace('_', '-').Replace('.', '-');
                    string fix = "Use lower-case letters, digits and '-' only"
                        + (KubernetesNames.Dns1123LabelProblems(suggestion).Count == 0 ? ", such as " + suggestion : string.Empty) + ".";
                    context.Report(this, path, name.Origin ?? profile.Origin, shown + " '" + name.Value + "'", "is not a lowercase RFC 1123 label", "k0s rejects it (\"" + shown + ": Invalid value: \"" + name.Value + "\": " + string.Join(", ", problems) + "\")", fix);
                }
            }
        }
    }
}
