using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace K0sConfig.Tests;

/// <summary>
/// k0s reads k0s.yaml with a YAML 1.1 reader (sigs.k8s.io/yaml): a plain <c>yes</c> becomes the boolean true and
/// then the string "true" in a map[string]string. Every string that a reader could take for another type must be
/// double-quoted; every other string must come back exactly as written.
/// </summary>
public class YamlQuotingTests
{
    public static TheoryData<string> NonStrings() => new()
    {
        "yes", "no", "on", "off", "y", "n", "Y", "N", "Yes", "NO", "On", "OFF",
        "true", "false", "True", "FALSE",
        "null", "Null", "NULL", "~", "",
        "120", "0", "-1", "+1", "007", "1_000", "0x1F", "0X1f", "0o17", "0b1010",
        "1e3", "1E-3", "1.5", "-1.5", ".5", "1.", ".inf", "-.inf", "+.INF", ".nan", ".NaN",
        "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
        "1:20", "190:20:30", "190:20:30.15",
        "<<", "=",
    };

    public static TheoryData<string> OrdinaryStrings() => new()
    {
        "10.244.0.0/16", "fd00::/108", "fd01::/108", "cluster.local", "node-cidr-mask-size", "PodSecurity",
        "12m0s", "interface=eth0", "k0s.example.com", "EnvoyProxy", "yesterday", "nothing", "only", "offset", "true-ish",
    };

    /// <summary>Strings with YAML syntax in them: whatever the style, they must read back exactly.</summary>
    public static TheoryData<string> Tricky() => new()
    {
        "a: b", "a:b", "x:", "x: ", "a #b", "a#b", "#x", "- x", "-x", "-", "? x", "?x", ": x",
        "'single'", "\"double\"", "it's", "say \"hi\"", "back\\slash", "\\n",
        "line1\nline2", "trailing newline\n", "\n", "\n\n", "a\n\nb", "a \nb", "a\n b", "a\r\nb", "a\rb", "\r",
        " lead", "trail ", " ", "  both  ", "\t", "tab\tinside", "\ttab-lead", "tab-trail\t",
        "ünïcödé", "日本語", "emoji 🚀", "e\u0301", "\u00A0nbsp", "nbsp\u00A0", "zero\u200Bwidth",
        "\u0085nel", "x\u2028y", "x\u2029y", "\uFEFFbom", "bell\u0007", "nul\0x", "del\u007F", "esc\u001B",
        "@at", "`tick", "%percent", "!bang", "&amp", "*star", "|pipe", ">gt", "{brace}", "[bracket]", "a,b", "{a: b}", "[a, b]",
        "--- ", "---", "...", "a ... b",
        "=x", "<<x", "~x", "1.2.3.4", "2001:db8::1", "::1", "::", "[::1]:6443", "10.0.0.1:6443",
        "--enable-admission-plugins=NamespaceLifecycle,LimitRanger",
        new string('w', 60) + " " + new string('v', 60) + " " + new string('u', 60),
    };

    [Theory]
    [MemberData(nameof(NonStrings))]
    public void Extra_arg_value_that_reads_as_another_type_is_double_quoted(string value)
    {
        YamlMappingNode root = YamlTree.Parse(K0s.Cluster().Api(a => a.ExtraArg("flag", value)).Build().ToYaml());

        AssertDoubleQuoted(YamlTree.Scalar(root, "spec", "api", "extraArgs", "flag"), value);
    }

    [Theory]
    [MemberData(nameof(NonStrings))]
    public void Extra_arg_key_that_reads_as_another_type_is_double_quoted(string key)
    {
        if (key.Trim().Length == 0)
        {
            return; // empty names are refused by the builder (ArgumentTests)
        }

        YamlMappingNode root = YamlTree.Parse(K0s.Cluster().Network(n => n.KubeProxy(p => p.ExtraArg(key, "x"))).Build().ToYaml());
        YamlMappingNode extraArgs = Assert.IsType<YamlMappingNode>(YamlTree.At(root, "spec", "network", "kubeProxy", "extraArgs"));
        YamlScalarNode written = Assert.IsType<YamlScalarNode>(Assert.Single(extraArgs.Children).Key);

        AssertDoubleQuoted(written, key);
    }

