namespace K0sConfig.Tests;

/// <summary>Build() returns a copy: nothing done to the builder (or to arrays handed to it) afterwards reaches a built config.</summary>
public class ImmutabilityTests
{
    [Fact]
    public void Build_twice_returns_independent_equal_configs()
    {
        ClusterConfigBuilder builder = Configs.InttestDualStackCalico();

        ClusterConfig first = builder.Build();
        ClusterConfig second = builder.Build();

        Assert.NotSame(first, second);
        Assert.NotSame(first.Network, second.Network);
        Assert.NotSame(first.Network!.DualStack, second.Network!.DualStack);
        Assert.NotSame(first.Network.Calico, second.Network.Calico);
        Assert.NotSame(first.Network.KubeProxy, second.Network.KubeProxy);
        Assert.Equal(first.ToYaml(), second.ToYaml());
    }

    [Fact]
    public void Changing_the_builder_after_Build_does_not_change_the_built_config()
    {
        DualStackBuilder? dualStack = null;
        CalicoBuilder? calico = null;
        KubeProxyBuilder? kubeProxy = null;
        ApiBuilder? api = null;
        ControllerManagerBuilder? controllerManager = null;
        NodeLocalLoadBalancingBuilder? nllb = null;
        ClusterConfigBuilder builder = K0s.Cluster()
            .Api(a => (api = a).Address("10.0.0.10").Sans("10.0.0.10", "k0s.example.com").ExtraArg("v", "2"))
            .ControllerManager(cm => (controllerManager = cm).NodeCidrMaskSizeIPv4(24).NodeCidrMaskSizeIPv6(117))
            .Network(n => n
                .PodCidr("10.244.0.0/16")
                .ServiceCidr("10.96.0.0/12")
                .Calico(c => (calico = c).Mode(CalicoMode.Bird).EnvVar("FELIX_LOGSEVERITYSCREEN", "info"))
                .DualStack(ds => (dualStack = ds).IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))
                .KubeProxy(p => (kubeProxy = p).Mode(KubeProxyMode.Ipvs).ExtraArg("v", "2"))
                .NodeLocalLoadBalancing(l => nllb = l));
        ClusterConfig config = builder.Build();
        string yaml = config.ToYaml();

