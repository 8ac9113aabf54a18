using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace K0sConfig.Analyzers.Tests.Robustness;

/// <summary>One source the fuzzer starts from.</summary>
/// <param name="Name">Where it comes from: <c>samples/DualStack/Program.cs</c>, <c>embedded/FullChain</c>, <c>tests/SmokeTests.cs#2</c>.</param>
/// <param name="Text">The C# source.</param>
/// <param name="Solo">The seed declares K0sConfig's own types, which would shadow the library for every tree of a compilation: its mutants are analyzed one per compilation.</param>
internal sealed record FuzzSeed(string Name, string Text, bool Solo = false)
{
    private HashSet<string>? _typeNames;

    /// <summary>The types the seed declares outside other types: renamed in each mutant so that many mutants can share a compilation.</summary>
    public IReadOnlySet<string> TypeNames => _typeNames ??= CSharpSyntaxTree.ParseText(Text).GetRoot()
        .DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
        .Select(n => n switch
        {
            BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
            DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
            _ => null,
        })
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal);

    public override string ToString() => Name;
}

/// <summary>
/// The fuzzer's seeds: every .cs file under samples/ and every K0sConfig snippet in the test sources, read from
/// the repository at test time (so new samples and tests become seeds by themselves), plus embedded snippets
/// that together call every public builder method in the forms the analyzer has to understand.
/// </summary>
internal static partial class FuzzSeeds
{
    private static readonly Lazy<string> LazyRepoRoot = new(FindRepoRoot);

    /// <summary>The folder holding K0sConfig.Analyzers.sln, found by walking up from the test's output folder.</summary>
    public static string RepoRoot => LazyRepoRoot.Value;

    public static IReadOnlyList<FuzzSeed> All() => Samples().Concat(TestSources()).Concat(Embedded).Concat(Broken).Concat(Shadow).ToList();

    /// <summary>Every .cs file under samples/ (DualStack, Mistakes, CalicoBird, SampleOutput.cs, ...).</summary>
    public static IReadOnlyList<FuzzSeed> Samples() => CsFiles(Path.Combine(RepoRoot, "samples"))
        .Select(path => new FuzzSeed(Relative(path), File.ReadAllText(path)))
        .ToList();

    /// <summary>
    /// The string literals in the test sources that hold K0sConfig code (the analyzer tests' inputs), with the
    /// test framework's markup (<c>{|K0S101:...|}</c>, <c>[|...|]</c>) removed. The Robustness folder is left out.
    /// </summary>
    public static IReadOnlyList<FuzzSeed> TestSources()
    {
        var seeds = new List<FuzzSeed>();
        string robustness = Path.DirectorySeparatorChar + "Robustness" + Path.DirectorySeparatorChar;
        foreach (string path in CsFiles(Path.Combine(RepoRoot, "tests")).Where(p => !p.Contains(robustness, StringComparison.Ordinal)))
        {
            SyntaxNode root = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot();
            int index = 0;
            foreach (ExpressionSyntax literal in root.DescendantNodes().OfType<ExpressionSyntax>())
            {
                if (!(TextOf(literal) is { } text)
                    || (!text.Contains("K0s.", StringComparison.Ordinal) && !text.Contains("Builder", StringComparison.Ordinal)))
                {
                    continue;
                }

                text = Markup().Replace(text, string.Empty);
                if (literal is InterpolatedStringExpressionSyntax && !text.Contains("class ", StringComparison.Ordinal))
                {
                    // The members of a class, as CompositionTests' Source() wraps them.
                    text = "using System;\nusing System.Collections.Generic;\nstatic class Config\n{\n" + text + "\n}\n";
                }

                if (!text.Contains("using K0sConfig;", StringComparison.Ordinal))
                {
                    text = "using K0sConfig;\n" + text;
                }

                seeds.Add(new FuzzSeed(Relative(path) + "#" + (index++).ToString(System.Globalization.CultureInfo.InvariantCulture), text));
            }
        }

        return seeds;
    }

    /// <summary>
    /// The text of a string literal, or of an interpolated string with no holes (<c>$$"""..."""</c>, which the tests use
    /// so that the markup's braces are text); <see langword="null"/> for anything else.
    /// </summary>
    private static string? TextOf(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        InterpolatedStringExpressionSyntax interpolated when interpolated.Contents.All(c => c is InterpolatedStringTextSyntax)
            => string.Concat(interpolated.Contents.Select(c => ((InterpolatedStringTextSyntax)c).TextToken.ValueText)),
        _ => null,
    };