    [Theory]
    [MemberData(nameof(NonStrings))]
    public void Calico_env_var_value_that_reads_as_another_type_is_double_quoted(string value)
    {
        YamlMappingNode root = YamlTree.Parse(K0s.Cluster().Network(n => n.Calico(c => c.EnvVar("FELIX_X", value))).Build().ToYaml());

        AssertDoubleQuoted(YamlTree.Scalar(root, "spec", "network", "calico", "envVars", "FELIX_X"), value);
    }

    [Theory]
    [MemberData(nameof(NonStrings))]
    public void Calico_env_var_name_that_reads_as_another_type_is_double_quoted(string name)
    {
        if (name.Trim().Length == 0)
        {
            return;
        }

        YamlMappingNode root = YamlTree.Parse(K0s.Cluster().Network(n => n.Calico(c => c.EnvVar(name, "x"))).Build().ToYaml());
        YamlMappingNode envVars = Assert.IsType<YamlMappingNode>(YamlTree.At(root, "spec", "network", "calico", "envVars"));

        AssertDoubleQuoted(Assert.IsType<YamlScalarNode>(Assert.Single(envVars.Children).Key), name);
    }

    [Theory]
    [MemberData(nameof(NonStrings))]
    public void Kube_router_and_controller_manager_extra_args_are_double_quoted_too(string value)
    {
        YamlMappingNode root = YamlTree.Parse(K0s.Cluster()
            .Network(n => n.KubeRouter(k => k.ExtraArg("flag", value)))
            .ControllerManager(cm => cm.ExtraArg("flag", value))
            .Build()
            .ToYaml());

        AssertDoubleQuoted(YamlTree.Scalar(root, "spec", "network", "kuberouter", "extraArgs", "flag"), value);
        AssertDoubleQuoted(YamlTree.Scalar(root, "spec", "controllerManager", "extraArgs", "flag"), value);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("1.5")]
    public void Cluster_name_and_calico_methods_that_read_as_another_type_are_double_quoted(string value)
    {
        YamlMappingNode root = YamlTree.Parse(K0s.Cluster(value).Network(n => n.Calico(c => c.IPAutodetectionMethod(value).IPv6AutodetectionMethod(value))).Build().ToYaml());

        AssertDoubleQuoted(YamlTree.Scalar(root, "metadata", "name"), value);
        AssertDoubleQuoted(YamlTree.Scalar(root, "spec", "network", "calico", "ipAutodetectionMethod"), value);
        AssertDoubleQuoted(YamlTree.Scalar(root, "spec", "network", "calico", "ipV6AutodetectionMethod"), value);
    }

    [Theory]
    [MemberData(nameof(OrdinaryStrings))]
    public void Ordinary_strings_stay_plain(string value)
    {
        YamlMappingNode root = YamlTree.Parse(K0s.Cluster()
            .Api(a => a.ExtraArg("flag", value))
            .Network(n => n.Calico(c => c.EnvVar("VAR", value).IPAutodetectionMethod(value)))
            .Build()
            .ToYaml());

        foreach (string path in new[] { "spec.api.extraArgs.flag", "spec.network.calico.envVars.VAR", "spec.network.calico.ipAutodetectionMethod" })
        {
            YamlScalarNode scalar = YamlTree.Scalar(root, path.Split('.'));
            Assert.Equal(value, scalar.Value);
            Assert.Equal(ScalarStyle.Plain, scalar.Style);
        }
    }

