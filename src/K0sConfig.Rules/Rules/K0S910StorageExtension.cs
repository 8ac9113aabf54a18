using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// K0S910: the storage extension (spec.extensions.storage) k0s 1.27 to 1.30 check: a type other than external_storage
    /// and openebs_local_storage, or create_default_storage_class with external_storage (storageextensions.go). From 1.31
    /// k0s neither checks nor uses the block.
    /// </summary>
    internal sealed class K0S910StorageExtension : Rule
    {
        private const string External = "external_storage";
        private const string OpenEbs = "openebs_local_storage";

        public K0S910StorageExtension()
            : base(new RuleDescriptor(
                RuleIds.StorageExtension,
                "Storage extension is not one k0s knows",
                "{0} {1}; k0s {2} rejects it (\"{3}\"). {4}",
                FindingSeverity.Error,
                RuleCategories.Sections,
                "k0s 1.27 to 1.30 check spec.extensions.storage: its type is external_storage (the default) or openebs_local_storage, and only openebs_local_storage can create a default storage class. From k0s 1.31 the block is neither checked nor used."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.ExtensionsStorageType, FieldPaths.ExtensionsStorageDefaultClass };

        public override void Evaluate(RuleContext context)
        {
            K0sVersion version = context.Options.Version;
            if (VersionFacts.IgnoresStorageExtension(version))
            {
                return;
            }

            ClusterFacts facts = context.Facts;
            Fact<string> type = facts.ExtensionsStorageType;
            string shown = FieldPaths.Shown(FieldPaths.ExtensionsStorageType);
            if (type.IsKnown && type.Value != External && type.Value != OpenEbs)
            {
                context.Report(this, FieldPaths.ExtensionsStorageType, type.Origin, shown + " '" + type.Value + "'", "is not one of " + External + ", " + OpenEbs, version.ToString(), "unknown storage mode `" + type.Value + "`",
                    "Use " + External + " (the default) or " + OpenEbs + ", or remove the block: k0s 1.31 and later do not use it.");
            }

            // The type as k0s has it: written, or the default external_storage.
            if (facts.ExtensionsStorageDefaultClass is { IsKnown: true, Value: true } create && (type.IsUnset || (type.IsKnown && type.Value == External)))
            {
                context.Report(this, FieldPaths.ExtensionsStorageDefaultClass, create.Origin, FieldPaths.Shown(FieldPaths.ExtensionsStorageDefaultClass), "is true with type " + External, version.ToString(), "can't create default storage class for " + External,
                    "Set it to false, or use type " + OpenEbs + ".");
            }
        }
    }
}
