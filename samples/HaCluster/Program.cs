using System;
using System.IO;
using System.Linq;
using K0sConfig;

// The production cluster (ProductionCluster.cs, Inventory.cs, Addons.cs) as the k0sctl.yaml that `k0sctl apply` reads,
// written into the directory given as the argument (the current one without), or to the file given if it ends in .yaml.
if (args.Length > 1)
{
    Console.Error.WriteLine($"Unknown arguments '{string.Join(" ", args)}'. Usage: [DIRECTORY | FILE.yaml]");
    return 2;
}

string target = args.Length == 0 ? Directory.GetCurrentDirectory() : args[0];
string path = target.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
    ? target
    : Path.Combine(target, "k0sctl.yaml");

K0sctlCluster cluster = ProductionCluster.Build();
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
cluster.WriteYaml(path); // whole or not at all: through a temporary file
Console.WriteLine($"Wrote {Path.GetFullPath(path)}");

Console.WriteLine();
Console.WriteLine($"# Cluster '{ProductionCluster.Name}': k0s {cluster.K0sVersion}, API https://{ProductionCluster.ApiVirtualIP}:6443 (keepalived, on {Inventory.ClusterInterface})");
foreach (IGrouping<K0sctlRole, Machine> role in Inventory.Machines.GroupBy(m => m.Role))
{
    Console.WriteLine($"#   {role.Count()} × {role.Key.ToString().ToLowerInvariant()}: {string.Join(", ", role.Select(m => $"{m.Name} ({m.PrivateAddress})"))}");
}

Console.WriteLine($"#   load balancer addresses {Addons.LoadBalancerAddresses}, ingress at {Addons.IngressAddress}");
Console.WriteLine("# Capacity (nodes per cluster × addresses per node):");
foreach (PodRangeCapacity capacity in ProductionCluster.ClusterConfig().Build().Capacity)
{
    Console.WriteLine($"#   {capacity}");
}

foreach (Finding finding in cluster.Findings.Where(f => f.Severity != FindingSeverity.Info))
{
    Console.WriteLine($"# {finding}");
}

return 0;