    [Theory]
    [InlineData("node-cidr-mask-size")]
    [InlineData("feature-gates")]
    [InlineData("v")]
    [InlineData("FELIX_LOGSEVERITYSCREEN")]
    [InlineData("CALICO_IPV4POOL_CIDR")]
    [InlineData("kubelet.config.k8s.io/x")]
    [InlineData("--dashed")]
    public void Flag_and_variable_names_stay_plain(string name)
    {
        YamlMappingNode root = YamlTree.Parse(K0s.Cluster()
            .Api(a => a.ExtraArg(name, "x"))
            .Network(n => n.Calico(c => c.EnvVar(name, "x")))
            .Build()
            .ToYaml());

        foreach (string map in new[] { "spec.api.extraArgs", "spec.network.calico.envVars" })
        {
            YamlScalarNode key = (YamlScalarNode)Assert.Single(Assert.IsType<YamlMappingNode>(YamlTree.At(root, map.Split('.'))).Children).Key;
            Assert.Equal(name, key.Value);
            Assert.Equal(ScalarStyle.Plain, key.Style);
        }
    }

    [Theory]
    [InlineData("a *")]
    [InlineData("a *b")]
    [InlineData("1 *")]
    [InlineData("y! *y")]
    public void Keys_with_a_space_before_an_asterisk_round_trip(string key)
    {
        // YAML allows these as plain keys, but YamlDotNet's reader takes " *" for an alias there.
        YamlMappingNode root = YamlTree.Parse(K0s.Cluster().Api(a => a.ExtraArg(key, "v")).Build().ToYaml());

        KeyValuePair<YamlNode, YamlNode> entry = Assert.Single(Assert.IsType<YamlMappingNode>(YamlTree.At(root, "spec", "api", "extraArgs")).Children);
        Assert.Equal(key, ((YamlScalarNode)entry.Key).Value);
        Assert.Equal("v", ((YamlScalarNode)entry.Value).Value);
    }