    private static IEnumerable<string> CsFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        string bin = Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar;
        string obj = Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains(bin, StringComparison.Ordinal) && !p.Contains(obj, StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal);
    }

    private static string Relative(string path) => Path.GetRelativePath(RepoRoot, path).Replace('\\', '/');

    private static string FindRepoRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "K0sConfig.Analyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No K0sConfig.Analyzers.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>Microsoft.CodeAnalysis.Testing markup: <c>{|K0S101:</c>, <c>{|#0:</c>, <c>|}</c>, <c>[|</c>, <c>|]</c>.</summary>
    [GeneratedRegex(@"\{\|[^:{}|\s]*:|\|\}|\[\||\|\]")]
    private static partial Regex Markup();

    /// <summary>Snippets that call every public builder method (checked by a test) in every form the analyzer reads.</summary>
    public static IReadOnlyList<FuzzSeed> Embedded { get; } =
    [
        new("embedded/HighAvailability", """
            using System;
            using K0sConfig;

            internal static class HighAvailability
            {
                public static ClusterConfig Build() => K0s.Cluster("ha")
                    .Api(a => a.Address("192.168.1.10").OnlyBindToAddress().Sans("192.168.1.200", "192.168.1.200"))
                    .Network(n => n
                        .KubeProxy(p => p
                            .Mode(KubeProxyMode.Ipvs)
                            .NodePortAddresses("192.168.1.0/24", "primary")
                            .Iptables(i => i.MasqueradeBit(14).MasqueradeAll().LocalhostNodePorts(false).SyncPeriod(TimeSpan.FromSeconds(30)).MinSyncPeriod(TimeSpan.FromSeconds(1)))
                            .Ipvs(i => i.SyncPeriod(TimeSpan.FromSeconds(30)).MinSyncPeriod(TimeSpan.Zero).Scheduler(IpvsScheduler.LeastConnection).ExcludeCidrs("192.168.1.0/24")
                                .StrictArp().TcpTimeout(TimeSpan.FromMinutes(15)).TcpFinTimeout(TimeSpan.FromMinutes(2)).UdpTimeout(TimeSpan.FromMilliseconds(300)))
                            .Nftables(i => i.SyncPeriod(TimeSpan.FromSeconds(30)).MasqueradeBit(15).MasqueradeAll(false).MinSyncPeriod(TimeSpan.FromSeconds(1))))
                        .NodeLocalLoadBalancing(l => l
                            .EnvoyProxy(e => e.ApiServerBindPort(7443).KonnectivityServerBindPort(7132).ImagePullPolicy(ImagePullPolicy.IfNotPresent))
                            .Traefik(t => t.ApiServerBindPort(0).KonnectivityServerBindPort(70000).Image(i => i.Image(" traefik").Version("v3 6"))))
                        .ControlPlaneLoadBalancing(c => c
                            .Enabled()
                            .Type(ControlPlaneLoadBalancingType.Keepalived)
                            .Keepalived(k => k
                                .VrrpInstance(v => v.VirtualIPs("192.168.1.200/24").Interface("eth0").VirtualRouterId(51).AdvertIntervalSeconds(1).AuthPass("s3cret")
                                    .UnicastSourceIP("192.168.1.10").UnicastPeers("192.168.1.11", "192.168.1.12").AddressLabel(10000))
                                .VrrpInstance(v => v.VirtualIPs("192.168.1.201").AuthPass("012345678"))
                                .VirtualServer("192.168.1.200", s => s.DelayLoop(TimeSpan.FromMinutes(1)).LbAlgo(KeepalivedLbAlgo.WeightedRoundRobin).LbKind(KeepalivedLbKind.Nat).PersistenceTimeoutSeconds(360))
                                .VirtualServer("192.168.1.201/24")
                                .UserSpaceProxyBindPort(6444).DisableLoadBalancer(false).ConfigTemplateVrrp("/etc/k0s/vrrp.tmpl").ConfigTemplateVs("/etc/k0s/vs.tmpl"))))
                    .Build();
            }
            """),
        new("embedded/K0sctlCluster", """
            using K0sConfig;

            internal static class K0sctlCluster
            {
                public static K0sConfig.K0sctlCluster Build() => K0sctl.Cluster("prod")
                    .User("ops")
                    .Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.11", s => s.User("ubuntu").KeyPath("~/.ssh/id").Port(22).Bastion("10.0.0.1", b => b.User("jump")))
                        .PrivateAddress("192.168.1.11").PrivateInterface("eth1").InstallFlags("--debug").NoTaints())
                    .Host(K0sctlRole.ControllerWorker, h => h.OpenSsh("cp2", o => o.User("u").Port(2222).KeyPath("k").ConfigPath("c").Option("A", "b").DisableMultiplexing())
                        .Environment("A", "b").DataDir("/d").KubeletRootDir("/k").Hostname("cp2").Os("ubuntu").Reset(false))
                    .Host(K0sctlRole.Worker, h => h.WinRM("10.0.0.21", w => w.User("Admin").Password("p").Port(5986).UseHttps().Insecure().UseNtlm().CaCertPath("/ca")
                            .CertPath("/c").KeyPath("/k").TlsServerName("w").Bastion("10.0.0.1"))
                        .UploadBinary().K0sBinaryPath("k0s").K0sInstallPath("/usr/local/bin/k0s").K0sDownloadUrl("https://example.com/k0s"))
                    .Host(K0sctlRole.Single, h => h.Localhost().UseExistingK0s()
                        .File(f => f.Name("n").Source("s").Data("d").Destination("/x").DestinationDir("/y").Permissions("0644").DirectoryPermissions("0755").User("root").Group("root"))
                        .Hook("apply", "before", "true"))
                    .K0sVersion("v1.33.1+k0s.0")
                    .VersionChannel(K0sctlVersionChannel.Latest)
                    .DynamicConfig()
                    .Config(K0s.Cluster("k0s"))
                    .Options(o => o.Wait(false)
                        .Drain(d => d.Enabled().GracePeriod(System.TimeSpan.FromMinutes(2)).Timeout(System.TimeSpan.FromMinutes(5)).Force(false).IgnoreDaemonSets().DeleteEmptyDirData(false).PodSelector("app!=x").SkipWaitForDeleteTimeout(System.TimeSpan.Zero))
                        .Concurrency(c => c.Limit(10).WorkerDisruptionPercent(10).Uploads(5))
                        .EvictTaint(e => e.Enabled().Taint("k0sctl.k0sproject.io/evict=true").Effect(K0sctlTaintEffect.NoExecute).ControllerWorkers(false)))
                    .Build();

                public static System.Collections.Generic.IReadOnlyList<Finding> Check() => K0sctl.Cluster().Validate();
            }
            """),
        new("embedded/FullChain", """
            using K0sConfig;

            internal static class FullChain
            {
                public static ClusterConfig Build() => K0s.Cluster("prod")
                    .Api(api => api
                        .Address("10.0.0.10")
                        .ExternalAddress("k8s.example.com:6443")
                        .Sans("10.0.0.10", "k8s.example.com", "fd00::10")
                        .Port(6443)
                        .K0sApiPort(9443)
                        .ExtraArg("audit-log-maxage", "30")
                        .RawArgs("--v=4"))
                    .Network(n => n
                        .Calico(c => c
                            .Mode(CalicoMode.Bird)
                            .Overlay(CalicoOverlay.CrossSubnet)
                            .VxlanPort(4789)
                            .VxlanVni(4096)
                            .Mtu(1450)
                            .Wireguard(false)
                            .IPAutodetectionMethod("interface=eth0")
                            .IPv6AutodetectionMethod("first-found")
                            .EnvVar("FELIX_LOGSEVERITYSCREEN", "info"))
                        .PodCidr("10.244.0.0/16")
                        .ServiceCidr("10.96.0.0/12")
                        .ClusterDomain("cluster.local")
                        .PrimaryAddressFamily(IPFamily.IPv4)
                        .DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108").Enabled(true))
                        .KubeProxy(kp => kp.Mode(KubeProxyMode.Ipvs).Disabled(false).ExtraArg("v", "2").RawArgs("--v=2"))
                        .NodeLocalLoadBalancing(nllb => nllb.Type(NodeLocalLoadBalancingType.EnvoyProxy).Enabled()))
                    .ControllerManager(cm => cm
                        .NodeCidrMaskSizeIPv4(24)
                        .NodeCidrMaskSizeIPv6(120)
                        .ExtraArg("v", "4")
                        .RawArgs("--v=4"))
                    .Build();
            }
            """),
        new("embedded/KubeRouterChain", """
            using System.Collections.Generic;
            using K0sConfig;

            internal static class KubeRouterChain
            {
                public static IReadOnlyList<Finding> Check()
                {
                    ClusterConfig config = K0s.Cluster()
                        .Network(n => n
                            .KubeRouter(kr => kr.AutoMtu(false).Mtu(1400).MetricsPort(8080).Hairpin(KubeRouterHairpin.Allowed).IPMasq().PeerRouterIPs("192.168.1.1").PeerRouterASNs("64512").ExtraArg("run-router", "true").RawArgs("--v=2"))
                            .PodCidr("10.244.0.0/16")
                            .KubeProxy(kp => kp.Disabled().MetricsBindAddress("0.0.0.0:10249").HealthzBindAddress("0.0.0.0:10256")))
                        .ControllerManager(cm => cm.NodeCidrMaskSize(24))
                        .Build(new ValidationOptions(250));
                    _ = K0s.Cluster().Network(n => n.CustomCni().KubeRouter()).Validate();
                    _ = K0s.Cluster().ForK0s("v1.30.2+k0s.0").ForK0s(K0sVersion.Parse("1.33")).Network(n => n.PodCidr("fd00::/108")).Validate();
                    _ = K0s.Cluster("k0s").Label("app.kubernetes.io/part-of", "platform").Annotation("example.com/owner", "team-a").Validate();
                    _ = K0s.Cluster()
                        .Scheduler(s => s.ExtraArg("v", "2").RawArgs("--v=2"))
                        .InstallConfig(i => i.Users(u => u.EtcdUser("etcd").KineUser("kine").KonnectivityUser("konnectivity").KubeApiServerUser("apiserver").KubeSchedulerUser("scheduler")))
                        .Konnectivity(k => k.AdminPort(8133).AgentPort(8132).ExternalAddress("k.example.com"))
                        .Telemetry(t => t.Enabled(false))
                        .Validate();
                    _ = K0s.Cluster()
                        .Storage(s => s.Type(StorageType.Etcd).Etcd(e => e.PeerAddress("10.0.0.1").ExtraArg("v", "2").RawArgs("--log-level=warn")))
                        .Storage(s => s.Kine(k => k.DataSource("sqlite:///x").ExtraArg("debug", "true").RawArgs("--debug")))
                        .Storage(s => s.Etcd(e => e.ExternalCluster(x => x.Endpoints("https://a:2379").EtcdPrefix("k0s").CAFile("/ca").ClientCertFile("/c").ClientKeyFile("/k"))))
                        .Validate();
                    _ = K0s.Cluster()
                        .Extensions(e => e.Helm(h => h.ConcurrencyLevel(5)
                            .Repository(r => r.Name("metallb").Url("https://metallb.github.io/metallb").CAFile("/ca").CertFile("/c").KeyFile("/k").Insecure().Username("u").Password("p"))
                            .Chart(c => c.Name("metallb").ChartName("metallb/metallb").Version("0.14.5").Namespace("metallb-system").Timeout(System.TimeSpan.FromMinutes(10)).Order(1).ForceUpgrade(false).Values("a: 1\n"))
                            .Chart(c => c.Name("x").ChartName("x/x").Namespace("x").Values(new { a = 1 }))))
                        .WorkerProfile(w => w.Name("custom").Value("maxPods", 200))
                        .FeatureGate(f => f.Name("UserNamespacesSupport").Enabled().Components("kubelet"))
                        .Network(n => n.CoreDns(d => d.Patch(p => p.Target(t => t.Kind("Deployment").Name("coredns").Namespace("kube-system")).Patch(s => s.Type(PatchType.Json).Content("[]"))))
                            .KubeProxy(kp => kp.Patch(p => p.Target(t => t.Kind("DaemonSet").Name("kube-proxy"))))
                            .KubeRouter(kr => kr.Patch(p => p.Target(t => t.Kind("DaemonSet").Name("kube-router"))))
                            .Calico(c => c.Patch(p => p.Target(t => t.Kind("DaemonSet").Name("calico-node")))))
                        .MetricsServer(m => m.Patch(p => p.Target(t => t.Kind("Deployment").Name("metrics-server"))))
                        .Images(i => i.Repository("registry.example.com").DefaultPullPolicy(ImagePullPolicy.Never)
                            .Konnectivity(x => x.Image("k").Version("1")).PushGateway(x => x.Version("2")).MetricsServer(x => x.Version("3")).KubeProxy(x => x.Version("4"))
                            .CoreDns(x => x.Version("5")).Pause(x => x.Version("6"))
                            .Calico(c => c.Cni(x => x.Version("7")).Node(x => x.Version("8")).KubeControllers(x => x.Version("9")).Windows(w => w.Cni(x => x.Version("10")).Node(x => x.Version("11"))))
                            .KubeRouter(k => k.Cni(x => x.Version("12")).CniInstaller(x => x.Version("13")))
                            .Windows(w => w.KubeProxy(x => x.Version("14")).Pause(x => x.Version("15"))))
                        .Validate();
                    return K0s.Cluster().Network(n => n.Calico().KubeRouter(kr => kr.Mtu(0))).Validate(new ValidationOptions(maxPods: 64));
                }
            }
            """),
        new("embedded/LocalsOverStatements", """
            using System.Collections.Generic;
            using K0sConfig;

            internal static class LocalsOverStatements
            {
                public static IReadOnlyList<Finding> Check()
                {
                    ClusterConfigBuilder builder = K0s.Cluster();
                    builder.Network(n =>
                    {
                        NetworkBuilder net = n.Calico();
                        net.PodCidr("10.244.0.0/16");
                        net.ServiceCidr("10.96.0.0/12");
                        net.DualStack(ds =>
                        {
                            ds.IPv6PodCidr("fd00::/108");
                            ds.IPv6ServiceCidr("fd01::/108");
                        });
                    });
                    var cm = builder.ControllerManager(c => c.NodeCidrMaskSize(25));
                    cm.Api(a => a.Port(70000));
                    builder.Api(a => a.K0sApiPort(9443));
                    return builder.Validate();
                }
            }
            """),
        new("embedded/ConstsAndInterpolation", """
            using K0sConfig;

            internal static class ConstsAndInterpolation
            {
                private const string Prefix = "10.244";
                private const int Mask = 16;
                private const string PodCidr = Prefix + ".0.0/16";
                private const string ServiceCidr = $"10.96.0.0/{"12"}";

                public static ClusterConfig Build(int variable)
                {
                    const string V6 = "fd00::";
                    const string Pods6 = $"{V6}/108";
                    const int Port = 6443 + 1;
                    string notConst = $"10.{variable}.0.0/16";
                    return K0s.Cluster(nameof(ConstsAndInterpolation))
                        .Network(n => n.PodCidr(PodCidr).ServiceCidr(ServiceCidr).ClusterDomain(notConst)
                            .DualStack(ds => ds.IPv6PodCidr(Pods6).IPv6ServiceCidr("fd01::" + "/108")))
                        .Api(a => a.Port(Port).K0sApiPort(Port * 2 - 3443).Address(@"10.0.0.1"))
                        .ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(Mask + 8).NodeCidrMaskSizeIPv6((int)120L).ExtraArg("v", $"{Mask}"))
                        .Build();
                }
            }
            """),
        new("embedded/NamedArgs", """
            using K0sConfig;

            internal static class NamedArgs
            {
                public static ClusterConfig Build() => K0s.Cluster(name: "named")
                    .Network(configure: n => n
                        .PodCidr(cidr: "10.244.0.0/16")
                        .ServiceCidr(cidr: "10.96.0.0/12")
                        .ClusterDomain(domain: "cluster.local")
                        .PrimaryAddressFamily(family: IPFamily.IPv6)
                        .Calico(configure: c => c.Mode(mode: CalicoMode.Vxlan).Wireguard(enabled: true))
                        .DualStack(configure: ds => ds.Enabled(enabled: false).IPv6PodCidr(cidr: "fd00::/108"))
                        .KubeProxy(configure: kp => kp.ExtraArg(value: "x", name: "metrics-bind-address").Mode(mode: KubeProxyMode.Nftables)))
                    .Api(configure: a => a.ExtraArg(value: "1", name: "--v").Sans(sans: new[] { "a.example", "10.0.0.1" }).Port(port: 443))
                    .ControllerManager(configure: cm => cm.ExtraArg(value: "23", name: "node-cidr-mask-size").NodeCidrMaskSize(size: 23))
                    .Build(options: new ValidationOptions(maxPods: 110));
            }
            """),
        new("embedded/NestedLambdas", """
            using System;
            using K0sConfig;

            internal sealed class NestedLambdas
            {
                public ClusterConfig Build(bool flag)
                {
                    return K0s.Cluster()
                        .Network(static n =>
                        {
                            n.KubeRouter(kr =>
                            {
                                kr.MetricsPort(0);
                                kr.ExtraArg("bgp-graceful-restart", "true");
                            });
                            n.DualStack(ds =>
                            {
                                n.PodCidr("10.244.0.0/16");
                                ds.IPv6PodCidr("fd00::/108");
                                ds.IPv6ServiceCidr("fd01::/108");
                                Action inner = () => ds.Enabled(false);
                                inner();
                            });
                            n.KubeProxy(kp => kp.Mode(KubeProxyMode.Nftables));
                        })
                        .ControllerManager(cm => Configure(cm, flag))
                        .Api(a => { return; })
                        .Build();

                    static ControllerManagerBuilder Configure(ControllerManagerBuilder cm, bool flag)
                        => flag ? cm.NodeCidrMaskSizeIPv4(24) : cm.NodeCidrMaskSizeIPv6(118);
                }
            }
            """),
        new("embedded/Conditionals", """
            using System;
            using K0sConfig;

            internal static class Conditionals
            {
                public static ClusterConfig? Build(string[] args, ClusterConfigBuilder? maybe)
                {
                    var builder = K0s.Cluster(args.Length > 0 ? args[0] : "k0s");
                    if (args.Length > 1)
                    {
                        builder.Network(n => n.PodCidr(args[1]));
                    }
                    else
                    {
                        builder.Network(n => n.PodCidr("10.244.0.0/33"));
                    }

                    for (int i = 0; i < args.Length; i++)
                    {
                        builder.Api(a => a.Port(i));
                    }

                    maybe?.Network(n => n.ServiceCidr("10.96.0.1/12"));
                    (maybe ?? builder).ControllerManager(cm => cm.NodeCidrMaskSize(args.Length switch { 0 => 24, _ => 33 }));
                    using (var d = (IDisposable?)null)
                    {
                        builder.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108")));
                    }

                    try
                    {
                        return builder.Build();
                    }
                    catch (K0sConfigException e) when (e.Findings.Count > 0)
                    {
                        return null;
                    }
                    finally
                    {
                        builder.Network(n => n.ClusterDomain("cluster.local"));
                    }
                }
            }
            """),
        new("embedded/ExtensionMethods", """
            using K0sConfig;

            internal static class NetworkDefaults
            {
                public static NetworkBuilder Standard(this NetworkBuilder n) => n.PodCidr("10.244.0.0/16").ServiceCidr("10.96.0.0/12");

                public static ClusterConfigBuilder WithDualStack(this ClusterConfigBuilder b, string pods6 = "fd00::/108")
                    => b.Network(n => n.DualStack(ds => ds.IPv6PodCidr(pods6).IPv6ServiceCidr("fd01::/108")));
            }

            internal static class UsesExtensions
            {
                public static ClusterConfig Build() => K0s.Cluster()
                    .Network(n => n.Standard().Calico(c => c.Mode(CalicoMode.Bird)))
                    .WithDualStack()
                    .WithDualStack(pods6: "fd00::/64")
                    .Build();
            }
            """),
        new("embedded/Properties", """
            using System;
            using K0sConfig;

            internal class PropertyFactories
            {
                private static ClusterConfigBuilder Base => K0s.Cluster("prod").Network(n => n.Calico().PodCidr("10.244.0.0/16"));

                private static ClusterConfigBuilder Small { get { var b = Base; return b.Network(n => n.PodCidr("10.244.0.0/25")); } }

                private static Action<NetworkBuilder> DualStack => n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"));

                private ClusterConfigBuilder Instance => Small.Network(DualStack);

                public static ClusterConfigBuilder Stored { get; } = K0s.Cluster();

                public ClusterConfig Build() => Instance.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird))).Build();

                public static ClusterConfig Other() => Base.Network(DualStack).Build();
            }
            """),
        new("embedded/Delegates", """
            using System;
            using K0sConfig;

            internal static class Delegates
            {
                private static readonly Action<NetworkBuilder> Shared = n => n.ServiceCidr("10.96.0.0/12");

                private static void Api(ApiBuilder a) => a.Address("10.0.0.1").ExternalAddress("[fd00::1]:6443");

                public static ClusterConfig Build()
                {
                    Action<DualStackBuilder> ds = d => d.IPv6PodCidr("fd00::/64");
                    Func<string, Action<NetworkBuilder>> pods = cidr => n => n.PodCidr(cidr);
                    return K0s.Cluster().Network(Shared).Network(pods("10.0.0.0/8")).Network(n => n.DualStack(ds)).Api(Api)
                        .Network(delegate (NetworkBuilder n) { n.PodCidr("10.1.0.0/16"); }).Network(null!).Build();
                }
            }
            """),
        new("embedded/Escapes", """
            using K0sConfig;

            internal static class Escapes
            {
                private static ClusterConfigBuilder? _stored;

                public static ClusterConfigBuilder Build()
                {
                    var b = K0s.Cluster();
                    b.Network(n => n.PodCidr("10.244.0.0/16"));
                    Helper(b);
                    _stored = b;
                    b = K0s.Cluster("other");
                    b.Network(n => { var m = n; m.PodCidr("fd00::/108"); Store(n); });
                    ref ClusterConfigBuilder r = ref b;
                    r.Api(a => a.Port(1));
                    return b;
                }

                private static void Helper(ClusterConfigBuilder b) => b.ControllerManager(cm => cm.NodeCidrMaskSize(20));

                private static void Store(NetworkBuilder n) => _ = n;
            }
            """),
        new("embedded/Async", """
            using System.Linq;
            using System.Threading.Tasks;
            using K0sConfig;

            internal static class AsyncUse
            {
                public static async Task<ClusterConfig> BuildAsync()
                {
                    await Task.Yield();
                    var cidrs = new[] { "10.244.0.0/16", "10.245.0.0/16" };
                    var findings = cidrs.Select(c => K0s.Cluster().Network(n => n.PodCidr(c)).Validate()).ToList();
                    lock (cidrs)
                    {
                        K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/16").ServiceCidr("10.244.0.0/12"));
                    }

                    var query = from c in cidrs select K0s.Cluster().Network(n => n.ServiceCidr(c));
                    return await Task.Run(() => K0s.Cluster().Network(n => n.PodCidr("192.168.0.0/24")).Build());
                }
            }
            """),
        new("embedded/MembersAndRecords", """
            using K0sConfig;

            internal sealed record MembersAndRecords(string Pods)
            {
                private readonly ClusterConfigBuilder _field = K0s.Cluster().Api(a => a.Port(0));

                static MembersAndRecords()
                {
                    K0s.Cluster().Api(a => a.K0sApiPort(65536));
                }

                public MembersAndRecords()
                    : this("10.0.0.0/8")
                {
                    K0s.Cluster().Network(n => n.ClusterDomain("-bad-.local"));
                }

                public ClusterConfigBuilder Builder { get; } = K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/16"));

                public ClusterConfig Config => K0s.Cluster().Network(n => n.PodCidr(Pods)).Build();

                public ClusterConfigBuilder this[int i] => K0s.Cluster().Api(a => a.Port(i).K0sApiPort(-9443));

                public static implicit operator ClusterConfigBuilder(MembersAndRecords r) => K0s.Cluster().Network(n => n.PodCidr("10.0.0.0/8/8"));
            }

            internal struct MembersStruct
            {
                public ClusterConfigBuilder B = K0s.Cluster().Network(n => n.ServiceCidr("fd01::/100"));

                public MembersStruct()
                {
                }
            }
            """),
        new("embedded/Enums", """
            using K0sConfig;

            internal static class Enums
            {
                public static void All()
                {
                    K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.Vxlan).Overlay(CalicoOverlay.Always)).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
                    K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.Ipip).Overlay(CalicoOverlay.Never)));
                    K0s.Cluster().Network(n => n.Calico(c => c.Mode((CalicoMode)1)));
                    K0s.Cluster().Network(n => n.KubeProxy(kp => kp.Mode(KubeProxyMode.Iptables)).PrimaryAddressFamily(IPFamily.IPv6));
                    K0s.Cluster().Network(n => n.KubeProxy(kp => kp.Mode(KubeProxyMode.Userspace)));
                    K0s.Cluster().Network(n => n.KubeRouter(kr => kr.Hairpin(KubeRouterHairpin.Disabled)).NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik)));
                    K0s.Cluster().Network(n => n.KubeRouter(kr => kr.Hairpin(KubeRouterHairpin.Enabled)).PrimaryAddressFamily((IPFamily)7));
                    K0s.Cluster().Network(n => n.Calico(c => c.Mode((CalicoMode)(-1))).KubeProxy(kp => kp.Mode((KubeProxyMode)int.MinValue)));
                    _ = NetworkProvider.Custom;
                }
            }
            """),
        new("embedded/SingleCalls", """
            using K0sConfig;

            internal static class SingleCalls
            {
                public static void Configure(NetworkBuilder n, DualStackBuilder ds, CalicoBuilder c, KubeRouterBuilder kr, KubeProxyBuilder kp, NodeLocalLoadBalancingBuilder lb, ApiBuilder a, ControllerManagerBuilder cm)
                {
                    n.PodCidr("10.244.0.1/16").ServiceCidr("::ffff:10.0.0.0/104").ClusterDomain("cluster..local");
                    ds.IPv6PodCidr("fd00::1/108").IPv6ServiceCidr("10.96.0.0/12").Enabled(false);
                    c.Mode(CalicoMode.Vxlan).EnvVar("A", "B");
                    kr.ExtraArg("--dashed", "1");
                    kp.Mode((KubeProxyMode)99).ExtraArg("cluster-cidr", "10.0.0.0/8");
                    lb.Enabled(false);
                    a.Address("0.0.0.0").ExternalAddress("exa mple.com").Sans("ok.example", "bad_name!", "1.2.3.4.5").Port(-1).K0sApiPort(0).ExtraArg("service-cluster-ip-range", "10.0.0.0/24");
                    cm.NodeCidrMaskSize(0).NodeCidrMaskSizeIPv4(33).NodeCidrMaskSizeIPv6(129).ExtraArg("node-cidr-mask-size-ipv4", "abc");
                }
            }
            """),
        new("embedded/AliasesAndPatterns", """
            using Net = K0sConfig.NetworkBuilder;
            using static K0sConfig.K0s;

            internal static class AliasesAndPatterns
            {
                public static T Pass<T>(T value) => value;

                public static object Build(object o)
                {
                    var (a, b) = (Cluster("a"), global::K0sConfig.K0s.Cluster("b"));
                    a.Network((Net n) => n.PodCidr("10.1.0.0/16"));
                    Pass(b).Network(n => n.PodCidr("10.2.0.0/16"));
                    if (o is K0sConfig.ClusterConfigBuilder { } c)
                    {
                        c.Network(n => n.ServiceCidr("10.3.0.0/16"));
                    }

                    return o switch
                    {
                        K0sConfig.ClusterConfigBuilder x => x.Build(),
                        _ => Cluster().Network(n => n.PodCidr("10.4.0.0/16")).Build(),
                    };
                }
            }
            """),
        new("embedded/DynamicAndCasts", """
            using K0sConfig;

            internal static class DynamicAndCasts
            {
                public static void Run(dynamic d, object o)
                {
                    K0s.Cluster().Network(n => n.PodCidr(d));
                    K0s.Cluster().Network(d);
                    ((dynamic)K0s.Cluster()).Network((System.Action<NetworkBuilder>)(n => n.PodCidr("10.0.0.0/8")));
                    K0s.Cluster().Api(a => a.Port(checked(6000 + 443)).K0sApiPort(unchecked((int)0x80000000)));
                    K0s.Cluster().Network(n => n.PodCidr((string)o).ServiceCidr(default!).ClusterDomain(null!));
                    K0s.Cluster().ControllerManager(cm => cm.NodeCidrMaskSize(default).NodeCidrMaskSizeIPv6(sizeof(long) * 15));
                    K0s.Cluster().ControllerManager(cm => cm.NodeCidrMaskSizeIPv4('x').NodeCidrMaskSize((short)24));
                }
            }
            """),
        new("embedded/SansForms", """
            using K0sConfig;

            internal static class SansForms
            {
                public static void Run(string[] given)
                {
                    K0s.Cluster().Api(a => a.Sans());
                    K0s.Cluster().Api(a => a.Sans(new string[0]));
                    K0s.Cluster().Api(a => a.Sans(given));
                    K0s.Cluster().Api(a => a.Sans("a.example", "b..example", "::1", "1.2.3.4/24", given[0]));
                    K0s.Cluster().Api(a => a.Sans(new[] { "x.example" }).Sans(["10.0.0.1", "fd00::1"]));
                    K0s.Cluster().Api(a => a.Sans(null!).ExternalAddress("10.0.0.1").Address("fd00::1"));
                    K0s.Cluster().Network(n => n.NodeLocalLoadBalancing()).Api(a => a.ExternalAddress("lb.example"));
                }
            }
            """),
        new("embedded/ExtraArgs", """
            using K0sConfig;

            internal static class ExtraArgs
            {
                public static void Run(string key)
                {
                    K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                        .ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", "24").ExtraArg("cluster-cidr", "10.0.0.0/8"));
                    K0s.Cluster().Api(a => a.ExtraArg("service-cluster-ip-range", "10.96.0.0/12").ExtraArg("--dashed", "x").ExtraArg(key, "y"));
                    K0s.Cluster().ControllerManager(cm => cm.NodeCidrMaskSize(24).ExtraArg("node-cidr-mask-size", "26").ExtraArg(key, "1"));
                    K0s.Cluster().Network(n => n.KubeRouter(kr => kr.ExtraArg("-x", "1")).KubeProxy(kp => kp.ExtraArg("cluster-cidr", "10.0.0.0/8")));
                    K0s.Cluster().ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(64).NodeCidrMaskSizeIPv4(0).ExtraArg("node-cidr-mask-size-ipv6", "1000"));
                }
            }
            """),
        new("embedded/ResultsUse", """
            using System;
            using K0sConfig;

            internal static class ResultsUse
            {
                public static string Run()
                {
                    string yaml = K0s.Cluster().Build().ToYaml();
                    int count = K0s.Cluster().Network(n => n.PodCidr("fd00::/64")).Validate().Count;
                    foreach (Finding f in K0s.Cluster().Network(n => n.ServiceCidr("fd01::/96")).Validate(null!))
                    {
                        Console.WriteLine(f.RuleId + f.Message);
                    }

                    var capacity = K0s.Cluster().Network(n => n.PodCidr("10.0.0.0/30")).Build(new ValidationOptions(1)).Capacity;
                    K0s.Cluster().Build(null!);
                    return yaml + count + capacity.Count + new ValidationOptions(0).MaxPods;
                }
            }
            """),
        new("embedded/RareRules", """
            using K0sConfig;

            internal static class RareRules
            {
                public static void All()
                {
                    K0s.Cluster().Network(n => n.CustomCni().DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
                    K0s.Cluster().Api(a => a.Address("fd00::10")).Network(n => n.ServiceCidr("10.96.0.0/12"));
                    K0s.Cluster().Api(a => a.Address("10.0.0.10")).Network(n => n.PrimaryAddressFamily(IPFamily.IPv6).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
                    K0s.Cluster().Network(n => n.Calico().PodCidr("fd00::/108").ServiceCidr("fd01::/112"));
                    K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/100")));
                    K0s.Cluster().Network(n => n.ServiceCidr("10.96.0.0/32"));
                    K0s.Cluster().Network(n => n.PrimaryAddressFamily(IPFamily.IPv6).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/127")));
                    K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6ServiceCidr("fd01::/108")));
                    K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6PodCidr("10.1.0.0/16").IPv6ServiceCidr("")));
                    K0s.Cluster().Api(a => a.ExternalAddress("lb.example.com")).Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
                    K0s.Cluster().Api(a => a.ExternalAddress("lb.example.com:6443")).Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/108"));
                    K0s.Cluster().Network(n => n.DualStack(ds => ds.Enabled(false).IPv6PodCidr("fd00::/108")));
                    K0s.Cluster().ControllerManager(cm => cm.ExtraArg("allocate-node-cidrs", "false"));
                    K0s.Cluster().Network(n => n.NodeLocalLoadBalancing(l => l.Enabled(true))).Api(a => a.ExternalAddress("10.0.0.1"));
                }
            }
            """),
        new("embedded/TopLevelStatements", """
            using K0sConfig;

            const string Pods = "10.244.0.0/16";
            var b = K0s.Cluster();
            b.Network(n => n.PodCidr(Pods).ServiceCidr("10.96.0.0/12").DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
            b.ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(28).NodeCidrMaskSizeIPv6(64));
            ClusterConfig Local() => K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.Ipip))).Build();
            return b.Build().Findings.Count + Local().Findings.Count;
            """),
    ];
    /// <summary>
    /// Code that does not compile: builder calls where C# allows no calls, and lines caught mid-typing. Calls in
    /// attribute arguments are in <see cref="HostileInputTests"/> instead (see <see cref="AnalyzerRunner.MayOverflowRoslyn48"/>).
    /// </summary>
    public static IReadOnlyList<FuzzSeed> Broken { get; } =
    [
        new("broken/OddPlaces", """
            using System;
            using K0sConfig;

            internal static class OddPlaces
            {
                private const ClusterConfigBuilder Const = K0s.Cluster().Network(n => n.PodCidr("10.0.0.0/34"));

                internal enum E { A = K0s.Cluster().Api(a => a.Port(-1)) }

                public static void M(ClusterConfigBuilder b = K0s.Cluster().Network(n => n.ServiceCidr("x")), int port = K0s.Cluster())
                {
                    switch (port)
                    {
                        case K0s.Cluster().Api(a => a.Port(0)):
                            break;
                    }

                    var x = stackalloc ClusterConfigBuilder[K0s.Cluster()];
                    var t = typeof(K0s.Cluster().Network(n => n.PodCidr("10.0.0.0/41")));
                    K0s.Cluster().Network(n => n.PodCidr("10.0.0.0/16"), n => n.PodCidr("fd00::/64"));
                    K0s.Cluster().Network(n => n.PodCidr("10.0.0.0/16").PodCidr());
                    K0s.Cluster().Network(n => n.PodCidr(cidr: "10.0.0.0/16", cidr: "x"));
                    K0s.Cluster().Network((n, m) => n.PodCidr("10.0.0.0/35"));
                    K0s.Cluster().Network(n => n.DualStack(n => n.IPv6PodCidr("fd00::/64")));
                    K0s.Cluster().Network(n => { return n.PodCidr("10.0.0.0/36"); });
                    K0s.Cluster().Network(async n => await n.PodCidr("10.0.0.0/37"));
                    K0s.Cluster().Network(n => n.PodCidr($"{1}{"x"}").ServiceCidr($"{Const}").ClusterDomain("10.0.0.0/8"u8));
                    K0s.Cluster(K0s.Cluster()).Network(n => n.PodCidr(n));
                    K0s.Cluster().Network((ref NetworkBuilder n) => n.PodCidr("10.0.0.0/38"));
                    new K0s().Cluster();
                    K0s.Cluster().Network(n => n.PodCidr(@"10.0.0.0/8
                        /8")).Api(a => a.Sans("a", 1, null));
                    goto case 1;
                }
            }
            """),
        new("broken/MidTyping", """
            using K0sConfig;

            internal class MidTyping
            {
                private ClusterConfigBuilder _b = K0s.Cluster().Network(n => n.PodCidr("10.0.0.0/8").);

                public void M(string[] args)
                {
                    K0s.Cluster()..Network(n => n.PodCidr("10.0.0.0/39"));
                    K0s.Cluster().Network(n => n.PodCidr("10.0.0.0/40"
                    K0s.Cluster().Network(n => n.
                    K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/6
                    K0s.Cluster().Api(a => a.Port(65536).K0sApiPort(
                    var b = K0s.Cluster();
                    b.Network(n => n.Calico(c => c.Mode(CalicoMode.
                    b.ControllerManager(cm => cm.NodeCidrMaskSize(33)
                    b.
                }

                public void N() => K0s.Cluster().Network(n => n.PodCidr("10.0.0.0/16").ServiceCidr("10.0.0.0/12")

                public ClusterConfig P => K0s.Cluster().Network(n => n.KubeProxy(kp => kp.Mode(KubeProxyMode.Userspace))).Build(
            }

            internal class After
            {
                void Q() => K0s.Cluster().Network(n => n.PodCidr("fd00::/64").DualStack(ds => ds));
            """),
    ];

    /// <summary>
    /// A library that declares K0sConfig's metadata names itself, with signatures the real one does not have
    /// (struct builders, long and ulong enums, params object[], ref and in parameters, __arglist, void and
    /// static builder methods, overloads), as a project that defines its own K0sConfig.K0s would. Source types
    /// win over the referenced library, so the analyzer sees these shapes.
    /// </summary>
    public static IReadOnlyList<FuzzSeed> Shadow { get; } =
    [
        new("embedded/ShadowLibrary", """
            namespace K0sConfig
            {
                using System;

                public enum CalicoMode : long { Vxlan = long.MinValue, Bird = 0, Ipip = long.MaxValue, Extra = 3 }

                [Flags]
                public enum IPFamily : byte { IPv4 = 1, IPv6 = 2, Both = 3 }

                public enum KubeProxyMode : ulong { Iptables, Ipvs = ulong.MaxValue }

                public static class K0s
                {
                    public static ClusterConfigBuilder Cluster(params object[] name) => new ClusterConfigBuilder();

                    public static ClusterConfigBuilder Cluster<T>(T name) => new ClusterConfigBuilder();
                }

                public class ClusterConfigBuilder
                {
                    public ClusterConfigBuilder this[string cidr] => this;

                    public static ClusterConfigBuilder operator +(ClusterConfigBuilder a, string b) => a;

                    public ClusterConfigBuilder Network(Action<NetworkBuilder> configure, int extra = 0) => this;

                    public ClusterConfigBuilder Network(Func<NetworkBuilder, NetworkBuilder> configure) => this;

                    public ClusterConfigBuilder Api(Action<ApiBuilder, int> configure) => this;

                    public NetworkBuilder ControllerManager(Action<ControllerManagerBuilder>? configure = null) => default;

                    public object Build() => this;
                }

                public struct NetworkBuilder
                {
                    public static NetworkBuilder CustomCni() => default;

                    public NetworkBuilder PodCidr(object cidr) => this;

                    public NetworkBuilder ServiceCidr(string cidr = "10.0.0.0/33") => this;

                    public NetworkBuilder ClusterDomain(params string[] domain) => this;

                    public NetworkBuilder PrimaryAddressFamily(IPFamily? family) => this;

                    public NetworkBuilder PrimaryAddressFamily(int family) => this;

                    public NetworkBuilder Calico(Action<CalicoBuilder> configure, Action<CalicoBuilder> second) => this;

                    public NetworkBuilder Calico() => this;

                    public ClusterConfigBuilder KubeRouter() => new ClusterConfigBuilder();

                    public NetworkBuilder DualStack(Action<DualStackBuilder>? configure = null) => this;

                    public NetworkBuilder DualStack(DualStackBuilder existing) => this;

                    public NetworkBuilder KubeProxy(Func<KubeProxyBuilder, int> configure) => this;

                    public NetworkBuilder NodeLocalLoadBalancing(ref NodeLocalLoadBalancingBuilder builder) => this;
                }

                public class DualStackBuilder
                {
                    public DualStackBuilder IPv6PodCidr(string cidr, string other) => this;

                    public DualStackBuilder IPv6ServiceCidr() => this;

                    public DualStackBuilder Enabled(bool? enabled = null) => this;

                    public DualStackBuilder Enabled(string enabled) => this;
                }

                public class CalicoBuilder
                {
                    public CalicoBuilder Mode(CalicoMode mode = CalicoMode.Ipip) => this;

                    public CalicoBuilder Mode(KubeProxyMode mode) => this;
                }

                public class KubeRouterBuilder
                {
                    public void ExtraArg(string name)
                    {
                    }
                }

                public class KubeProxyBuilder
                {
                    public KubeProxyBuilder Mode(KubeProxyMode mode) => this;

                    public KubeProxyBuilder Disabled(object disabled) => this;

                    public KubeProxyBuilder ExtraArg(string value, string name = "-x") => this;
                }

                public struct NodeLocalLoadBalancingBuilder
                {
                    public NodeLocalLoadBalancingBuilder Enabled(bool enabled) => this;
                }

                public class ApiBuilder
                {
                    public ApiBuilder Address(string address, __arglist) => this;

                    public ApiBuilder Sans(string sans) => this;

                    public ApiBuilder Sans(params object?[] sans) => this;

                    public ApiBuilder Port(long port) => this;

                    public ApiBuilder K0sApiPort(in int port) => this;

                    public ApiBuilder ExtraArg(int name, int value) => this;
                }

                public class ControllerManagerBuilder
                {
                    public ControllerManagerBuilder NodeCidrMaskSize(int? size) => this;

                    public ControllerManagerBuilder NodeCidrMaskSizeIPv4(ref int size) => this;

                    public ControllerManagerBuilder NodeCidrMaskSizeIPv6(int size = 200) => this;

                    public ControllerManagerBuilder ExtraArg(params string[] pairs) => this;
                }
            }

            internal static class UsesShadow
            {
                public static object Run()
                {
                    int size = 33;
                    var nllb = new K0sConfig.NodeLocalLoadBalancingBuilder();
                    K0sConfig.K0s.Cluster("a", 1)
                        .Network(n => n.PodCidr("10.0.0.0/33").PodCidr(42).ServiceCidr().ClusterDomain("a", "b").PrimaryAddressFamily((K0sConfig.IPFamily)3).PrimaryAddressFamily(7)
                            .Calico(c => c.Mode(), c => c.Mode(K0sConfig.CalicoMode.Extra)).Calico()
                            .DualStack().DualStack(ds => ds.IPv6PodCidr("fd00::/64", "x").IPv6ServiceCidr().Enabled((bool?)null).Enabled("yes"))
                            .KubeProxy(kp => { kp.Mode((K0sConfig.KubeProxyMode)ulong.MaxValue).Disabled(true).ExtraArg("v"); return 1; })
                            .NodeLocalLoadBalancing(ref nllb))
                        .Api((a, i) => a.Address("10.0.0.1", __arglist(1, "x")).Sans("x").Sans(1, null, "y").Port(long.MaxValue).K0sApiPort(in size).ExtraArg(1, 2))
                        .ControllerManager(cm => cm.NodeCidrMaskSize(null).NodeCidrMaskSizeIPv4(ref size).NodeCidrMaskSizeIPv6().ExtraArg("a", "b", "c"))
                        .DualStack();
                    K0sConfig.K0s.Cluster<int>(5).Network(n => n.KubeRouter()).Build();
                    K0sConfig.NetworkBuilder.CustomCni().PodCidr("10.0.0.0/8");
                    var b = K0sConfig.K0s.Cluster() + "x";
                    new K0sConfig.KubeRouterBuilder().ExtraArg("--x");
                    return b["10.0.0.0/8"].Network(n => n);
                }
            }
            """, Solo: true),
    ];
}
