namespace K0sConfig.Rules
{
    /// <summary>
    /// The k0s.yaml paths that findings name, spelled exactly as k0s spells its keys. The constants are generated
    /// into FieldCatalogue.g.cs from the catalogue overlay's <c>name=</c> column.
    /// </summary>
    public static partial class FieldPaths
    {
        /// <summary>
        /// <c>metadata.name</c>, the ClusterConfig's name: Kubernetes' ObjectMeta, which the catalogue does not hold (the
        /// builder writes it from <c>K0s.Cluster(name)</c>).
        /// </summary>
        public const string MetadataName = Metadata + ".name";

        /// <summary>The path of one <c>sans</c> entry.</summary>
        /// <param name="index">The entry's index.</param>
        /// <returns>For example <c>spec.api.sans[0]</c>.</returns>
        public static string San(int index) => Sans + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

        /// <summary>The path of one VRRP instance.</summary>
        /// <param name="index">The instance's index.</param>
        /// <returns>For example <c>spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances[0]</c>.</returns>
        public static string VrrpInstance(int index) => VrrpInstances + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

        /// <summary>The path of one virtual server.</summary>
        /// <param name="index">The server's index.</param>
        /// <returns>For example <c>spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[0]</c>.</returns>
        public static string VirtualServer(int index) => VirtualServers + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

        /// <summary>The path of one entry of a list.</summary>
        /// <param name="listPath">The list's path.</param>
        /// <param name="index">The entry's index.</param>
        /// <returns>For example <c>spec.network.kubeProxy.nodePortAddresses[1]</c>.</returns>
        public static string Entry(string listPath, int index) => listPath + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

        /// <summary>The path of one entry of an <c>extraArgs</c> map.</summary>
        /// <param name="mapPath">The map's path, such as <see cref="ControllerManagerExtraArgs"/>.</param>
        /// <param name="key">The key.</param>
        /// <returns>For example <c>spec.controllerManager.extraArgs.node-cidr-mask-size</c>.</returns>
        public static string ExtraArg(string mapPath, string key) => mapPath + "." + key;

        /// <summary>The last segment of a path: the key as it appears in k0s.yaml.</summary>
        /// <param name="path">A path.</param>
        /// <returns>For example <c>podCIDR</c> for <see cref="PodCidr"/>.</returns>
        public static string Key(string path) => path.Substring(path.LastIndexOf('.') + 1);

        /// <summary>The path as messages show it: below <c>spec.network</c> without that (<c>kubeProxy.mode</c>), else without <c>spec.</c> (<c>api.port</c>, <c>storage.type</c>).</summary>
        internal static string Shown(string path)
            => path.Substring(path.StartsWith(Network + ".", System.StringComparison.Ordinal) ? Network.Length + 1 : path.StartsWith(Spec + ".", System.StringComparison.Ordinal) ? Spec.Length + 1 : 0);

        /// <summary>A field of a list's entry, as the entry's own key: the part of its path after the last <c>[].</c>.</summary>
        /// <param name="path">The path of a field of a list's entries.</param>
        /// <returns>For example <c>target.kind</c> for <c>spec.network.kubeProxy.patches[].target.kind</c>.</returns>
        public static string ItemKey(string path) => path.Substring(path.LastIndexOf("[].", System.StringComparison.Ordinal) + 3);
    }
}
