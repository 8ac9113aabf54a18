using System.Collections.Generic;
using System.Linq;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests;

/// <summary>Build() throws with every error, one a line; warnings stay on the config; Validate() never throws.</summary>
public class BuildTests
{
    private static readonly string[] NewLines = { "\r\n", "\n" };

    private static ClusterConfigBuilder ThreeErrorsAndAWarning() => K0s.Cluster()
        .Network(n => n.PodCidr("foobar").ServiceCidr("10.96.0.1/12").NodeLocalLoadBalancing())
        .Api(a => a.Port(70000).ExternalAddress("k8s.example.com"));

    [Fact]
    public void Build_throws_with_every_error_finding_one_a_line()
    {
        IReadOnlyList<Finding> expected = ThreeErrorsAndAWarning().Validate();
        Finding[] errors = expected.Where(f => f.Severity == FindingSeverity.Error).ToArray();
        Assert.Equal(Set("K0S101", "K0S106", "K0S701"), errors.ErrorIds());

        K0sConfigException exception = Assert.Throws<K0sConfigException>(() => ThreeErrorsAndAWarning().Build());
        string[] lines = exception.Message.Split(NewLines, StringSplitOptions.None);

        Assert.Equal("The k0s configuration has 3 errors:", lines[0]);
        foreach (Finding error in errors)
        {
            string line = Assert.Single(lines, l => l.StartsWith(error.RuleId + " error " + error.Path + ": ", StringComparison.Ordinal));
            Assert.EndsWith(error.Message, line, StringComparison.Ordinal);
        }

        // The errors come first, each on its own line, then the warnings.
        Assert.Equal(errors.Select(e => e.ToString()), lines.Skip(1).Take(errors.Length));
        Assert.Contains(lines, l => l.StartsWith("K0S102 warning spec.network.serviceCIDR: ", StringComparison.Ordinal));
        Assert.Equal(expected.Count(f => f.Severity != FindingSeverity.Info) + 1, lines.Length);

        Assert.Equal(errors.Select(e => e.ToString()), exception.Errors.Select(e => e.ToString()));
        Assert.Equal(expected.Select(e => e.ToString()), exception.Findings.Select(e => e.ToString()));
    }

