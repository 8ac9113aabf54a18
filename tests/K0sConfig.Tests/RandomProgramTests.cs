using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace K0sConfig.Tests;

/// <summary>
/// Random builder programs over the whole public builder API (found by reflection, so a new builder method is covered
/// without a line here; a test fails when one is never called): every configuration <c>Build()</c> accepts must be accepted
/// by k0s and valid against the CRD (CrdPropertyTests.Check, as the API server checks it), and none may make k0s crash (a configuration Build() warns about with K0S205 is put to k0s with the IPv6SingleStack feature gate
/// the warning asks for). RandomPrograms/out holds what the seeded programs write (each file starts with its program);
/// RandomPrograms/verdicts.jsonl holds k0s's own verdict on each (the k0s-validate oracle; RandomPrograms/regenerate.sh
/// makes both). A test fails when the programs' output changes without the verdicts being made again.
/// </summary>
public class RandomProgramTests
{
    private const int Seed = 20261206;
    private const int Programs = 1200;

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "RandomPrograms");

    // Every builder method a program called (type.method): the tests that every public method is called read it.
    private static readonly HashSet<string> Called = new(StringComparer.Ordinal);

    private static readonly Lazy<SortedDictionary<string, string>> Outputs = new(() => Generate(Seed, Programs));

    [Fact]
    public void The_programs_write_what_k0s_was_asked_about()
        => WriteOrCompare(Outputs.Value, Root, SourceDirectory(), Programs / 4, Programs - (Programs / 10), "k0s's verdict on it is stale; run RandomPrograms/regenerate.sh");

    /// <summary>
    /// With <c>K0SCONFIG_WRITE_RANDOM=1</c>, writes <paramref name="outputs"/> into <paramref name="source"/>/out (what the
    /// regenerate scripts then ask the oracle about); otherwise requires that enough programs got through <c>Build()</c>
    /// (and enough were refused) for the comparison to mean something, and that each output is the committed one.
    /// </summary>
    internal static void WriteOrCompare(SortedDictionary<string, string> outputs, string root, string source, int least, int most, string stale)
    {
        if (Environment.GetEnvironmentVariable("K0SCONFIG_WRITE_RANDOM") == "1")
        {
            string target = Path.Combine(source, "out");
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.CreateDirectory(target);
            foreach ((string name, string yaml) in outputs)
            {
                File.WriteAllText(Path.Combine(target, name), yaml);
            }

            return;
        }

        Assert.InRange(outputs.Count, least, most);
        string[] committed = Directory.GetFiles(Path.Combine(root, "out"), "*.yaml").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
        Assert.Equal(outputs.Keys, committed);
        foreach ((string name, string yaml) in outputs)
        {
            Assert.True(yaml == File.ReadAllText(Path.Combine(root, "out", name)), name + ": the program's output changed, so " + stale + ".\nNow:\n" + yaml);
        }
    }

    [Fact]
    public void Every_public_builder_method_is_called()
    {
        _ = Outputs.Value;
        string[] all = BuilderMethods(typeof(ClusterConfigBuilder));
        Assert.True(all.Length > 100, all.Length + " builder methods");
        Assert.Empty(all.Except(CalledSoFar()));
    }

    /// <summary>The configuring methods (type.method) of <paramref name="root"/> and of every builder its callbacks reach.</summary>
    internal static string[] BuilderMethods(Type root)
    {
        var types = new List<Type> { root };
        for (int i = 0; i < types.Count; i++)
        {
            foreach (MethodInfo method in Methods(types[i]))
            {
                foreach (Type parameter in method.GetParameters().Select(p => p.ParameterType))
                {
                    if (parameter.IsGenericType && parameter.GetGenericTypeDefinition() == typeof(Action<>) && !types.Contains(parameter.GetGenericArguments()[0]))
                    {
                        types.Add(parameter.GetGenericArguments()[0]);
                    }
                }
            }
        }

        return types.SelectMany(t => Methods(t).Select(Name)).Distinct().ToArray();
    }

    /// <summary>The methods the programs have called so far (type.method).</summary>
    internal static string[] CalledSoFar()
    {
        lock (Called)
        {
            return Called.ToArray();
        }
    }

    [Fact]
    public void Every_configuration_Build_accepts_k0s_accepts()
    {
        Dictionary<string, JsonElement> verdicts = File.ReadAllLines(Path.Combine(Root, "verdicts.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(v => Path.GetFileName(v.GetProperty("file").GetString()!), v => v, StringComparer.Ordinal);
        string[] files = Directory.GetFiles(Path.Combine(Root, "out"), "*.yaml").Select(f => Path.GetFileName(f)!).ToArray();
        Assert.Equal(files.OrderBy(f => f, StringComparer.Ordinal), verdicts.Keys.OrderBy(f => f, StringComparer.Ordinal));
        var refused = new List<string>();
        foreach (string file in files)
        {
            JsonElement verdict = verdicts[file];
            if (!verdict.GetProperty("ok").GetBoolean())
            {
                string reason = verdict.TryGetProperty("panic", out JsonElement panic) && panic.ValueKind == JsonValueKind.String ? "crashes: " + panic.GetString()
                    : verdict.GetProperty("decodeError").ValueKind == JsonValueKind.String ? verdict.GetProperty("decodeError").GetString()!
                    : string.Join("; ", verdict.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
                refused.Add(file + ": k0s refuses it (" + reason + ")\n" + File.ReadAllText(Path.Combine(Root, "out", file)));
            }
        }

        Assert.True(refused.Count == 0, string.Join("\n\n", refused));
    }

    [Fact]
    public void Every_configuration_Build_accepts_is_valid_against_the_CRD()
    {
        // Known differences between Build() and the CRD, each with its reason (RandomPrograms/crd-exceptions.tsv: the start
        // of a problem, a JSON path where * stands for any text, then why); each must still occur, so that a fixed one is removed.
        Dictionary<string, string> known = File.ReadAllLines(Path.Combine(Root, "crd-exceptions.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(Path.Combine(Root, "out"), "*.yaml"))
        {
            string yaml = File.ReadAllText(file);
            foreach (string problem in CrdPropertyTests.Check(yaml, Minor(yaml)))
            {
                string? prefix = known.Keys.FirstOrDefault(k => Starts(problem, k));
                if (prefix != null)
                {
                    seen.Add(prefix);
                }
                else
                {
                    problems.Add(Path.GetFileName(file) + ": " + problem);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(known.Keys.Except(seen));
    }

    /// <summary>Whether <paramref name="problem"/> starts with <paramref name="pattern"/>, where <c>*</c> stands for any text.</summary>
    private static bool Starts(string problem, string pattern)
    {
        string[] parts = pattern.Split('*');
        if (!problem.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        int at = parts[0].Length;
        foreach (string part in parts.Skip(1))
        {
            int found = problem.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + part.Length;
        }

        return true;
    }

    /// <summary>
    /// The k0s minor whose CRD judges a program's output, chosen as RandomPrograms/regenerate.sh chooses the k0s that judges
    /// it: the minor of the program's last <c>ForK0s(...)</c> (1.27 for an older one), or <see langword="null"/> (the newest
    /// k0s's CRD) without one or after 1.36.
    /// </summary>
    internal static int? Minor(string output)
    {
        MatchCollection calls = Regex.Matches(output, @"ForK0s\([^)]*\)");
        Match minor = calls.Count == 0 ? Match.Empty : Regex.Match(calls[calls.Count - 1].Value, @"1\.([0-9]+)");
        if (!minor.Success)
        {
            return null;
        }

        int value = int.Parse(minor.Groups[1].Value, CultureInfo.InvariantCulture);
        return value > 36 ? null : Math.Max(value, 27);
    }

    /// <summary>
    /// Runs <paramref name="count"/> random programs: each configures a fresh builder by calling random public builder methods
    /// with values drawn from pools of valid and invalid ones, then builds. The programs <c>Build()</c> accepts are returned
    /// by name, each as its YAML after a comment that holds the program.
    /// </summary>
    private static SortedDictionary<string, string> Generate(int seed, int count)
    {
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var program = new StringBuilder("K0s.Cluster(\"k0s\")");
            ClusterConfigBuilder builder = K0s.Cluster("k0s");
            try
            {
                Configure(builder, random, program, depth: 0, indent: "    ");
                ClusterConfig config = builder.Build();
                string comment = "# " + program.ToString().Replace("\n", "\n# ", StringComparison.Ordinal) + "\n"
                    + string.Concat(config.Findings.Where(f => f.Severity == FindingSeverity.Warning).Select(f => "# Build() warns: " + f.RuleId + " " + f.Path + "\n"));
                outputs["p" + i.ToString("D3", CultureInfo.InvariantCulture) + ".yaml"] = comment + config.ToYaml();
            }
            catch (TargetInvocationException e) when (Innermost(e) is ArgumentException or InvalidOperationException or FormatException)
            {
                // A builder method refused its argument at the call: a program the builder does not let one write.
            }
            catch (K0sConfigException)
            {
                // Build() refused the configuration.
            }
        }

        return outputs;
    }

    /// <summary>The exception a builder method threw, inside the reflection wrappers of the calls around it.</summary>
    internal static Exception Innermost(Exception e)
    {
        while (e is TargetInvocationException { InnerException: { } inner })
        {
            e = inner;
        }

        return e;
    }

    /// <summary>Calls up to five random public methods of <paramref name="builder"/> that return its own type.</summary>
    internal static void Configure(object builder, Random random, StringBuilder program, int depth, string indent)
    {
        MethodInfo[] methods = Methods(builder.GetType());
        if (methods.Length == 0)
        {
            return;
        }

        // Up to four calls; on a builder reached for the first time, enough to call each of its methods once.
        int calls = Math.Max(random.Next(1, depth == 0 ? 5 : 4), Math.Min(6, methods.Count(m => !Called.Contains(Name(m)))));
        for (int c = 0; c < calls; c++)
        {
            // Mostly a method no program has called yet, so that deep and rare methods are reached too.
            MethodInfo[] fresh = methods.Where(m => !Called.Contains(Name(m))).ToArray();
            MethodInfo method = fresh.Length != 0 && random.Next(4) != 0 ? fresh[random.Next(fresh.Length)] : methods[random.Next(methods.Length)];
            ParameterInfo[] parameters = method.GetParameters();
            var arguments = new object?[parameters.Length];
            var shown = new object[parameters.Length];
            for (int p = 0; p < parameters.Length; p++)
            {
                (arguments[p], shown[p]) = Argument(method, parameters[p], random, depth, indent + "    ");
            }

            lock (Called)
            {
                Called.Add(Name(method));
            }

            method.Invoke(builder, arguments);
            program.Append('\n').Append(indent).Append('.').Append(method.Name).Append('(').Append(string.Join(", ", shown)).Append(')');
        }
    }

    /// <summary>A builder's public methods that return the builder (its configuring methods), in a fixed order.</summary>
    internal static MethodInfo[] Methods(Type builder)
        => builder.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == builder && !m.IsGenericMethod)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => string.Join(",", m.GetParameters().Select(p => p.ParameterType.FullName)), StringComparer.Ordinal)
            .ToArray();

    internal static string Name(MethodInfo method) => method.DeclaringType!.Name + "." + method.Name;

    private static (object? Value, object Shown) Argument(MethodInfo method, ParameterInfo parameter, Random random, int depth, string indent)
    {
        Type type = parameter.ParameterType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Action<>))
        {
            if (parameter.HasDefaultValue && random.Next(4) == 0)
            {
                return (null, "null");
            }

            Type target = type.GetGenericArguments()[0];
            var inner = new StringBuilder("x => x");
            var recorded = new List<object>();
            int innerSeed = random.Next();
            var configure = (Action<object>)(b => Configure(b, new Random(innerSeed), inner, depth + 1, indent));
            Delegate action = (Delegate)typeof(RandomProgramTests).GetMethod(nameof(Typed), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(target).Invoke(null, new object[] { configure })!;
            return (action, new Deferred(inner));
        }

        if (Nullable.GetUnderlyingType(type) is Type underlying)
        {
            type = underlying;
        }

        if (type == typeof(object))
        {
            // Free-form values (helm values, kubelet configuration): text, numbers, booleans, a mapping.
            object[] values = { "replicaCount: 2\n", 20, true, "text", new Dictionary<string, object> { ["enabled"] = true, ["replicas"] = 3 } };
            int pick = random.Next(values.Length);
            return (values[pick], pick == 4 ? "new Dictionary<string, object> { [\"enabled\"] = true, [\"replicas\"] = 3 }" : values[pick] is string text ? Quote(text) : values[pick] is bool flag ? (flag ? "true" : "false") : values[pick].ToString()!);
        }

        if (type == typeof(ClusterConfigBuilder))
        {
            // The k0sctl builder's Config(...): a configuration from a few fixed ones (K0sctlRandomProgramTests).
            int pick = random.Next(K0sctlRandomProgramTests.ClusterConfigs.Length);
            return (K0sctlRandomProgramTests.ClusterConfigs[pick].Make(), K0sctlRandomProgramTests.ClusterConfigs[pick].Code);
        }

        if (type == typeof(string[]))
        {
            string[] values = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Text(method, parameter, random)).Distinct().ToArray();
            return (values, string.Join(", ", values.Select(Quote)));
        }

        if (type == typeof(string))
        {
            string value = Text(method, parameter, random);
            return (value, Quote(value));
        }

        if (type == typeof(int))
        {
            int value = Pick(random, K0sctlRandomProgramTests.Integers(method) ?? Integers(method.Name));
            return (value, value.ToString(CultureInfo.InvariantCulture));
        }

        if (type == typeof(uint))
        {
            uint value = Pick(random, new uint[] { 0, 1, 10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff });
            return (value, value.ToString(CultureInfo.InvariantCulture) + "u");
        }

        if (type == typeof(bool))
        {
            bool value = random.Next(2) == 0;
            return (value, value ? "true" : "false");
        }

        if (type == typeof(TimeSpan))
        {
            TimeSpan value = Pick(random, new[] { TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.FromMilliseconds(1500), TimeSpan.FromHours(1), TimeSpan.FromSeconds(-1), TimeSpan.FromTicks(1) });
            return (value, "TimeSpan.FromTicks(" + value.Ticks.ToString(CultureInfo.InvariantCulture) + ")");
        }

        if (type == typeof(K0sVersion))
        {
            string version = Pick(random, Versions);
            return (K0sVersion.Parse(version), "K0sVersion.Parse(" + Quote(version) + ")");
        }

        if (type.IsEnum)
        {
            Array values = Enum.GetValues(type);
            object value = values.GetValue(random.Next(values.Length))!;
            return (value, type.Name + "." + value);
        }

        throw new InvalidOperationException("No values for " + method.DeclaringType!.Name + "." + method.Name + "(" + type.Name + " " + parameter.Name + "): add a pool.");
    }

    private static Action<T> Typed<T>(Action<object> configure)
        where T : notnull
        => b => configure(b);

    /// <summary>Text for a parameter, chosen by what the method writes: mostly valid values, some that k0s or the builder refuse.</summary>
    private static string Text(MethodInfo method, ParameterInfo parameter, Random random)
    {
        string name = parameter.Name!.ToLowerInvariant();
        if (K0sctlRandomProgramTests.Text(method, name) is string[] k0sctl)
        {
            return Pick(random, k0sctl);
        }

        string[] pool = (method.Name, name) switch
        {
            ("MetricsBindAddress" or "HealthzBindAddress", _) => new[] { "0.0.0.0:10249", "127.0.0.1:10256", "[::]:10249", "0.0.0.0", "localhost:1", ":10249" },
            ("PeerRouterIPs", _) => new[] { "192.168.1.1", "192.168.1.1,192.168.1.2", "fd00::1", "10.0.0.300" },
            ("PeerRouterASNs", _) => new[] { "65000", "65000,65001", "x" },
            ("Interface", _) => new[] { "eth0", "ens3" },
            ("AuthPass", _) => new[] { "secret", "12345678", "123456789" },
            ("IPAutodetectionMethod", _) => new[] { "first-found", "interface=eth0", "can-reach=8.8.8.8" },
            ("ConfigTemplateVrrp" or "ConfigTemplateVs", _) => new[] { "/etc/k0s/keepalived.tmpl" },
            ("ExtraArg", "name") => new[] { "v", "node-cidr-mask-size", "node-cidr-mask-size-ipv4", "node-cidr-mask-size-ipv6", "profiling", "service-cluster-ip-range", "enable-admission-plugins", "bind-address" },
            ("ExtraArg", "value") => new[] { "4", "24", "120", "false", "NodeRestriction", "0.0.0.0", "" },
            ("EnvVar", "name") => new[] { "FELIX_LOGSEVERITYSCREEN", "CALICO_IPV4POOL_NAT_OUTGOING" },
            ("EnvVar", "value") => new[] { "info", "true" },
            ("ForK0s", _) => Versions.Concat(new[] { "1.26", "2.0", "x" }).ToArray(),
            ("NodePortAddresses", _) => new[] { "10.0.0.0/24", "primary", "fd00::/64", "eth0", "" },
            (_, "cidr" or "cidrs") => new[] { "10.244.0.0/16", "10.96.0.0/12", "fd00::/108", "fd01::/108", "10.0.0.0/8", "192.168.0.0/24", "fd00::/64", "10.244.0.1/16", "2001:db8::/56", "10.0.0.0/33", "010.000.000.000/8", "192.168.1.200/24", "" },
            (_, "domain") => new[] { "cluster.local", "example.com", "k8s.internal", "bad..domain", "a b", "" },
            (_, "sans") => new[] { "10.0.0.1", "k8s.example.com", "fd00::10", "", "a b" },
            (_, "address" or "addresses" or "ipaddress") => new[] { "10.0.0.1", "192.168.1.10", "fd00::1", "k8s.example.com", "lb.example.com:6443", "10.0.0.256", "0.0.0.0", "" },
            _ => new[] { "a", "value-1", "x.example.com", "012345678", "ééééé", "" },
        };
        return Pick(random, pool);
    }

    private static int[] Integers(string method) => method switch
    {
        "NodeCidrMaskSize" or "NodeCidrMaskSizeIPv4" => new[] { 24, 16, 26, 32, 8 },
        "NodeCidrMaskSizeIPv6" => new[] { 64, 112, 117, 120, 128 },
        "VirtualRouterId" => new[] { 1, 51, 255, 0, 256 },
        "MasqueradeBit" => new[] { 14, 0, 31, 32 },
        "Mtu" => new[] { 1450, 1500, 0, 9000 },
        "VxlanVni" => new[] { 4096, 1, 16777215 },
        "AdvertIntervalSeconds" => new[] { 1, 360, 0 },
        "PersistenceTimeoutSeconds" => new[] { 1, 360, 2678400, 2678401, 0 },
        _ => new[] { 6443, 443, 9443, 8132, 8133, 4789, 7132, 1, 65535, 0, -1, 65536 },
    };

    /// <summary>k0s versions a program may choose: RandomPrograms/regenerate.sh asks that minor's k0s about the program's output.</summary>
    private static readonly string[] Versions = { "1.27", "1.29", "1.30", "1.31.13", "1.33", "1.34", "1.35", "1.36", "v1.32.10+k0s.0" };

    internal static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    internal static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A lambda's text, known once the builder has run it.</summary>
    private sealed class Deferred
    {
        private readonly StringBuilder _text;

        public Deferred(StringBuilder text) => _text = text;

        public override string ToString() => _text.ToString();
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string here = "")
        => Path.Combine(Path.GetDirectoryName(here)!, "RandomPrograms");
}
