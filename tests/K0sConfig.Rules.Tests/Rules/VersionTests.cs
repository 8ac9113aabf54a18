using System.Collections.Generic;
using System.Linq;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests.Rules;

/// <summary>
/// The k0s version: <see cref="K0sVersion"/>, the options that carry it, K0S807–K0S809, and the rules whose answer
/// changes from one k0s to another (each checked against the per-minor k0s oracle's verdicts in K0sConfig.Cli.Tests,
/// OracleVersionTests; the patch-level changes against the k0s source at the tags the rules' pages name).
/// </summary>
public class VersionTests
{
    private static readonly object Here = new();

    private static ValidationOptions For(string version, bool? ipv6SingleStack = null) => new(ValidationOptions.DefaultMaxPods, K0sVersion.Parse(version), ipv6SingleStack);

    private static IReadOnlyList<Finding> Validate(string version, System.Func<ClusterConfigBuilder, ClusterConfigBuilder> configure)
        => configure(K0s.Cluster()).Validate(For(version));

    // ---------------------------------------------------------------- K0sVersion

    [Theory]
    [InlineData("1.33", 33, null, "1.33")]
    [InlineData("v1.33.6", 33, 6, "1.33.6")]
    [InlineData("1.33.6+k0s.0", 33, 6, "1.33.6+k0s.0")]
    [InlineData("v1.33.6+k0s.1", 33, 6, "1.33.6+k0s.1")]
    [InlineData(" 1.27.16+k0s.0 ", 27, 16, "1.27.16+k0s.0")]
    [InlineData("1.40.2", 40, 2, "1.40.2")]
    public void K0sVersion_parses_the_forms_k0s_release_tags_use(string text, int minor, int? patch, string shown)
    {
        K0sVersion version = K0sVersion.Parse(text);
        Assert.Equal(1, version.Major);
        Assert.Equal(minor, version.Minor);
        Assert.Equal(patch, version.Patch);
        Assert.Equal(shown, version.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("133")]
    [InlineData("2.1.0")]
    [InlineData("1.33.x")]
    [InlineData("1.33.6+k3s.1")]
    [InlineData("1.33+k0s.0")]
    [InlineData("1.033")]
    [InlineData("v1.33.6-rc.1")]
    [InlineData("latest")]
    public void K0sVersion_refuses_what_is_not_a_version_naming_it_and_the_forms(string text)
    {
        Assert.False(K0sVersion.TryParse(text, out _, out string? problem));
        Assert.Contains("'" + text.Trim() + "'", problem, System.StringComparison.Ordinal);
        Assert.Contains(K0sVersion.AcceptedForms, problem, System.StringComparison.Ordinal);
        FormatException thrown = Assert.Throws<FormatException>(() => K0sVersion.Parse(text));
        Assert.Equal(problem, thrown.Message);
        Assert.False(K0sVersion.TryParse(null, out _));
    }

    [Fact]
    public void K0sVersion_compares_a_minor_alone_as_its_newest_patch()
    {
        K0sVersion v133 = K0sVersion.Parse("1.33");
        Assert.True(K0sVersion.Parse("1.33.5") < K0sVersion.Parse("1.33.6"));
        Assert.True(K0sVersion.Parse("1.33.99") < v133);
        Assert.True(v133 < K0sVersion.Parse("1.34.1"));
        Assert.True(K0sVersion.Parse("1.33.6").IsAtLeast(33, 6));
        Assert.True(K0sVersion.Parse("1.33.5").IsBefore(33, 6));
        Assert.True(v133.IsAtLeast(33, 6));
        Assert.Equal(K0sVersion.Parse("v1.33.6+k0s.1"), K0sVersion.Parse("1.33.6"));
        Assert.Equal(36, K0sVersion.Newest.Minor);
        Assert.Null(K0sVersion.Newest.Patch);
        Assert.Equal(K0sVersion.Newest, default);
        Assert.Equal(27, K0sVersion.Oldest.Minor);
        Assert.Equal(K0sVersion.Oldest, K0sVersion.Parse("1.22").Checked);
        Assert.Equal(K0sVersion.Newest, K0sVersion.Parse("1.40").Checked);
        Assert.False(K0sVersion.Parse("1.22").IsSupported);
        Assert.True(K0sVersion.Parse("1.30.2").IsSupported);
    }

    [Fact]
    public void Options_keep_the_version_asked_and_check_the_nearest_supported_one()
    {
        Assert.Equal(K0sVersion.Newest, ValidationOptions.Default.Version);
        Assert.False(ValidationOptions.Default.IsVersionStated);
        Assert.Null(ValidationOptions.Default.IPv6SingleStack);
        ValidationOptions old = For("1.24.3");
        Assert.Equal(K0sVersion.Oldest, old.Version);
        Assert.Equal("1.24.3", old.RequestedVersion.ToString());
        Assert.True(old.IsVersionStated);
        Assert.Equal(250, old.WithMaxPods(250).MaxPods);
        Assert.Equal(old.RequestedVersion, old.WithMaxPods(250).RequestedVersion);
        Assert.True(ValidationOptions.Default.WithIPv6SingleStack(true).IPv6SingleStack);
        Assert.False(ValidationOptions.Default.WithIPv6SingleStack(true).IsVersionStated);
    }

    [Theory]
    [InlineData("", "1.36", true, false, null)]
    [InlineData("IPv6SingleStack=true", "1.34", true, true, null)]
    [InlineData(" IPv6SingleStack = T ", "1.35", true, true, null)]
    [InlineData("IPv6SingleStack=false", "1.36", true, false, null)]
    [InlineData("IPv6SingleStack=true", "1.33", false, false, "k0s 1.33 has no feature gates")]
    [InlineData("Foo=true", "1.36", false, false, "unknown feature gate \"Foo\"")]
    [InlineData("IPv6SingleStack=maybe", "1.36", false, false, "invalid feature gate value \"maybe\" for key \"IPv6SingleStack\", expected true or false")]
    [InlineData("IPv6SingleStack", "1.36", false, false, "invalid feature gate format \"IPv6SingleStack\", expected key=value")]
    [InlineData("=true", "1.36", false, false, "empty feature gate key in \"=true\"")]
    public void Feature_gates_are_read_as_k0s_reads_them(string text, string version, bool ok, bool on, string? problem)
    {
        Assert.Equal(ok, ValidationOptions.TryParseFeatureGates(text, K0sVersion.Parse(version), out bool gate, out string? said));
        Assert.Equal(on, gate);
        if (problem == null)
        {
            Assert.Null(said);
        }
        else
        {
            Assert.Contains(problem, said, System.StringComparison.Ordinal);
        }
    }

    // ---------------------------------------------------------------- K0S807 outside the supported range

    [Fact]
    public void K0S807_fires_as_a_warning_for_an_older_k0s_and_as_information_for_a_newer_one()
    {
        K0s.Cluster().Validate(For("1.24.3")).One(RuleIds.K0sVersionOutsideSupportedRange)
            .Is("K0S807", string.Empty, FindingSeverity.Warning, "k0s 1.24.3 is older than the versions K0sConfig knows (1.27 to 1.36)", "checked as for k0s 1.27");
        K0s.Cluster().Validate(For("1.37")).One(RuleIds.K0sVersionOutsideSupportedRange)
            .Is("K0S807", string.Empty, FindingSeverity.Info, "k0s 1.37 is newer than", "checked as for k0s 1.36");
    }

    [Fact]
    public void K0S807_silent_for_a_supported_version()
    {
        K0s.Cluster().Validate(For("1.27.1")).None(RuleIds.K0sVersionOutsideSupportedRange);
        K0s.Cluster().Validate().None(RuleIds.K0sVersionOutsideSupportedRange);
    }

    [Fact]
    public void K0S807_unknown_facts_only_the_version_decides()
        => Evaluate(ClusterFacts.AllUnknown(), For("1.30")).None(RuleIds.K0sVersionOutsideSupportedRange);

    // ---------------------------------------------------------------- K0S810 a setting that cannot be read

    [Fact]
    public void K0S810_fires_for_each_setting_that_cannot_be_read()
    {
        ValidationOptions options = ValidationOptions.Default
            .WithSettingProblem(new SettingProblem("The MSBuild property K0sVersion", "1.3x", "'1.3x' is not a k0s version.", "the newest k0s K0sConfig knows (1.36)"))
            .WithSettingProblem(new SettingProblem("The MSBuild property K0sFeatureGates", "IPv6SingleStack", "Invalid feature gate format.", "k0s 1.36 with its feature gates not known"));
        IReadOnlyList<Finding> findings = Evaluate(new ClusterFacts(), options);
        Assert.Equal(2, findings.Count(f => f.RuleId == RuleIds.UnreadableSetting));
        findings.First(f => f.RuleId == RuleIds.UnreadableSetting).Is("K0S810", string.Empty, FindingSeverity.Error,
            "The MSBuild property K0sVersion '1.3x' is not understood: '1.3x' is not a k0s version. The configuration is checked for the newest k0s K0sConfig knows (1.36) instead");

        // The options keep the problems through the other With* calls.
        Assert.Equal(2, options.WithVersion(K0sVersion.Parse("1.33")).WithMaxPods(50).WithIPv6SingleStack(true).SettingProblems.Count);
    }

    [Fact]
    public void K0S810_silent_without_setting_problems()
    {
        K0s.Cluster().Validate().None(RuleIds.UnreadableSetting);
        K0s.Cluster().Validate(For("1.33")).None(RuleIds.UnreadableSetting);
    }

    [Fact]
    public void K0S810_unknown_facts_only_the_settings_decide()
        => Evaluate(ClusterFacts.AllUnknown()).None(RuleIds.UnreadableSetting);

    // ---------------------------------------------------------------- K0S808 field not in the version

    [Fact]
    public void K0S808_fires_for_a_builder_method_whose_field_the_version_does_not_have()
    {
        K0s.Cluster().Konnectivity(k => k.ExternalAddress("konnectivity.example.com")).ForK0s("1.30").Validate().One(RuleIds.FieldNotInK0sVersion)
            .Is("K0S808", "spec.konnectivity.externalAddress", FindingSeverity.Error, "KonnectivityBuilder.ExternalAddress writes spec.konnectivity.externalAddress, which k0s 1.30 does not have (added in k0s 1.31)", "k0s rejects the configuration");
        Finding cplb = Validate("1.29", c => c.Network(n => n.ControlPlaneLoadBalancing(p => p.Enabled(true)))).One(RuleIds.FieldNotInK0sVersion);
        cplb.Is("K0S808", "spec.network.controlPlaneLoadBalancing", FindingSeverity.Error, "added in k0s 1.30", "k0s drops it without a word");
        K0sConfigException built = Assert.Throws<K0sConfigException>(() => K0s.Cluster().ForK0s("1.31").Network(n => n.PrimaryAddressFamily(IPFamily.IPv6)).Build());
        Assert.Contains("K0S808", built.Message, System.StringComparison.Ordinal);
        Assert.Contains("added in k0s 1.34", built.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void K0S808_silent_when_the_version_has_the_field()
    {
        K0s.Cluster().ForK0s("1.31").Konnectivity(k => k.ExternalAddress("konnectivity.example.com")).Validate().None(RuleIds.FieldNotInK0sVersion);
        K0s.Cluster().Konnectivity(k => k.ExternalAddress("konnectivity.example.com")).Validate().None(RuleIds.FieldNotInK0sVersion);
        Validate("1.27", c => c.Network(n => n.PodCidr("10.244.0.0/16"))).None(RuleIds.FieldNotInK0sVersion);
    }

    [Fact]
    public void K0S808_unknown_facts_have_no_written_fields()
        => Evaluate(ClusterFacts.AllUnknown(), For("1.27")).None(RuleIds.FieldNotInK0sVersion);

    [Fact]
    public void ForK0s_refuses_a_malformed_version_and_explicit_options_win()
    {
        Assert.Throws<FormatException>(() => K0s.Cluster().ForK0s("1.x"));
        Assert.Throws<ArgumentNullException>(() => K0s.Cluster().ForK0s((string)null!));
        Assert.Equal(33, K0s.Cluster().ForK0s("1.33").Build().Version.Minor);
        K0s.Cluster().ForK0s("1.30").Konnectivity(k => k.ExternalAddress("k.example.com")).Validate(For("1.36")).None(RuleIds.FieldNotInK0sVersion);
    }

    // ---------------------------------------------------------------- K0S809 k0sctl's pin

    [Fact]
    public void K0S809_fires_as_a_warning_for_a_pin_that_is_no_version_and_as_information_when_overridden()
    {
        Evaluate(K0S8xxTests.With(new DocumentProblem(DocumentProblemKind.K0sVersionPin, "spec.k0s.version", "latest", "unreadable", false, Here, K0sVersion.AcceptedForms))).One(RuleIds.K0sctlVersionPin)
            .Is("K0S809", "spec.k0s.version", FindingSeverity.Warning, "spec.k0s.version 'latest' is not a k0s version", "Write it as 1.33");
        Finding overridden = Evaluate(K0S8xxTests.With(new DocumentProblem(DocumentProblemKind.K0sVersionPin, "spec.k0s.version", "v1.29.4+k0s.0", "1.33", true, Here))).One(RuleIds.K0sctlVersionPin);
        overridden.Is("K0S809", "spec.k0s.version", FindingSeverity.Info, "pins another k0s than the version asked for, 1.33, which wins");
        Assert.Same(Here, overridden.Origin);
    }

    [Fact]
    public void K0S809_silent_without_a_pin_problem()
        => Evaluate(K0S8xxTests.With(new DocumentProblem(DocumentProblemKind.UnknownKey, "spec.x", "x", string.Empty, false, Here))).None(RuleIds.K0sctlVersionPin);

    [Fact]
    public void K0S809_unknown_facts_have_no_document_problems()
        => Evaluate(ClusterFacts.AllUnknown()).None(RuleIds.K0sctlVersionPin);

    // ---------------------------------------------------------------- the rules that answer per version

    [Fact]
    public void Address_family_checks_start_with_1_34_1()
    {
        // k0s v1.34.1+k0s.0 network.go; the oracles: b04 (IPv6 podCIDR with dual-stack) ok to 1.33, rejected from 1.34.
        System.Func<ClusterConfigBuilder, ClusterConfigBuilder> ipv6Pod = c => c.Network(n => n.PodCidr("fd00::/108").DualStack(d => d.IPv6PodCidr("fd01::/108").IPv6ServiceCidr("fd02::/108")));
        Validate("1.34", ipv6Pod).Fires(RuleIds.DualStackNeedsIPv4Cidrs);
        Validate("1.33", ipv6Pod).None(RuleIds.DualStackNeedsIPv4Cidrs);
        Validate("1.33", c => c.Network(n => n.PodCidr("fd00::/108"))).None(RuleIds.PodServiceFamilyMismatch);
        Validate("1.34.1", c => c.Network(n => n.PodCidr("fd00::/108"))).Fires(RuleIds.PodServiceFamilyMismatch);

        // Single-stack IPv6: no gate before 1.34.1; with the gate known on, nothing; known off, an error.
        System.Func<ClusterConfigBuilder, ClusterConfigBuilder> ipv6Only = c => c.Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/108"));
        Validate("1.33", ipv6Only).None(RuleIds.IPv6SingleStackFeatureGate);
        Assert.Equal(FindingSeverity.Warning, ipv6Only(K0s.Cluster()).Validate().One(RuleIds.IPv6SingleStackFeatureGate).Severity);
        Assert.Equal(FindingSeverity.Error, ipv6Only(K0s.Cluster()).Validate(For("1.34", ipv6SingleStack: false)).One(RuleIds.IPv6SingleStackFeatureGate).Severity);
        ipv6Only(K0s.Cluster()).Validate(For("1.34", ipv6SingleStack: true)).None(RuleIds.IPv6SingleStackFeatureGate);
    }

    [Fact]
    public void IPv6_service_checks_start_with_1_35_1()
    {
        // k0s v1.35.1+k0s.0 network.go; the oracles: b10 (IPv6serviceCIDR fd01::/100) ok to 1.34, rejected from 1.35.
        System.Func<ClusterConfigBuilder, ClusterConfigBuilder> wide = c => c.Network(n => n.DualStack(d => d.IPv6PodCidr("fd00::/104").IPv6ServiceCidr("fd01::/100")));
        Validate("1.35.1", wide).Fires(RuleIds.IPv6ServicePrefixRejected);
        Validate("1.34", wide).None(RuleIds.IPv6ServicePrefixRejected);
        System.Func<ClusterConfigBuilder, ClusterConfigBuilder> ipv4InIPv6 = c => c.Network(n => n.DualStack(d => d.IPv6PodCidr("fd00::/104").IPv6ServiceCidr("10.1.0.0/16")));
        Validate("1.35", ipv4InIPv6).Fires(RuleIds.DualStackNeedsIPv6Cidrs);
        Validate("1.34", ipv4InIPv6).None(RuleIds.DualStackNeedsIPv6Cidrs);
    }

    [Fact]
    public void The_IPv6_node_mask_is_110_before_1_34_1_and_117_since()
    {
        // k0s controllermanager.go: node-cidr-mask-size-ipv6 110 (v1.33.13+k0s.1), 117 (v1.34.1+k0s.0).
        System.Func<ClusterConfigBuilder, ClusterConfigBuilder> pod100 = c => c.Network(n => n.DualStack(d => d.IPv6PodCidr("fd00::/100").IPv6ServiceCidr("fd01::/108")));
        Validate("1.33", pod100).None(RuleIds.IPv6NodeMaskTooFarFromPodCidr);
        Validate("1.34", pod100).Fires(RuleIds.IPv6NodeMaskTooFarFromPodCidr);
        ClusterConfig old = pod100(K0s.Cluster()).ForK0s("1.33").Build();
        Assert.Contains(old.Capacity, c => c.Family == "IPv6" && c.NodeMask == 110);
        Assert.Contains(K0s.Cluster().Network(n => n.DualStack(d => d.IPv6PodCidr("fd00::/104").IPv6ServiceCidr("fd01::/108"))).Build().Capacity, c => c.Family == "IPv6" && c.NodeMask == 117);

        // Single-stack IPv6 got node-cidr-mask-size 24 before 1.34.1: no IPv6 pod CIDR fits it.
        Validate("1.33", c => c.Network(n => n.PodCidr("fd00::/108").ServiceCidr("fd01::/108"))).Fires(RuleIds.PodCidrLongerThanNodeMask);
    }

    [Fact]
    public void Values_k0s_took_before_it_checked_them()
    {
        // nftables from 1.31 (oracle p02); calico.mode checked from 1.31 (b26); INADDR_ANY refused from 1.31.1 (b29).
        Validate("1.30", c => c.Network(n => n.KubeProxy(k => k.Mode(KubeProxyMode.Nftables)))).One(RuleIds.UnsupportedValue).Is("K0S107", "spec.network.kubeProxy.mode", FindingSeverity.Error, "unsupported mode nftables for kubeProxy config");
        Validate("1.31", c => c.Network(n => n.KubeProxy(k => k.Mode(KubeProxyMode.Nftables)))).None(RuleIds.UnsupportedValue);
        Evaluate(Facts(f => { f.Provider = K("calico"); f.CalicoMode = K(string.Empty); }), For("1.30")).None(RuleIds.UnsupportedValue);
        Evaluate(Facts(f => { f.Provider = K("calico"); f.CalicoMode = K(string.Empty); }), For("1.31")).Fires(RuleIds.UnsupportedValue);
        Validate("1.30", c => c.Api(a => a.ExternalAddress("0.0.0.0").Address("0.0.0.0"))).None(RuleIds.InvalidExternalAddressOrSan);
        Validate("1.30", c => c.Api(a => a.Address("0.0.0.0"))).None(RuleIds.InvalidApiAddress);
        Validate("1.31.1", c => c.Api(a => a.Address("0.0.0.0"))).Fires(RuleIds.InvalidApiAddress);

        // storage.type checked from 1.31 (storage.go at v1.31.1+k0s.0); before, the controller refuses it at start.
        Evaluate(Facts(f => f.StorageType = K("text")), For("1.30")).One(RuleIds.UnsupportedValue).Is("K0S107", "spec.storage.type", FindingSeverity.Error, "k0s rejects it (\"invalid storage type: text\")");
        Evaluate(Facts(f => f.StorageType = K(string.Empty)), For("1.27")).One(RuleIds.UnsupportedValue).Is("K0S107", "spec.storage.type", FindingSeverity.Error, "(\"invalid storage type: \")");
        Evaluate(Facts(f => f.StorageType = K("text")), For("1.31")).One(RuleIds.UnsupportedValue).Is("K0S107", "spec.storage.type", FindingSeverity.Error, "k0s rejects it (\"Unsupported value\")");

        // An empty api.address: the host's address from 1.30 (api.go), refused before (oracle case v-api-address-empty).
        Evaluate(Facts(f => f.ApiAddress = K(string.Empty)), For("1.29")).One(RuleIds.InvalidApiAddress).Is("K0S103", "spec.api.address", FindingSeverity.Error,
            "api.address '' is empty, which k0s 1.29 does not replace with the host's address (it does from k0s 1.30); k0s rejects it (\"invalid IP address\")");
        Evaluate(Facts(f => f.ApiAddress = K(string.Empty)), For("1.30")).None(RuleIds.InvalidApiAddress);

        // With provider kuberouter, 1.31 and 1.32 keep the calico block and check its mode; 1.33.1 drops it (network.go).
        Evaluate(Facts(f => { f.Provider = K("kuberouter"); f.CalicoSettings = K(true); f.CalicoMode = K("text"); }), For("1.32")).One(RuleIds.UnsupportedValue).Is("K0S107", "spec.network.calico.mode", FindingSeverity.Error, "calico.mode 'text' is not one of bird, vxlan, ipip");
        Evaluate(Facts(f => { f.Provider = K("kuberouter"); f.CalicoSettings = K(true); f.CalicoMode = K("text"); }), For("1.32")).One(RuleIds.IgnoredProviderSettings).Is("K0S303", "spec.network.calico", FindingSeverity.Warning, "k0s checks the calico block but deploys no Calico");
        Evaluate(Facts(f => { f.Provider = K("kuberouter"); f.CalicoSettings = K(true); f.CalicoMode = K("text"); }), For("1.33")).None(RuleIds.UnsupportedValue);
        Evaluate(Facts(f => { f.Provider = K("kuberouter"); f.CalicoSettings = K(true); f.CalicoMode = K("text"); }), For("1.30")).None(RuleIds.UnsupportedValue);

        // kubeProxy.metricsBindAddress checked from 1.36.1 (kubeproxy.go); before, kube-proxy's validateHostPort at start
        // (oracle case v-kubeproxy-metricsBindAddress-not-hostport); empty is kube-proxy's default then.
        Evaluate(Facts(f => f.KubeProxyMetricsBindAddress = K("metrics")), For("1.35")).One(RuleIds.InvalidKubeProxyBindAddress).Is("K0S111", "spec.network.kubeProxy.metricsBindAddress", FindingSeverity.Error,
            "kubeProxy.metricsBindAddress 'metrics' is not IP:port; k0s 1.35 does not check it (the check came in k0s 1.36.1), and kube-proxy refuses to start (\"must be IP:port\")");
        Evaluate(Facts(f => f.KubeProxyMetricsBindAddress = K("localhost:10249")), For("1.33")).One(RuleIds.InvalidKubeProxyBindAddress).Is("K0S111", "spec.network.kubeProxy.metricsBindAddress", FindingSeverity.Error, "(\"must be a valid IP\")");
        Evaluate(Facts(f => f.KubeProxyMetricsBindAddress = K("0.0.0.0:0")), For("1.27")).One(RuleIds.InvalidKubeProxyBindAddress).Is("K0S111", "spec.network.kubeProxy.metricsBindAddress", FindingSeverity.Error, "(\"must be a valid port\")");
        Evaluate(Facts(f => f.KubeProxyMetricsBindAddress = K(string.Empty)), For("1.35")).None(RuleIds.InvalidKubeProxyBindAddress);
        Evaluate(Facts(f => f.KubeProxyMetricsBindAddress = K("127.0.0.1:10249")), For("1.35")).None(RuleIds.InvalidKubeProxyBindAddress);
        Evaluate(Facts(f => f.KubeProxyMetricsBindAddress = K(string.Empty)), For("1.36")).One(RuleIds.InvalidKubeProxyBindAddress);

        // Traefik from 1.36.1 (nllb.go; oracle p08 refused by 1.27-1.35).
        Validate("1.35", c => c.Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik)))).One(RuleIds.UnsupportedValue)
            .Is("K0S107", "spec.network.nodeLocalLoadBalancing.type", FindingSeverity.Error, "nodeLocalLoadBalancing.type 'Traefik' is not one of EnvoyProxy (Traefik from k0s 1.36.1)", "Unsupported value");
        Validate("1.36", c => c.Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik)))).None(RuleIds.UnsupportedValue);
    }

    [Fact]
    public void Api_ports_are_checked_and_0_defaulted_from_1_30()
    {
        // v1.30.0+k0s.0 api.go: IsValidPortNum and UnmarshalJSON's defaulting; 1.29.15 accepts api.port 70000 (oracle
        // case d-int-beyond-32-bits): what listens on the port then fails.
        Validate("1.29", c => c.Api(a => a.Port(70000))).One(RuleIds.PortOutOfRange).Is("K0S106", "spec.api.port", FindingSeverity.Error,
            "api.port 70000 is outside 1..65535; k0s 1.29 does not check it (the check came in k0s 1.30), and kube-apiserver refuses to start (\"--secure-port 70000 must be between 1 and 65535, inclusive. It cannot be turned off with 0\")");
        Validate("1.29", c => c.Api(a => a.Port(0))).One(RuleIds.PortOutOfRange).Is("K0S106", "spec.api.port", FindingSeverity.Error,
            "api.port 0 is not a port; k0s 1.29 passes it on (it replaces 0 with the default from k0s 1.30), and kube-apiserver refuses to start (\"--secure-port 0 must be");
        Validate("1.27", c => c.Api(a => a.K0sApiPort(65536))).One(RuleIds.PortOutOfRange).Is("K0S106", "spec.api.k0sApiPort", FindingSeverity.Error,
            "api.k0sApiPort 65536 is outside 1..65535; k0s 1.27 does not check it", "k0s's own API cannot listen on it (\"listen tcp: address 65536: invalid port\")", "such as 9443");
        Validate("1.28", c => c.Api(a => a.K0sApiPort(0))).One(RuleIds.PortOutOfRange).Is("K0S106", "spec.api.k0sApiPort", FindingSeverity.Error,
            "api.k0sApiPort 0 is not a port; k0s 1.28 passes it on", "so no controller can join");
        Validate("1.29", c => c.Api(a => a.Port(6443).K0sApiPort(9443))).None(RuleIds.PortOutOfRange);

        // From 1.30 as k0s says; the other ports were checked before 1.30 already.
        Validate("1.30", c => c.Api(a => a.Port(70000))).One(RuleIds.PortOutOfRange).Is("K0S106", "spec.api.port", FindingSeverity.Error, "k0s rejects it (\"must be between 1 and 65535, inclusive\")");
        Validate("1.30", c => c.Api(a => a.Port(0))).One(RuleIds.PortOutOfRange).Is("K0S106", "spec.api.port", FindingSeverity.Warning, "k0s replaces 0 with its default 6443");
        Validate("1.27", c => c.Konnectivity(k => k.AgentPort(70000))).One(RuleIds.PortOutOfRange).Is("K0S106", "spec.konnectivity.agentPort", FindingSeverity.Error, "k0s rejects it (\"must be between 1 and 65535, inclusive\")");
    }

    [Theory]
    [InlineData("1.30", true)]
    [InlineData("1.31.12", true)]
    [InlineData("1.31.13", false)]
    [InlineData("1.32.9", true)]
    [InlineData("1.32.10", false)]
    [InlineData("1.33.5", true)]
    [InlineData("1.33.6", false)]
    [InlineData("1.33", false)]
    [InlineData("1.34.1", false)]
    public void External_address_with_a_port_is_refused_before_the_backports(string version, bool refused)
    {
        // api.go at v1.31.13, v1.32.10, v1.33.6 and v1.34.1 (net.SplitHostPort); the oracles: p07 refused 1.27-1.30.
        IReadOnlyList<Finding> findings = Validate(version, c => c.Api(a => a.ExternalAddress("lb.example.com:6443")));
        if (refused)
        {
            findings.One(RuleIds.InvalidExternalAddressOrSan).Is("K0S104", "spec.api.externalAddress", FindingSeverity.Error, "is host:port, which k0s " + version + " rejects (\"invalid IP address / DNS name\")", "Write the host alone, lb.example.com");
        }
        else
        {
            findings.None(RuleIds.InvalidExternalAddressOrSan);
        }
    }

    [Fact]
    public void Service_range_limit_of_kube_apiserver_answers_for_a_chosen_version()
    {
        System.Func<ClusterConfigBuilder, ClusterConfigBuilder> wide = c => c.Network(n => n.ServiceCidr("10.0.0.0/8").PodCidr("172.16.0.0/16"));
        Assert.Equal(FindingSeverity.Warning, wide(K0s.Cluster()).Validate().One(RuleIds.ServiceCidrTooLargeForOldApiServer).Severity);
        Assert.Equal(FindingSeverity.Error, Validate("1.33", wide).One(RuleIds.ServiceCidrTooLargeForOldApiServer).Severity);
        Validate("1.34", wide).None(RuleIds.ServiceCidrTooLargeForOldApiServer);
    }

    [Fact]
    public void Primary_family_follows_the_api_address_before_1_34_1()
    {
        // Before 1.34.1 k0s put the service CIDR of api.address's family first (network.go BuildServiceCIDR).
        System.Func<ClusterConfigBuilder, ClusterConfigBuilder> hostName = c => c.Api(a => a.ExternalAddress("k8s.example.com").Address("10.0.0.1"))
            .Network(n => n.DualStack(d => d.IPv6PodCidr("fd00::/104").IPv6ServiceCidr("fd01::/108")));
        Validate("1.34", hostName).Fires(RuleIds.HostNameExternalAddressPicksIPv4);
        Validate("1.33", hostName).None(RuleIds.HostNameExternalAddressPicksIPv4);
    }
}
