using YamlDotNet.RepresentationModel;

namespace K0sConfig.Tests;

/// <summary>
/// Wrong arguments fail at the call with an ArgumentException-family exception whose message names the k0s field and
/// says what to pass instead.
/// </summary>
public class ArgumentTests
{
    /// <summary>name → (the call, the parameter name, the k0s field the message must name).</summary>
    private static readonly Dictionary<string, (Action Call, string Parameter, string Field)> NullStrings = new()
    {
        ["K0s.Cluster"] = (() => K0s.Cluster(null!), "name", "metadata.name"),
        ["Network.PodCidr"] = (() => K0s.Cluster().Network(n => n.PodCidr(null!)), "cidr", "spec.network.podCIDR"),
        ["Network.ServiceCidr"] = (() => K0s.Cluster().Network(n => n.ServiceCidr(null!)), "cidr", "spec.network.serviceCIDR"),
        ["Network.ClusterDomain"] = (() => K0s.Cluster().Network(n => n.ClusterDomain(null!)), "domain", "spec.network.clusterDomain"),
        ["DualStack.IPv6PodCidr"] = (() => K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6PodCidr(null!))), "cidr", "spec.network.dualStack.IPv6podCIDR"),
        ["DualStack.IPv6ServiceCidr"] = (() => K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6ServiceCidr(null!))), "cidr", "spec.network.dualStack.IPv6serviceCIDR"),
        ["Calico.IPAutodetectionMethod"] = (() => K0s.Cluster().Network(n => n.Calico(c => c.IPAutodetectionMethod(null!))), "method", "spec.network.calico.ipAutodetectionMethod"),
        ["Calico.IPv6AutodetectionMethod"] = (() => K0s.Cluster().Network(n => n.Calico(c => c.IPv6AutodetectionMethod(null!))), "method", "spec.network.calico.ipV6AutodetectionMethod"),
        ["Calico.EnvVar value"] = (() => K0s.Cluster().Network(n => n.Calico(c => c.EnvVar("X", null!))), "value", "spec.network.calico.envVars"),
        ["KubeRouter.ExtraArg value"] = (() => K0s.Cluster().Network(n => n.KubeRouter(k => k.ExtraArg("v", null!))), "value", "spec.network.kuberouter.extraArgs"),
        ["KubeProxy.ExtraArg value"] = (() => K0s.Cluster().Network(n => n.KubeProxy(p => p.ExtraArg("v", null!))), "value", "spec.network.kubeProxy.extraArgs"),
        ["Api.Address"] = (() => K0s.Cluster().Api(a => a.Address(null!)), "address", "spec.api.address"),
        ["Api.ExternalAddress"] = (() => K0s.Cluster().Api(a => a.ExternalAddress(null!)), "address", "spec.api.externalAddress"),
        ["Api.Sans(null)"] = (() => K0s.Cluster().Api(a => a.Sans(null!)), "sans", "spec.api.sans"),
        ["Api.Sans(x, null)"] = (() => K0s.Cluster().Api(a => a.Sans("k0s.example.com", null!)), "sans", "spec.api.sans"),
        ["Api.ExtraArg value"] = (() => K0s.Cluster().Api(a => a.ExtraArg("v", null!)), "value", "spec.api.extraArgs"),
        ["ControllerManager.ExtraArg value"] = (() => K0s.Cluster().ControllerManager(cm => cm.ExtraArg("v", null!)), "value", "spec.controllerManager.extraArgs"),
    };

    private static readonly Dictionary<string, (Action Call, string Parameter, string Field)> NullLambdas = new()
    {
        ["ClusterConfig.Network"] = (() => K0s.Cluster().Network(null!), "configure", "spec.network"),
        ["ClusterConfig.Api"] = (() => K0s.Cluster().Api(null!), "configure", "spec.api"),
        ["ClusterConfig.ControllerManager"] = (() => K0s.Cluster().ControllerManager(null!), "configure", "spec.controllerManager"),
        ["Network.DualStack"] = (() => K0s.Cluster().Network(n => n.DualStack(null!)), "configure", "spec.network.dualStack"),
        ["Network.KubeProxy"] = (() => K0s.Cluster().Network(n => n.KubeProxy(null!)), "configure", "spec.network.kubeProxy"),
    };

    private static readonly Dictionary<string, (Action<string?> Call, string Field)> ArgNames = new()
    {
        ["Api.ExtraArg"] = (name => K0s.Cluster().Api(a => a.ExtraArg(name!, "x")), "spec.api.extraArgs"),
        ["ControllerManager.ExtraArg"] = (name => K0s.Cluster().ControllerManager(cm => cm.ExtraArg(name!, "x")), "spec.controllerManager.extraArgs"),
        ["KubeRouter.ExtraArg"] = (name => K0s.Cluster().Network(n => n.KubeRouter(k => k.ExtraArg(name!, "x"))), "spec.network.kuberouter.extraArgs"),
        ["KubeProxy.ExtraArg"] = (name => K0s.Cluster().Network(n => n.KubeProxy(p => p.ExtraArg(name!, "x"))), "spec.network.kubeProxy.extraArgs"),
        ["Calico.EnvVar"] = (name => K0s.Cluster().Network(n => n.Calico(c => c.EnvVar(name!, "x"))), "spec.network.calico.envVars"),
    };

    public static TheoryData<string> NullStringCases() => new(NullStrings.Keys);

    public static TheoryData<string> NullLambdaCases() => new(NullLambdas.Keys);

    public static TheoryData<string, string?> ArgNameCases()
    {
        var data = new TheoryData<string, string?>();
        foreach (string name in ArgNames.Keys)
        {
            data.Add(name, null);
            data.Add(name, string.Empty);
            data.Add(name, "   ");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NullStringCases))]
    public void Null_string_is_refused_with_the_field_and_the_fix(string name)
    {
        (Action call, string parameter, string field) = NullStrings[name];

        ArgumentNullException error = Assert.Throws<ArgumentNullException>(call);

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains("pass", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(NullLambdaCases))]
    public void Null_lambda_is_refused_with_the_field_and_the_fix(string name)
    {
        (Action call, string parameter, string field) = NullLambdas[name];

        ArgumentNullException error = Assert.Throws<ArgumentNullException>(call);

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains("=>", error.Message, StringComparison.Ordinal); // shows a lambda to pass
    }

    [Theory]
    [MemberData(nameof(ArgNameCases))]
    public void Empty_extra_arg_or_env_var_name_is_refused_with_the_field_and_the_fix(string name, string? argName)
    {
        (Action<string?> call, string field) = ArgNames[name];

        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => call(argName));

        Assert.Equal("name", error.ParamName);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains("pass", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Empty_env_var_name_suggests_an_environment_variable_not_a_flag()
    {
        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => K0s.Cluster().Network(n => n.Calico(c => c.EnvVar(" ", "x"))));

        Assert.DoesNotContain("flag", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("dashes", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("variable", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Undefined_calico_mode_is_refused_with_the_field_and_the_choices()
        => AssertUndefined(() => K0s.Cluster().Network(n => n.Calico(c => c.Mode((CalicoMode)42))), "mode", "spec.network.calico.mode", "Vxlan, Bird, Ipip");

    [Fact]
    public void Undefined_calico_overlay_is_refused_with_the_field_and_the_choices()
        => AssertUndefined(() => K0s.Cluster().Network(n => n.Calico(c => c.Overlay((CalicoOverlay)42))), "overlay", "spec.network.calico.overlay", "Always, Never, CrossSubnet");

    [Fact]
    public void Undefined_address_family_is_refused_with_the_field_and_the_choices()
        => AssertUndefined(() => K0s.Cluster().Network(n => n.PrimaryAddressFamily((IPFamily)42)), "family", "spec.network.primaryAddressFamily", "IPv4, IPv6");

    [Fact]
    public void Undefined_kube_proxy_mode_is_refused_with_the_field_and_the_choices()
        => AssertUndefined(() => K0s.Cluster().Network(n => n.KubeProxy(p => p.Mode((KubeProxyMode)(-1)))), "mode", "spec.network.kubeProxy.mode", "Iptables, Ipvs, Nftables");

    [Fact]
    public void Undefined_hairpin_is_refused_with_the_field_and_the_choices()
        => AssertUndefined(() => K0s.Cluster().Network(n => n.KubeRouter(k => k.Hairpin((KubeRouterHairpin)42))), "hairpin", "spec.network.kuberouter.hairpin", "Enabled, Allowed, Disabled");

    [Fact]
    public void Undefined_node_local_load_balancer_is_refused_with_the_field_and_the_choices()
        => AssertUndefined(() => K0s.Cluster().Network(n => n.NodeLocalLoadBalancing(l => l.Type((NodeLocalLoadBalancingType)42))), "type", "spec.network.nodeLocalLoadBalancing.type", "EnvoyProxy, Traefik");

    [Fact]
    public void Undefined_control_plane_load_balancer_is_refused_with_the_field_and_the_choices()
        => AssertUndefined(() => K0s.Cluster().Network(n => n.ControlPlaneLoadBalancing(c => c.Type((ControlPlaneLoadBalancingType)42))), "type", "spec.network.controlPlaneLoadBalancing.type", "Keepalived");

    [Fact]
    public void Argument_error_leaves_the_builder_unchanged()
    {
        ClusterConfigBuilder builder = K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)));

        Assert.ThrowsAny<ArgumentException>(() => builder.Network(n => n.Calico(c => c.Mode((CalicoMode)42))));

        Assert.Equal(CalicoMode.Bird, builder.Build().Network!.Calico!.Mode);
    }

    [Fact]
    public void Null_validation_options_is_an_argument_error()
    {
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => K0s.Cluster().Build(null!));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void Optional_lambdas_may_be_null()
    {
        ClusterConfig config = K0s.Cluster()
            .Network(n => n.KubeRouter(null).Calico(null).NodeLocalLoadBalancing(null))
            .Build();

        Assert.Equal(NetworkProvider.Calico, config.Network!.Provider);
        Assert.Null(config.Network.Calico);
        Assert.Null(config.Network.KubeRouter);
        Assert.True(config.Network.NodeLocalLoadBalancing!.Enabled);
    }

    private static void AssertUndefined(Action call, string parameter, string field, string choices)
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(call);

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains(choices, error.Message, StringComparison.Ordinal);
    }
}

