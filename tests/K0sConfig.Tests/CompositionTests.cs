using YamlDotNet.RepresentationModel;

namespace K0sConfig.Tests;

/// <summary>Section methods called again keep configuring the same section; a later setter wins.</summary>
public class CompositionTests
{
    [Fact]
    public void Network_twice_configures_one_section()
    {
        ClusterConfig config = K0s.Cluster()
            .Network(n => n.PodCidr("10.244.0.0/16"))
            .Network(n => n.ServiceCidr("10.96.0.0/12"))
            .Build();

        Assert.Equal("10.244.0.0/16", config.Network!.PodCidr);
        Assert.Equal("10.96.0.0/12", config.Network.ServiceCidr);
        YamlMappingNode network = Assert.IsType<YamlMappingNode>(YamlTree.At(YamlTree.Parse(config.ToYaml()), "spec", "network"));
        Assert.Equal(new[] { "podCIDR", "serviceCIDR" }, network.Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToArray());
    }

    [Fact]
    public void DualStack_twice_configures_one_section()
    {
        ClusterConfig config = K0s.Cluster()
            .Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108")))
            .Network(n => n.DualStack(ds => ds.IPv6ServiceCidr("fd01::/108")))
            .Build();

        DualStackSpec dualStack = config.Network!.DualStack!;
        Assert.True(dualStack.Enabled);
        Assert.Equal("fd00::/108", dualStack.IPv6PodCidr);
        Assert.Equal("fd01::/108", dualStack.IPv6ServiceCidr);
        YamlMappingNode root = YamlTree.Parse(config.ToYaml());
        YamlTree.AssertString(YamlTree.At(root, "spec", "network", "dualStack", "IPv6podCIDR"), "fd00::/108");
        YamlTree.AssertString(YamlTree.At(root, "spec", "network", "dualStack", "IPv6serviceCIDR"), "fd01::/108");
    }