    [Fact]
    public void Build_throws_with_one_error_in_the_singular()
    {
        K0sConfigException exception = Assert.Throws<K0sConfigException>(() => K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/25")).Build());
        string[] lines = exception.Message.Split(NewLines, StringSplitOptions.None);
        Assert.Equal("The k0s configuration has 1 error:", lines[0]);
        Assert.StartsWith("K0S402 error spec.network.podCIDR: IPv4 pod CIDR '10.244.0.0/25'", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Build_keeps_each_finding_on_one_line_when_a_value_holds_line_breaks()
    {
        // A value read from a file with its trailing newline: shown escaped, so the listing stays one a line.
        K0sConfigException exception = Assert.Throws<K0sConfigException>(() => K0s.Cluster()
            .Network(n => n.PodCidr("10.244.0.0/16\n").ClusterDomain("cluster\r\nlocal").ServiceCidr("10.96.0.0/12\u2028"))
            .Build());
        string[] lines = exception.Message.Split(NewLines, StringSplitOptions.None);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("K0S101 error spec.network.podCIDR: podCIDR '10.244.0.0/16\\n' ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("K0S105 error spec.network.clusterDomain: clusterDomain 'cluster\\r\\nlocal' ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("K0S101 error spec.network.serviceCIDR: serviceCIDR '10.96.0.0/12\\u2028' ", StringComparison.Ordinal));
        Assert.All(exception.Findings, f => Assert.Equal(f.Message, string.Format(System.Globalization.CultureInfo.InvariantCulture, f.Rule.MessageFormat, f.MessageArguments.ToArray())));
    }

    [Fact]
    public void Build_returns_the_config_with_its_warnings_readable()
    {
        ClusterConfig config = K0s.Cluster()
            .Network(n => n.PodCidr("10.244.0.1/16").DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108").Enabled(false)))
            .Api(a => a.Port(0))
            .Build();

        Assert.Equal(Set("K0S102", "K0S106", "K0S204"), config.Findings.WarningIds());
        Assert.Empty(config.Findings.ErrorIds());
        config.Findings.At("K0S102", "spec.network.podCIDR").Is("K0S102", "spec.network.podCIDR", FindingSeverity.Warning, "Write 10.244.0.0/16.");
        Assert.Equal("K0S106 warning spec.api.port: " + config.Findings.One(RuleIds.PortOutOfRange).Message, config.Findings.One(RuleIds.PortOutOfRange).ToString());
    }

    [Fact]
    public void Build_and_Validate_agree_and_Build_freezes_the_config()
    {
        ClusterConfigBuilder builder = K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/16"));
        ClusterConfig config = builder.Build();
        Assert.Equal(builder.Validate().Select(f => f.ToString()), config.Findings.Select(f => f.ToString()));

        // Changing the builder afterwards changes neither the built config nor its capacity.
        builder.Network(n => n.PodCidr("10.244.0.0/25"));
        Assert.Equal("10.244.0.0/16", config.Network!.PodCidr);
        Assert.Equal("10.244.0.0/16", Assert.Single(config.Capacity).PodCidr);
        Assert.Throws<K0sConfigException>(() => builder.Build());
    }

    // Looked up by name, so the test runner does not carry 100k-character arguments around.
    private static readonly Dictionary<string, string> Nasty = new()
    {
        { "empty", "" },
        { "blank", "   " },
        { "100k letters", new string('a', 100_000) },
        { "100k digits", new string('1', 100_000) },
        { "prefix of 100k digits", "10.0.0.0/" + new string('1', 100_000) },
        { "100k colons", new string(':', 100_000) },
        { "100k dots", new string('.', 100_000) },
        { "100k brackets", new string('[', 100_000) },
        { "zone of 100k", "fe80::1%" + new string('a', 100_000) },
        { "100k labels", string.Join(".", Enumerable.Repeat("a", 50_000)) },
        { "host:port of 100k", new string('a', 50_000) + ":" + new string('9', 50_000) },
        { "IPv4-mapped CIDR", "::ffff:10.0.0.0/104" },
        { "IPv4-mapped /96", "::ffff:0.0.0.0/96" },
        { "fullwidth digits", "１０.０.０.０/８" },
        { "Arabic-Indic prefix", "10.0.0.0/١٢" },
        { "emoji", "🙂.example.com" },
        { "right-to-left override", "\u202e61/0.0.442.01" },
        { "NUL", "10.0.0.0/8\0" },
        { "newline", "10.244.0.0/16\n" },
        { "hex", "0x18" },
        { "octal", "030" },
        { "negative", "-1" },
        { "underscore", "2_4" },
        { "int max", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { "past int32", "2147483648" },
        { "past int64", "99999999999999999999999" },
        { "float", "1e400" },
        { "format braces", "{0}{1}{99}" },
        { "unspecified", "::" },
    };

    public static TheoryData<string> NastyNames()
    {
        var data = new TheoryData<string>();
        foreach (string name in Nasty.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NastyNames))]
    public void Validate_never_throws_and_agrees_with_Build_on_nasty_strings(string name)
    {
        string value = Nasty[name];
        ClusterConfigBuilder builder = K0s.Cluster()
            .Network(n => n
                .PodCidr(value)
                .ServiceCidr(value)
                .ClusterDomain(value)
                .DualStack(ds => ds.IPv6PodCidr(value).IPv6ServiceCidr(value))
                .KubeRouter(k => k.ExtraArg("-" + value, value)))
            .Api(a => a.Address(value).ExternalAddress(value).Sans(value, value).ExtraArg("v", value))
            .ControllerManager(cm => cm
                .ExtraArg("node-cidr-mask-size-ipv4", value)
                .ExtraArg("node-cidr-mask-size-ipv6", value)
                .ExtraArg("-" + value, value));

        IReadOnlyList<Finding> findings = builder.Validate();

        Assert.NotEmpty(findings);
        var ids = new HashSet<string>(RuleEngine.Catalogue.Select(r => r.Id));
        foreach (Finding finding in findings)
        {
            Assert.Contains(finding.RuleId, ids);
            Assert.StartsWith("spec.", finding.Path, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(finding.Message), name);
            Assert.DoesNotContain('\n', finding.Message);
        }

        // A dashed key always draws K0S601, whatever follows the dash.
        findings.At("K0S601", "spec.controllerManager.extraArgs.-" + value);

        // Build() throws exactly when Validate() found errors, and with the same errors.
        bool hasErrors = findings.Any(f => f.Severity == FindingSeverity.Error);
        if (hasErrors)
        {
            K0sConfigException exception = Assert.Throws<K0sConfigException>(() => builder.Build());
            Assert.Equal(findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.ToString()), exception.Errors.Select(f => f.ToString()));
        }
        else
        {
            Assert.Equal(findings.Select(f => f.ToString()), builder.Build().Findings.Select(f => f.ToString()));
        }
    }

    [Theory]
    [InlineData("empty", "K0S101")]
    [InlineData("100k letters", "K0S101")]
    [InlineData("fullwidth digits", "K0S101")]
    [InlineData("NUL", "K0S101")]
    [InlineData("IPv4-mapped CIDR", "K0S102")]
    public void Nasty_podCIDR_values_get_the_right_rule(string name, string expectedRule)
    {
        string value = Nasty[name];
        IReadOnlyList<Finding> findings = Network(n => n.PodCidr(value));
        findings.At(expectedRule, "spec.network.podCIDR");
    }

    [Fact]
    public void A_lone_surrogate_is_refused_by_the_builder_and_rejected_by_the_engine()
    {
        // It cannot be written to k0s.yaml, so the builder refuses it where it is passed, naming the field.
        ArgumentException refused = Assert.Throws<ArgumentException>(() => K0s.Cluster().Network(n => n.PodCidr("\ud800/16")));
        Assert.Contains("spec.network.podCIDR", refused.Message);

        // Other front ends hand the engine whatever text they have: it is not a CIDR.
        var facts = new ClusterFacts { PodCidr = Fact<string>.Known("\ud800/16") };
        Assert.Contains(RuleEngine.Evaluate(facts), f => f.RuleId == RuleIds.InvalidCidr && f.Path == "spec.network.podCIDR");
    }

    [Fact]
    public void Evaluate_runs_only_the_rules_the_filter_selects()
    {
        // Invalid pod CIDR (K0S101) and a host-bits service CIDR (K0S102).
        var facts = new ClusterFacts { PodCidr = Fact<string>.Known("10.244.0.0/33"), ServiceCidr = Fact<string>.Known("10.96.0.1/12") };
        Assert.Contains(RuleEngine.Evaluate(facts, null, include: null), f => f.RuleId == RuleIds.InvalidCidr);
        Assert.Contains(RuleEngine.Evaluate(facts, null, include: null), f => f.RuleId == RuleIds.NonCanonicalCidr);

        IReadOnlyList<Finding> only102 = RuleEngine.Evaluate(facts, null, r => r.Id == RuleIds.NonCanonicalCidr);
        Assert.Equal(new[] { RuleIds.NonCanonicalCidr }, only102.Select(f => f.RuleId).Distinct());
        Assert.Empty(RuleEngine.Evaluate(facts, null, _ => false));
    }

    [Theory]
    [InlineData("0x18", false)]
    [InlineData("030", false)]
    [InlineData("2_4", false)]
    [InlineData("-1", true)]
    [InlineData("2147483648", true)]
    [InlineData("1e400", true)]
    public void Nasty_mask_values_are_read_as_Go_reads_them(string value, bool invalid)
    {
        IReadOnlyList<Finding> findings = Validate(c => c.ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", value)));
        Assert.Equal(invalid, findings.Any(f => f.RuleId == RuleIds.InvalidNodeMaskSize));
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(65536)]
    [InlineData(-1)]
    public void Validate_reports_extreme_ports_without_throwing(int port)
    {
        IReadOnlyList<Finding> findings = Validate(c => c.Api(a => a.Port(port).K0sApiPort(port)));
        Assert.Equal(2, findings.Count(f => f.RuleId == RuleIds.PortOutOfRange && f.Severity == FindingSeverity.Error));
        Assert.Throws<K0sConfigException>(() => K0s.Cluster().Api(a => a.Port(port)).Build());
    }

    [Fact]
    public void Validate_on_an_empty_builder_reports_only_the_capacity()
    {
        IReadOnlyList<Finding> findings = K0s.Cluster().Validate();
        Assert.Equal("K0S406", Assert.Single(findings).RuleId);
        Assert.Single(K0s.Cluster().Build().Findings);
    }

    [Fact]
    public void A_huge_value_is_cut_in_the_message_but_named()
    {
        string huge = "10.0.0.0/" + new string('1', 100_000);
        Finding finding = K0s.Cluster().Network(n => n.PodCidr(huge)).Validate().Single(f => f.RuleId == RuleIds.InvalidCidr);

        Assert.True(finding.Message.Length < 2_000, finding.Message.Length.ToString());
        Assert.Contains("10.0.0.0/111", finding.Message);
        Assert.Contains("… (100009 characters)", finding.Message);
    }
}
