using System;
using System.IO;
using K0sConfig;

// One k0s.yaml per environment, each a shared base and an overlay (Environments.cs, NetworkExtensions.cs). The
// analyzers follow the configuration through every method: a mistake in the base or a helper is reported where an
// environment brings it in. Without arguments the files are printed; with --out-dir DIR they are written there.
var environments = new (string Name, Func<ClusterConfig> Create)[]
{
    ("prod", Environments.Prod),
    ("staging", Environments.Staging),
    ("dev", Environments.Dev),
};

string? outDir = args.Length == 2 && args[0] == "--out-dir" ? args[1] : null;
if (args.Length != 0 && outDir == null)
{
    Console.Error.WriteLine($"Unknown arguments '{string.Join(" ", args)}'. Usage: [--out-dir DIR]");
    return 2;
}

foreach ((string name, Func<ClusterConfig> create) in environments)
{
    ClusterConfig config = create();
    string file = name + ".k0s.yaml";
    if (outDir == null)
    {
        Console.WriteLine("# " + file);
        Console.WriteLine(config.ToYaml());
    }
    else
    {
        Directory.CreateDirectory(outDir);
        string path = Path.Combine(outDir, file);
        config.WriteYaml(path);
        Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
    }
}

return 0;
