using K0sConfig.Rules;
using K0sConfig.Yaml;

namespace K0sConfig.Tests;

/// <summary>
/// The reader decodes as k0s decodes (sigs.k8s.io/yaml, go-yaml v2, encoding/json, k0s's strictyaml): each case here was
/// put to k0s's own code (the k0s-validate oracle) first, and its answer is in the comment. The cases' files and k0s's
/// verdicts on them are in K0sConfig.Cli.Tests/OracleVerdicts.
/// </summary>
public class K0sDecodingTests
{
    private const string Header = "apiVersion: k0s.k0sproject.io/v1beta1\nkind: ClusterConfig\n";

    private static IReadOnlyList<Finding> Validate(string yaml) => ClusterConfigYaml.Read(yaml, "k0s.yaml").Validate();

    private static (string RuleId, FindingSeverity Severity, int Line, int Column) Of(Finding finding)
    {
        var position = Assert.IsType<YamlPosition>(finding.Origin);
        return (finding.RuleId, finding.Severity, position.Line, position.Column);
    }

    private static Finding[] NotInfo(IReadOnlyList<Finding> findings) => findings.Where(f => f.Severity != FindingSeverity.Info).ToArray();

    // ---- YAML 1.1 scalars: what is a number, a boolean or text --------------------------------------------------

    [Theory]
    [InlineData("120")]
    [InlineData("1_000")]
    [InlineData("0x1F")]
    [InlineData("0o17")]
    [InlineData("0b101")]
    [InlineData("08")] // not octal, but go-yaml's float pattern: a number
    [InlineData("-7")]
    [InlineData("+1")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData(".5")]
    [InlineData("99999999999999999999")]
    [InlineData("true")]
    [InlineData("yes")]
    [InlineData("Off")]
    [InlineData("y")]
    [InlineData("N")]
    public void A_number_or_boolean_where_text_belongs_is_a_type_error(string value)
    {
        // k0s: json: cannot unmarshal number (bool) into Go struct field ControllerManagerSpec.spec.controllerManager.extraArgs of type string
        Finding finding = Assert.Single(NotInfo(Validate(Header + "spec:\n  controllerManager:\n    extraArgs:\n      v: " + value + "\n")));
        Assert.Equal(("K0S802", FindingSeverity.Error, 6, 10), Of(finding));
        Assert.Equal("spec.controllerManager.extraArgs.v", finding.Path);
        string json = value.Length > 1 && char.IsLetter(value[0]) && value != "y" || value is "true" or "y" or "N" ? "bool" : "number";
        Assert.Contains("(\"json: cannot unmarshal " + json + " into Go struct field ControllerManagerSpec.spec.controllerManager.extraArgs of type string\")", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Quote it, \"" + value + "\"", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"120\"")]
    [InlineData("'true'")]
    [InlineData("!!str 24")]
    [InlineData("1.2.3")]
    [InlineData("2024-01-02")] // a timestamp: go-yaml hands it on as text
    [InlineData("0x1G")]
    [InlineData("0xFFFFFFFFFFFFFFFFFF")] // beyond 64 bits and not a float: text
    [InlineData("1e999")] // beyond float64: text
    [InlineData("+")]
    [InlineData("1_000x")]
    [InlineData("yess")]
    [InlineData("~")] // null: the value is left empty
    public void Text_stays_text(string value)
        => Assert.Empty(NotInfo(Validate(Header + "spec:\n  controllerManager:\n    extraArgs:\n      v: " + value + "\n")));

    [Fact]
    public void A_number_where_an_address_belongs_is_rejected_not_read_as_text()
    {
        // k0s: json: cannot unmarshal number into Go struct field ClusterSpec.spec.network.clusterDomain of type string
        IReadOnlyList<Finding> findings = Validate(Header + "spec:\n  network:\n    clusterDomain: 1.5\n    serviceCIDR: 10\n");
        Finding[] errors = NotInfo(findings);
        Assert.Equal(new[] { ("K0S802", FindingSeverity.Error, 5, 20), ("K0S802", FindingSeverity.Error, 6, 18) }, errors.Select(Of));
        Assert.Contains("Go struct field ClusterSpec.spec.network.clusterDomain of type string", errors[0].Message, StringComparison.Ordinal);

        // The value is nothing the other rules read: no K0S105 about '1.5', no K0S101 about '10'.
        Assert.DoesNotContain(findings, f => f.RuleId is "K0S101" or "K0S105");
    }