        // Through the section methods ...
        builder
            .Api(a => a.Address("10.0.0.11").Sans("other.example.com").ExtraArg("v", "9").ExtraArg("new", "x").Port(1))
            .ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(20).ExtraArg("new", "x"))
            .Network(n => n
                .PodCidr("10.0.0.0/16")
                .KubeRouter(k => k.Mtu(1))
                .Calico(c => c.Overlay(CalicoOverlay.Never).EnvVar("FELIX_LOGSEVERITYSCREEN", "debug").EnvVar("NEW", "x"))
                .DualStack(ds => ds.IPv6PodCidr("fd02::/108"))
                .KubeProxy(p => p.Mode(KubeProxyMode.Iptables).ExtraArg("v", "9"))
                .NodeLocalLoadBalancing(l => l.Enabled(false)));

        // ... and through section builders that escaped their lambdas.
        dualStack!.IPv6ServiceCidr("fd03::/108");
        calico!.Mtu(1);
        kubeProxy!.Disabled();
        api!.ExtraArg("late", "x");
        controllerManager!.ExtraArg("late", "x");
        nllb!.Type(NodeLocalLoadBalancingType.Traefik);

        Assert.Equal(yaml, config.ToYaml());
        Assert.Equal("10.0.0.10", config.Api!.Address);
        Assert.Equal(new[] { "10.0.0.10", "k0s.example.com" }, config.Api.Sans);
        Assert.Null(config.Api.Port);
        Assert.Equal(new[] { new KeyValuePair<string, string>("v", "2") }, config.Api.ExtraArgs.ToArray());
        Assert.Equal(new[] { "node-cidr-mask-size-ipv4", "node-cidr-mask-size-ipv6" }, config.ControllerManager!.ExtraArgs.Keys.ToArray());
        Assert.Equal("24", config.ControllerManager.ExtraArgs["node-cidr-mask-size-ipv4"]);
        NetworkSpec network = config.Network!;
        Assert.Equal("10.244.0.0/16", network.PodCidr);
        Assert.Equal(NetworkProvider.Calico, network.Provider);
        Assert.Null(network.KubeRouter);
        Assert.Equal(CalicoMode.Bird, network.Calico!.Mode);
        Assert.Null(network.Calico.Mtu);
        Assert.Null(network.Calico.Overlay);
        Assert.Equal(new[] { new KeyValuePair<string, string>("FELIX_LOGSEVERITYSCREEN", "info") }, network.Calico.EnvVars.ToArray());
        Assert.True(network.DualStack!.Enabled);
        Assert.Equal("fd00::/108", network.DualStack.IPv6PodCidr);
        Assert.Equal("fd01::/108", network.DualStack.IPv6ServiceCidr);
        Assert.Equal(KubeProxyMode.Ipvs, network.KubeProxy!.Mode);
        Assert.Null(network.KubeProxy.Disabled);
        Assert.Equal("2", network.KubeProxy.ExtraArgs["v"]);
        Assert.True(network.NodeLocalLoadBalancing!.Enabled);
        Assert.Null(network.NodeLocalLoadBalancing.Type);

        // The builder itself did change: the next Build sees it.
        ClusterConfig next = builder.Build();
        Assert.Equal("10.0.0.0/16", next.Network!.PodCidr);
        Assert.Equal("fd03::/108", next.Network.DualStack!.IPv6ServiceCidr);
        Assert.Equal(new[] { "other.example.com" }, next.Api!.Sans);
    }

    [Fact]
    public void Turning_dual_stack_off_after_Build_does_not_reach_the_built_config()
    {
        DualStackBuilder? dualStack = null;
        ClusterConfigBuilder builder = Configs.DocsDualStackKubeRouter().Network(n => n.DualStack(ds => dualStack = ds));
        ClusterConfig config = builder.Build();
        string yaml = config.ToYaml();

        dualStack!.Enabled(false);
        ClusterConfig next = builder.Build();

        Assert.True(config.Network!.DualStack!.Enabled);
        Assert.Equal(yaml, config.ToYaml());
        Assert.False(next.Network!.DualStack!.Enabled);
        Assert.Contains("      enabled: false\n", next.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Array_passed_to_Sans_is_copied()
    {
        string[] sans = { "a.example.com", "b.example.com" };
        ClusterConfigBuilder builder = K0s.Cluster().Api(a => a.Sans(sans));

        sans[0] = "changed.example.com";
        ClusterConfig config = builder.Build();

        Assert.Equal(new[] { "a.example.com", "b.example.com" }, config.Api!.Sans);
    }

    [Fact]
    public void Built_sans_cannot_be_changed_through_a_cast()
    {
        ClusterConfig config = K0s.Cluster().Api(a => a.Sans("a.example.com")).Build();
        string yaml = config.ToYaml();

        IReadOnlyList<string> sans = config.Api!.Sans!;
        Assert.False(sans is string[], "Sans must not expose a writable array");
        if (sans is IList<string> list)
        {
            Assert.True(list.IsReadOnly);
            Assert.Throws<NotSupportedException>(() => list[0] = "changed.example.com");
        }

        Assert.Equal(yaml, config.ToYaml());
    }

    [Fact]
    public void Findings_cannot_be_changed_through_a_cast()
    {
        ClusterConfig config = Configs.SingleStackIPv6().Build();
        K0sConfigException error = Assert.Throws<K0sConfigException>(() => K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/33")).Build());

        foreach (IReadOnlyList<Finding> findings in new[] { config.Findings, error.Findings })
        {
            int count = findings.Count;
            Assert.NotEmpty(findings);
            IList<Finding> list = Assert.IsAssignableFrom<IList<Finding>>(findings);
            Assert.True(list.IsReadOnly);
            Assert.Throws<NotSupportedException>(() => list.Clear());
            Assert.Throws<NotSupportedException>(() => list[0] = list[0]);
            Assert.Equal(count, findings.Count);
        }
    }

    [Fact]
    public void Built_config_sections_have_no_public_setters_or_mutators()
    {
        // Immutability by construction: the model exposes getters only, and ArgsMap only reads.
        Type[] model = { typeof(ClusterConfig), typeof(ApiSpec), typeof(ControllerManagerSpec), typeof(NetworkSpec), typeof(DualStackSpec), typeof(CalicoSpec), typeof(KubeRouterSpec), typeof(KubeProxySpec), typeof(NodeLocalLoadBalancingSpec), typeof(ArgsMap) };

        string[] publicSetters = model
            .SelectMany(t => t.GetProperties().Where(p => p.SetMethod?.IsPublic == true).Select(p => t.Name + "." + p.Name))
            .ToArray();
        string[] argsMapMutators = typeof(ArgsMap).GetMethods().Where(m => m.IsPublic && m.Name is "Set" or "Add" or "Remove" or "Clear").Select(m => m.Name).ToArray();

        Assert.Empty(publicSetters);
        Assert.Empty(argsMapMutators);
        Assert.False(typeof(IDictionary<string, string>).IsAssignableFrom(typeof(ArgsMap)));
    }

    [Fact]
    public void Validate_does_not_freeze_or_change_the_builder()
    {
        ClusterConfigBuilder builder = K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/16"));
        _ = builder.Validate();

        ClusterConfig config = builder.Network(n => n.ServiceCidr("10.96.0.0/12")).Build();

        Assert.Equal("10.96.0.0/12", config.Network!.ServiceCidr);
    }
}