/// <summary>Text that has no UTF-8 form is refused at the call, not later by ToYaml.</summary>
public class UnicodeArgumentTests
{
    // By index: xunit would turn a lone surrogate in theory data into U+FFFD when it serializes the case.
    private static readonly string[] Broken = { "\ud800", "a\udc00b", "end\ud83d", "\ude80start" };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Unpaired_surrogate_is_refused_where_it_is_passed(int index)
    {
        string text = Broken[index];
        var calls = new (Action Call, string Field)[]
        {
            (() => K0s.Cluster(text), "metadata.name"),
            (() => K0s.Cluster().Api(a => a.ExtraArg("flag", text)), "spec.api.extraArgs"),
            (() => K0s.Cluster().Api(a => a.ExtraArg(text, "x")), "spec.api.extraArgs"),
            (() => K0s.Cluster().Api(a => a.Sans("k0s.example.com", text)), "spec.api.sans"),
            (() => K0s.Cluster().Network(n => n.Calico(c => c.EnvVar("X", text))), "spec.network.calico.envVars"),
            (() => K0s.Cluster().Network(n => n.ClusterDomain(text)), "spec.network.clusterDomain"),
        };

        foreach ((Action call, string field) in calls)
        {
            ArgumentException error = Assert.ThrowsAny<ArgumentException>(call);
            Assert.Contains(field, error.Message, StringComparison.Ordinal);
            Assert.Contains("Unicode", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Surrogate_pairs_are_fine()
    {
        ClusterConfig config = K0s.Cluster().Api(a => a.ExtraArg("flag", "rocket 🚀")).Build();

        Assert.Equal("rocket 🚀", YamlTree.Scalar(YamlTree.Parse(config.ToYaml()), "spec", "api", "extraArgs", "flag").Value);
    }

    [Fact]
    public void A_feature_gate_without_a_name_is_refused_at_the_call()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => K0s.Cluster().FeatureGate(f => f.Name("A")).FeatureGate(f => f.Enabled()));
        Assert.Equal("configure", e.ParamName);
        Assert.StartsWith("spec.featureGates[1] has no name: the k0s CRD requires one", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_whose_callback_throws_is_not_left_half_written()
    {
        ClusterConfigBuilder builder = K0s.Cluster().FeatureGate(f => f.Name("A").Enabled());
        Assert.Throws<ArgumentException>(() => builder.FeatureGate(f => f.Enabled()));
        Assert.Throws<InvalidOperationException>(() => builder.Extensions(e => e.Helm(h => h.Chart(c => throw new InvalidOperationException("the caller's own failure")))));

        // The builder goes on as if neither call had been made: one gate, and no helm chart (nor an empty list of them).
        YamlMappingNode root = YamlTree.Parse(builder.Build().ToYaml());
        YamlNode gate = Assert.Single(Assert.IsType<YamlSequenceNode>(YamlTree.At(root, "spec", "featureGates")).Children);
        Assert.Equal("A", YamlTree.Scalar(gate, "name").Value);
        Assert.Equal("true", YamlTree.Scalar(gate, "enabled").Value);
        Assert.False(YamlTree.Has(root, "spec", "extensions", "helm", "charts"));
    }
}
