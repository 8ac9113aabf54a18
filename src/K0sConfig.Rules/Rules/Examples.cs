namespace K0sConfig.Rules
{
    /// <summary>Good values that messages suggest.</summary>
    internal static class Examples
    {
        public static string Cidr(string path) => path switch
        {
            FieldPaths.PodCidr => "10.244.0.0/16",
            FieldPaths.ServiceCidr => "10.96.0.0/12",
            FieldPaths.IPv6PodCidr => "fd00::/108",
            _ => "fd01::/108",
        };
    }
}