    [Fact]
    public void Random_strings_of_yaml_syntax_round_trip_as_keys_and_values()
    {
        // A seeded sweep over short strings of YAML indicator characters, digits and the letters of YAML's words.
        var random = new Random(20240611);
        const string alphabet = "0a1 .-:eyn~*&!|>%@`'\"#?,[]{}/<=\\+_xXoOtTZ";
        var failures = new List<string>();
        for (int i = 0; i < 500; i++)
        {
            string value = new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (value.Trim().Length == 0)
            {
                continue;
            }

            YamlMappingNode root = YamlTree.Parse(K0s.Cluster().Api(a => a.ExtraArg(value, value)).Build().ToYaml());
            if (YamlTree.At(root, "spec", "api", "extraArgs") is not YamlMappingNode map || map.Children.Count != 1)
            {
                failures.Add(value + ": extraArgs is no longer one entry");
                continue;
            }

            foreach (YamlScalarNode scalar in new[] { (YamlScalarNode)map.Children.Single().Key, (YamlScalarNode)map.Children.Single().Value })
            {
                if (scalar.Value != value)
                {
                    failures.Add(value + ": read back as " + scalar.Value);
                }
                else if (scalar.Style == ScalarStyle.Plain && YamlTypes.Resolve(value) != "str")
                {
                    failures.Add(value + ": plain, reads as " + YamlTypes.Resolve(value));
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Cidrs_and_domains_stay_plain()
    {
        string yaml = K0s.Cluster()
            .Network(n => n
                .PodCidr("10.244.0.0/16")
                .ServiceCidr("10.96.0.0/12")
                .ClusterDomain("cluster.local")
                .DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
            .ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size-ipv4", "24"))
            .Build()
            .ToYaml();

        Assert.Contains("    podCIDR: 10.244.0.0/16\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    serviceCIDR: 10.96.0.0/12\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    clusterDomain: cluster.local\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      IPv6podCIDR: fd00::/108\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      IPv6serviceCIDR: fd01::/108\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      node-cidr-mask-size-ipv4: \"24\"\n", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Strings_with_yaml_syntax_round_trip_exactly(string value)
    {
        string yaml = K0s.Cluster()
            .Api(a => a.ExtraArg(value.Trim().Length == 0 ? "blank" : value, value))
            .Network(n => n.Calico(c => c.EnvVar("V", value).IPAutodetectionMethod(value)))
            .Build()
            .ToYaml();
        YamlMappingNode root = YamlTree.Parse(yaml);

        YamlMappingNode extraArgs = Assert.IsType<YamlMappingNode>(YamlTree.At(root, "spec", "api", "extraArgs"));
        KeyValuePair<YamlNode, YamlNode> entry = Assert.Single(extraArgs.Children);
        Assert.Equal(value.Trim().Length == 0 ? "blank" : value, ((YamlScalarNode)entry.Key).Value);
        YamlTree.AssertString(entry.Value, value);
        YamlTree.AssertString(YamlTree.At(root, "spec", "network", "calico", "envVars", "V"), value);
        YamlTree.AssertString(YamlTree.At(root, "spec", "network", "calico", "ipAutodetectionMethod"), value);

        // The document stays one mapping per line: nothing a value holds can start a key or a comment of its own.
        Assert.Equal(new[] { "apiVersion", "kind", "metadata.name", "spec.api.extraArgs." + ((YamlScalarNode)entry.Key).Value, "spec.network.provider", "spec.network.calico.ipAutodetectionMethod", "spec.network.calico.envVars.V" }, YamlTree.Leaves(root).Select(l => l.Path).ToArray());
    }

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Line_breaks_and_control_characters_are_escaped_inside_double_quotes(string value)
    {
        // A YAML 1.1 reader treats CR, NEL, LS and PS as line breaks and folds them; block scalars lose them.
        // Escaped in double quotes, each value stays on its own line whatever reader reads it.
        bool needsEscape = value.Any(c => c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' || c == '\uFEFF');
        if (!needsEscape)
        {
            return;
        }

        string yaml = K0s.Cluster().Api(a => a.ExtraArg("flag", value)).Build().ToYaml();

        Assert.Equal(ScalarStyle.DoubleQuoted, YamlTree.Scalar(YamlTree.Parse(yaml), "spec", "api", "extraArgs", "flag").Style);
        string line = Assert.Single(yaml.Split('\n'), l => l.StartsWith("      flag: ", StringComparison.Ordinal));
        // YamlDotNet may keep a tab or a byte order mark raw inside the quotes, which every reader keeps; nothing else.
        Assert.DoesNotContain(line, c => (c < ' ' && c != '\t') || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029');
        Assert.Equal(9, yaml.Split('\n').Length);
    }

    [Theory]
    [InlineData("wait...")]
    [InlineData("...")]
    [InlineData("a ...")]
    public void Value_ending_in_dots_as_the_last_line_survives_the_document_end_trim(string value)
    {
        // The writer trims YamlDotNet's "...\n" document end marker; it must not eat a value that ends the same way.
        string yaml = K0s.Cluster().Network(n => n.KubeProxy(p => p.ExtraArg("x", value))).Build().ToYaml();

        Assert.EndsWith("\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("\n...\n", yaml, StringComparison.Ordinal);
        Assert.Equal(value, YamlTree.Scalar(YamlTree.Parse(yaml), "spec", "network", "kubeProxy", "extraArgs", "x").Value);
    }

    [Fact]
    public void Api_sans_that_read_as_another_type_are_double_quoted()
    {
        // An IPv6 SAN that is all hex digits and colons reads as a sexagesimal number to a YAML 1.1 reader.
        YamlMappingNode root = YamlTree.Parse(K0s.Cluster().Api(a => a.Sans("2001:db8::1", "k0s.example.com", "10.0.0.1")).Build().ToYaml());
        YamlSequenceNode sans = Assert.IsType<YamlSequenceNode>(YamlTree.At(root, "spec", "api", "sans"));

        Assert.Equal(new[] { "2001:db8::1", "k0s.example.com", "10.0.0.1" }, sans.Children.Select(s => ((YamlScalarNode)s).Value).ToArray());
        Assert.All(sans.Children, s => YamlTree.AssertString(s, ((YamlScalarNode)s).Value!));
    }

    private static void AssertDoubleQuoted(YamlScalarNode scalar, string expected)
    {
        Assert.Equal(expected, scalar.Value);
        Assert.Equal(ScalarStyle.DoubleQuoted, scalar.Style);
    }
}