    [Fact]
    public void Api_ControllerManager_Calico_KubeRouter_and_KubeProxy_twice_configure_one_section()
    {
        ClusterConfig config = K0s.Cluster()
            .Api(a => a.Port(6443))
            .Api(a => a.K0sApiPort(9443))
            .ControllerManager(cm => cm.NodeCidrMaskSize(24))
            .ControllerManager(cm => cm.ExtraArg("v", "2"))
            .Network(n => n.Calico(c => c.Mtu(1400)).KubeProxy(p => p.Mode(KubeProxyMode.Ipvs)))
            .Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).KubeProxy(p => p.ExtraArg("v", "2")))
            .Build();

        Assert.Equal(6443, config.Api!.Port);
        Assert.Equal(9443, config.Api.K0sApiPort);
        Assert.Equal(new[] { "node-cidr-mask-size", "v" }, config.ControllerManager!.ExtraArgs.Keys.ToArray());
        Assert.Equal(1400, config.Network!.Calico!.Mtu);
        Assert.Equal(CalicoMode.Bird, config.Network.Calico.Mode);
        Assert.Equal(KubeProxyMode.Ipvs, config.Network.KubeProxy!.Mode);
        Assert.Equal("2", config.Network.KubeProxy.ExtraArgs["v"]);

        ClusterConfig kubeRouter = K0s.Cluster()
            .Network(n => n.KubeRouter(k => k.Mtu(1400)))
            .Network(n => n.KubeRouter(k => k.IPMasq()))
            .Build();
        Assert.Equal(1400, kubeRouter.Network!.KubeRouter!.Mtu);
        Assert.True(kubeRouter.Network.KubeRouter.IPMasq);
    }

    [Fact]
    public void Later_setter_overrides_earlier_one()
    {
        ClusterConfig config = K0s.Cluster()
            .Network(n => n.PodCidr("10.0.0.0/16").PodCidr("10.244.0.0/16"))
            .Network(n => n.Calico(c => c.Mode(CalicoMode.Vxlan)).Calico(c => c.Mode(CalicoMode.Bird)))
            .Api(a => a.Port(1).Port(6443))
            .Build();

        Assert.Equal("10.244.0.0/16", config.Network!.PodCidr);
        Assert.Equal(CalicoMode.Bird, config.Network.Calico!.Mode);
        Assert.Equal(6443, config.Api!.Port);
        YamlMappingNode root = YamlTree.Parse(config.ToYaml());
        YamlTree.AssertString(YamlTree.At(root, "spec", "network", "podCIDR"), "10.244.0.0/16");
        YamlTree.AssertString(YamlTree.At(root, "spec", "network", "calico", "mode"), "bird");
        YamlTree.AssertInt(YamlTree.At(root, "spec", "api", "port"), 6443);
    }

    [Fact]
    public void Extra_arg_set_again_takes_the_later_value_and_keeps_its_first_position()
    {
        ClusterConfig config = K0s.Cluster()
            .Api(a => a.ExtraArg("a", "1").ExtraArg("b", "2").ExtraArg("a", "3"))
            .Build();

        Assert.Equal(new[] { "a", "b" }, config.Api!.ExtraArgs.Keys.ToArray());
        Assert.Equal("3", config.Api.ExtraArgs["a"]);
        Assert.Contains("    extraArgs:\n      a: \"3\"\n      b: \"2\"\n", config.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_mask_helper_then_raw_extra_arg_keeps_the_later_value_and_warns()
    {
        ClusterConfig config = K0s.Cluster()
            .ControllerManager(cm => cm.NodeCidrMaskSize(24).ExtraArg("node-cidr-mask-size", "25"))
            .Build();

        Assert.Equal("25", config.ControllerManager!.ExtraArgs["node-cidr-mask-size"]);
        Assert.Contains(config.Findings, f => f.RuleId == "K0S602" && f.Severity == FindingSeverity.Warning);
    }

    [Fact]
    public void Sans_replaces_earlier_sans()
    {
        ClusterConfig config = K0s.Cluster()
            .Api(a => a.Sans("10.0.0.1", "a.example.com"))
            .Api(a => a.Sans("b.example.com"))
            .Build();

        Assert.Equal(new[] { "b.example.com" }, config.Api!.Sans);
        YamlSequenceNode sans = Assert.IsType<YamlSequenceNode>(YamlTree.At(YamlTree.Parse(config.ToYaml()), "spec", "api", "sans"));
        Assert.Equal(new[] { "b.example.com" }, sans.Children.Select(s => ((YamlScalarNode)s).Value).ToArray());
    }

    [Fact]
    public void Empty_sans_write_an_empty_list()
    {
        ClusterConfig config = K0s.Cluster().Api(a => a.Sans("a.example.com").Sans()).Build();

        Assert.Empty(config.Api!.Sans!);
        Assert.Empty(Assert.IsType<YamlSequenceNode>(YamlTree.At(YamlTree.Parse(config.ToYaml()), "spec", "api", "sans")).Children);
    }

    [Fact]
    public void Later_provider_wins_and_the_replacement_is_reported()
    {
        ClusterConfig config = K0s.Cluster()
            .Network(n => n.KubeRouter())
            .Network(n => n.Calico())
            .Build();

        Assert.Equal(NetworkProvider.Calico, config.Network!.Provider);
        YamlTree.AssertString(YamlTree.At(YamlTree.Parse(config.ToYaml()), "spec", "network", "provider"), "calico");
        Assert.Contains(config.Findings, f => f.RuleId == "K0S303" && f.Path == "spec.network.provider");
    }

    [Fact]
    public void DualStack_Enabled_false_then_true_in_the_same_call_is_enabled()
    {
        ClusterConfig config = K0s.Cluster()
            .Network(n => n.DualStack(ds => ds.Enabled(false).IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108").Enabled(true)))
            .Build();

        Assert.True(config.Network!.DualStack!.Enabled);
    }

    [Fact]
    public void Calling_DualStack_again_enables_it_again()
    {
        // DualStack(...) is documented to enable dual-stack, so a later call wins over an earlier Enabled(false).
        ClusterConfig config = K0s.Cluster()
            .Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").Enabled(false)))
            .Network(n => n.DualStack(ds => ds.IPv6ServiceCidr("fd01::/108")))
            .Build();

        Assert.True(config.Network!.DualStack!.Enabled);
        Assert.Equal("fd00::/108", config.Network.DualStack.IPv6PodCidr);
    }
}
