using System.Collections.Generic;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests.Rules;

/// <summary>K0S101–K0S107: one value at a time (CIDRs, addresses, names, ports, closed sets).</summary>
public class K0S1xxTests
{
    // ---------------------------------------------------------------- K0S101 invalid CIDR

    [Theory]
    [InlineData("podCIDR", "foobar", "it has no prefix length", "10.244.0.0/16")]
    [InlineData("podCIDR", "010.244.0.0/16", "the address '010.244.0.0' is not valid", "10.244.0.0/16")]
    [InlineData("podCIDR", "10.244.0.0/33", "the prefix length 33 is larger than the 32 bits", "10.244.0.0/16")]
    [InlineData("serviceCIDR", "10.96.0.0", "it has no prefix length", "10.96.0.0/12")]
    [InlineData("serviceCIDR", "10.96.0.0/+12", "the prefix length '+12' is not a decimal number", "10.96.0.0/12")]
    [InlineData("IPv6podCIDR", "fd00::/129", "the prefix length 129 is larger than the 128 bits", "fd00::/108")]
    [InlineData("IPv6serviceCIDR", "fd01::%eth0/108", "zone", "fd01::/108")]
    public void K0S101_fires_on_a_value_Go_ParseCIDR_rejects(string key, string value, string reason, string example)
    {
        IReadOnlyList<Finding> findings = Network(net =>
        {
            switch (key)
            {
                case "podCIDR": net.PodCidr(value); break;
                case "serviceCIDR": net.ServiceCidr(value); break;
                case "IPv6podCIDR": net.DualStack(ds => ds.IPv6PodCidr(value).IPv6ServiceCidr("fd01::/108")); break;
                default: net.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr(value)); break;
            }
        });

