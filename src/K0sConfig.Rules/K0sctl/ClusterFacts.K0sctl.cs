namespace K0sConfig.Rules
{
    /// <content>The k0sctl Cluster document around the ClusterConfig, when there is one.</content>
    public sealed partial class ClusterFacts
    {
        /// <summary>
        /// The k0sctl <c>Cluster</c> document whose <c>spec.k0s.config</c> this ClusterConfig is, or <see langword="null"/>
        /// for a plain ClusterConfig; the k0sctl rules (K0S940–K0S949) read it.
        /// </summary>
        public K0sctlFacts? K0sctl { get; set; }
    }
}
