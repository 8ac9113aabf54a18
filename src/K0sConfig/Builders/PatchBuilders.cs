using System;

namespace K0sConfig
{
    /// <summary>Configures <c>spec.network.coreDNS</c>.</summary>
    public sealed class CoreDnsBuilder
    {
        private readonly ConfigNode _node;

        internal CoreDnsBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Adds one entry to <c>patches</c>: a JSON, strategic merge or merge patch k0s applies to the manifests it
        /// deploys, on the object <see cref="PatchBuilder.Target"/> names. Checked by K0S907.
        /// </summary>
        /// <param name="configure">Sets the target and the patch.</param>
        /// <returns>This builder.</returns>
        public CoreDnsBuilder Patch(Action<PatchBuilder> configure)
        {
            Action<PatchBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "p => p.Target(t => t.Kind(\"Deployment\").Name(\"coredns\")).Patch(s => s.Type(PatchType.StrategicMerge).Content(\"...\"))");
            _node.AddItem(item => action(new PatchBuilder(item)));
            return this;
        }
    }

    /// <summary>Configures <c>spec.metricsServer</c> (k0s 1.36 and later).</summary>
    public sealed class MetricsServerBuilder
    {
        private readonly ConfigNode _node;

        internal MetricsServerBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Adds one entry to <c>patches</c>: a JSON, strategic merge or merge patch k0s applies to the manifests it
        /// deploys, on the object <see cref="PatchBuilder.Target"/> names. Checked by K0S907.
        /// </summary>
        /// <param name="configure">Sets the target and the patch.</param>
        /// <returns>This builder.</returns>
        public MetricsServerBuilder Patch(Action<PatchBuilder> configure)
        {
            Action<PatchBuilder> action = Guard.NotNull(configure, nameof(configure), _node.PathOf(), "p => p.Target(t => t.Kind(\"Deployment\").Name(\"coredns\")).Patch(s => s.Type(PatchType.StrategicMerge).Content(\"...\"))");
            _node.AddItem(item => action(new PatchBuilder(item)));
            return this;
        }
    }

    /// <summary>Configures one entry of a <c>patches</c> list.</summary>
    public sealed class PatchBuilder
    {
        private readonly ConfigNode _node;

        internal PatchBuilder(ConfigNode node) => _node = node;

        /// <summary>Configures <c>target</c>: the object to patch; its kind and name are required. Checked by K0S907.</summary>
        /// <param name="configure">Sets the kind, name and namespace.</param>
        /// <returns>This builder.</returns>
        public PatchBuilder Target(Action<PatchTargetBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "t => t.Kind(\"Deployment\").Name(\"coredns\")")(new PatchTargetBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>patch</c>: its type (required) and content. Checked by K0S907 and K0S909.</summary>
        /// <param name="configure">Sets the type and the content.</param>
        /// <returns>This builder.</returns>
        public PatchBuilder Patch(Action<PatchSpecBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "s => s.Type(PatchType.Json).Content(\"[...]\")")(new PatchSpecBuilder(_node.Open()));
            return this;
        }
    }

    /// <summary>Configures a patch's <c>target</c>.</summary>
    public sealed class PatchTargetBuilder
    {
        private readonly ConfigNode _node;

        internal PatchTargetBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>kind</c> (required): the object's kind, such as <c>Deployment</c>. Checked by K0S907.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>This builder.</returns>
        public PatchTargetBuilder Kind(string kind)
        {
            _node.SetText(kind, nameof(kind));
            return this;
        }

        /// <summary>Sets <c>name</c> (required): the object's name, such as <c>coredns</c>. Checked by K0S907.</summary>
        /// <param name="name">The name.</param>
        /// <returns>This builder.</returns>
        public PatchTargetBuilder Name(string name)
        {
            _node.SetText(name, nameof(name));
            return this;
        }

        /// <summary>Sets <c>namespace</c>: the object's namespace (default: any).</summary>
        /// <param name="ns">The namespace, such as <c>kube-system</c>.</param>
        /// <returns>This builder.</returns>
        public PatchTargetBuilder Namespace(string ns)
        {
            _node.SetText(ns, nameof(ns));
            return this;
        }
    }

    /// <summary>Configures a patch's <c>patch</c>.</summary>
    public sealed class PatchSpecBuilder
    {
        private readonly ConfigNode _node;

        internal PatchSpecBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>type</c> (required). Checked by K0S907.</summary>
        /// <param name="type">JSON, StrategicMergePatch or MergePatch.</param>
        /// <returns>This builder.</returns>
        public PatchSpecBuilder Type(PatchType type)
        {
            _node.SetEnum(type, nameof(type));
            return this;
        }

        /// <summary>
        /// Sets <c>content</c>: the patch itself, as YAML or JSON text. Checked by K0S909: k0s applies no content (or content
        /// YAML reads as null) as the patch null, which changes nothing, and which for a merge patch removes the object.
        /// </summary>
        /// <param name="content">The patch.</param>
        /// <returns>This builder.</returns>
        public PatchSpecBuilder Content(string content)
        {
            _node.SetText(content, nameof(content));
            return this;
        }
    }
}
