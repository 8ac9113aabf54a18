using System;
using System.IO;
using K0sConfig;

/// <summary>What every sample does with its config: print it (or write it with --out FILE) and summarize its capacity.</summary>
internal static class SampleOutput
{
    public static int Run(ClusterConfig config, string[] args)
    {
        string? outFile = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length)
            {
                outFile = args[++i];
            }
            else
            {
                Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: [--out FILE]");
                return 2;
            }
        }

        if (outFile == null)
        {
            Console.Write(config.ToYaml());
        }
        else
        {
            config.WriteYaml(outFile);
            Console.WriteLine($"Wrote {Path.GetFullPath(outFile)}");
        }

        Console.WriteLine();
        Console.WriteLine("# Capacity (nodes per cluster × addresses per node):");
        foreach (PodRangeCapacity capacity in config.Capacity)
        {
            Console.WriteLine($"#   {capacity}");
        }

        foreach (Finding finding in config.Findings)
        {
            if (finding.Severity != FindingSeverity.Info)
            {
                Console.WriteLine($"# {finding}");
            }
        }

        return 0;
    }
}
