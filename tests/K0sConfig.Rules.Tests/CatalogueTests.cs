using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests;

/// <summary>The rule catalogue: ids, texts, message formats, help links, docs pages and tests.</summary>
public class CatalogueTests
{
    private static readonly Regex IdPattern = new("^K0S[0-9]{3}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>One configuration per rule that makes it fire, so its message arguments can be checked.</summary>
    private static readonly Dictionary<string, Func<IReadOnlyList<Finding>>> Firing = new(StringComparer.Ordinal)
    {
        ["K0S101"] = () => Network(n => n.PodCidr("foobar")),
        ["K0S102"] = () => Network(n => n.PodCidr("10.244.0.1/16")),
        ["K0S103"] = () => Validate(c => c.Api(a => a.Address("0.0.0.0"))),
        ["K0S104"] = () => Validate(c => c.Api(a => a.ExternalAddress("[2001:db8::1]").Sans("a b"))),
        ["K0S105"] = () => Network(n => n.ClusterDomain(".invalid")),
        ["K0S106"] = () => Validate(c => c.Api(a => a.Port(70000).K0sApiPort(0))),
        ["K0S107"] = () => Evaluate(Facts(f => { f.Provider = K("foobar"); f.KubeProxyMode = K(""); })),
        ["K0S108"] = () => Validate(c => c.Api(a => a.Sans("10.0.0.1", "10.0.0.1"))),
        ["K0S109"] = () => Validate(c => c.Network(n => n.KubeProxy(p => p.NodePortAddresses("10.0.0.1").Ipvs(i => i.ExcludeCidrs("eth0"))))),
        ["K0S110"] = () => Validate(c => c.Network(n => n.KubeProxy(p => p.Iptables(i => i.MasqueradeBit(32))))),
        ["K0S111"] = () => Validate(c => c.Network(n => n.KubeProxy(p => p.MetricsBindAddress("0.0.0.0")))),
        ["K0S201"] = () => Network(n => n.ServiceCidr("fd01::/108")),
        ["K0S202"] = () => Network(n => n.PodCidr("fd00::/108").DocsDualStack()),
        ["K0S203"] = () => Network(n => n.DualStack(ds => ds.IPv6PodCidr("10.0.0.0/24"))),
        ["K0S204"] = () => Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").Enabled(false))),
        ["K0S205"] = () => Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/108")),
        ["K0S206"] = () => T.Seed().Network(n => n.PrimaryAddressFamily(IPFamily.IPv6)).Api(a => a.Address("10.0.0.5")).Validate(),
        ["K0S207"] = () => T.Seed().Api(a => a.ExternalAddress("k8s.example.com")).Validate(),
        ["K0S301"] = () => Network(n => n.Calico().DocsDualStack()),
        ["K0S302"] = () => Network(n => n.CustomCni().DocsDualStack()),
        ["K0S303"] = () => Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).KubeRouter()),
        ["K0S304"] = () => Network(n => n.KubeProxy(k => k.Mode(KubeProxyMode.Userspace))),
        ["K0S305"] = () => Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/108")),
        ["K0S401"] = () => Validate(c => c.ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", "abc"))),
        ["K0S402"] = () => Network(n => n.PodCidr("10.244.0.0/25")),
        ["K0S403"] = () => Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/64").IPv6ServiceCidr("fd01::/108"))),
        ["K0S404"] = () => T.Seed().ControllerManager(cm => cm.NodeCidrMaskSize(24)).Validate(),
        ["K0S405"] = () => Validate(c => c.ControllerManager(cm => cm.NodeCidrMaskSize(26))),
        ["K0S406"] = () => T.Seed().Validate(),
        ["K0S501"] = () => Network(n => n.PodCidr("10.0.0.0/16").ServiceCidr("10.0.0.0/8")),
        ["K0S502"] = () => Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/120")),
        ["K0S503"] = () => Network(n => n.PodCidr("172.16.0.0/16").ServiceCidr("10.0.0.0/8")),
        ["K0S504"] = () => Network(n => n.ServiceCidr("10.0.0.0/31")),
        ["K0S601"] = () => Validate(c => c.Api(a => a.ExtraArg("--v", "2"))),
        ["K0S602"] = () => Validate(c => c.ControllerManager(cm => cm.ExtraArg("cluster-cidr", "10.244.0.0/16"))),
        ["K0S701"] = () => Validate(c => c.Network(n => n.NodeLocalLoadBalancing()).Api(a => a.ExternalAddress("k8s.example.com"))),
        ["K0S702"] = () => Validate(c => c.Network(n => n.ControlPlaneLoadBalancing(p => p.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.1/24").AuthPass("x").VirtualRouterId(300)))))),
        ["K0S703"] = () => Validate(c => c.Network(n => n.ControlPlaneLoadBalancing(p => p.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.1/24")).VrrpInstance(v => v.VirtualIPs("10.0.0.2/24").AuthPass("123456789")))))),
        ["K0S704"] = () => Validate(c => c.Network(n => n.ControlPlaneLoadBalancing(p => p.Keepalived(k => k.VrrpInstance(v => v.AuthPass("x")).VrrpInstance(v => v.VirtualIPs("10.0.0.2").AuthPass("x")))))),
        ["K0S705"] = () => Validate(c => c.Network(n => n.ControlPlaneLoadBalancing(p => p.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.1/24").AuthPass("x").UnicastPeers("10.0.0.2", "peer"))
            .VrrpInstance(v => v.VirtualIPs("10.0.0.3/24").AuthPass("x").UnicastSourceIP("10.0.0.5").UnicastPeers("10.0.0.5")))))),
        ["K0S706"] = () => Validate(c => c.Network(n => n.ControlPlaneLoadBalancing(p => p.Keepalived(k => k.VirtualServer("").VirtualServer("10.0.0.1/24"))))),
        ["K0S707"] = () => Validate(c => c.Network(n => n.ControlPlaneLoadBalancing(p => p.Keepalived(k => k.VirtualServer("10.0.0.1", s => s.PersistenceTimeoutSeconds(-1).DelayLoop(TimeSpan.FromSeconds(-1))).UserSpaceProxyBindPort(70000)
            .VrrpInstance(v => v.VirtualIPs("10.0.0.1/24").AuthPass("x").AddressLabel(uint.MaxValue).AdvertIntervalSeconds(-2)))))),
        ["K0S708"] = () => Validate(c => c.Api(a => a.ExternalAddress("k8s.example.com")).Network(n => n.ControlPlaneLoadBalancing())),
        ["K0S709"] = () => Validate(c => c.Network(n => n.ControlPlaneLoadBalancing(l => l.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.100/24").AuthPass("secret").Interface("aa:bb:cc:dd:ee:ff")))))),
        ["K0S710"] = () => Validate(c => c.Network(n => n.ControlPlaneLoadBalancing(l => l.Keepalived(k => k.VrrpInstance(v => v.VirtualIPs("10.0.0.101/24").AuthPass("secret")))))),
        ["K0S801"] = () => Evaluate(Rules.K0S8xxTests.With(new DocumentProblem(DocumentProblemKind.UnknownKey, "spec.network.podCIDR__WRONG", "podCIDR__WRONG", "podCIDR", true, null))),
        ["K0S802"] = () => Evaluate(Rules.K0S8xxTests.With(new DocumentProblem(DocumentProblemKind.WrongType, "spec.api.port", "'abc'", "integer", false, null))),
        ["K0S803"] = () => Evaluate(Rules.K0S8xxTests.With(new DocumentProblem(DocumentProblemKind.DuplicateKey, "spec.api.port", "port", "line 3", false, null))),
        ["K0S804"] = () => Evaluate(Rules.K0S8xxTests.With(new DocumentProblem(DocumentProblemKind.Unreadable, string.Empty, "the file is empty", "line 1, column 1", false, null))),
        ["K0S805"] = () => Evaluate(Rules.K0S8xxTests.With(new DocumentProblem(DocumentProblemKind.K0sCrash, "spec.images.calico", "spec.images.calico is null", "it dereferences it", false, null, "runtime error: invalid memory address or nil pointer dereference"))),
        ["K0S806"] = () => Evaluate(Rules.K0S8xxTests.With(new DocumentProblem(DocumentProblemKind.NotClusterConfig, "kind", "kind 'Cluster'", string.Empty, true, null))),
        ["K0S807"] = () => K0s.Cluster().Validate(new ValidationOptions(ValidationOptions.DefaultMaxPods, K0sVersion.Parse("1.24"))),
        ["K0S808"] = () => K0s.Cluster().ForK0s("1.30").Konnectivity(k => k.ExternalAddress("k.example.com")).Validate(),
        ["K0S810"] = () => Evaluate(new ClusterFacts(), ValidationOptions.Default.WithSettingProblem(new SettingProblem("The MSBuild property K0sVersion", "1.3x", "'1.3x' is not a k0s version.", "the newest k0s"))),
        ["K0S809"] = () => Evaluate(Rules.K0S8xxTests.With(new DocumentProblem(DocumentProblemKind.K0sVersionPin, "spec.k0s.version", "v1.29.4+k0s.0", "1.33", true, null))),
        ["K0S901"] = () => Validate(c => c.Extensions(e => e.Helm(h => h.Repository(r => r.Name("metallb")).Repository(r => r.Url("https://x"))))),
        ["K0S902"] = () => Validate(c => c.Extensions(e => e.Helm(h => h.Chart(ch => ch.Name("Bad_Name")).Chart(ch => ch.Name("a"))))),
        ["K0S903"] = () => Validate(c => c.WorkerProfile(w => w.Name("custom-pluginDir")).WorkerProfile(w => w.Value("maxPods", 1))),
        ["K0S904"] = () => Validate(c => c.WorkerProfile(w => w.Name("p").Value("clusterDNS", new[] { "10.96.0.10" }).Value("kind", "Bar"))),
        ["K0S905"] = () => Validate(c => c.Images(i => i.CoreDns(d => d.Image("").Version("v1 2")))),
        ["K0S906"] = () => Validate(c => c.Storage(s => s.Etcd(e => e.ExternalCluster(x => x.Endpoints("").CAFile("/ca"))))),
        ["K0S908"] = () => Validate(c => c.WorkerProfile(w => w.Name("p").Value("clusterDomain", 1))),
        ["K0S907"] = () => Validate(c => c.Network(n => n.CoreDns(d => d.Patch(p => p.Target(t => t.Kind("Deployment")))))),
        ["K0S909"] = () => Validate(c => c.Network(n => n.CoreDns(d => d.Patch(p => p.Target(t => t.Kind("Deployment").Name("coredns")).Patch(s => s.Type(PatchType.Merge)))))),
        ["K0S910"] = () => Evaluate(Rules.SectionTestFacts.StorageExtension("text", null), new ValidationOptions(ValidationOptions.DefaultMaxPods, K0sVersion.Parse("1.30"))),
        ["K0S940"] = () => Rules.K0S94xTests.Cluster(k => k.Problems = new[] { new K0sctlProblem("spec.x", "'x' is not a field k0sctl knows at spec", "line 4: field x not found in type cluster.spec", "Remove it.", null) }, Rules.K0S94xTests.Host("controller", "10.0.0.1")),
        ["K0S941"] = () => Rules.K0S94xTests.Cluster(k => k.Kind = Fact<string>.Known("CLUSTER"), Rules.K0S94xTests.Host("controller", "10.0.0.1")),
        ["K0S942"] = () => Rules.K0S94xTests.Cluster(Rules.K0S94xTests.Host("worker", "10.0.0.1")),
        ["K0S943"] = () => Rules.K0S94xTests.Cluster(Rules.K0S94xTests.Host("controller", "10.0.0.1"), Rules.K0S94xTests.Host("master", "10.0.0.2")),
        ["K0S944"] = () => Rules.K0S94xTests.Cluster(Rules.K0S94xTests.Host("controller", "10.0.0.1"), Rules.K0S94xTests.Host("worker", "10.0.0.1")),
        ["K0S945"] = () => Rules.K0S94xTests.Cluster(Rules.K0S94xTests.Host("controller", "10.0.0.1"), Rules.K0S94xTests.Host("worker", "10.0.0.2", 70000)),
        ["K0S946"] = () => Rules.K0S94xTests.Cluster(Rules.K0S94xTests.Host("controller", "10.0.0.1"), NoTaints(Rules.K0S94xTests.Host("worker", "10.0.0.2"))),
        ["K0S947"] = () => Rules.K0S94xTests.Cluster(k => k.K0sVersion = Fact<string>.Known("latest"), Rules.K0S94xTests.Host("controller", "10.0.0.1")),
        ["K0S948"] = () => Rules.K0S94xTests.Cluster(Rules.K0S94xTests.Host("controller", "10.0.0.1"), PrivateAddress(Rules.K0S94xTests.Host("worker", "10.0.0.2"), "node-2")),
        ["K0S949"] = () => Rules.K0S94xTests.Cluster(k => k.HasClusterConfig = Fact<bool>.Known(false), Rules.K0S94xTests.Host("controller", "10.0.0.1")),
    };

    public static TheoryData<string> Ids() => new(RuleEngine.Catalogue.Select(r => r.Id));

    [Fact]
    public void Ids_are_unique_well_formed_and_in_order()
    {
        string[] ids = RuleEngine.Catalogue.Select(r => r.Id).ToArray();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(IdPattern, id));
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Catalogue_and_RuleIds_constants_are_the_same_set()
    {
        string[] constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        Assert.Equal(constants.Length, constants.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(constants.OrderBy(c => c, StringComparer.Ordinal), RuleEngine.Catalogue.Select(r => r.Id).OrderBy(c => c, StringComparer.Ordinal));
        Assert.Contains("K0S107", constants);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_texts_a_category_a_severity_and_a_help_link(string id)
    {
        RuleDescriptor rule = RuleEngine.Catalogue.Single(r => r.Id == id);
        Assert.False(string.IsNullOrWhiteSpace(rule.Title), id + " title");
        Assert.False(string.IsNullOrWhiteSpace(rule.Description), id + " description");
        Assert.False(string.IsNullOrWhiteSpace(rule.MessageFormat), id + " message format");
        Assert.StartsWith("K0sConfig.", rule.Category, StringComparison.Ordinal);
        Assert.True(Enum.IsDefined(rule.DefaultSeverity), id + " severity");
        Assert.StartsWith("https://", rule.HelpLink, StringComparison.Ordinal);
        Assert.EndsWith("docs/rules/" + id + ".md", rule.HelpLink, StringComparison.Ordinal);
        Assert.Equal(id + ": " + rule.Title, rule.ToString());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Message_format_takes_exactly_the_arguments_the_rule_supplies(string id)
    {
        RuleDescriptor rule = RuleEngine.Catalogue.Single(r => r.Id == id);
        int[] placeholders = Placeholders(rule.MessageFormat);

        Assert.True(Firing.ContainsKey(id), "add a firing example for " + id);
        Finding[] findings = Firing[id]().Where(f => f.RuleId == id).ToArray();
        Assert.NotEmpty(findings);
        foreach (Finding finding in findings)
        {
            Assert.Same(rule, finding.Rule);
            object?[] arguments = finding.MessageArguments.ToArray();
            Assert.Equal(finding.Message, string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, arguments));

            // Every placeholder has an argument and every argument shows up in the message.
            Assert.Equal(Enumerable.Range(0, arguments.Length), placeholders);
            Assert.All(arguments, a => Assert.NotNull(a));
        }
    }

    [Fact]
    public void Every_rule_has_a_firing_example_here()
        => Assert.Equal(RuleEngine.Catalogue.Select(r => r.Id).OrderBy(i => i, StringComparer.Ordinal), Firing.Keys.OrderBy(i => i, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_tests_that_show_it_firing_silent_and_with_unknown_inputs(string id)
    {
        // The convention of Rules/K0S*Tests.cs: K0Sxxx_fires_*, K0Sxxx_silent_*, K0Sxxx_unknown_*.
        string[] tests = typeof(CatalogueTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
            .Select(m => m.Name)
            .ToArray();

        foreach (string kind in new[] { "_fires_", "_silent_", "_unknown_" })
        {
            Assert.True(tests.Any(name => name.StartsWith(id + kind, StringComparison.Ordinal)), $"{id} has no {id}{kind}* test");
        }
    }

    [Fact]
    public void Every_rule_has_its_docs_page()
    {
        // Fails until docs/rules/K0Sxxx.md exist for every rule (written on another branch).
        string rules = Path.Combine(T.RepositoryRoot(), "docs", "rules");
        string[] missing = RuleEngine.Catalogue
            .Select(r => r.Id)
            .Where(id => !File.Exists(Path.Combine(rules, id + ".md")))
            .ToArray();
        Assert.True(missing.Length == 0, "no docs page in docs/rules for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_docs_page_is_named_after_a_rule()
    {
        string rules = Path.Combine(T.RepositoryRoot(), "docs", "rules");
        var ids = new HashSet<string>(RuleEngine.Catalogue.Select(r => r.Id), StringComparer.Ordinal);

        // README.md is the index of the pages, not a rule page.
        string[] strays = Directory.Exists(rules)
            ? Directory.GetFiles(rules, "*.md")
                .Select(file => Path.GetFileName(file))
                .Where(name => name != "README.md" && !ids.Contains(Path.GetFileNameWithoutExtension(name)))
                .ToArray()
            : Array.Empty<string>();
        Assert.True(strays.Length == 0, "docs/rules pages that name no rule: " + string.Join(", ", strays));
    }

    [Fact]
    public void Repository_root_is_found_from_the_test_output()
        => Assert.True(File.Exists(Path.Combine(T.RepositoryRoot(), "src", "K0sConfig.Rules", "K0sConfig.Rules.csproj")));

    /// <summary>The distinct argument indexes of a composite format string, in order; throws on a malformed one.</summary>
    private static int[] Placeholders(string format)
    {
        var indexes = new SortedSet<int>();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c == '{' && i + 1 < format.Length && format[i + 1] == '{')
            {
                i++;
            }
            else if (c == '}' && i + 1 < format.Length && format[i + 1] == '}')
            {
                i++;
            }
            else if (c == '{')
            {
                int end = format.IndexOf('}', i);
                Assert.True(end > i, "unclosed placeholder in: " + format);
                string inner = format.Substring(i + 1, end - i - 1);
                int stop = inner.IndexOfAny(new[] { ',', ':' });
                indexes.Add(int.Parse(stop < 0 ? inner : inner.Substring(0, stop), NumberStyles.None, CultureInfo.InvariantCulture));
                i = end;
            }
            else
            {
                Assert.True(c != '}', "unbalanced '}' in: " + format);
            }
        }

        // string.Format agrees that the format is well formed with that many arguments.
        _ = string.Format(CultureInfo.InvariantCulture, format, new object[indexes.Count == 0 ? 0 : indexes.Max + 1]);
        return indexes.ToArray();
    }

    private static K0sctlHostFacts NoTaints(K0sctlHostFacts host)
    {
        host.NoTaints = Fact<bool>.Known(true);
        return host;
    }

    private static K0sctlHostFacts PrivateAddress(K0sctlHostFacts host, string address)
    {
        host.PrivateAddress = Fact<string>.Known(address);
        return host;
    }
}
