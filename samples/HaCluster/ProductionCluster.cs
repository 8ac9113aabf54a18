using K0sConfig;

/// <summary>
/// The production cluster: the k0sctl configuration (hosts, k0s version) and the k0s ClusterConfig it hands to k0s.
/// Program.cs writes it; the tests build it too.
/// </summary>
internal static class ProductionCluster
{
    /// <summary>The cluster's name in k0sctl and in the ClusterConfig.</summary>
    public const string Name = "prod";

    /// <summary>The k0s release k0sctl installs, and the one the configuration is checked for.</summary>
    public const string K0sRelease = "v1.34.10+k0s.0";

    /// <summary>The API server's virtual IP: keepalived keeps it on one healthy controller and balances the API across all three.</summary>
    public const string ApiVirtualIP = "10.1.0.100";

    /// <summary>The API's DNS name (pointing at <see cref="ApiVirtualIP"/>), added to the API server certificate.</summary>
    public const string ApiDnsName = "k8s.prod.example.com";

    /// <summary>The k0sctl configuration: one host per machine of the inventory, the pinned k0s, the ClusterConfig. Runs every rule.</summary>
    /// <returns>The cluster; <see cref="K0sctlCluster.ToYaml"/> is the k0sctl.yaml.</returns>
    /// <exception cref="K0sConfigException">A rule found an error.</exception>
    public static K0sctlCluster Build()
    {
        K0sctlClusterBuilder cluster = K0sctl.Cluster(Name);
        foreach (Machine machine in Inventory.Machines)
        {
            cluster.Host(machine.Role, host => Connect(host, machine));
        }

        return cluster
            .K0sVersion(K0sRelease)
            .Config(ClusterConfig())
            .Build();
    }

    /// <summary>
    /// The ClusterConfig: kube-router with k0s's default ranges, the API behind keepalived (one VRRP instance holding the
    /// virtual IP, a virtual server balancing it), node-local load balancing so that the workers reach every controller,
    /// etcd on the controllers, and the add-ons.
    /// </summary>
    /// <returns>The builder, for <see cref="K0sctlClusterBuilder.Config"/> or <see cref="ClusterConfigBuilder.Build()"/>.</returns>
    public static ClusterConfigBuilder ClusterConfig() => K0s.Cluster(Name)
        .ForK0s(K0sRelease)
        .Api(api => api.Sans(ApiDnsName))
        .Network(net => net
            .KubeRouter()
            .PodCidr("10.244.0.0/16")
            .ServiceCidr("10.96.0.0/12")
            .NodeLocalLoadBalancing(nllb => nllb.Type(NodeLocalLoadBalancingType.EnvoyProxy))
            .ControlPlaneLoadBalancing(cplb => cplb
                // k0s's default type; written, so that k0sctl joins nodes and writes the kubeconfig through the virtual server.
                .Type(ControlPlaneLoadBalancingType.Keepalived)
                .Keepalived(keepalived => keepalived
                    // The same on every controller. The VRRP password only keeps neighbouring routers apart; it is no secret.
                    .VrrpInstance(vrrp => vrrp
                        .VirtualIPs(ApiVirtualIP + "/24")
                        .Interface(Inventory.ClusterInterface)
                        .VirtualRouterId(51)
                        .AuthPass("k0sprod"))
                    .VirtualServer(ApiVirtualIP))))
        .Storage(storage => storage
            .Type(StorageType.Etcd)
            .Etcd(etcd => etcd.ExtraArg("quota-backend-bytes", "8589934592"))) // etcd's largest recommended database, 8 GiB
        .Extensions(extensions => extensions.Helm(Addons.LoadBalancerAndIngress));

    private static void Connect(K0sctlHostBuilder host, Machine machine)
    {
        host.Ssh(machine.SshAddress, ssh => ssh.User(Inventory.SshUser).KeyPath(Inventory.SshKeyPath))
            .PrivateAddress(machine.PrivateAddress)
            .Hostname(machine.Name);
        if (machine.Role == K0sctlRole.Controller)
        {
            // k0s applies what is in its manifests directory; the address pool needs MetalLB's CRDs, which the chart
            // installs, and k0s retries until they are there.
            host.File(file => file
                .Name("metallb-address-pool")
                .Data(Addons.MetalLbAddressPool)
                .Destination("/var/lib/k0s/manifests/metallb/address-pool.yaml")
                .Permissions("0644"));
        }
    }
}
