namespace K0sConfig
{
    /// <summary>Where a k0s configuration starts: <c>K0s.Cluster("k0s").Network(...).Build()</c>.</summary>
    public static class K0s
    {
        /// <summary>Starts a k0s ClusterConfig.</summary>
        /// <param name="name"><c>metadata.name</c> (default <c>k0s</c>).</param>
        /// <returns>A builder; call <see cref="ClusterConfigBuilder.Build()"/> to validate and freeze it.</returns>
        public static ClusterConfigBuilder Cluster(string name = "k0s") => new ClusterConfigBuilder(Guard.NotNull(name, nameof(name), "metadata.name"));
    }
}
