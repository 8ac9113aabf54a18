using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S905: an image section with an empty or padded image name or a version that is not a tag, or an unknown default pull policy.</summary>
    internal sealed class K0S905InvalidImage : Rule
    {
        /// <summary>k0s's pattern for a version: a tag, maybe with a digest (distribution/reference's TagRegexp and DigestRegexp).</summary>
        internal const string VersionPattern = "^[\\w][\\w.-]{0,127}(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,})?$";

        private static readonly string[] PullPolicies = { FieldValues.ImagePullPolicy.Always, FieldValues.ImagePullPolicy.IfNotPresent, FieldValues.ImagePullPolicy.Never };

        // An image section's two fields (every image section has the node-local proxy's).
        private static readonly string ImageKey = FieldPaths.Key(FieldPaths.EnvoyProxyImageImage);
        private static readonly string VersionKey = FieldPaths.Key(FieldPaths.EnvoyProxyImageVersion);

        public K0S905InvalidImage()
            : base(new RuleDescriptor(
                RuleIds.InvalidImage,
                "Image name, version or pull policy is not valid",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.Sections,
                "Each image under spec.images needs a non-empty name without surrounding spaces and a version that is an image tag (letters, digits, '_', '.', '-', at most 128, maybe with @digest); images.default_pull_policy is Always, IfNotPresent or Never. The node-local load balancer's proxy image (envoyProxy.image, traefik.image) may leave either half empty, the rest holds for it too. k0s rejects anything else."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = ClusterFacts.SectionPaths;

        public override void Evaluate(RuleContext context)
        {
            bool checksImages = VersionFacts.ChecksImages(context.Options.Version);
            foreach (string path in ClusterFacts.SectionPaths)
            {
                if (!(context.Facts.Section(path) is { IsKnown: true, Value: { } section })
                    || !(FieldCatalogue.Find(path) is CatalogueField field && field.ExistsIn(context.Options.Version.Minor)))
                {
                    // None, or one the version does not have (traefik before 1.36, the Windows images before 1.34): a key
                    // k0s drops (K0S801 says so).
                    continue;
                }

                string shown = FieldPaths.Shown(path);
                if (path == FieldPaths.Images)
                {
                    Fact<string> policy = section.Text("default_pull_policy");

                    // "" is read as IfNotPresent by k0s (ClusterImages.UnmarshalJSON).
                    if (policy.IsKnown && policy.Value.Length != 0 && Array.IndexOf(PullPolicies, policy.Value) < 0)
                    {
                        string? close = Array.Find(PullPolicies, p => string.Equals(p, policy.Value, StringComparison.OrdinalIgnoreCase));
                        context.Report(this, path + ".default_pull_policy", policy.Origin ?? section.Origin, shown + ".default_pull_policy '" + policy.Value + "'", "is not Always, IfNotPresent or Never",
                            "k0s rejects it (\"default_pull_policy: Unsupported value: \"" + policy.Value + "\": supported values: \"Always\", \"IfNotPresent\", \"Never\"\")",
                            close != null ? "Write " + close + " (the spelling is case-sensitive)." : "Use ImagePullPolicy.IfNotPresent (the default), Always or Never.");
                    }

                    continue;
                }

                // The node-local proxies' image: checked by every version (nllb.go), where k0s fills in an empty image or version.
                bool proxy = path.StartsWith(FieldPaths.Network + ".", StringComparison.Ordinal);
                if (!proxy && !checksImages)
                {
                    continue;
                }

                Fact<string> image = section.Text(ImageKey);
                if (image.IsKnown && image.Value.Length == 0 && !proxy)
                {
                    context.Report(this, path + ".image", image.Origin ?? section.Origin, shown + ".image", "is empty", "k0s rejects it (\"" + shown + ".image: Required value\")", "Name the image, such as quay.io/k0sproject/coredns, or leave the field out for k0s's default.");
                }
                else if (image.IsKnown && image.Value.Length != 0 && (char.IsWhiteSpace(image.Value[0]) || char.IsWhiteSpace(image.Value[image.Value.Length - 1])))
                {
                    context.Report(this, path + ".image", image.Origin ?? section.Origin, shown + ".image '" + image.Value + "'", "starts or ends with a space", "k0s rejects it (\"" + shown + ".image: Invalid value: \"" + image.Value + "\": must not have leading or trailing whitespace\")", "Write " + image.Value.Trim() + ".");
                }

                Fact<string> version = section.Text(VersionKey);
                if (version.IsKnown && !IsVersion(version.Value) && !(proxy && version.Value.Length == 0))
                {
                    context.Report(this, path + ".version", version.Origin ?? section.Origin, shown + ".version '" + version.Value + "'", "is not an image tag", "k0s rejects it (\"" + shown + ".version: Invalid value: \"" + version.Value + "\": must match regular expression: " + VersionPattern + "\")", "Write the tag alone, such as v1.12.2 (letters, digits, '_', '.' and '-', at most 128, not starting with '.' or '-'), maybe followed by @sha256:DIGEST.");
                }
            }
        }

        /// <summary>The pattern <see cref="VersionPattern"/>, as Go's regexp reads it (ASCII classes, <c>$</c> at the very end).</summary>
        internal static bool IsVersion(string value)
        {
            int i = 0;
            while (i < value.Length && (IsWord(value[i]) || value[i] == '.' || value[i] == '-'))
            {
                i++;
            }

            if (i == 0 || i > 128 || !IsWord(value[0]))
            {
                return false;
            }

            if (i == value.Length)
            {
                return true;
            }

            if (value[i] != '@')
            {
                return false;
            }

            // The digest: an algorithm of letter-led components joined by - _ + ., a colon, at least 32 hex digits.
            i++;
            while (true)
            {
                if (i >= value.Length || !IsLetter(value[i]))
                {
                    return false;
                }

                i++;
                while (i < value.Length && (IsLetter(value[i]) || (value[i] >= '0' && value[i] <= '9')))
                {
                    i++;
                }

                if (i < value.Length && (value[i] == '-' || value[i] == '_' || value[i] == '+' || value[i] == '.'))
                {
                    i++;
                    continue;
                }

                break;
            }

            if (i >= value.Length || value[i] != ':')
            {
                return false;
            }

            int hex = 0;
            for (i++; i < value.Length; i++, hex++)
            {
                char c = value[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                {
                    return false;
                }
            }

            return hex >= 32;
        }

        private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsWord(char c) => IsLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }
}
