using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace K0sConfig.Tests;

/// <summary>
/// Whole documents compared byte for byte with Golden/*.yaml, and compared node by node with the k0s examples they
/// come from (copied below from k0sproject/k0s @ dff90cee9a, docs/ and inttest/).
/// </summary>
public class GoldenTests
{
    public static TheoryData<string> Names() => new(Configs.All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Config_writes_its_golden_file_exactly(string name)
    {
        string expected = File.ReadAllText(GoldenPath(name));

        string actual = Configs.All[name]().Build().ToYaml();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Golden_file_parses_back_to_the_built_config(string name)
    {
        ClusterConfig config = Configs.All[name]().Build();
        YamlMappingNode root = YamlTree.Parse(File.ReadAllText(GoldenPath(name)));

        YamlTree.AssertString(YamlTree.At(root, "apiVersion"), "k0s.k0sproject.io/v1beta1");
        YamlTree.AssertString(YamlTree.At(root, "kind"), "ClusterConfig");
        YamlTree.AssertString(YamlTree.At(root, "metadata", "name"), config.Name);
        if (config.Network is NetworkSpec network)
        {
            AssertOptional(root, network.PodCidr, "spec", "network", "podCIDR");
            AssertOptional(root, network.ServiceCidr, "spec", "network", "serviceCIDR");
            if (network.DualStack is DualStackSpec dualStack)
            {
                YamlTree.AssertBool(YamlTree.At(root, "spec", "network", "dualStack", "enabled"), dualStack.Enabled);
                AssertOptional(root, dualStack.IPv6PodCidr, "spec", "network", "dualStack", "IPv6podCIDR");
                AssertOptional(root, dualStack.IPv6ServiceCidr, "spec", "network", "dualStack", "IPv6serviceCIDR");
            }
        }

        if (config.ControllerManager is ControllerManagerSpec controllerManager)
        {
            foreach (KeyValuePair<string, string> arg in controllerManager.ExtraArgs)
            {
                YamlTree.AssertString(YamlTree.At(root, "spec", "controllerManager", "extraArgs", arg.Key), arg.Value);
            }
        }
    }

    [Fact]
    public void Every_golden_file_has_a_config()
    {
        string[] files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.yaml").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

        Assert.Equal(Configs.All.Keys.OrderBy(n => n, StringComparer.Ordinal).ToArray(), files);
    }

    [Fact]
    public void Dual_stack_sample_has_k0s_header_and_exact_dual_stack_keys()
    {
        string yaml = Configs.DualStackSample().Build().ToYaml();
        YamlMappingNode root = YamlTree.Parse(yaml);

        Assert.StartsWith("apiVersion: k0s.k0sproject.io/v1beta1\nkind: ClusterConfig\n", yaml, StringComparison.Ordinal);
        YamlMappingNode dualStack = Assert.IsType<YamlMappingNode>(YamlTree.At(root, "spec", "network", "dualStack"));
        Assert.Equal(new[] { "enabled", "IPv6podCIDR", "IPv6serviceCIDR" }, dualStack.Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToArray());
        YamlTree.AssertBool(dualStack["enabled"], true);
        YamlTree.AssertString(dualStack["IPv6podCIDR"], "fd00::/108");
        YamlTree.AssertString(dualStack["IPv6serviceCIDR"], "fd01::/108");
        YamlTree.AssertString(YamlTree.At(root, "spec", "controllerManager", "extraArgs", "node-cidr-mask-size-ipv6"), "120");
        YamlTree.AssertString(YamlTree.At(root, "spec", "controllerManager", "extraArgs", "node-cidr-mask-size-ipv4"), "21");
    }

    // ---- The k0s examples, verbatim except for the apiVersion/kind/metadata wrapper some lack. ----

    /// <summary>docs/dual-stack.md line 16.</summary>
    private const string DocsDualStackKubeRouter = """
        apiVersion: k0s.k0sproject.io/v1beta1
        kind: ClusterConfig
        metadata:
          name: k0s
        spec:
          network:
            # Kube-router is the default CNI provider
            # provider: kube-router
            podCIDR: 10.244.0.0/16
            serviceCIDR: 10.96.0.0/12
            dualStack:
              enabled: true
              IPv6podCIDR: fd00::/108
              IPv6serviceCIDR: fd01::/108
        """;

    /// <summary>docs/dual-stack.md line 68.</summary>
    private const string DocsDualStackCalico = """
        apiVersion: k0s.k0sproject.io/v1beta1
        kind: ClusterConfig
        metadata:
          name: k0s
        spec:
          network:
            provider: calico
            calico:
              mode: bird
            podCIDR: 10.244.0.0/16
            serviceCIDR: 10.96.0.0/12
            dualStack:
              enabled: true
              IPv6podCIDR: fd00::/108
              IPv6serviceCIDR: fd01::/108
        """;

    /// <summary>inttest/dualstack/dualstack_test.go line 312, k0sConfigWithCalicoDualStack.</summary>
    private const string InttestDualStackCalico = """
        apiVersion: k0s.k0sproject.io/v1beta1
        kind: ClusterConfig
        metadata:
          name: k0s
        spec:
          network:
            kubeProxy:
              mode: ipvs
            provider: calico
            calico:
              mode: "bird"
            dualStack:
              enabled: true
              IPv6podCIDR: "fd00::/108"
              IPv6serviceCIDR: "fd01::/108"
            podCIDR: 10.233.0.0/16
            serviceCIDR: 10.112.0.0/12
        """;

    /// <summary>docs/single-stack-ipv6.md line 50.</summary>
    private const string DocsSingleStackIPv6 = """
        apiVersion: k0s.k0sproject.io/v1beta1
        kind: ClusterConfig
        metadata:
          name: k0s
        spec:
          controllerManager:
            extraArgs:
              node-cidr-mask-size: "120"
          network:
            podCIDR: fd00::/108
            serviceCIDR: fd01::/108
        """;

    /// <summary>docs/nllb.md line 53.</summary>
    private const string DocsNodeLocalLoadBalancing = """
        apiVersion: k0s.k0sproject.io/v1beta1
        kind: ClusterConfig
        metadata:
          name: k0s
        spec:
          network:
            nodeLocalLoadBalancing:
              enabled: true
              type: EnvoyProxy
        """;

    public static TheoryData<string, string> K0sExamples() => new()
    {
        { "docs-dual-stack-kuberouter", DocsDualStackKubeRouter },
        { "dual-stack-calico-bird", DocsDualStackCalico },
        { "inttest-dual-stack-calico-ipvs", InttestDualStackCalico },
        { "single-stack-ipv6-mask-120", DocsSingleStackIPv6 },
        { "node-local-load-balancing", DocsNodeLocalLoadBalancing },
    };

    [Theory]
    [MemberData(nameof(K0sExamples))]
    public void Config_means_what_the_k0s_example_means(string name, string example)
    {
        // Same keys, same values, same YAML types; key order and quoting style may differ.
        YamlMappingNode expected = YamlTree.Parse(example);
        YamlMappingNode actual = YamlTree.Parse(Configs.All[name]().Build().ToYaml());

        Assert.Equal(Describe(expected), Describe(actual));
    }

    private static string[] Describe(YamlNode root)
        => YamlTree.Leaves(root)
            .Select(l => l.Path + " = " + ((YamlScalarNode)l.Node).Value + " (" + TypeOf((YamlScalarNode)l.Node) + ")")
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToArray();

    private static string TypeOf(YamlScalarNode scalar) => scalar.Style == ScalarStyle.Plain ? YamlTypes.Resolve(scalar.Value!) : "str";

    private static void AssertOptional(YamlNode root, string? value, params string[] path)
    {
        if (value == null)
        {
            Assert.False(YamlTree.Has(root, path), string.Join(".", path) + " is not set but was written");
        }
        else
        {
            YamlTree.AssertString(YamlTree.At(root, path), value);
        }
    }

    private static string GoldenPath(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name + ".yaml");
}
