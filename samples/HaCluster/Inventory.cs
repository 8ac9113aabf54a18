using K0sConfig;

/// <summary>One machine of the cluster: its name, role, the address k0sctl reaches it on, and its cluster-network address.</summary>
/// <param name="Name">The host name.</param>
/// <param name="Role">What k0s runs on it.</param>
/// <param name="SshAddress">The management-network address k0sctl connects to over SSH.</param>
/// <param name="PrivateAddress">The cluster-network address (on <see cref="Inventory.ClusterInterface"/>) k0s uses between nodes.</param>
internal sealed record Machine(string Name, K0sctlRole Role, string SshAddress, string PrivateAddress);

/// <summary>
/// The machines: each has a management NIC (SSH, 10.0.0.0/24) and a cluster NIC, eth1 on 10.1.0.0/24, which carries
/// the Kubernetes and etcd traffic, the API's virtual IP and the load balancer's addresses.
/// </summary>
internal static class Inventory
{
    /// <summary>The user k0sctl logs in as (with passwordless sudo).</summary>
    public const string SshUser = "k0s-admin";

    /// <summary>The private key k0sctl authenticates with, on the machine that runs k0sctl.</summary>
    public const string SshKeyPath = "~/.ssh/k0s-prod_ed25519";

    /// <summary>The NIC of the cluster network, the same name on every machine.</summary>
    public const string ClusterInterface = "eth1";

    /// <summary>Every machine, controllers first.</summary>
    public static readonly Machine[] Machines =
    {
        new("cp-1", K0sctlRole.Controller, "10.0.0.11", "10.1.0.11"),
        new("cp-2", K0sctlRole.Controller, "10.0.0.12", "10.1.0.12"),
        new("cp-3", K0sctlRole.Controller, "10.0.0.13", "10.1.0.13"),
        new("worker-1", K0sctlRole.Worker, "10.0.0.21", "10.1.0.21"),
        new("worker-2", K0sctlRole.Worker, "10.0.0.22", "10.1.0.22"),
        new("worker-3", K0sctlRole.Worker, "10.0.0.23", "10.1.0.23"),
    };
}
