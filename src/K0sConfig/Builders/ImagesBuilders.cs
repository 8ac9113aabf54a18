using System;

namespace K0sConfig
{
    /// <summary>Configures <c>spec.images</c>: the registry, the pull policy and each component's image.</summary>
    public sealed class ImagesBuilder
    {
        private readonly ConfigNode _node;

        internal ImagesBuilder(ConfigNode node) => _node = node;

        /// <summary>
        /// Sets <c>spec.images.repository</c>: a registry that replaces the host of every default image (air-gapped
        /// installs), such as <c>registry.example.com:5000</c>.
        /// </summary>
        /// <param name="repository">The registry (and path) images are pulled from.</param>
        /// <returns>This builder.</returns>
        public ImagesBuilder Repository(string repository)
        {
            _node.SetText(repository, nameof(repository));
            return this;
        }

        /// <summary>Sets <c>spec.images.default_pull_policy</c> (default <c>IfNotPresent</c>). Checked by K0S905.</summary>
        /// <param name="policy">Always, IfNotPresent or Never.</param>
        /// <returns>This builder.</returns>
        public ImagesBuilder DefaultPullPolicy(ImagePullPolicy policy)
        {
            _node.SetEnum(policy, nameof(policy));
            return this;
        }

        /// <summary>Configures <c>spec.images.konnectivity</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public ImagesBuilder Konnectivity(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.pushgateway</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public ImagesBuilder PushGateway(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.metricsserver</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public ImagesBuilder MetricsServer(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.kubeproxy</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public ImagesBuilder KubeProxy(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.coredns</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public ImagesBuilder CoreDns(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.pause</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public ImagesBuilder Pause(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.calico</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>c => c.Node(i => i.Version(&quot;v3.29.4-0&quot;))</c>.</param>
        /// <returns>This builder.</returns>
        public ImagesBuilder Calico(Action<CalicoImagesBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "c => c.Node(i => i.Version(\"v3.29.4-0\"))")(new CalicoImagesBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.kuberouter</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>k => k.Cni(i => i.Version(&quot;v2.6.3-iptables1.8.11-0&quot;))</c>.</param>
        /// <returns>This builder.</returns>
        public ImagesBuilder KubeRouter(Action<KubeRouterImagesBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "k => k.Cni(i => i.Version(\"v2.6.3-iptables1.8.11-0\"))")(new KubeRouterImagesBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.windows (k0s 1.34 and later)</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>w => w.Pause(i => i.Version(&quot;3.10&quot;))</c>.</param>
        /// <returns>This builder.</returns>
        public ImagesBuilder Windows(Action<WindowsImagesBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "w => w.Pause(i => i.Version(\"3.10\"))")(new WindowsImagesBuilder(_node.Open()));
            return this;
        }
    }

    /// <summary>
    /// Configures one image section: its <c>image</c> and <c>version</c>. Write both: with one of them, k0s takes its own
    /// default for the other (the one of the k0s release that runs, which changes with each patch release, so the builder
    /// does not write it for you), which k0s accepts, but the ClusterConfig CRD of k0s 1.31 and later requires both, so the
    /// Kubernetes API server refuses such a file (<c>kubectl apply</c>); k0s's own dynamic configuration stores the
    /// configuration it loaded, with both filled in. An empty image and a version that is not a tag are errors for k0s 1.31
    /// and later (K0S905); k0s 1.27 to 1.30 and their CRDs do not check them, and the runtime then cannot pull the image.
    /// </summary>
    public sealed class ImageBuilder
    {
        private readonly ConfigNode _node;

        internal ImageBuilder(ConfigNode node) => _node = node;

        /// <summary>Sets <c>image</c>: the image name without its tag (default: k0s's). Checked by K0S905.</summary>
        /// <param name="image">Such as <c>quay.io/k0sproject/coredns</c>.</param>
        /// <returns>This builder.</returns>
        public ImageBuilder Image(string image)
        {
            _node.SetText(image, nameof(image));
            return this;
        }

        /// <summary>Sets <c>version</c>: the image tag, maybe with <c>@sha256:DIGEST</c> (default: k0s's). Checked by K0S905.</summary>
        /// <param name="version">Such as <c>1.12.2</c>.</param>
        /// <returns>This builder.</returns>
        public ImageBuilder Version(string version)
        {
            _node.SetText(version, nameof(version));
            return this;
        }
    }

    /// <summary>Configures <c>spec.images.calico</c>.</summary>
    public sealed class CalicoImagesBuilder
    {
        private readonly ConfigNode _node;

        internal CalicoImagesBuilder(ConfigNode node) => _node = node;

        /// <summary>Configures <c>spec.images.calico.cni</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public CalicoImagesBuilder Cni(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.calico.node</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public CalicoImagesBuilder Node(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.calico.kubecontrollers</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public CalicoImagesBuilder KubeControllers(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.calico.windows (k0s 1.34 and later)</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>w => w.Node(i => i.Version(&quot;v3.29.4-0&quot;))</c>.</param>
        /// <returns>This builder.</returns>
        public CalicoImagesBuilder Windows(Action<CalicoWindowsImagesBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "w => w.Node(i => i.Version(\"v3.29.4-0\"))")(new CalicoWindowsImagesBuilder(_node.Open()));
            return this;
        }
    }

    /// <summary>Configures <c>spec.images.calico.windows</c>.</summary>
    public sealed class CalicoWindowsImagesBuilder
    {
        private readonly ConfigNode _node;

        internal CalicoWindowsImagesBuilder(ConfigNode node) => _node = node;

        /// <summary>Configures <c>spec.images.calico.windows.cni</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public CalicoWindowsImagesBuilder Cni(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.calico.windows.node</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public CalicoWindowsImagesBuilder Node(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }
    }

    /// <summary>Configures <c>spec.images.kuberouter</c>.</summary>
    public sealed class KubeRouterImagesBuilder
    {
        private readonly ConfigNode _node;

        internal KubeRouterImagesBuilder(ConfigNode node) => _node = node;

        /// <summary>Configures <c>spec.images.kuberouter.cni</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public KubeRouterImagesBuilder Cni(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.kuberouter.cniInstaller</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public KubeRouterImagesBuilder CniInstaller(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }
    }

    /// <summary>Configures <c>spec.images.windows</c>.</summary>
    public sealed class WindowsImagesBuilder
    {
        private readonly ConfigNode _node;

        internal WindowsImagesBuilder(ConfigNode node) => _node = node;

        /// <summary>Configures <c>spec.images.windows.kubeproxy</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public WindowsImagesBuilder KubeProxy(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }

        /// <summary>Configures <c>spec.images.windows.pause</c>. Checked by K0S905.</summary>
        /// <param name="configure">Sets the values, such as <c>i => i.Image(&quot;registry.example.com/k0s/coredns&quot;).Version(&quot;1.12.2&quot;)</c>.</param>
        /// <returns>This builder.</returns>
        public WindowsImagesBuilder Pause(Action<ImageBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), _node.PathOf(), "i => i.Image(\"registry.example.com/k0s/coredns\").Version(\"1.12.2\")")(new ImageBuilder(_node.Open()));
            return this;
        }
    }
}
