using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace K0sConfig.Tests;

/// <summary>
/// Random builder programs over every builder method, with valid and invalid values from pools: every configuration
/// that <c>Build()</c> accepts must be one the Kubernetes API server accepts as a k0s ClusterConfig, i.e. valid against
/// the CRD's OpenAPI schema (Crd/, from k0s; checked with JsonSchema.Net) and its Kubernetes extensions, which a
/// JSON-schema library does not know: <c>x-kubernetes-list-type: set</c> (no duplicates), <c>map</c> (keys unique)
/// and integer <c>format: int32</c>. A fixed seed; K0SCONFIG_PROPERTY_PROGRAMS and K0SCONFIG_PROPERTY_SEED change the
/// count and the seed.
/// </summary>
public class CrdPropertyTests
{
    private const int DefaultPrograms = 3000;
    private const int DefaultSeed = 20261202;

    private static readonly Lazy<(JsonSchema Schema, JsonNode Raw)> Crd = new(LoadCrd);

    private readonly ITestOutputHelper _output;

    public CrdPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_config_Build_accepts_is_valid_for_the_k0s_CRD()
    {
        int programs = Setting("K0SCONFIG_PROPERTY_PROGRAMS", DefaultPrograms);
        int seed = Setting("K0SCONFIG_PROPERTY_SEED", DefaultSeed);
        var random = new Random(seed);
        var called = new HashSet<string>(StringComparer.Ordinal);
        int accepted = 0;
        var violations = new List<string>();
        var refused = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < programs; i++)
        {
            var program = new Program(random, called);
            ClusterConfig config;
            try
            {
                config = program.Run().Build();
            }
            catch (K0sConfigException e)
            {
                foreach (string id in e.Errors.Select(f => f.RuleId).Distinct())
                {
                    refused[id] = refused.GetValueOrDefault(id) + 1;
                }

                continue;
            }
            catch (ArgumentException)
            {
                // A guard refused an argument (null, an undefined enum value): nothing is built.
                continue;
            }

            accepted++;
            string yaml = config.ToYaml();
            List<string> problems = Check(yaml);
            if (problems.Count != 0 && violations.Count < 10)
            {
                violations.Add("program " + i.ToString(CultureInfo.InvariantCulture) + ": " + program + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems) + Environment.NewLine + yaml);
            }
            else if (problems.Count != 0)
            {
                violations.Add("program " + i.ToString(CultureInfo.InvariantCulture));
            }
        }

        _output.WriteLine($"seed {seed}: {programs} programs, {accepted} accepted by Build(), {violations.Count} schema violations, {called.Count} builder methods called");
        _output.WriteLine("refused by: " + string.Join(", ", refused.OrderByDescending(r => r.Value).Select(r => r.Key + " " + r.Value.ToString(CultureInfo.InvariantCulture))));
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

        // The test means something only if many configs get through and every builder method was used.
        Assert.True(accepted >= programs / 5, $"only {accepted} of {programs} programs built");
        string[] missing = Program.AllMethods().Where(m => !called.Contains(m)).ToArray();
        Assert.True(missing.Length == 0, "never called: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_check_finds_what_the_API_server_refuses()
    {
        // The oracle itself: duplicates in a set, two virtual servers with one ipAddress, a value above the CRD's
        // maximum, an int32 overflow, an unknown enum value, a missing required key.
        const string Head = "apiVersion: k0s.k0sproject.io/v1beta1\nkind: ClusterConfig\nmetadata:\n  name: k0s\nspec:\n";
        Assert.Empty(Check(Head + "  api:\n    sans: [a.example.com, b.example.com]\n"));
        Assert.Contains(Check(Head + "  api:\n    sans: [a.example.com, a.example.com]\n"), p => p.Contains("x-kubernetes-list-type: set", StringComparison.Ordinal));
        Assert.Contains(Check(Head + "  network:\n    controlPlaneLoadBalancing:\n      keepalived:\n        virtualServers:\n        - ipAddress: 10.0.0.1\n        - ipAddress: 10.0.0.1\n"), p => p.Contains("x-kubernetes-list-type: map", StringComparison.Ordinal));
        Assert.NotEmpty(Check(Head + "  api:\n    port: 0\n"));
        Assert.Contains(Check(Head + "  network:\n    controlPlaneLoadBalancing:\n      keepalived:\n        vrrpInstances:\n        - virtualIPs: [10.0.0.1/24]\n          authPass: x\n          addressLabel: 4294967294\n"), p => p.Contains("int32", StringComparison.Ordinal));
        Assert.NotEmpty(Check(Head + "  network:\n    provider: flannel\n"));
        Assert.NotEmpty(Check(Head + "  network:\n    controlPlaneLoadBalancing:\n      keepalived:\n        vrrpInstances:\n        - virtualIPs: [10.0.0.1/24]\n"));
    }

    /// <summary>Every reason the API server would refuse <paramref name="yaml"/> as a ClusterConfig.</summary>
    private static List<string> Check(string yaml)
    {
        (JsonSchema schema, JsonNode raw) = Crd.Value;
        JsonNode? instance = ToJson(YamlTree.Parse(yaml));
        var problems = new List<string>();
        EvaluationResults results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!results.IsValid)
        {
            foreach (EvaluationResults detail in results.Details.Where(d => d.HasErrors))
            {
                foreach (KeyValuePair<string, string> error in detail.Errors!)
                {
                    problems.Add(detail.InstanceLocation + ": " + error.Key + ": " + error.Value);
                }
            }
        }

        Extensions(raw, instance, "", problems);
        return problems;
    }

    /// <summary>The Kubernetes extensions of the schema: list types and int32.</summary>
    private static void Extensions(JsonNode? schema, JsonNode? instance, string path, List<string> problems)
    {
        if (schema is not JsonObject s || instance == null)
        {
            return;
        }

        if (instance is JsonObject o && s["properties"] is JsonObject properties)
        {
            foreach (KeyValuePair<string, JsonNode?> entry in o)
            {
                Extensions(properties[entry.Key], entry.Value, path + "/" + entry.Key, problems);
            }
        }
        else if (instance is JsonArray a)
        {
            string? listType = (string?)s["x-kubernetes-list-type"];
            if (listType == "set")
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonNode? item in a)
                {
                    if (!seen.Add(item?.ToJsonString() ?? "null"))
                    {
                        problems.Add(path + ": x-kubernetes-list-type: set: Duplicate value: " + item?.ToJsonString());
                    }
                }
            }
            else if (listType == "map")
            {
                string[] keys = (s["x-kubernetes-list-map-keys"] as JsonArray)!.Select(k => (string)k!).ToArray();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonNode? item in a)
                {
                    string key = string.Join("\u0000", keys.Select(k => item?[k]?.ToJsonString() ?? "null"));
                    if (!seen.Add(key))
                    {
                        problems.Add(path + ": x-kubernetes-list-type: map: Duplicate value: " + key.Replace('\u0000', ','));
                    }
                }
            }

            for (int i = 0; i < a.Count; i++)
            {
                Extensions(s["items"], a[i], path + "/" + i.ToString(CultureInfo.InvariantCulture), problems);
            }
        }
        else if ((string?)s["format"] == "int32" && instance is JsonValue v && v.TryGetValue(out long number) && (number < int.MinValue || number > int.MaxValue))
        {
            problems.Add(path + ": format int32: " + number.ToString(CultureInfo.InvariantCulture) + " does not fit");
        }
    }

    private static (JsonSchema, JsonNode) LoadCrd()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "Crd", "k0s.k0sproject.io_clusterconfigs.yaml");
        YamlMappingNode crd = YamlTree.Parse(File.ReadAllText(file));
        YamlNode version = ((YamlSequenceNode)crd["spec"]["versions"]).Children.Single(v => ((YamlScalarNode)v["name"]).Value == "v1beta1");
        JsonNode raw = ToJson(version["schema"]["openAPIV3Schema"])!;
        return (JsonSchema.FromText(raw.ToJsonString()), raw);
    }

    /// <summary>YAML to JSON as sigs.k8s.io/yaml reads it: plain scalars typed, quoted ones strings.</summary>
    private static JsonNode? ToJson(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var o = new JsonObject();
                foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                {
                    o[((YamlScalarNode)entry.Key).Value!] = ToJson(entry.Value);
                }

                return o;
            case YamlSequenceNode sequence:
                var a = new JsonArray();
                foreach (YamlNode item in sequence.Children)
                {
                    a.Add(ToJson(item));
                }

                return a;
            case YamlScalarNode { Style: ScalarStyle.Plain } plain:
                string text = plain.Value ?? string.Empty;
                return YamlTypes.Resolve(text) switch
                {
                    "null" => null,
                    "bool" => JsonValue.Create(text is "true" or "True" or "TRUE"),
                    "int" when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number) => JsonValue.Create(number),
                    "float" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double real) => JsonValue.Create(real),
                    _ => JsonValue.Create(text),
                };
            case YamlScalarNode scalar:
                return JsonValue.Create(scalar.Value ?? string.Empty);
            default:
                throw new InvalidOperationException("unexpected YAML node " + node.NodeType);
        }
    }

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : fallback;

    /// <summary>One random builder program: a list of steps, each a builder method with pooled arguments.</summary>
    private sealed class Program
    {
        // Each pool starts with values that are usually valid; Pick takes one of those most of the time.
        private static readonly string[] Cidrs = { "10.244.0.0/16", "10.96.0.0/12", "192.168.1.200/24", "10.1.0.0/16", "10.0.0.1", "fd00::/108", "fd01::/108", "10.0.0.0/33", "primary", "eth0", "", "010.000.000.000/8", "fd00::/64" };
        private static readonly string[] Ips = { "10.0.0.1", "10.0.0.2", "192.168.1.1", "fd00::1", "example.com", "", "10.0.0.256", "0.0.0.0" };
        private static readonly string[] Names = { "k8s.example.com", "10.0.0.1", "lb.example.com:6443", "cluster.local", "a b", "" };
        private static readonly string[] Texts = { "secret", "12345678", "eth0", "/etc/k0s/x.tmpl", "012345678", "", "ééééé" };
        private static readonly string[] PodCidrs = { "10.244.0.0/16", "10.200.0.0/16", "10.244.0.0/14", "10.0.0.1", "fd00::/108", "10.244.0.1/16" };
        private static readonly string[] ServiceCidrs = { "10.96.0.0/12", "10.100.0.0/16", "10.96.0.0/16", "10.244.0.0/16", "fd01::/108", "x" };
        private static readonly string[] V6Cidrs = { "fd00::/108", "fd01::/108", "fd02::/112", "fd00::/64", "10.0.0.0/24", "" };
        private static readonly string[] BindAddresses = { "0.0.0.0:10249", "127.0.0.1:10256", "[::1]:1", "0.0.0.0", "localhost:10249", ":10249", "0.0.0.0:0", "" };
        private static readonly string[] Domains = { "cluster.local", "k8s.internal", "a b", "" };
        private static readonly (string, string)[] Args = { ("v", "2"), ("enable-cni", "true"), ("node-cidr-mask-size", "24"), ("--v", "2"), ("cluster-cidr", "10.244.0.0/16"), ("node-cidr-mask-size", "x") };
        private static readonly int[] Ints = { 24, 1, 14, 31, 51, 255, 6443, 65535, 360, 2678400, 7132, 117, 120, 0, -1, 32, 256, 65536, 2678401 };
        private static readonly uint[] UInts = { 1, 10000, 0x7fffffff, 0, 0x80000000, 0xfffffffe, 0xffffffff };
        private static readonly TimeSpan[] Durations = { TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(1500), TimeSpan.Zero, TimeSpan.FromSeconds(-1), TimeSpan.FromTicks(1) };

        private readonly Random _random;
        private readonly HashSet<string> _called;
        private readonly List<string> _trace = new();
        private readonly List<Action<ClusterConfigBuilder>> _steps = new();

        public Program(Random random, HashSet<string> called)
        {
            _random = random;
            _called = called;
            int count = 1 + _random.Next(8);
            for (int i = 0; i < count; i++)
            {
                _steps.Add(Cluster());
            }
        }

        public ClusterConfigBuilder Run()
        {
            ClusterConfigBuilder builder = K0s.Cluster("k0s");
            foreach (Action<ClusterConfigBuilder> step in _steps)
            {
                step(builder);
            }

            return builder;
        }

        public override string ToString() => string.Join(" ", _trace);

        /// <summary>Every method the generator can call, as "Builder.Method".</summary>
        public static IEnumerable<string> AllMethods()
            => new[]
            {
                typeof(NetworkBuilder), typeof(DualStackBuilder), typeof(CalicoBuilder), typeof(KubeRouterBuilder), typeof(KubeProxyBuilder),
                typeof(KubeProxyIptablesBuilder), typeof(KubeProxyIpvsBuilder), typeof(KubeProxyNftablesBuilder), typeof(NodeLocalLoadBalancingBuilder),
                typeof(NodeLocalProxyBuilder), typeof(ControlPlaneLoadBalancingBuilder), typeof(KeepalivedBuilder), typeof(VrrpInstanceBuilder),
                typeof(VirtualServerBuilder), typeof(ApiBuilder), typeof(ControllerManagerBuilder),
                typeof(SchedulerBuilder), typeof(InstallConfigBuilder), typeof(InstallUsersBuilder), typeof(KonnectivityBuilder), typeof(TelemetryBuilder),
                typeof(StorageBuilder), typeof(EtcdBuilder), typeof(KineBuilder), typeof(ExternalClusterBuilder),
                typeof(ExtensionsBuilder), typeof(HelmBuilder), typeof(HelmRepositoryBuilder), typeof(HelmChartBuilder), typeof(WorkerProfileBuilder),
            }.SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                .Select(m => t.Name + "." + m.Name));

        private T Pick<T>(T[] pool) => pool[_random.Next(_random.Next(6) == 0 ? pool.Length : Math.Max(1, pool.Length / 2))];

        private string Str(string[] pool) => Pick(pool);

        private E Enum<E>()
            where E : struct, System.Enum
        {
            E[] values = System.Enum.GetValues<E>();

            // Now and then a value with no member, as a cast would make: the builder must refuse it.
            return _random.Next(40) == 0 ? (E)(object)42 : values[_random.Next(values.Length)];
        }

        private void Note(string builder, string method)
        {
            _called.Add(builder + "." + method);
            _trace.Add(builder[..^"Builder".Length] + "." + method);
        }

        private (string, string) Arg() => Pick(Args);

        private Action<ClusterConfigBuilder> Cluster()
        {
            switch (_random.Next(10))
            {
                case 8:
                    return OtherSection();
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                    Action<NetworkBuilder>[] network = Many(() => Network());
                    return b => b.Network(n => Apply(n, network));
                case 5:
                case 6:
                    Action<ApiBuilder>[] api = Many(() => Api());
                    return b => b.Api(a => Apply(a, api));
                default:
                    Action<ControllerManagerBuilder>[] cm = Many(() => ControllerManager());
                    return b => b.ControllerManager(c => Apply(c, cm));
            }
        }

        private Action<ClusterConfigBuilder> Storage()
        {
            string text = Pick(Texts);
            string ip = Pick(Ips);
            (string n, string v) = Arg();
            switch (_random.Next(5))
            {
                case 4:
                    {
                        string prefix = Pick(Texts);
                        string[] endpoints = Enumerable.Range(0, _random.Next(3)).Select(_ => Pick(Names)).ToArray();
                        bool tls = _random.Next(2) == 0;
                        Note(nameof(StorageBuilder), "Etcd");
                        Note(nameof(EtcdBuilder), "ExternalCluster");
                        foreach (string method in new[] { "Endpoints", "EtcdPrefix", "CAFile", "ClientCertFile", "ClientKeyFile" })
                        {
                            Note(nameof(ExternalClusterBuilder), method);
                        }

                        return b => b.Storage(s => s.Etcd(e => e.ExternalCluster(x => x.Endpoints(endpoints).EtcdPrefix(prefix).CAFile(text).ClientCertFile(tls ? text : string.Empty).ClientKeyFile(text))));
                    }

                case 0: { StorageType t = Enum<StorageType>(); Note(nameof(StorageBuilder), "Type"); return b => b.Storage(s => s.Type(t)); }
                case 1: Note(nameof(StorageBuilder), "Etcd"); Note(nameof(EtcdBuilder), "PeerAddress"); return b => b.Storage(s => s.Etcd(e => e.PeerAddress(ip)));
                case 2: Note(nameof(StorageBuilder), "Etcd"); Note(nameof(EtcdBuilder), "ExtraArg"); return b => b.Storage(s => s.Etcd(e => e.ExtraArg(n, v)));
                default: Note(nameof(StorageBuilder), "Kine"); Note(nameof(KineBuilder), "DataSource"); return b => b.Storage(s => s.Kine(k => k.DataSource(text)));
            }
        }

        private static readonly string[] ProfileNames = { "custom-role", "gpu", "custom-pluginDir", "", "a.b" };
        private static readonly string[] ReleaseNames = { "metallb", "ingress.nginx", "Metal_LB", "" };
        private static readonly string[] KubeletKeys = { "maxPods", "podsPerCore", "clusterDomain" };

        /// <summary>A helm repository or chart, every key of it.</summary>
        private Action<ClusterConfigBuilder> Extensions()
        {
            string name = Pick(ReleaseNames);
            string text = Pick(Texts);
            int order = Pick(Ints);
            bool flag = _random.Next(2) == 0;
            Note(nameof(ExtensionsBuilder), "Helm");
            if (_random.Next(2) == 0)
            {
                foreach (string method in new[] { "Repository" })
                {
                    Note(nameof(HelmBuilder), method);
                }

                foreach (string method in new[] { "Name", "Url", "CAFile", "CertFile", "KeyFile", "Insecure", "Username", "Password" })
                {
                    Note(nameof(HelmRepositoryBuilder), method);
                }

                return b => b.Extensions(e => e.Helm(h => h.Repository(r => r.Name(name).Url(text).CAFile(text).CertFile(text).KeyFile(text).Insecure(flag).Username(text).Password(text))));
            }

            foreach (string method in new[] { "ConcurrencyLevel", "Chart" })
            {
                Note(nameof(HelmBuilder), method);
            }

            foreach (string method in new[] { "Name", "ChartName", "Version", "Values", "Namespace", "Timeout", "Order", "ForceUpgrade" })
            {
                Note(nameof(HelmChartBuilder), method);
            }

            return b => b.Extensions(e => e.Helm(h => h.ConcurrencyLevel(order).Chart(c => c.Name(name).ChartName(text).Version(text).Namespace(text).Timeout(TimeSpan.FromSeconds(order)).Order(order).ForceUpgrade(flag)
                .Values(flag ? (object)new { replicaCount = order, name = text } : "a: 1\n"))));
        }

        /// <summary>scheduler, installConfig, konnectivity or telemetry.</summary>
        private Action<ClusterConfigBuilder> OtherSection()
        {
            switch (_random.Next(8))
            {
                case 4:
                    return Storage();

                case 7:
                    {
                        // A patch on each network owner, with a type or not and a target kind and name from the pools.
                        string kind = Pick(Texts);
                        string name = Pick(Names);
                        PatchType type = Enum<PatchType>();
                        bool typed = _random.Next(2) == 0;
                        Note(nameof(NetworkBuilder), "CoreDns");
                        Note(nameof(KubeProxyBuilder), "Patch");
                        Note(nameof(KubeRouterBuilder), "Patch");
                        Note(nameof(CalicoBuilder), "Patch");
                        Action<PatchBuilder> patch = p => p.Target(t => t.Kind(kind).Name(name)).Patch(s => { if (typed) { s.Type(type); } s.Content("{}"); });
                        return _random.Next(2) == 0
                            ? b => b.Network(n => n.CoreDns(d => d.Patch(patch)).KubeProxy(kp => kp.Patch(patch)).KubeRouter(kr => kr.Patch(patch)))
                            : b => b.Network(n => n.Calico(c => c.Patch(patch)));
                    }

                case 5:
                    return Extensions();

                case 6:
                    {
                        string name = Pick(ProfileNames);
                        string key = Pick(KubeletKeys);
                        int value = Pick(Ints);
                        Note("ClusterConfigBuilder", "WorkerProfile");
                        Note(nameof(WorkerProfileBuilder), "Name");
                        Note(nameof(WorkerProfileBuilder), "Value");
                        return b => b.WorkerProfile(w => w.Name(name).Value(key, key == "clusterDomain" ? "example.com" : value));
                    }

                case 0:
                    {
                        (string n, string v) = Arg();
                        Note(nameof(SchedulerBuilder), "ExtraArg");
                        return b => b.Scheduler(s => s.ExtraArg(n, v));
                    }

                case 1:
                    {
                        string user = Pick(Texts);
                        int which = _random.Next(5);
                        string[] methods = { "EtcdUser", "KineUser", "KonnectivityUser", "KubeApiServerUser", "KubeSchedulerUser" };
                        Note(nameof(InstallConfigBuilder), "Users");
                        Note(nameof(InstallUsersBuilder), methods[which]);
                        return b => b.InstallConfig(i => i.Users(u => _ = which switch
                        {
                            0 => u.EtcdUser(user),
                            1 => u.KineUser(user),
                            2 => u.KonnectivityUser(user),
                            3 => u.KubeApiServerUser(user),
                            _ => u.KubeSchedulerUser(user),
                        }));
                    }

                case 2:
                    {
                        int port = Pick(Ints);
                        string address = Pick(Names);
                        int which = _random.Next(3);
                        Note(nameof(KonnectivityBuilder), which == 0 ? "AdminPort" : which == 1 ? "AgentPort" : "ExternalAddress");
                        return b => b.Konnectivity(k => _ = which == 0 ? k.AdminPort(port) : which == 1 ? k.AgentPort(port) : k.ExternalAddress(address));
                    }

                default:
                    {
                        bool enabled = _random.Next(2) == 0;
                        Note(nameof(TelemetryBuilder), "Enabled");
                        return b => b.Telemetry(t => t.Enabled(enabled));
                    }
            }
        }

        private Action<T>[] Many<T>(Func<Action<T>> make, int most = 4)
        {
            var steps = new Action<T>[1 + _random.Next(most)];
            for (int i = 0; i < steps.Length; i++)
            {
                steps[i] = make();
            }

            return steps;
        }

        private static void Apply<T>(T builder, Action<T>[] steps)
        {
            foreach (Action<T> step in steps)
            {
                step(builder);
            }
        }

        private Action<ApiBuilder> Api()
        {
            const string B = nameof(ApiBuilder);
            switch (_random.Next(7))
            {
                case 0: { string v = Str(Ips); Note(B, "Address"); return a => a.Address(v); }
                case 1: { string v = Str(Names); Note(B, "ExternalAddress"); return a => a.ExternalAddress(v); }
                case 2: { string[] v = Enumerable.Range(0, _random.Next(4)).Select(_ => Str(_random.Next(2) == 0 ? Ips : Names)).ToArray(); Note(B, "Sans"); return a => a.Sans(v); }
                case 3: { int v = Pick(Ints); Note(B, "Port"); return a => a.Port(v); }
                case 4: { int v = Pick(Ints); Note(B, "K0sApiPort"); return a => a.K0sApiPort(v); }
                case 5: { bool v = _random.Next(2) == 0; Note(B, "OnlyBindToAddress"); return a => a.OnlyBindToAddress(v); }
                default: { (string k, string v) = Arg(); Note(B, "ExtraArg"); return a => a.ExtraArg(k, v); }
            }
        }

        private Action<ControllerManagerBuilder> ControllerManager()
        {
            const string B = nameof(ControllerManagerBuilder);
            switch (_random.Next(8))
            {
                case 0: { int v = Pick(Ints); Note(B, "NodeCidrMaskSize"); return c => c.NodeCidrMaskSize(v); }
                case 1: { int v = Pick(Ints); Note(B, "NodeCidrMaskSizeIPv4"); return c => c.NodeCidrMaskSizeIPv4(v); }
                case 2: { int v = Pick(Ints); Note(B, "NodeCidrMaskSizeIPv6"); return c => c.NodeCidrMaskSizeIPv6(v); }
                default: { (string k, string v) = Arg(); Note(B, "ExtraArg"); return c => c.ExtraArg(k, v); }
            }
        }

        private Action<NetworkBuilder> Network()
        {
            const string B = nameof(NetworkBuilder);
            switch (_random.Next(12))
            {
                case 0: { string v = Str(PodCidrs); Note(B, "PodCidr"); return n => n.PodCidr(v); }
                case 1: { string v = Str(ServiceCidrs); Note(B, "ServiceCidr"); return n => n.ServiceCidr(v); }
                case 2: { string v = Str(Domains); Note(B, "ClusterDomain"); return n => n.ClusterDomain(v); }
                case 3: { IPFamily v = Enum<IPFamily>(); Note(B, "PrimaryAddressFamily"); return n => n.PrimaryAddressFamily(v); }
                case 4: { Action<KubeRouterBuilder>[] s = _random.Next(3) == 0 ? Array.Empty<Action<KubeRouterBuilder>>() : Many(() => KubeRouter()); Note(B, "KubeRouter"); return n => n.KubeRouter(s.Length == 0 ? null : k => Apply(k, s)); }
                case 5: { Action<CalicoBuilder>[] s = _random.Next(3) == 0 ? Array.Empty<Action<CalicoBuilder>>() : Many(() => Calico()); Note(B, "Calico"); return n => n.Calico(s.Length == 0 ? null : c => Apply(c, s)); }
                case 6: { Note(B, "CustomCni"); return n => n.CustomCni(); }
                case 7:
                    {
                        // Usually the docs' ranges first, then random changes.
                        bool docs = _random.Next(5) != 0;
                        Action<DualStackBuilder>[] s = Many(() => DualStack());
                        Note(B, "DualStack");
                        return n => n.DualStack(d => Apply(docs ? d.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108") : d, _random.Next(2) == 0 ? s : Array.Empty<Action<DualStackBuilder>>()));
                    }
                case 8: { Action<KubeProxyBuilder>[] s = Many(() => KubeProxy()); Note(B, "KubeProxy"); return n => n.KubeProxy(k => Apply(k, s)); }
                case 9: { Action<NodeLocalLoadBalancingBuilder>[] s = _random.Next(3) == 0 ? Array.Empty<Action<NodeLocalLoadBalancingBuilder>>() : Many(() => Nllb()); Note(B, "NodeLocalLoadBalancing"); return n => n.NodeLocalLoadBalancing(s.Length == 0 ? null : l => Apply(l, s)); }
                default: { Action<ControlPlaneLoadBalancingBuilder>[] s = _random.Next(4) == 0 ? Array.Empty<Action<ControlPlaneLoadBalancingBuilder>>() : Many(() => Cplb()); Note(B, "ControlPlaneLoadBalancing"); return n => n.ControlPlaneLoadBalancing(s.Length == 0 ? null : c => Apply(c, s)); }
            }
        }

        private Action<DualStackBuilder> DualStack()
        {
            const string B = nameof(DualStackBuilder);
            switch (_random.Next(3))
            {
                case 0: { string v = Str(V6Cidrs); Note(B, "IPv6PodCidr"); return d => d.IPv6PodCidr(v); }
                case 1: { string v = Str(V6Cidrs); Note(B, "IPv6ServiceCidr"); return d => d.IPv6ServiceCidr(v); }
                default: { bool v = _random.Next(4) != 0; Note(B, "Enabled"); return d => d.Enabled(v); }
            }
        }

        private Action<CalicoBuilder> Calico()
        {
            const string B = nameof(CalicoBuilder);
            switch (_random.Next(9))
            {
                case 0: { CalicoMode v = Enum<CalicoMode>(); Note(B, "Mode"); return c => c.Mode(v); }
                case 1: { CalicoOverlay v = Enum<CalicoOverlay>(); Note(B, "Overlay"); return c => c.Overlay(v); }
                case 2: { int v = Pick(Ints); Note(B, "VxlanPort"); return c => c.VxlanPort(v); }
                case 3: { int v = Pick(Ints); Note(B, "VxlanVni"); return c => c.VxlanVni(v); }
                case 4: { int v = Pick(Ints); Note(B, "Mtu"); return c => c.Mtu(v); }
                case 5: { bool v = _random.Next(2) == 0; Note(B, "Wireguard"); return c => c.Wireguard(v); }
                case 6: { string v = Str(Texts); Note(B, "IPAutodetectionMethod"); return c => c.IPAutodetectionMethod(v); }
                case 7: { string v = Str(Texts); Note(B, "IPv6AutodetectionMethod"); return c => c.IPv6AutodetectionMethod(v); }
                default: { (string k, string v) = Arg(); Note(B, "EnvVar"); return c => c.EnvVar(k, v); }
            }
        }

        private Action<KubeRouterBuilder> KubeRouter()
        {
            const string B = nameof(KubeRouterBuilder);
            switch (_random.Next(8))
            {
                case 0: { bool v = _random.Next(2) == 0; Note(B, "AutoMtu"); return k => k.AutoMtu(v); }
                case 1: { int v = Pick(Ints); Note(B, "Mtu"); return k => k.Mtu(v); }
                case 2: { int v = Pick(Ints); Note(B, "MetricsPort"); return k => k.MetricsPort(v); }
                case 3: { KubeRouterHairpin v = Enum<KubeRouterHairpin>(); Note(B, "Hairpin"); return k => k.Hairpin(v); }
                case 4: { bool v = _random.Next(2) == 0; Note(B, "IPMasq"); return k => k.IPMasq(v); }
                case 5: { string v = Pick(Ips); Note(B, "PeerRouterIPs"); return k => k.PeerRouterIPs(v); }
                case 6: { string v = Pick(Texts); Note(B, "PeerRouterASNs"); return k => k.PeerRouterASNs(v); }
                default: { (string n, string v) = Arg(); Note(B, "ExtraArg"); return k => k.ExtraArg(n, v); }
            }
        }

        private Action<KubeProxyBuilder> KubeProxy()
        {
            const string B = nameof(KubeProxyBuilder);
            switch (_random.Next(9))
            {
                case 0: { bool v = _random.Next(3) == 0; Note(B, "Disabled"); return k => k.Disabled(v); }
                case 1: { KubeProxyMode v = Enum<KubeProxyMode>(); Note(B, "Mode"); return k => k.Mode(v); }
                case 2: { (string n, string v) = Arg(); Note(B, "ExtraArg"); return k => k.ExtraArg(n, v); }
                case 3: { string[] v = Enumerable.Range(0, _random.Next(4)).Select(_ => Str(Cidrs)).ToArray(); Note(B, "NodePortAddresses"); return k => k.NodePortAddresses(v); }
                case 4: { Action<KubeProxyIptablesBuilder>[] s = Many(() => Iptables()); Note(B, "Iptables"); return k => k.Iptables(i => Apply(i, s)); }
                case 5: { Action<KubeProxyIpvsBuilder>[] s = Many(() => Ipvs()); Note(B, "Ipvs"); return k => k.Ipvs(i => Apply(i, s)); }
                case 6: { string v = Pick(BindAddresses); Note(B, "MetricsBindAddress"); return k => k.MetricsBindAddress(v); }
                case 7: { string v = Pick(BindAddresses); Note(B, "HealthzBindAddress"); return k => k.HealthzBindAddress(v); }
                default: { Action<KubeProxyNftablesBuilder>[] s = Many(() => Nftables()); Note(B, "Nftables"); return k => k.Nftables(i => Apply(i, s)); }
            }
        }

        private Action<KubeProxyIptablesBuilder> Iptables()
        {
            const string B = nameof(KubeProxyIptablesBuilder);
            switch (_random.Next(5))
            {
                case 0: { int v = Pick(Ints); Note(B, "MasqueradeBit"); return i => i.MasqueradeBit(v); }
                case 1: { bool v = _random.Next(2) == 0; Note(B, "MasqueradeAll"); return i => i.MasqueradeAll(v); }
                case 2: { bool v = _random.Next(2) == 0; Note(B, "LocalhostNodePorts"); return i => i.LocalhostNodePorts(v); }
                case 3: { TimeSpan v = Pick(Durations); Note(B, "SyncPeriod"); return i => i.SyncPeriod(v); }
                default: { TimeSpan v = Pick(Durations); Note(B, "MinSyncPeriod"); return i => i.MinSyncPeriod(v); }
            }
        }

        private Action<KubeProxyIpvsBuilder> Ipvs()
        {
            const string B = nameof(KubeProxyIpvsBuilder);
            switch (_random.Next(8))
            {
                case 0: { TimeSpan v = Pick(Durations); Note(B, "SyncPeriod"); return i => i.SyncPeriod(v); }
                case 1: { TimeSpan v = Pick(Durations); Note(B, "MinSyncPeriod"); return i => i.MinSyncPeriod(v); }
                case 2: { IpvsScheduler v = Enum<IpvsScheduler>(); Note(B, "Scheduler"); return i => i.Scheduler(v); }
                case 3: { string[] v = Enumerable.Range(0, _random.Next(4)).Select(_ => Str(Cidrs)).ToArray(); Note(B, "ExcludeCidrs"); return i => i.ExcludeCidrs(v); }
                case 4: { bool v = _random.Next(2) == 0; Note(B, "StrictArp"); return i => i.StrictArp(v); }
                case 5: { TimeSpan v = Pick(Durations); Note(B, "TcpTimeout"); return i => i.TcpTimeout(v); }
                case 6: { TimeSpan v = Pick(Durations); Note(B, "TcpFinTimeout"); return i => i.TcpFinTimeout(v); }
                default: { TimeSpan v = Pick(Durations); Note(B, "UdpTimeout"); return i => i.UdpTimeout(v); }
            }
        }

        private Action<KubeProxyNftablesBuilder> Nftables()
        {
            const string B = nameof(KubeProxyNftablesBuilder);
            switch (_random.Next(4))
            {
                case 0: { TimeSpan v = Pick(Durations); Note(B, "SyncPeriod"); return i => i.SyncPeriod(v); }
                case 1: { int v = Pick(Ints); Note(B, "MasqueradeBit"); return i => i.MasqueradeBit(v); }
                case 2: { bool v = _random.Next(2) == 0; Note(B, "MasqueradeAll"); return i => i.MasqueradeAll(v); }
                default: { TimeSpan v = Pick(Durations); Note(B, "MinSyncPeriod"); return i => i.MinSyncPeriod(v); }
            }
        }

        private Action<NodeLocalLoadBalancingBuilder> Nllb()
        {
            const string B = nameof(NodeLocalLoadBalancingBuilder);
            switch (_random.Next(4))
            {
                case 0: { NodeLocalLoadBalancingType v = Enum<NodeLocalLoadBalancingType>(); Note(B, "Type"); return l => l.Type(v); }
                case 1: { bool v = _random.Next(3) != 0; Note(B, "Enabled"); return l => l.Enabled(v); }
                case 2: { Action<NodeLocalProxyBuilder>[] s = Many(() => Proxy()); Note(B, "EnvoyProxy"); return l => l.EnvoyProxy(e => Apply(e, s)); }
                default: { Action<NodeLocalProxyBuilder>[] s = Many(() => Proxy()); Note(B, "Traefik"); return l => l.Traefik(t => Apply(t, s)); }
            }
        }

        private Action<NodeLocalProxyBuilder> Proxy()
        {
            const string B = nameof(NodeLocalProxyBuilder);
            switch (_random.Next(3))
            {
                case 0: { int v = Pick(Ints); Note(B, "ApiServerBindPort"); return p => p.ApiServerBindPort(v); }
                case 1: { int v = Pick(Ints); Note(B, "KonnectivityServerBindPort"); return p => p.KonnectivityServerBindPort(v); }
                default: { ImagePullPolicy v = Enum<ImagePullPolicy>(); Note(B, "ImagePullPolicy"); return p => p.ImagePullPolicy(v); }
            }
        }

        private Action<ControlPlaneLoadBalancingBuilder> Cplb()
        {
            const string B = nameof(ControlPlaneLoadBalancingBuilder);
            if (_random.Next(4) == 0)
            {
                bool v = _random.Next(3) != 0;
                Note(B, "Enabled");
                return c => c.Enabled(v);
            }

            Action<KeepalivedBuilder>[] s = Many(() => Keepalived(), most: 6);
            Note(B, "Keepalived");
            return c => c.Keepalived(k => Apply(k, s));
        }

        private Action<KeepalivedBuilder> Keepalived()
        {
            const string B = nameof(KeepalivedBuilder);
            switch (_random.Next(8))
            {
                case 0:
                case 1:
                    {
                        // Now and then hundreds of instances, for the automatic ids and maxItems.
                        int copies = _random.Next(30) == 0 ? 200 + _random.Next(60) : 1;
                        Action<VrrpInstanceBuilder>[] s = Many(() => Vrrp(), most: 4);
                        bool usual = _random.Next(5) != 0;
                        Note(B, "VrrpInstance");
                        return k =>
                        {
                            for (int i = 0; i < copies; i++)
                            {
                                k.VrrpInstance(v => Apply(usual ? v.VirtualIPs("192.168.1.200/24").AuthPass("secret") : v, s));
                            }
                        };
                    }

                case 2:
                case 3:
                    {
                        string ip = Str(Ips);
                        Action<VirtualServerBuilder>[] s = _random.Next(3) == 0 ? Array.Empty<Action<VirtualServerBuilder>>() : Many(() => Server());
                        Note(B, "VirtualServer");
                        return k => k.VirtualServer(ip, s.Length == 0 ? null : v => Apply(v, s));
                    }

                case 4: { int v = Pick(Ints); Note(B, "UserSpaceProxyBindPort"); return k => k.UserSpaceProxyBindPort(v); }
                case 5: { bool v = _random.Next(2) == 0; Note(B, "DisableLoadBalancer"); return k => k.DisableLoadBalancer(v); }
                case 6: { string v = Str(Texts); Note(B, "ConfigTemplateVrrp"); return k => k.ConfigTemplateVrrp(v); }
                default: { string v = Str(Texts); Note(B, "ConfigTemplateVs"); return k => k.ConfigTemplateVs(v); }
            }
        }

        private Action<VrrpInstanceBuilder> Vrrp()
        {
            const string B = nameof(VrrpInstanceBuilder);
            switch (_random.Next(10))
            {
                case 0:
                case 1: { string[] v = Enumerable.Range(0, _random.Next(4)).Select(_ => Str(_random.Next(3) == 0 ? Ips : Cidrs)).ToArray(); Note(B, "VirtualIPs"); return i => i.VirtualIPs(v); }
                case 2: { string v = Str(Texts); Note(B, "Interface"); return i => i.Interface(v); }
                case 3: { int v = Pick(Ints); Note(B, "VirtualRouterId"); return i => i.VirtualRouterId(v); }
                case 4: { int v = Pick(Ints); Note(B, "AdvertIntervalSeconds"); return i => i.AdvertIntervalSeconds(v); }
                case 5:
                case 6: { string v = Str(Texts); Note(B, "AuthPass"); return i => i.AuthPass(v); }
                case 7: { string[] v = Enumerable.Range(0, _random.Next(4)).Select(_ => Str(Ips)).ToArray(); Note(B, "UnicastPeers"); return i => i.UnicastPeers(v); }
                case 8: { string v = Str(Ips); Note(B, "UnicastSourceIP"); return i => i.UnicastSourceIP(v); }
                default: { uint v = Pick(UInts); Note(B, "AddressLabel"); return i => i.AddressLabel(v); }
            }
        }

        private Action<VirtualServerBuilder> Server()
        {
            const string B = nameof(VirtualServerBuilder);
            switch (_random.Next(4))
            {
                case 0: { TimeSpan v = Pick(Durations); Note(B, "DelayLoop"); return s => s.DelayLoop(v); }
                case 1: { KeepalivedLbAlgo v = Enum<KeepalivedLbAlgo>(); Note(B, "LbAlgo"); return s => s.LbAlgo(v); }
                case 2: { KeepalivedLbKind v = Enum<KeepalivedLbKind>(); Note(B, "LbKind"); return s => s.LbKind(v); }
                default: { int v = Pick(Ints); Note(B, "PersistenceTimeoutSeconds"); return s => s.PersistenceTimeoutSeconds(v); }
            }
        }
    }
}
