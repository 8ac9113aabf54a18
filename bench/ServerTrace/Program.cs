// ServerTrace gc TRACE BUILDS        garbage collections per compile: count, gen-1 and gen-2 ones, pause, bytes promoted
// ServerTrace alloc TRACE BUILDS     bytes allocated per compile, in all and with a K0sConfig method on the stack, and
//                                    the K0sConfig methods nearest the allocations (needs the gc-verbose profile)
// ServerTrace tiers TRACE [--list]   per K0sConfig module loaded, the methods that ran and those never optimized
// ServerTrace jit TRACE BUILDS       methods the JIT compiled per compile, K0sConfig's and the rest, by tier
//
// TRACE is a .nettrace of a compiler server that compiled one project with BUILDS builds of the analyzer in turn, each
// compile followed by idle seconds (bench/AnalyzerCost/trace-server.sh with KEEP=DIR, or alloc-server.sh): events more
// than 2.5 s apart belong to different compiles, and compile i to build i mod BUILDS. docs/performance.md (tenth run).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

if (args.Length < 2 || (args[0] != "tiers" && args.Length < 3))
{
    Console.Error.WriteLine("usage: ServerTrace gc|alloc TRACE BUILDS | ServerTrace tiers TRACE [--list]");
    return 2;
}

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
switch (args[0])
{
    case "gc":
        return Gc(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
    case "alloc":
        return Alloc(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
    case "tiers":
        return Tiers(args[1], args.Contains("--list"));
    case "jit":
        return Jit(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}': gc, alloc or tiers");
        return 2;
}

// Events (time in ms, value) split into compiles at gaps of more than 2.5 s.
static List<List<T>> ByCompile<T>(IEnumerable<(double At, T Value)> events)
{
    var compiles = new List<List<T>>();
    double last = double.NegativeInfinity;
    foreach ((double at, T value) in events.OrderBy(e => e.At))
    {
        if (at - last > 2500)
        {
            compiles.Add(new List<T>());
        }

        compiles[^1].Add(value);
        last = at;
    }

    return compiles;
}

// The compiles of build b: the builds compiled in turn.
static List<T> OfBuild<T>(List<T> compiles, int builds, int b) => compiles.Where((_, i) => i % builds == b).ToList();

// A table with a row per build: "| build | " + COLUMNS, then what CELLS makes of the build's compiles.
static void PerBuild<T>(List<T> compiles, int builds, string columns, Func<List<T>, string> cells)
{
    Console.WriteLine("| build | " + columns + " |");
    Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---|", columns.Split('|').Length)));
    for (int b = 0; b < builds; b++)
    {
        Console.WriteLine($"| {b} | {cells(OfBuild(compiles, builds, b))} |");
    }
}

static double Median(IEnumerable<double> values)
{
    double[] sorted = values.OrderBy(v => v).ToArray();
    return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

static int Gc(string path, int builds)
{
    using var source = new EventPipeEventSource(path);
    double suspended = 0;
    int generation = -1;
    long promoted = 0;
    var collections = new List<(double At, (int Generation, double Pause, long Promoted) Value)>();
    source.Clr.GCSuspendEEStart += e => suspended = e.TimeStampRelativeMSec;
    source.Clr.GCStart += e => generation = e.Depth;
    source.Clr.GCHeapStats += e => promoted = e.TotalPromotedSize0 + e.TotalPromotedSize1 + e.TotalPromotedSize2;
    source.Clr.GCRestartEEStop += e =>
    {
        if (generation >= 0)
        {
            collections.Add((suspended, (generation, e.TimeStampRelativeMSec - suspended, promoted)));
        }

        generation = -1;
    };
    source.Process();

    List<List<(int Generation, double Pause, long Promoted)>> compiles = ByCompile(collections);
    Console.WriteLine($"{compiles.Count} compiles with a collection");
    PerBuild(compiles, builds, "collections | of them gen 1 or 2 | pause ms | MB promoted", mine =>
        $"{Median(mine.Select(c => (double)c.Count))} | {Median(mine.Select(c => (double)c.Count(x => x.Generation >= 1)))} "
        + $"| {Median(mine.Select(c => c.Sum(x => x.Pause))):F0} | {Median(mine.Select(c => c.Sum(x => x.Promoted) / 1e6)):F0}");

    Console.WriteLine("(medians over each build's compiles)");
    return 0;
}

static int Alloc(string path, int builds)
{
    string etlx = TraceLog.CreateFromEventPipeDataFile(path);
    using var log = new TraceLog(etlx);
    TraceLogEventSource source = log.Events.GetSource();
    var ticks = new List<(double At, (long Bytes, string? Ours) Value)>();
    source.Clr.GCAllocationTick += e =>
    {
        string? ours = null;
        for (TraceCallStack? frame = e.CallStack(); frame != null && ours == null; frame = frame.Caller)
        {
            string method = frame.CodeAddress.FullMethodName ?? string.Empty;
            if (method.StartsWith("K0sConfig", StringComparison.Ordinal))
            {
                ours = method;
            }
        }

        ticks.Add((e.TimeStampRelativeMSec, (e.AllocationAmount64, ours)));
    };
    source.Process();

    List<List<(long Bytes, string? Ours)>> compiles = ByCompile(ticks);
    // A stretch of a few allocations outside any compile (the tracer attaching, the server's own work) is not one.
    double typical = Median(compiles.Select(c => (double)c.Sum(x => x.Bytes)));
    int dropped = compiles.RemoveAll(c => c.Sum(x => x.Bytes) < typical / 10);
    Console.WriteLine($"{compiles.Count} compiles ({dropped} short stretches outside a compile left out)");
    PerBuild(compiles, builds, "MB allocated in the compile | with K0sConfig on the stack | share", mine =>
    {
        double all = Median(mine.Select(c => c.Sum(x => x.Bytes) / 1e6));
        double ours = Median(mine.Select(c => c.Where(x => x.Ours != null).Sum(x => x.Bytes) / 1e6));
        return $"{all:F1} | {ours:F1} | {100 * ours / all:F2} %";
    });

    for (int b = 0; b < builds; b++)
    {
        var mine = OfBuild(compiles, builds, b);
        Console.WriteLine($"build {b}, the K0sConfig method nearest the allocation, MB per compile (mean):");
        foreach (var method in mine.SelectMany(c => c).Where(x => x.Ours != null).GroupBy(x => x.Ours!)
                     .Select(g => (Name: g.Key, MB: g.Sum(x => x.Bytes) / 1e6 / mine.Count)).OrderByDescending(m => m.MB).Take(12))
        {
            Console.WriteLine($"  {method.MB,6:F2}  {method.Name}");
        }
    }

    return 0;
}

// Methods compiled per compile, by tier, K0sConfig's and the rest's: code the JIT makes while the compiles run (at
// first use, or promoted to optimized code in the background) takes a core from the compile or its analyzers.
static int Jit(string path, int builds)
{
    using var source = new EventPipeEventSource(path);
    var events = new List<(double At, (bool Ours, string Tier, bool Gc))>();
    source.Clr.MethodLoadVerbose += e => events.Add((e.TimeStampRelativeMSec, (e.MethodNamespace.StartsWith("K0sConfig", StringComparison.Ordinal), e.OptimizationTier.ToString(), false)));
    source.Clr.GCStart += e => events.Add((e.TimeStampRelativeMSec, (false, string.Empty, true)));
    source.Process();
    List<List<(bool Ours, string Tier, bool Gc)>> compiles = ByCompile(events);
    Console.WriteLine($"{compiles.Count} stretches of activity");
    PerBuild(compiles, builds, "compiles | K0sConfig methods compiled per compile (median) | other methods (median) | by tier, K0sConfig, all compiles | collections (median)", mine =>
    {
        string tiers = string.Join(", ", mine.SelectMany(c => c).Where(e => e.Ours && !e.Gc).GroupBy(e => e.Tier).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " " + g.Count()));
        return $"{mine.Count} | {Median(mine.Select(c => (double)c.Count(e => e.Ours && !e.Gc)))} | {Median(mine.Select(c => (double)c.Count(e => !e.Ours && !e.Gc)))} | {tiers} | {Median(mine.Select(c => (double)c.Count(e => e.Gc)))}";
    });

    return 0;
}

static int Tiers(string path, bool list)
{
    using var source = new EventPipeEventSource(path);
    var rundown = new ClrRundownTraceEventParser(source);
    var modules = new List<(long Id, string Name)>();
    var versions = new Dictionary<(long Module, string Method), HashSet<string>>();
    rundown.LoaderModuleDCStop += e =>
    {
        if (e.ModuleILPath.Contains("K0sConfig", StringComparison.Ordinal))
        {
            modules.Add((e.ModuleID, e.ModuleILPath));
        }
    };
    rundown.MethodDCStopVerbose += e =>
    {
        if (e.MethodNamespace.StartsWith("K0sConfig", StringComparison.Ordinal))
        {
            (long, string) key = (e.ModuleID, e.MethodNamespace + "." + e.MethodName);
            if (!versions.TryGetValue(key, out HashSet<string>? tiers))
            {
                versions[key] = tiers = new HashSet<string>();
            }

            tiers.Add(e.OptimizationTier.ToString());
        }
    };
    source.Process();

    Console.WriteLine("| module (in load order) | methods that ran | never optimized |");
    Console.WriteLine("|---|---|---|");
    foreach ((long id, string name) in modules.OrderBy(m => m.Id))
    {
        var methods = versions.Where(v => v.Key.Module == id).ToList();
        var slow = methods.Where(v => !v.Value.Any(t => t.StartsWith("Optimized", StringComparison.Ordinal))).ToList();
        Console.WriteLine($"| {name} ({id}) | {methods.Count} | {slow.Count} |");
        if (list)
        {
            foreach (var method in slow.OrderBy(m => m.Key.Method, StringComparer.Ordinal))
            {
                Console.WriteLine($"|   {method.Key.Method} | | {string.Join(", ", method.Value.OrderBy(t => t, StringComparer.Ordinal))} |");
            }
        }
    }

    return 0;
}