    [Theory]
    [InlineData("api:\n    port: 6443.5\n", 5, 11, "number 6443.5 into Go struct field ClusterSpec.spec.api.port of type int", "Write a whole number, such as 6443: k0s does not round.")]
    [InlineData("konnectivity:\n    adminPort: 6443.25e1\n", 5, 16, "number 64432.5 into Go struct field KonnectivitySpec.spec.konnectivity.adminPort of type int32", "Write a whole number, such as 64432: k0s does not round.")]
    [InlineData("konnectivity:\n    adminPort: 123456789012345678901234\n", 5, 16, "number 1.2345678901234569e+23 into Go struct field KonnectivitySpec.spec.konnectivity.adminPort of type int32", "Write a whole number without quotes, such as 6443.")]
    [InlineData("konnectivity:\n    adminPort: 1e-7\n", 5, 16, "number 1e-7 into Go struct field KonnectivitySpec.spec.konnectivity.adminPort of type int32", "Write a whole number without quotes, such as 6443.")]
    [InlineData("konnectivity:\n    adminPort: \"8133\"\n", 5, 16, "string into Go struct field KonnectivitySpec.spec.konnectivity.adminPort of type int32", "Write 8133 without quotes.")]
    public void A_float_or_quoted_number_in_an_int_field_quotes_k0s_and_says_what_to_write(string section, int line, int column, string k0s, string fix)
    {
        // k0s: json: cannot unmarshal number 6443.5 into Go struct field ClusterSpec.spec.api.port of type int (sigs.k8s.io/yaml
        // prints the float into the JSON as encoding/json prints a float64, and the error quotes that text).
        Finding error = Assert.Single(NotInfo(Validate(Header + "spec:\n  " + section)));
        Assert.Equal(("K0S802", FindingSeverity.Error, line, column), Of(error));
        Assert.Contains("(\"json: cannot unmarshal " + k0s + "\")", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(fix, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e21", "1e+21")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("5e-324", "5e-324")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157e+308")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("1e-10", "1e-10")]
    [InlineData("0.1", "0.1")]
    [InlineData(".5", "0.5")]
    [InlineData("1_000.25", "1000.25")]
    public void A_floats_JSON_text_is_encoding_jsons(string written, string json)
    {
        // Each pair is what the k0s-validate oracle printed in "cannot unmarshal number ... of type int32".
        Finding error = Assert.Single(NotInfo(Validate(Header + "spec:\n  konnectivity:\n    adminPort: " + written + "\n")));
        Assert.Contains("(\"json: cannot unmarshal number " + json + " into Go struct field KonnectivitySpec.spec.konnectivity.adminPort of type int32\")", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spec:\n  network:\n    podCIDR: .inf\n", 5, 14, "spec.network.podCIDR", ".inf", "+Inf")]
    [InlineData("spec:\n  workerProfiles:\n    - name: custom\n      values:\n        cpu: .NaN\n", 7, 14, "spec.workerProfiles[0].values.cpu", ".NaN", "NaN")]
    [InlineData("metadata:\n  labels:\n    x: -.INF\n", 5, 8, "metadata.labels.x", "-.INF", "-Inf")]
    [InlineData("spec:\n  api:\n    sans:\n      - !!float .inf\n", 6, 9, "spec.api.sans[0]", ".inf", "+Inf")]
    [InlineData("spec:\n  podSecurityPolicy: {}\n  telemetry:\n    enabled: .inf\n", 6, 14, "spec.telemetry.enabled", ".inf", "+Inf")]
    public void Infinity_or_NaN_anywhere_is_refused_as_k0s_cannot_turn_the_YAML_into_JSON(string body, int line, int column, string path, string written, string word)
    {
        // k0s: error converting YAML to JSON: json: unsupported value: +Inf (before any field is decoded, so an earlier
        // podSecurityPolicy masks nothing, and the field's own type is not the problem).
        Finding error = Assert.Single(Validate(Header + body), f => f.RuleId == "K0S802");
        Assert.Equal(("K0S802", FindingSeverity.Error, line, column), Of(error));
        Assert.Equal(
            path + " is the number " + written + ", but the field takes a value JSON can hold (JSON has no infinity or NaN), so k0s rejects the configuration (\"error converting YAML to JSON: json: unsupported value: " + word + "\"). Quote it, \"" + written + "\", if it is text; else write a finite number.",
            error.Message);
    }

    [Theory]
    [InlineData("'.inf'")]
    [InlineData("\".nan\"")]
    [InlineData("!!str .inf")]
    [InlineData("inf")]
    [InlineData("1e400")]
    public void Infinity_written_as_text_is_only_text(string value)
        => Assert.DoesNotContain(Validate(Header + "spec:\n  api:\n    sans:\n      - " + value + "\n"), f => f.RuleId == "K0S802");

    [Theory]
    [InlineData("api:\n    sans:\n      - 10.0.0.1\n      - ~\n", "K0S104", 7, 9, "api.sans[1] '' is neither an IP address nor a DNS name")]
    [InlineData("network:\n    controlPlaneLoadBalancing:\n      keepalived:\n        vrrpInstances: [~]\n", "K0S703", 7, 25, "vrrpInstances[0] has no authPass")]
    [InlineData("network:\n    controlPlaneLoadBalancing:\n      keepalived:\n        virtualServers:\n          - null\n", "K0S706", 8, 13, "virtualServers[0].ipAddress is empty")]
    public void A_null_entry_of_a_list_is_what_Go_decodes_it_to_an_empty_string_or_an_empty_struct(string section, string rule, int line, int column, string message)
    {
        // k0s: spec: api: sans[1]: Invalid value: "": invalid IP address / DNS name; controlPlaneLoadBalancing: AuthPass must be defined.
        Finding error = NotInfo(Validate(Header + "spec:\n  " + section)).First(f => f.RuleId == rule);
        Assert.Equal((rule, FindingSeverity.Error, line, column), Of(error));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_does_nothing_to_a_field_that_is_no_pointer_so_an_earlier_key_for_it_stays()
    {
        // k0s: spec: network: provider: Unsupported value: "flannel" (Go matches PROVIDER and provider to one string field,
        // decodes PROVIDER first, and a null leaves a string as it is).
        Finding error = Assert.Single(NotInfo(Validate(Header + "spec:\n  network:\n    PROVIDER: flannel\n    provider: null\n")));
        Assert.Equal(("K0S107", FindingSeverity.Error, 5, 15), Of(error));

        // A pointer, map or slice is set to nil by the null: kube-proxy's nodePortAddresses ([]string) is then empty.
        Assert.Empty(NotInfo(Validate(Header + "spec:\n  network:\n    kubeProxy:\n      NODEPORTADDRESSES: [x]\n      nodePortAddresses: null\n")));

        // Without a second key the null leaves the default: nothing to report.
        Assert.Empty(NotInfo(Validate(Header + "spec:\n  network:\n    provider: null\n")));
    }

    [Fact]
    public void A_whole_number_beyond_32_bits_in_a_Go_int_field_is_read_and_checked()
    {
        // k0s: spec: api: port: Invalid value: 99999999999: must be between 1 and 65535, inclusive (Go's int has 64 bits)
        Finding error = Assert.Single(NotInfo(Validate(Header + "spec:\n  api:\n    port: 99999999999\n")));
        Assert.Equal(("K0S106", FindingSeverity.Error, 5, 11), Of(error));
        Assert.StartsWith("api.port 99999999999 is outside 1..65535", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("konnectivity:\n    adminPort: 2147483648\n", 5, 16, "from -2147483648 to 2147483647", "number 2147483648 into Go struct field KonnectivitySpec.spec.konnectivity.adminPort of type int32")]
    [InlineData("network:\n    kubeProxy:\n      iptables:\n        masqueradeBit: 0x80000000\n", 7, 24, "from -2147483648 to 2147483647", "number 2147483648 into Go struct field ClusterSpec.spec.network.kubeProxy.iptables.masqueradeBit of type int32")]
    [InlineData("api:\n    port: 9223372036854775808\n", 5, 11, "from -9223372036854775808 to 9223372036854775807", "number 9223372036854775808 into Go struct field ClusterSpec.spec.api.port of type int")]
    public void A_whole_number_the_fields_Go_integer_cannot_hold_is_a_type_error(string yaml, int line, int column, string range, string k0s)
    {
        // k0s: json: cannot unmarshal number ... of type int32 (the value is not decoded, so no range rule reads it)
        Finding error = Assert.Single(NotInfo(Validate(Header + "spec:\n  " + yaml)));
        Assert.Equal(("K0S802", FindingSeverity.Error, line, column), Of(error));
        Assert.Contains("but the field takes a whole number " + range + ", so k0s rejects the configuration (\"json: cannot unmarshal " + k0s + "\")", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calico_mode_and_image_versions_name_their_go_types()
    {
        // k0s: ... ClusterSpec.spec.network.calico.mode of type v1beta1.CalicoMode; ... spec.images.kubeproxy.version of type string
        Finding[] errors = NotInfo(Validate(Header + "spec:\n  network:\n    provider: calico\n    calico:\n      mode: 1\n  images:\n    kubeproxy:\n      version: true\n"));
        Assert.Equal(new[] { ("K0S802", FindingSeverity.Error, 7, 13), ("K0S802", FindingSeverity.Error, 10, 16) }, errors.Select(Of).OrderBy(e => e.Item3));
        Assert.Contains(errors, e => e.Message.Contains("\"json: cannot unmarshal number into Go struct field ClusterSpec.spec.network.calico.mode of type v1beta1.CalicoMode\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("\"json: cannot unmarshal bool into Go struct field ClusterSpec.spec.images.kubeproxy.version of type string\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Durations_are_read_as_metav1_Duration_reads_them()
    {
        // k0s: time: invalid duration ""; time: unknown unit "d" in duration "5d"; json: cannot unmarshal number ... of type string
        Finding[] errors = NotInfo(Validate(Header + "spec:\n  network:\n    kubeProxy:\n      iptables:\n        syncPeriod: 5d\n        minSyncPeriod:\n      ipvs:\n        syncPeriod: 30\n"));
        Assert.Equal(new[] { ("K0S802", FindingSeverity.Error, 7, 21), ("K0S802", FindingSeverity.Error, 8, 23), ("K0S802", FindingSeverity.Error, 10, 21) }, errors.Select(Of).OrderBy(e => e.Item3));
        Assert.Contains(errors, e => e.Message.Contains("(\"time: unknown unit \"d\" in duration \"5d\"\")", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("minSyncPeriod is null, but the field takes a Go duration, so k0s rejects the configuration (\"time: invalid duration \"\"\")", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("(\"json: cannot unmarshal number into Go struct field ClusterSpec.spec.network.kubeProxy.ipvs.syncPeriod of type string\")", StringComparison.Ordinal));

        // charts[].timeout takes a number (nanoseconds) or a duration; null is left alone (k0s accepts all three).
        string chart = Header + "spec:\n  extensions:\n    helm:\n      charts:\n      - name: a\n        chartname: b\n        namespace: c\n        timeout: ";
        Assert.Empty(NotInfo(Validate(chart + "30\n")));
        Assert.Empty(NotInfo(Validate(chart + "10m\n")));
        Assert.Empty(NotInfo(Validate(chart + "null\n")));
        Assert.Contains("(\"time: invalid duration \"x\"\")", Assert.Single(NotInfo(Validate(chart + "x\n"))).Message, StringComparison.Ordinal);
    }

    // ---- keys: Go's case folding and which of two keys k0s reads --------------------------------------------------

    [Fact]
    public void Of_two_keys_naming_one_field_the_one_sorting_last_byte_wise_is_read()
    {
        // k0s accepts the first file (it reads clusterDomain: example.com) and rejects the second ("bad..domain").
        Assert.Empty(NotInfo(Validate(Header + "spec:\n  network:\n    clusterDomain: example.com\n    ClusterDomain: bad..domain\n")));
        Finding finding = Assert.Single(NotInfo(Validate(Header + "spec:\n  network:\n    ClusterDomain: example.com\n    clusterDomain: bad..domain\n")));
        Assert.Equal(("K0S105", FindingSeverity.Error, 6, 20), Of(finding));

        // The same whatever the order in the file: podCIDR (lower case) sorts after PODCIDR.
        Assert.Equal(("K0S101", FindingSeverity.Error, 5, 14), Of(Assert.Single(NotInfo(Validate(Header + "spec:\n  network:\n    podCIDR: 10.244.0.0/33\n    PODCIDR: 10.244.0.0/16\n")))));
        Assert.Empty(NotInfo(Validate(Header + "spec:\n  network:\n    PODCIDR: 10.244.0.0/33\n    podCIDR: 10.244.0.0/16\n")));
    }

    [Fact]
    public void Keys_fold_as_Go_folds_them()
    {
        // KELVIN SIGN is k, LONG S is s: k0s reads "ſerviceCIDR" as serviceCIDR and rejects 10.96.0.0/33.
        Finding finding = Assert.Single(NotInfo(Validate(Header + "spec:\n  \"\\u212Aonnectivity\": {}\n  network:\n    \"\\u017FerviceCIDR\": 10.96.0.0/33\n")));
        Assert.Equal(("K0S101", FindingSeverity.Error, 6, 25), Of(finding));

        // A dotless i folds to nothing ASCII: under spec.network (lenient) the key is dropped with a warning.
        Finding dropped = Assert.Single(NotInfo(Validate(Header + "spec:\n  network:\n    podC\u0131dr: 10.244.0.0/33\n")));
        Assert.Equal(("K0S801", FindingSeverity.Warning, 5, 5), Of(dropped));
    }

    [Fact]
    public void Case_variants_of_a_section_merge()
    {
        // k0s decodes Network: then network: into one struct: the bad podCIDR of the first stays (k0s rejects it).
        Finding finding = Assert.Single(NotInfo(Validate(Header + "spec:\n  Network:\n    podCIDR: 10.244.0.0/33\n  network:\n    serviceCIDR: 10.96.0.0/12\n")));
        Assert.Equal(("K0S101", FindingSeverity.Error, 5, 14), Of(finding));
    }

    [Fact]
    public void Keys_become_the_JSON_keys_k0s_decodes()
    {
        // k0s: extraArgs {"true": "1", "16": "a", "8": "b"}; an extraArgs key the rules read is the JSON key.
        ClusterFacts facts = ClusterConfigYaml.Read(Header + "spec:\n  api:\n    extraArgs:\n      y: \"1\"\n      0x10: a\n      010: b\n", "k0s.yaml").Documents[0].Facts;
        Assert.Equal(new[] { "16", "8", "true" }, facts.ApiExtraArgs.Entries.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Empty(NotInfo(Validate(Header + "spec:\n  api:\n    extraArgs:\n      y: \"1\"\n      0x10: a\n      010: b\n")));

        // y: and on: are both the key true: "key true already set in map".
        Finding twice = Assert.Single(NotInfo(Validate(Header + "spec:\n  api:\n    extraArgs:\n      y: \"1\"\n      on: c\n")));
        Assert.Equal(("K0S803", FindingSeverity.Error, 7, 7), Of(twice));
        Assert.Contains("(\"key true already set in map\")", twice.Message, StringComparison.Ordinal);

        // A null key and an integer beyond 64 bits: "error converting YAML to JSON: unsupported map key of type: ...".
        Finding nullKey = Assert.Single(NotInfo(Validate(Header + "spec:\n  controllerManager:\n    extraArgs:\n      ~: x\n")));
        Assert.Equal(("K0S802", FindingSeverity.Error, 6, 7), Of(nullKey));
        Assert.Contains("(\"unsupported map key of type: %!s(<nil>), key: <nil>\")", nullKey.Message, StringComparison.Ordinal);
        Finding bigKey = Assert.Single(NotInfo(Validate(Header + "spec:\n  scheduler:\n    extraArgs:\n      18446744073709551615: x\n")));
        Assert.Equal(("K0S802", FindingSeverity.Error, 6, 7), Of(bigKey));
        Assert.Contains("(\"unsupported map key of type: uint64, key: 0xffffffffffffffff\")", bigKey.Message, StringComparison.Ordinal);

        // A quoted "y" is text, another key than the boolean y.
        Assert.DoesNotContain(Validate(Header + "spec:\n  api:\n    extraArgs:\n      y: \"1\"\n      \"y\": c\n"), f => f.RuleId == "K0S803");
    }

    // ---- sections: metadata, lenient storage and images --------------------------------------------------------------

    [Fact]
    public void Metadata_is_ObjectMeta()
    {
        // k0s: json: cannot unmarshal string into Go struct field config.metadata of type v1.ObjectMeta; json: unknown field "labelz";
        // ... ObjectMeta.metadata.labels of type string
        Finding text = Assert.Single(NotInfo(Validate(Header + "metadata: x\n")));
        Assert.Equal(("K0S802", FindingSeverity.Error, 3, 11), Of(text));
        Assert.Contains("\"json: cannot unmarshal string into Go struct field config.metadata of type v1.ObjectMeta\"", text.Message, StringComparison.Ordinal);

        Finding unknown = Assert.Single(NotInfo(Validate(Header + "metadata:\n  name: k0s\n  labelz: {a: b}\n")));
        Assert.Equal(("K0S801", FindingSeverity.Error, 5, 3), Of(unknown));
        Assert.Contains("Did you mean 'labels'?", unknown.Message, StringComparison.Ordinal);

        Finding label = Assert.Single(NotInfo(Validate(Header + "metadata:\n  labels:\n    a: 1\n")));
        Assert.Equal(("K0S802", FindingSeverity.Error, 5, 8), Of(label));
        Assert.Contains("ObjectMeta.metadata.labels of type string", label.Message, StringComparison.Ordinal);

        Assert.Empty(NotInfo(Validate(Header + "metadata:\n  name: k0s\n  namespace: kube-system\n  labels: {a: b}\n  annotations: {c: d}\n  creationTimestamp: null\n")));
    }

    [Fact]
    public void Unknown_keys_under_storage_and_images_are_dropped_as_k0s_drops_them()
    {
        IReadOnlyList<Finding> findings = Validate(Header + "spec:\n  storage:\n    type: etcd\n    bogus: true\n  images:\n    bogus: x\n    kubeproxy:\n      bogus: 1\n");
        Assert.Equal(
            new[] { ("K0S801", FindingSeverity.Warning, 6, 5), ("K0S801", FindingSeverity.Warning, 8, 5), ("K0S801", FindingSeverity.Warning, 10, 7) },
            NotInfo(findings).Select(Of).OrderBy(f => f.Item3));
    }

    // ---- what k0s's strictyaml does with podSecurityPolicy and interval ---------------------------------------------

    [Fact]
    public void A_podSecurityPolicy_key_met_first_hides_every_later_error()
    {
        // k0s accepts: the first error (in byte-wise key order) names podSecurityPolicy and is dropped.
        Finding[] findings = NotInfo(Validate(Header + "spec:\n  podSecurityPolicy:\n    defaultPolicy: x\n  scheduler:\n    extraArgs:\n      v: 4\n  zzzUnknown: 1\n")).OrderBy(f => Of(f).Line).ToArray();
        Assert.Equal(
            new[] { ("K0S801", FindingSeverity.Warning, 4, 3), ("K0S802", FindingSeverity.Warning, 8, 10), ("K0S801", FindingSeverity.Warning, 9, 3) },
            findings.Select(Of).OrderBy(f => f.Item3));
        Assert.Contains("k0s drops the value without a word (the unknown key 'podSecurityPolicy' comes first", findings[1].Message, StringComparison.Ordinal);

        // An error before it in Go's order (controllerManager < podSecurityPolicy) is k0s's error: rejected.
        Assert.Contains(Validate(Header + "spec:\n  controllerManager:\n    extraArgs:\n      v: 4\n  podSecurityPolicy: {}\n"), f => f.Severity == FindingSeverity.Error && f.RuleId == "K0S802");

        // An error inside a section that decodes itself ends k0s's decoding there, whatever came first: rejected.
        Assert.Contains(Validate(Header + "spec:\n  podSecurityPolicy: {}\n  network:\n    kubeProxy:\n      mode: 5\n"), f => f.Severity == FindingSeverity.Error && f.RuleId == "K0S802");

        // An unknown key before it is k0s's error.
        Assert.Contains(Validate(Header + "spec:\n  aaaUnknown: 1\n  podSecurityPolicy: {}\n"), f => f.Severity == FindingSeverity.Error && f.RuleId == "K0S801");
    }

    [Fact]
    public void An_interval_key_met_first_crashes_k0s()
    {
        // k0s panics: runtime error: invalid memory address or nil pointer dereference.
        Finding crash = Assert.Single(NotInfo(Validate(Header + "spec:\n  telemetry:\n    enabled: true\n    interval: 10m0s\n")));
        Assert.Equal(("K0S805", FindingSeverity.Error, 6, 5), Of(crash));
        Assert.Equal("spec.telemetry.interval", crash.Path);
        Assert.Contains("(\"panic: runtime error: invalid memory address or nil pointer dereference\")", crash.Message, StringComparison.Ordinal);

        Assert.Equal(("K0S805", FindingSeverity.Error, 3, 1), Of(Assert.Single(NotInfo(Validate(Header + "interval: 1m\nspec: {}\n")))));

        // Under spec.network k0s drops unknown keys: no error, so no crash.
        Assert.Equal(("K0S801", FindingSeverity.Warning, 5, 5), Of(Assert.Single(NotInfo(Validate(Header + "spec:\n  network:\n    interval: 10m\n")))));

        // An earlier error is k0s's error (rejected, no crash); an earlier podSecurityPolicy hides it (accepted).
        Assert.DoesNotContain(Validate(Header + "spec:\n  aaa: 1\n  telemetry:\n    interval: 10m\n"), f => f.RuleId == "K0S805");
        Assert.DoesNotContain(Validate(Header + "spec:\n  podSecurityPolicy: {}\n  telemetry:\n    interval: 10m\n"), f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void A_null_image_section_with_a_repository_crashes_k0s()
    {
        // k0s panics in ClusterImages.overrideImageRepositories.
        Finding crash = Assert.Single(NotInfo(Validate(Header + "spec:\n  images:\n    repository: r.example.com\n    calico:\n      cni: null\n")));
        Assert.Equal(("K0S805", FindingSeverity.Error, 7, 7), Of(crash));
        Assert.Equal("spec.images.calico.cni", crash.Path);
        Assert.Contains("spec.images.calico.cni is null while spec.images.repository is set", crash.Message, StringComparison.Ordinal);
        Assert.Equal(("K0S805", FindingSeverity.Error, 5, 5), Of(Assert.Single(NotInfo(Validate(Header + "spec:\n  images:\n    kuberouter: ~\n    repository: r.example.com\n")))));

        // Without a repository nothing is rewritten (k0s accepts); an error before images in Go's order ends the decoding first.
        Assert.Empty(NotInfo(Validate(Header + "spec:\n  images:\n    calico: null\n")));
        Assert.Equal(new[] { "K0S802" }, NotInfo(Validate(Header + "spec:\n  api:\n    port: x\n  images:\n    repository: r.example.com\n    pause: ~\n")).Select(f => f.RuleId));
    }

    // ---- apiVersion and kind --------------------------------------------------------------------------------------------

    [Fact]
    public void Another_kind_is_read_as_a_ClusterConfig_with_a_warning()
    {
        // k0s accepts kind: Cluster and rejects its bad CIDR: it checks neither apiVersion nor kind.
        IReadOnlyList<Finding> findings = Validate("apiVersion: k0s.k0sproject.io/v1beta1\nkind: Cluster\nspec:\n  network:\n    podCIDR: 10.244.0.0/33\n");
        Assert.Equal(new[] { ("K0S806", FindingSeverity.Warning, 2, 7), ("K0S101", FindingSeverity.Error, 5, 14) }, NotInfo(findings).Select(Of).OrderBy(f => f.Item3));

        Assert.Equal(("K0S806", FindingSeverity.Warning, 1, 13), Of(Assert.Single(NotInfo(Validate("apiVersion: k0s.k0sproject.io/v1beta2\nkind: ClusterConfig\n")))));
        Assert.Empty(NotInfo(Validate("spec:\n  network:\n    podCIDR: 10.10.0.0/16\n")));

        // kind: 5 is a type error (k0s: ... Go struct field config.TypeMeta.kind of type string).
        Assert.Contains(Validate("kind: 5\n"), f => f.RuleId == "K0S802" && f.Message.Contains("config.TypeMeta.kind of type string", StringComparison.Ordinal));
    }
}