        string path = key.StartsWith("IPv6", StringComparison.Ordinal) ? "spec.network.dualStack." + key : "spec.network." + key;
        findings.One(RuleIds.InvalidCidr).Is(
            "K0S101",
            path,
            FindingSeverity.Error,
            key + " '" + value + "'",
            reason,
            "k0s rejects the configuration (\"invalid CIDR address\")",
            "such as " + example);
    }

    [Fact]
    public void K0S101_fires_for_each_bad_field_and_for_nothing_else()
    {
        IReadOnlyList<Finding> findings = Network(net => net
            .PodCidr("foobar")
            .ServiceCidr("10.96.0.0/12/1")
            .DualStack(ds => ds.IPv6PodCidr("fd00::/1o8").IPv6ServiceCidr("fd01:::/108")));

        Assert.Equal(4, findings.Count(f => f.RuleId == RuleIds.InvalidCidr));
        findings.At("K0S101", "spec.network.podCIDR");
        findings.At("K0S101", "spec.network.serviceCIDR");
        findings.At("K0S101", "spec.network.dualStack.IPv6podCIDR");
        findings.At("K0S101", "spec.network.dualStack.IPv6serviceCIDR");

        // Values that do not parse are K0S101's alone: no family, overlap or capacity rule guesses at them.
        Assert.Equal(Set("K0S101"), findings.ErrorIds());
        Assert.Empty(findings.WarningIds());
    }

    [Theory]
    [InlineData("10.244.0.0/16")]
    [InlineData("10.244.0.1/16")] // host bits: Go accepts it (K0S102 warns)
    [InlineData("10.244.0.0/016")] // leading zeros in the prefix: Go accepts it (K0S102 warns)
    [InlineData("::ffff:10.244.0.0/112")] // IPv4-mapped: Go accepts it (K0S102 warns)
    [InlineData("0.0.0.0/0")]
    public void K0S101_silent_on_values_Go_accepts(string podCidr)
        => Network(net => net.PodCidr(podCidr)).None(RuleIds.InvalidCidr);

    [Fact]
    public void K0S101_silent_on_an_empty_dual_stack_CIDR_which_is_K0S203s()
    {
        IReadOnlyList<Finding> findings = Network(net => net.DualStack(ds => ds.IPv6PodCidr("").IPv6ServiceCidr("")));
        findings.None(RuleIds.InvalidCidr);
        Assert.Equal(2, findings.Count(f => f.RuleId == RuleIds.DualStackNeedsIPv6Cidrs));
    }

    [Fact]
    public void K0S101_is_silent_on_a_dual_stack_CIDR_that_k0s_ignores()
    {
        // With dual-stack off k0s never parses dualStack.IPv6podCIDR, so it accepts "foobar" there: no error, only
        // K0S204's warning that the value is ignored. With dual-stack on, or unknown, K0S101 reports it.
        IReadOnlyList<Finding> findings = Network(net => net.DualStack(ds => ds.IPv6PodCidr("foobar").Enabled(false)));
        findings.None(RuleIds.InvalidCidr);
        findings.One(RuleIds.DualStackCidrsIgnored);
        Network(net => net.DualStack(ds => ds.IPv6PodCidr("foobar"))).One(RuleIds.InvalidCidr).Is("K0S101", "spec.network.dualStack.IPv6podCIDR", FindingSeverity.Error, "'foobar'");
        Evaluate(Unknown(f => f.IPv6PodCidr = K("foobar"))).One(RuleIds.InvalidCidr);
    }

    [Fact]
    public void K0S101_unknown_other_fields_do_not_stop_it_and_an_unknown_value_silences_it()
    {
        Evaluate(Unknown(f => f.PodCidr = K("foobar"))).One(RuleIds.InvalidCidr).Is("K0S101", "spec.network.podCIDR", FindingSeverity.Error, "'foobar'");
        Evaluate(Unknown(f => f.IPv6ServiceCidr = K("fd01::/200"))).One(RuleIds.InvalidCidr).Is("K0S101", "spec.network.dualStack.IPv6serviceCIDR", FindingSeverity.Error, "'fd01::/200'");
        Assert.Empty(Evaluate(ClusterFacts.AllUnknown()));
    }

    // ---------------------------------------------------------------- K0S102 non-canonical CIDR

    [Theory]
    [InlineData("podCIDR", "10.244.0.1/16", "has host bits set (the network is 10.244.0.0/16)", "Write 10.244.0.0/16.")]
    [InlineData("serviceCIDR", "10.96.0.0/012", "writes its prefix length with leading zeros", "Write 10.96.0.0/12.")]
    [InlineData("podCIDR", "::ffff:10.0.0.0/104", "IPv4-mapped IPv6 form", "Write 10.0.0.0/8.")]
    [InlineData("IPv6podCIDR", "fd00::1/108", "has host bits set (the network is fd00::/108)", "Write fd00::/108.")]
    public void K0S102_fires_on_a_CIDR_not_written_as_Go_prints_it(string key, string value, string reason, string fix)
    {
        IReadOnlyList<Finding> findings = Network(net =>
        {
            switch (key)
            {
                case "podCIDR": net.PodCidr(value); break;
                case "serviceCIDR": net.ServiceCidr(value); break;
                default: net.DualStack(ds => ds.IPv6PodCidr(value).IPv6ServiceCidr("fd01::/108")); break;
            }
        });

        string path = key == "IPv6podCIDR" ? "spec.network.dualStack.IPv6podCIDR" : "spec.network." + key;
        findings.One(RuleIds.NonCanonicalCidr).Is("K0S102", path, FindingSeverity.Warning, key + " '" + value + "'", reason, "k0s accepts it", fix);
        findings.NoErrors();
    }

    [Fact]
    public void K0S102_silent_on_canonical_and_on_unparsable_values()
    {
        T.Seed().Validate().None(RuleIds.NonCanonicalCidr);
        Network(net => net.PodCidr("10.244.0.0/16").ServiceCidr("10.96.0.0/12")).None(RuleIds.NonCanonicalCidr);
        Network(net => net.PodCidr("10.244.0.1/33")).None(RuleIds.NonCanonicalCidr);
    }

    [Fact]
    public void K0S102_unknown_other_fields_do_not_stop_it()
    {
        Evaluate(Unknown(f => f.ServiceCidr = K("10.96.0.1/12"))).One(RuleIds.NonCanonicalCidr).Is("K0S102", "spec.network.serviceCIDR", FindingSeverity.Warning, "Write 10.96.0.0/12.");
        Evaluate(Unknown(f => f.ServiceCidr = U)).None(RuleIds.NonCanonicalCidr);
    }

    // ---------------------------------------------------------------- K0S103 api.address

    [Theory]
    [InlineData("0.0.0.0", "invalid INADDR_ANY")]
    [InlineData("::", "invalid INADDR_ANY")]
    [InlineData("something.that.is.not.valid//(())", "invalid IP address")] // k0s api_test.go invalid_api_address
    [InlineData("10.0.0.1/24", "invalid IP address")]
    [InlineData("fe80::1%eth0", "invalid IP address")]
    [InlineData("010.0.0.1", "invalid IP address")]
    [InlineData("k8s.example.com", "invalid IP address")]
    public void K0S103_fires_on_an_address_k0s_rejects(string address, string k0sText)
    {
        Validate(c => c.Api(a => a.Address(address))).One(RuleIds.InvalidApiAddress).Is(
            "K0S103",
            "spec.api.address",
            FindingSeverity.Error,
            "api.address '" + address + "'",
            "k0s rejects it (\"" + k0sText + "\")",
            "leave api.address unset");
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("2001:0db8:85a3:0000:0000:8a2e:0370:7334")] // k0s api_test.go accepts_ipv6_as_address
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("")] // k0s fills an empty address with the host's first public address
    public void K0S103_silent_on_an_IP_address(string address)
        => Validate(c => c.Api(a => a.Address(address))).None(RuleIds.InvalidApiAddress);

    [Fact]
    public void K0S103_unknown_other_fields_do_not_stop_it()
    {
        Evaluate(Unknown(f => f.ApiAddress = K("0.0.0.0"))).One(RuleIds.InvalidApiAddress).Is("K0S103", "spec.api.address", FindingSeverity.Error, "'0.0.0.0'");
        Evaluate(Unknown(f => f.ApiAddress = U)).None(RuleIds.InvalidApiAddress);
    }

    // ---------------------------------------------------------------- K0S104 externalAddress / sans

    [Theory]
    [InlineData("something.that.is.not.valid//(())", "is neither an IP address, a DNS name nor host:port", "(\"invalid IP address / DNS name\")", "such as k8s.example.com")]
    [InlineData("[2001:db8::1]", "is neither an IP address, a DNS name nor host:port", "(\"invalid IP address / DNS name\")", "without brackets, 2001:db8::1, or with a port: [2001:db8::1]:6443")]
    [InlineData("https://k8s.example.com/", "is a URL, not an address", "builds API server URLs from it that no client can use", "Write the host (and port) alone: k8s.example.com.")]
    [InlineData("bad_host!:6443", "has a host part 'bad_host!'", "(\"invalid IP address / DNS name\")", "host:port")]
    [InlineData("0.0.0.0", "is the unspecified address", "(\"invalid INADDR_ANY\")", "load balancer")]
    [InlineData("lb.example.com:0", "has the port '0'", "k0s accepts it, but the kubeconfigs it writes", "port from 1 to 65535")]
    [InlineData("lb.example.com:https", "has the port 'https'", "k0s accepts it, but the kubeconfigs it writes", "port from 1 to 65535")]
    [InlineData("lb.example.com:65536", "has the port '65536'", "k0s accepts it, but the kubeconfigs it writes", "port from 1 to 65535")]
    public void K0S104_fires_on_an_external_address_k0s_rejects_or_cannot_use(string external, string what, string consequence, string fix)
    {
        Validate(c => c.Api(a => a.ExternalAddress(external))).One(RuleIds.InvalidExternalAddressOrSan).Is(
            "K0S104",
            "spec.api.externalAddress",
            FindingSeverity.Error,
            "api.externalAddress '" + external + "'",
            what,
            consequence,
            fix);
    }

    [Fact]
    public void K0S104_fires_on_each_bad_san_at_its_index()
    {
        // k0s api_test.go invalid_sans_address, at index 1 here.
        IReadOnlyList<Finding> findings = Validate(c => c.Api(a => a.Sans("10.0.0.1", "something.that.is.not.valid//(())", "k8s.example.com", "")));
        Assert.Equal(2, findings.Count(f => f.RuleId == RuleIds.InvalidExternalAddressOrSan));
        findings.At("K0S104", "spec.api.sans[1]").Is("K0S104", "spec.api.sans[1]", FindingSeverity.Error, "api.sans[1] 'something.that.is.not.valid//(())'", "(\"invalid IP address / DNS name\")", "such as k8s.example.com");
        findings.At("K0S104", "spec.api.sans[3]").Is("K0S104", "spec.api.sans[3]", FindingSeverity.Error, "api.sans[3] ''");
    }

    [Theory]
    [InlineData("k8s.example.com")]
    [InlineData("lb.example.com:443")] // host:port, k0s 1.34.1 and later
    [InlineData("10.0.0.1")]
    [InlineData("10.0.0.1:6443")]
    [InlineData("2001:db8::1")]
    [InlineData("[2001:db8::1]:6443")]
    [InlineData("")] // none
    public void K0S104_silent_on_an_IP_a_DNS_name_or_host_port(string external)
        => Validate(c => c.Api(a => a.ExternalAddress(external).Sans("10.0.0.1", "2001:db8::1", "k8s.example.com", "k8s"))).None(RuleIds.InvalidExternalAddressOrSan);

    [Fact]
    public void K0S104_unknown_other_fields_and_unknown_sans_entries()
    {
        Evaluate(Unknown(f => f.ExternalAddress = K("::"))).One(RuleIds.InvalidExternalAddressOrSan).Is("K0S104", "spec.api.externalAddress", FindingSeverity.Error, "'::'", "invalid INADDR_ANY");

        // One entry unknown, one bad: only the bad one, at its own index.
        ClusterFacts facts = Unknown(f => f.Sans = Fact<IReadOnlyList<Fact<string>>>.Known(new[] { Fact<string>.Unknown(), K("not a name") }));
        Evaluate(facts).One(RuleIds.InvalidExternalAddressOrSan).Is("K0S104", "spec.api.sans[1]", FindingSeverity.Error, "'not a name'");

        Evaluate(Unknown(f => f.ExternalAddress = U)).None(RuleIds.InvalidExternalAddressOrSan);
    }

    // ---------------------------------------------------------------- K0S105 clusterDomain

    [Theory]
    [InlineData(".invalid-cluster-domain")] // k0s network_test.go invalid_cluster_domain
    [InlineData("")]
    [InlineData("-cluster.local")]
    [InlineData("cluster..local")]
    [InlineData("10.0.0.1")] // an IP is not a DNS name for govalidator
    [InlineData("clüster.local")]
    [InlineData("cluster local")]
    public void K0S105_fires_on_a_domain_govalidator_rejects(string domain)
    {
        Network(net => net.ClusterDomain(domain)).One(RuleIds.InvalidClusterDomain).Is(
            "K0S105",
            "spec.network.clusterDomain",
            FindingSeverity.Error,
            "clusterDomain '" + domain + "'",
            "k0s rejects it (\"invalid DNS name\")",
            "such as cluster.local");
    }

    [Fact]
    public void K0S105_fires_on_a_label_of_64_characters()
        => Network(net => net.ClusterDomain(new string('a', 64) + ".local")).One(RuleIds.InvalidClusterDomain);

    [Theory]
    [InlineData("cluster.local")]
    [InlineData("something.local")] // k0s network_test.go TestDomainMarshaling
    [InlineData("my_cluster.local")]
    [InlineData("cluster.local.")]
    [InlineData("k8s")]
    public void K0S105_silent_on_a_DNS_name(string domain)
        => Network(net => net.ClusterDomain(domain)).None(RuleIds.InvalidClusterDomain);

    [Fact]
    public void K0S105_silent_on_a_label_of_63_characters()
        => Network(net => net.ClusterDomain(new string('a', 63) + ".local")).None(RuleIds.InvalidClusterDomain);

    [Fact]
    public void K0S105_unknown_other_fields_do_not_stop_it()
    {
        Evaluate(Unknown(f => f.ClusterDomain = K("-x"))).One(RuleIds.InvalidClusterDomain).Is("K0S105", "spec.network.clusterDomain", FindingSeverity.Error, "'-x'");
        Evaluate(Unknown(f => f.ClusterDomain = U)).None(RuleIds.InvalidClusterDomain);
    }

    // ---------------------------------------------------------------- K0S106 ports

    [Theory]
    [InlineData(70000, "spec.api.port", "api.port 70000", "such as 6443")] // §8.9 api: {port: 70000}
    [InlineData(-1, "spec.api.port", "api.port -1", "such as 6443")]
    [InlineData(int.MaxValue, "spec.api.port", "api.port 2147483647", "such as 6443")]
    [InlineData(65536, "spec.api.k0sApiPort", "api.k0sApiPort 65536", "such as 9443")]
    [InlineData(int.MinValue, "spec.api.k0sApiPort", "api.k0sApiPort -2147483648", "such as 9443")]
    public void K0S106_fires_on_a_port_outside_1_to_65535(int port, string path, string shown, string fix)
    {
        IReadOnlyList<Finding> findings = Validate(c => c.Api(a => { if (path == "spec.api.port") { a.Port(port); } else { a.K0sApiPort(port); } }));
        findings.One(RuleIds.PortOutOfRange).Is("K0S106", path, FindingSeverity.Error, shown, "k0s rejects it (\"must be between 1 and 65535, inclusive\")", fix);
    }

    [Fact]
    public void K0S106_fires_as_a_warning_on_port_0_which_k0s_replaces_with_the_default()
    {
        IReadOnlyList<Finding> findings = Validate(c => c.Api(a => a.Port(0).K0sApiPort(0)));
        findings.At("K0S106", "spec.api.port").Is("K0S106", "spec.api.port", FindingSeverity.Warning, "api.port 0", "k0s replaces 0 with its default 6443");
        findings.At("K0S106", "spec.api.k0sApiPort").Is("K0S106", "spec.api.k0sApiPort", FindingSeverity.Warning, "its default 9443");
        findings.NoErrors();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(443)]
    [InlineData(6443)]
    [InlineData(65535)]
    public void K0S106_silent_on_a_port_in_range(int port)
        => Validate(c => c.Api(a => a.Port(port).K0sApiPort(port))).None(RuleIds.PortOutOfRange);

    [Fact]
    public void K0S106_unknown_other_fields_do_not_stop_it()
    {
        Evaluate(Unknown(f => f.ApiPort = Fact<long>.Known(70000))).One(RuleIds.PortOutOfRange).Is("K0S106", "spec.api.port", FindingSeverity.Error, "70000");
        Evaluate(Unknown(f => f.K0sApiPort = Fact<long>.Unknown())).None(RuleIds.PortOutOfRange);
    }

    // ---------------------------------------------------------------- K0S107 closed sets

    [Theory]
    [InlineData("provider", "foobar", "kuberouter, calico, custom", "Unsupported value")] // k0s network_test.go invalid_provider
    [InlineData("provider", "invalidProvider", "kuberouter, calico, custom", "Unsupported value")] // clusterconfig_types_test.go
    [InlineData("provider", "Calico", "kuberouter, calico, custom", "Unsupported value")] // case-sensitive
    [InlineData("provider", "", "kuberouter, calico, custom", "Required value")]
    [InlineData("primaryAddressFamily", "ipv6", "IPv4, IPv6", "Unsupported value")]
    [InlineData("primaryAddressFamily", "IPv5", "IPv4, IPv6", "Unsupported value")]
    [InlineData("kubeProxy.mode", "bogus", "iptables, ipvs, nftables", "unsupported mode bogus for kubeProxy config")]
    [InlineData("kubeProxy.mode", "nft", "iptables, ipvs, nftables", "unsupported mode nft for kubeProxy config")]
    [InlineData("kubeProxy.mode", "", "iptables, ipvs, nftables", "unsupported mode  for kubeProxy config")] // two spaces, as k0s prints it
    [InlineData("controlPlaneLoadBalancing.type", "Foo", "Keepalived", "controlPlaneLoadBalancing: unsupported CPLB type: Foo. Only allowed value: Keepalived")] // oracle, cases/v-cplb-type-*
    [InlineData("nodeLocalLoadBalancing.envoyProxy.imagePullPolicy", "Sometimes", "Always, Never, IfNotPresent", "Unsupported value")] // oracle, cases/s36
    [InlineData("nodeLocalLoadBalancing.traefik.imagePullPolicy", "always", "Always, Never, IfNotPresent", "Unsupported value")]
    [InlineData("controlPlaneLoadBalancing.type", "keepalived", "Keepalived", "controlPlaneLoadBalancing: unsupported CPLB type: keepalived. Only allowed value: Keepalived")] // case-sensitive
    public void K0S107_fires_on_a_value_outside_the_closed_set(string field, string value, string allowed, string k0sText)
    {
        // The typed builder cannot express these (enums), so the facts say them, as a YAML reader would.
        ClusterFacts facts = Facts(f =>
        {
            switch (field)
            {
                case "provider": f.Provider = K(value); break;
                case "primaryAddressFamily": f.PrimaryAddressFamily = K(value); break;
                case "controlPlaneLoadBalancing.type": f.ControlPlaneLoadBalancingType = K(value); break;
                case "nodeLocalLoadBalancing.envoyProxy.imagePullPolicy": f.EnvoyProxyImagePullPolicy = K(value); break;
                case "nodeLocalLoadBalancing.traefik.imagePullPolicy": f.TraefikImagePullPolicy = K(value); break;
                default: f.KubeProxyMode = K(value); break;
            }
        });

        Evaluate(facts).One(RuleIds.UnsupportedValue).Is(
            "K0S107",
            "spec.network." + field,
            FindingSeverity.Error,
            field + " '" + value + "'",
            "is not one of " + allowed,
            "k0s rejects it (\"" + k0sText + "\")",
            "Use one of " + allowed);
    }

    [Theory]
    [InlineData("custom", "foo", "Unsupported value")] // §8.9 provider custom, calico {mode: foo}
    [InlineData("calico", "Bird", "Unsupported value")]
    [InlineData("calico", "", "Required value")]
    public void K0S107_fires_on_a_calico_mode_k0s_validates(string provider, string mode, string k0sText)
    {
        Evaluate(Facts(f => { f.Provider = K(provider); f.CalicoSettings = K(true); f.CalicoMode = K(mode); })).One(RuleIds.UnsupportedValue).Is(
            "K0S107",
            "spec.network.calico.mode",
            FindingSeverity.Error,
            "calico.mode '" + mode + "'",
            "bird, vxlan, ipip",
            "(\"" + k0sText + "\")");
    }

    [Theory]
    [InlineData("text", "Unsupported value")] // oracle, cases/s-storage-type-*
    [InlineData("Etcd", "Unsupported value")] // case-sensitive
    [InlineData("", "Required value")]
    public void K0S107_fires_on_a_storage_type_k0s_does_not_know(string type, string k0sText)
        => Evaluate(Facts(f => f.StorageType = K(type))).One(RuleIds.UnsupportedValue).Is(
            "K0S107",
            "spec.storage.type",
            FindingSeverity.Error,
            "storage.type '" + type + "' is not one of etcd, kine; k0s rejects it (\"" + k0sText + "\"). Use one of etcd, kine.");

    [Fact]
    public void K0S107_silent_on_a_storage_type_k0s_knows_or_one_unknown()
    {
        Validate(c => c.Storage(s => s.Type(StorageType.Kine))).None(RuleIds.UnsupportedValue);
        Validate(c => c.Storage(s => s.Type(StorageType.Etcd))).None(RuleIds.UnsupportedValue);
        Evaluate(Unknown(f => f.StorageType = U)).None(RuleIds.UnsupportedValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => Validate(c => c.Storage(s => s.Type((StorageType)7))));
    }

    [Fact]
    public void K0S107_the_typed_builder_cannot_express_a_value_outside_the_set()
    {
        // Why the firing cases above use facts: a cast enum never reaches the rules.
        Assert.Throws<ArgumentOutOfRangeException>(() => Network(net => net.Calico(c => c.Mode((CalicoMode)42))));
        Assert.Throws<ArgumentOutOfRangeException>(() => Network(net => net.KubeProxy(k => k.Mode((KubeProxyMode)42))));
        Assert.Throws<ArgumentOutOfRangeException>(() => Network(net => net.PrimaryAddressFamily((IPFamily)6)));
    }

    [Fact]
    public void K0S107_silent_on_every_value_in_the_set()
    {
        foreach (string provider in new[] { "kuberouter", "calico", "custom" })
        {
            foreach (string family in new[] { "", "IPv4", "IPv6" })
            {
                foreach (string proxyMode in new[] { "iptables", "ipvs", "nftables", "userspace" })
                {
                    ClusterFacts facts = Facts(f =>
                    {
                        f.Provider = K(provider);
                        f.PrimaryAddressFamily = K(family);
                        f.KubeProxyMode = K(proxyMode);
                    });
                    Evaluate(facts).None(RuleIds.UnsupportedValue);
                }
            }
        }

        foreach (string policy in new[] { "", "Always", "Never", "IfNotPresent" })
        {
            Evaluate(Facts(f => { f.EnvoyProxyImagePullPolicy = K(policy); f.TraefikImagePullPolicy = K(policy); })).None(RuleIds.UnsupportedValue);
        }

        foreach (string cplbType in new[] { "", "Keepalived" })
        {
            Evaluate(Facts(f => f.ControlPlaneLoadBalancingType = K(cplbType))).None(RuleIds.UnsupportedValue);
        }

        Evaluate(Facts(f => f.ControlPlaneLoadBalancingType = Fact<string>.Unknown())).None(RuleIds.UnsupportedValue);

        foreach (string mode in new[] { "bird", "vxlan", "ipip" })
        {
            Evaluate(Facts(f => { f.Provider = K("calico"); f.CalicoSettings = K(true); f.CalicoMode = K(mode); })).None(RuleIds.UnsupportedValue);
        }
    }

    [Fact]
    public void K0S107_silent_where_k0s_drops_or_skips_the_value()
    {
        // §8.9: provider kuberouter drops the calico block, so its mode is never validated (K0S303 warns instead).
        IReadOnlyList<Finding> dropped = Evaluate(Facts(f => { f.Provider = K("kuberouter"); f.CalicoSettings = K(true); f.CalicoMode = K("foo"); }));
        dropped.None(RuleIds.UnsupportedValue);
        dropped.One(RuleIds.IgnoredProviderSettings);

        // §8.9: kubeProxy {disabled: true, mode: bogus} is valid.
        Evaluate(Facts(f => { f.KubeProxyDisabled = K(true); f.KubeProxyMode = K("bogus"); })).None(RuleIds.UnsupportedValue);
    }

    [Fact]
    public void K0S107_unknown_provider_and_primary_family_are_per_value_calico_and_kube_proxy_modes_are_not()
    {
        Evaluate(Unknown(f => f.Provider = K("foobar"))).One(RuleIds.UnsupportedValue).Is("K0S107", "spec.network.provider", FindingSeverity.Error, "'foobar'");
        Evaluate(Unknown(f => f.PrimaryAddressFamily = K("ipv6"))).One(RuleIds.UnsupportedValue).Is("K0S107", "spec.network.primaryAddressFamily", FindingSeverity.Error, "'ipv6'");

        // Whether k0s validates calico.mode depends on the provider; kubeProxy.mode on kubeProxy.disabled.
        Evaluate(Unknown(f => f.CalicoMode = K("foo"))).None(RuleIds.UnsupportedValue);
        Evaluate(Unknown(f => f.KubeProxyMode = K("bogus"))).None(RuleIds.UnsupportedValue);

        // Once those are known, they fire.
        Evaluate(Unknown(f => { f.Provider = K("custom"); f.CalicoMode = K("foo"); })).One(RuleIds.UnsupportedValue).Is("K0S107", "spec.network.calico.mode", FindingSeverity.Error, "'foo'");
        Evaluate(Unknown(f => { f.KubeProxyDisabled = K(false); f.KubeProxyMode = K("bogus"); })).One(RuleIds.UnsupportedValue).Is("K0S107", "spec.network.kubeProxy.mode", FindingSeverity.Error, "unsupported mode bogus for kubeProxy config");

        Evaluate(Unknown(f => f.Provider = U)).None(RuleIds.UnsupportedValue);
    }
}
