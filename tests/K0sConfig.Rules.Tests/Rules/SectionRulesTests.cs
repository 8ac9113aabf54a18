using System.Collections.Generic;
using System.Linq;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests.Rules;

/// <summary>
/// K0S901–K0S904: the Validate() of spec.extensions.helm (k0s extensions.go, Helm's ValidateReleaseName) and of
/// spec.workerProfiles (k0s workerprofile.go, Kubernetes' IsDNS1123Label); k0s's texts checked with the k0s-validate
/// oracle (OracleVerdicts/cases/s*.yaml).
/// </summary>
public class SectionRulesTests
{
    private const string Charts = "spec.extensions.helm.charts";
    private const string Repositories = "spec.extensions.helm.repositories";

    private static IReadOnlyList<Finding> Helm(Action<HelmBuilder> configure) => Validate(c => c.Extensions(e => e.Helm(configure)));

    private static ClusterFacts WithItems(string path, params ItemFacts[] items)
    {
        var facts = new ClusterFacts();
        facts.SetItems(path, Fact<IReadOnlyList<ItemFacts>>.Known(items));
        return facts;
    }

    private static ItemFacts Item(params (string Key, Fact<string> Value)[] fields)
    {
        var item = new ItemFacts("item");
        foreach ((string key, Fact<string> value) in fields)
        {
            item.SetText(key, value);
        }

        return item;
    }

    // ---------------------------------------------------------------- K0S901 helm repositories

    [Fact]
    public void K0S901_fires_on_a_repository_without_name_or_url()
    {
        IReadOnlyList<Finding> findings = Helm(h => h.Repository(r => r.Name("").Url("https://x")).Repository(r => r.Name("metallb")).Repository(r => r.Url("https://y")));
        Assert.Equal(3, findings.Count(f => f.RuleId == "K0S901"));
        findings.At("K0S901", Repositories + "[0].name").Is("K0S901", Repositories + "[0].name", FindingSeverity.Error,
            "extensions.helm.repositories[0] has no name", "(\"extensions: repository must have Name field not empty\")");
        findings.At("K0S901", Repositories + "[1].url").Is("K0S901", Repositories + "[1].url", FindingSeverity.Error,
            "extensions.helm.repositories[1] (metallb) has no URL", "(\"extensions: repository must have URL field not empty\")");
        findings.At("K0S901", Repositories + "[2].name").Is("K0S901", Repositories + "[2].name", FindingSeverity.Error, "has no name");
        Assert.Throws<K0sConfigException>(() => K0s.Cluster().Extensions(e => e.Helm(h => h.Repository(r => r.Name("x")))).Build());
    }

    [Fact]
    public void K0S901_silent_on_a_named_repository_with_a_url()
        => Helm(h => h.Repository(r => r.Name("metallb").Url("https://metallb.github.io/metallb"))).None("K0S901");

    [Fact]
    public void K0S901_unknown_name_or_url_stays_silent()
    {
        Evaluate(WithItems(Repositories, Item(("name", U), ("url", K(""))))).None("K0S901");
        Evaluate(WithItems(Repositories, Item(("name", K("metallb")), ("url", U)))).None("K0S901");
        Evaluate(Unknown(_ => { })).None("K0S901");

        // An entry a front end lost track of: a field it does not list may be written.
        ItemFacts forgotten = Item(("name", K("metallb")));
        forgotten.Forget();
        Evaluate(WithItems(Repositories, forgotten)).None("K0S901");
    }

    // ---------------------------------------------------------------- K0S902 helm charts

    [Theory]
    [InlineData("Metal_LB")]
    [InlineData("-metallb")]
    [InlineData("metallb.")]
    [InlineData("a123456789b123456789c123456789d123456789e123456789f1234")]
    [InlineData("métallb")]
    public void K0S902_fires_on_a_release_name_helm_refuses(string name)
        => Helm(h => h.Chart(c => c.Name(name).ChartName("metallb/metallb").Namespace("metallb-system")))
            .At("K0S902", Charts + "[0].name").Is("K0S902", Charts + "[0].name", FindingSeverity.Error,
                "is not a release name Helm accepts", "(\"extensions: invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53\")");

    [Fact]
    public void K0S902_fires_on_the_first_missing_field_of_each_chart_in_k0s_s_order()
    {
        IReadOnlyList<Finding> findings = Helm(h => h
            .Chart(c => c.ChartName("x/x"))
            .Chart(c => c.Name("a").Namespace("n"))
            .Chart(c => c.Name("b").ChartName("x/x"))
            .Chart(c => c.Name("Bad_Name")));
        Assert.Equal(4, findings.Count(f => f.RuleId == "K0S902"));
        findings.At("K0S902", Charts + "[0].name").Is("K0S902", Charts + "[0].name", FindingSeverity.Error, "(\"extensions: chart must have Name field not empty\")");
        findings.At("K0S902", Charts + "[1].chartname").Is("K0S902", Charts + "[1].chartname", FindingSeverity.Error, "charts[1] (a) has no chartname", "(\"extensions: chart must have ChartName field not empty\")");
        findings.At("K0S902", Charts + "[2].namespace").Is("K0S902", Charts + "[2].namespace", FindingSeverity.Error, "charts[2] (b) has no namespace", "(\"extensions: chart must have TargetNS field not empty\")");
        findings.At("K0S902", Charts + "[3].name").Is("K0S902", Charts + "[3].name", FindingSeverity.Error, "'Bad_Name'", "such as bad-name");
    }

    [Theory]
    [InlineData("metallb")]
    [InlineData("ingress.nginx")]
    [InlineData("a1234567.9b123456789c123456789d123456789e123456789f12")]
    public void K0S902_silent_on_a_complete_chart(string name)
        => Helm(h => h.Chart(c => c.Name(name).ChartName("metallb/metallb").Namespace("metallb-system"))).None("K0S902");

    [Fact]
    public void K0S902_unknown_fields_stay_silent()
    {
        Evaluate(WithItems(Charts, Item(("name", U)))).None("K0S902");
        Evaluate(WithItems(Charts, Item(("name", K("a")), ("chartname", U)))).None("K0S902");
        Evaluate(WithItems(Charts, Item(("name", K("a")), ("chartname", K("x/x")), ("namespace", U)))).None("K0S902");
        var facts = new ClusterFacts();
        facts.SetItems(Charts, Fact<IReadOnlyList<ItemFacts>>.Unknown());
        Evaluate(facts).None("K0S902");
    }

    // ---------------------------------------------------------------- K0S903 worker profile names

    [Theory]
    [InlineData("custom-pluginDir", "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')")]
    [InlineData("a.b", "must not contain dots")]
    [InlineData("a123456789b123456789c123456789d123456789e123456789f123456789g1234", "must be no more than 63 characters")]
    [InlineData("-x", "a lowercase RFC 1123 label must consist of")]
    public void K0S903_fires_on_a_name_that_is_not_a_lowercase_RFC_1123_label(string name, string reason)
        => Validate(c => c.WorkerProfile(w => w.Name(name)))
            .At("K0S903", "spec.workerProfiles[0].name").Is("K0S903", "spec.workerProfiles[0].name", FindingSeverity.Error,
                "workerProfiles[0].name '" + name + "' is not a lowercase RFC 1123 label", "(\"workerProfiles[0].name: Invalid value: \"" + name + "\": " + reason);

    [Fact]
    public void K0S903_fires_on_a_profile_without_a_name()
        => Validate(c => c.WorkerProfile(w => w.Name("ok")).WorkerProfile(w => w.Value("maxPods", 10)))
            .At("K0S903", "spec.workerProfiles[1].name").Is("K0S903", "spec.workerProfiles[1].name", FindingSeverity.Error, "(\"workerProfiles[1].name: Required value\")");

    [Fact]
    public void K0S903_fires_on_a_name_that_is_not_text_which_k0s_decodes_as_no_name()
    {
        var profile = new ItemFacts("item");
        profile.SetOther("name", "name", "number");
        Evaluate(WithItems(FieldPaths.WorkerProfiles, profile))
            .At("K0S903", "spec.workerProfiles[0].name").Is("K0S903", "spec.workerProfiles[0].name", FindingSeverity.Error, "is a number, not text", "(\"workerProfiles[0].name: Required value\")");

        // Unmasked, k0s stops at the type error itself: K0S802 reports it, K0S903 does not say it twice.
        ClusterFacts unmasked = WithItems(FieldPaths.WorkerProfiles, profile);
        unmasked.DocumentProblems = new[] { new DocumentProblem(DocumentProblemKind.WrongType, "spec.workerProfiles[0].name", "number 0x10", "string", false, "item") };
        Evaluate(unmasked).None("K0S903");
        ClusterFacts masked = WithItems(FieldPaths.WorkerProfiles, profile);
        masked.DocumentProblems = new[] { new DocumentProblem(DocumentProblemKind.WrongType, "spec.workerProfiles[0].name", "number 0x10", "string", true, "item") };
        Evaluate(masked).At("K0S903", "spec.workerProfiles[0].name").Is("K0S903", "spec.workerProfiles[0].name", FindingSeverity.Error, "is a number, not text");

        var unknownKind = new ItemFacts("item");
        unknownKind.SetOther("name", "name");
        Evaluate(WithItems(FieldPaths.WorkerProfiles, unknownKind)).None("K0S903");
    }

    [Theory]
    [InlineData("custom-role")]
    [InlineData("0")]
    [InlineData("a123456789b123456789c123456789d123456789e123456789f123456789g12")]
    public void K0S903_silent_on_a_label(string name)
        => Validate(c => c.WorkerProfile(w => w.Name(name))).None("K0S903");

    [Fact]
    public void K0S903_unknown_name_stays_silent()
    {
        Evaluate(WithItems(FieldPaths.WorkerProfiles, Item(("name", U)))).None("K0S903");
        Evaluate(Unknown(_ => { })).None("K0S903");
    }

    // ---------------------------------------------------------------- K0S904 worker profile values

    [Fact]
    public void K0S904_fires_on_reserved_kubelet_fields_and_another_api_version_or_kind()
    {
        IReadOnlyList<Finding> findings = Validate(c => c.WorkerProfile(w => w.Name("p")
            .Value("clusterDNS", new[] { "10.96.0.10" }).Value("ClusterDomain", "example.com").Value("staticPodURL", "http://x")
            .Value("apiVersion", "foo").Value("kind", "Bar")));
        Assert.Equal(5, findings.Count(f => f.RuleId == "K0S904"));
        const string V = "spec.workerProfiles[0].values";
        findings.At("K0S904", V + ".clusterDNS").Is("K0S904", V + ".clusterDNS", FindingSeverity.Error, "(\"workerProfiles[0].values.clusterDNS: Forbidden: may not be used in k0s worker profiles\")");
        findings.At("K0S904", V + ".clusterDomain").Is("K0S904", V + ".clusterDomain", FindingSeverity.Error, "(\"workerProfiles[0].values.clusterDomain: Forbidden: may not be used in k0s worker profiles\")");
        findings.At("K0S904", V + ".staticPodURL").Is("K0S904", V + ".staticPodURL", FindingSeverity.Error, "Forbidden");
        findings.At("K0S904", V + ".apiVersion").Is("K0S904", V + ".apiVersion", FindingSeverity.Error, "(\"workerProfiles[0].values.apiVersion: Invalid value: \"foo\": expected \"kubelet.config.k8s.io/v1beta1\"\")");
        findings.At("K0S904", V + ".kind").Is("K0S904", V + ".kind", FindingSeverity.Error, "(\"workerProfiles[0].values.kind: Invalid value: \"Bar\": expected \"KubeletConfiguration\"\")");
    }

    [Fact]
    public void K0S904_fires_on_a_profile_without_values_where_k0s_crashes_on_it()
    {
        // k0s-validate 1.27 to 1.33 panic on it ("invalid memory address or nil pointer dereference"); 1.34 to 1.36 accept it.
        K0S904_profile_without_values("1.33").One("K0S904").Is("K0S904", "spec.workerProfiles[0].values", FindingSeverity.Error,
            "workerProfiles[0].values is not written; k0s 1.33 crashes on such a profile", "Write values, even empty ones (values: {})");
        K0S904_profile_without_values("1.27").One("K0S904");
        K0S904_profile_without_values("1.34").None("K0S904");
        Validate(c => c.WorkerProfile(w => w.Name("p").Value("maxPods", 200)).ForK0s("1.33")).None("K0S904");
    }

    private static IReadOnlyList<Finding> K0S904_profile_without_values(string version)
        => Validate(c => c.WorkerProfile(w => w.Name("p")).ForK0s(version));

    [Fact]
    public void K0S904_silent_on_kubelet_fields_k0s_leaves_to_the_profile()
        => Validate(c => c.WorkerProfile(w => w.Name("p").Value("maxPods", 200).Value("clusterDomain", "").Value("staticPodURL", "")
                .Value("apiVersion", "kubelet.config.k8s.io/v1beta1").Value("kind", "KubeletConfiguration")))
            .None("K0S904");

    [Fact]
    public void K0S904_unknown_values_stay_silent()
    {
        Evaluate(WithItems(FieldPaths.WorkerProfiles, Item(("name", K("p")), ("values.clusterDomain", U), ("values.clusterDNS", U), ("values.kind", U)))).None("K0S904");
        Evaluate(Unknown(_ => { })).None("K0S904");
    }
}

/// <summary>
/// K0S908: worker profile values decoded into the kubelet's KubeletConfiguration (k0s 1.34+ workerprofile.go validateConfig);
/// k0s's texts checked with the k0s-validate oracle (OracleVerdicts/cases/s19-s34).
/// </summary>
public class WorkerProfileValueTypeTests
{
    private const string V = "spec.workerProfiles[0].values";

    private static IReadOnlyList<Finding> Profile(Func<WorkerProfileBuilder, WorkerProfileBuilder> values, string? version = null)
        => Validate(c => version == null ? c.WorkerProfile(w => values(w.Name("p"))) : c.WorkerProfile(w => values(w.Name("p"))).ForK0s(version));

    [Fact]
    public void K0S908_fires_on_a_number_where_the_kubelet_takes_text()
    {
        IReadOnlyList<Finding> findings = Profile(w => w.Value("clusterDomain", 1));
        findings.One("K0S908").Is("K0S908", V + ".clusterDomain", FindingSeverity.Error,
            "workerProfiles[0].values.clusterDomain is a number, but the kubelet's clusterDomain is text (string); k0s rejects the profile (\"workerProfiles[0].values: Invalid value: json: cannot unmarshal number into Go struct field KubeletConfiguration.clusterDomain of type string\")");

        // k0s stops at the type error: no "Forbidden" for the same field.
        findings.None("K0S904");
        Assert.Throws<K0sConfigException>(() => K0s.Cluster().WorkerProfile(w => w.Name("p").Value("clusterDomain", 1)).Build());
    }

    [Fact]
    public void K0S908_names_go_s_field_and_type_for_each_kubelet_field()
    {
        Profile(w => w.Value("clusterDNS", 1)).One("K0S908").Is("K0S908", V + ".clusterDNS", FindingSeverity.Error,
            "is a number, but the kubelet's clusterDNS is a list of text ([]string)", "cannot unmarshal number into Go struct field KubeletConfiguration.clusterDNS of type []string\")");
        Profile(w => w.Value("clusterDNS", "10.0.0.1")).One("K0S908").Is("K0S908", V + ".clusterDNS", FindingSeverity.Error,
            "cannot unmarshal string into Go struct field KubeletConfiguration.clusterDNS of type []string");
        Profile(w => w.Value("clusterDNS", new object[] { "a", 2 })).One("K0S908").Is("K0S908", V + ".clusterDNS[1]", FindingSeverity.Error,
            "cannot unmarshal number into Go struct field KubeletConfiguration.clusterDNS of type string\")");
        Profile(w => w.Value("kind", true)).One("K0S908").Is("K0S908", V + ".kind", FindingSeverity.Error,
            "is a boolean", "cannot unmarshal bool into Go struct field KubeletConfiguration.TypeMeta.kind of type string");
        Profile(w => w.Value("apiVersion", 1.5)).One("K0S908").Is("K0S908", V + ".apiVersion", FindingSeverity.Error,
            "KubeletConfiguration.TypeMeta.apiVersion of type string");
        Profile(w => w.Value("staticPodURL", new Dictionary<string, string> { ["a"] = "b" })).One("K0S908").Is("K0S908", V + ".staticPodURL", FindingSeverity.Error,
            "is a mapping", "cannot unmarshal object into");
    }

    [Fact]
    public void K0S908_reports_the_first_error_in_the_json_object_s_key_order()
    {
        // sigs.k8s.io/yaml sorts the keys byte-wise: clusterDomain before kind before staticPodURL; ClusterDomain before all.
        Profile(w => w.Value("staticPodURL", 1).Value("kind", 2).Value("clusterDomain", new[] { "a" })).One("K0S908").Is("K0S908", V + ".clusterDomain", FindingSeverity.Error,
            "is a list", "cannot unmarshal array into Go struct field KubeletConfiguration.clusterDomain of type string");
        Profile(w => w.Value("clusterDomain", "x").Value("ClusterDomain", 1)).One("K0S908").Is("K0S908", V + ".ClusterDomain", FindingSeverity.Error, "KubeletConfiguration.clusterDomain");
    }

    [Fact]
    public void K0S908_silent_on_text_lists_of_text_nulls_other_kubelet_fields_and_before_1_34()
    {
        Profile(w => w.Value("clusterDNS", new[] { "10.96.0.10" }).Value("clusterDomain", "x")).None("K0S908");
        Profile(w => w.Value("maxPods", "abc").Value("fooBar", 1)).None("K0S908");
        Profile(w => w.Value("clusterDomain", double.NaN)).None("K0S908"); // written NaN, which k0s's YAML reader takes for text (.nan is the number)
        Profile(w => w.Value("clusterDomain", 1), "1.33").None("K0S908");
        Profile(w => w.Value("clusterDomain", 1), "1.34").One("K0S908");
    }

    [Theory]
    [InlineData("number", "a number", "1.36", "workerProfiles[0].values: Invalid value: json: cannot unmarshal number into Go value of type v1beta1.KubeletConfiguration")]
    [InlineData("array", "a list", "1.34", "workerProfiles[0].values: Invalid value: json: cannot unmarshal array into Go value of type v1beta1.KubeletConfiguration")]
    [InlineData("string", "text", "1.33", "json: cannot unmarshal string into Go value of type map[string]interface {}")]
    [InlineData("bool", "a boolean", "1.27", "json: cannot unmarshal bool into Go value of type map[string]interface {}")]
    public void K0S908_fires_in_every_version_on_values_that_are_not_a_mapping(string kind, string shown, string version, string k0s)
    {
        // Oracle cases s44, s45: k0s reads the values as a mapping (a map before 1.34, the KubeletConfiguration since).
        var item = new ItemFacts("item");
        item.SetText("name", Fact<string>.Known("p"));
        if (kind == "string")
        {
            item.SetText("values", Fact<string>.Known("200", "v"));
        }
        else
        {
            item.SetOther("values", "v", kind);
        }

        Evaluate(WithProfile(item), new ValidationOptions(ValidationOptions.DefaultMaxPods, K0sVersion.Parse(version))).One("K0S908").Is("K0S908", V, FindingSeverity.Error,
            "workerProfiles[0].values is " + shown + ", but the kubelet's configuration is a mapping of its fields; k0s rejects the profile (\"" + k0s + "\"). Write the values as a mapping of kubelet fields");
    }

    [Fact]
    public void K0S908_silent_on_values_that_are_a_mapping_null_or_unknown()
    {
        foreach (string version in new[] { "1.27", "1.36" })
        {
            var options = new ValidationOptions(ValidationOptions.DefaultMaxPods, K0sVersion.Parse(version));
            var mapping = new ItemFacts("item");
            mapping.SetText("name", Fact<string>.Known("p"));
            mapping.SetOther("values", "v", "object");
            Evaluate(WithProfile(mapping), options).None("K0S908");

            var unknown = new ItemFacts("item");
            unknown.SetText("name", Fact<string>.Known("p"));
            unknown.SetOther("values", "v");
            Evaluate(WithProfile(unknown), options).None("K0S908");
        }

        Profile(w => w.Value("maxPods", 200), "1.33").None("K0S908");
    }

    [Fact]
    public void K0S908_unknown_kinds_stay_silent_or_do_not_claim_k0s_s_text()
    {
        var item = new ItemFacts("item");
        item.SetText("name", Fact<string>.Known("p"));
        item.SetOther("values", "v", "object");
        item.SetOther("values.clusterDomain", "d");
        Evaluate(WithProfile(item)).None("K0S908");

        // An earlier key of unknown type may fail first: k0s rejects the profile, its text is not claimed.
        var later = new ItemFacts("item");
        later.SetText("name", Fact<string>.Known("p"));
        later.SetOther("values", "v", "object");
        later.SetOther("values.clusterDomain", "d");
        later.SetOther("values.kind", "k", "number");
        Evaluate(WithProfile(later)).One("K0S908").Is("K0S908", V + ".kind", FindingSeverity.Error, "cannot unmarshal ...\")");
        Evaluate(Unknown(_ => { })).None("K0S908");
    }

    [Fact]
    public void K0S904_before_1_34_matches_keys_exactly_and_counts_nulls()
    {
        // k0s 1.27 to 1.33 decode the values into a map and look the keys up as written.
        Profile(w => w.Value("ClusterDomain", "x"), "1.33").None("K0S904");
        var item = new ItemFacts("item");
        item.SetText("name", Fact<string>.Known("p"));
        item.SetOther("values", "v", "object");
        item.SetNull("values.clusterDNS", "null-here");
        Evaluate(WithProfile(item), new ValidationOptions(ValidationOptions.DefaultMaxPods, K0sVersion.Parse("1.33"))).One("K0S904").Is("K0S904", V + ".clusterDNS", FindingSeverity.Error,
            "(\"field `clusterDNS` is prohibited to override in worker profile\")");
        Evaluate(WithProfile(item)).None("K0S904");
    }

    [Fact]
    public void K0S904_from_1_34_the_later_of_two_folded_keys_wins()
        => Profile(w => w.Value("ClusterDomain", "x").Value("clusterDomain", "")).None("K0S904");

    private static ClusterFacts WithProfile(ItemFacts item)
    {
        var facts = new ClusterFacts();
        facts.SetItems(FieldPaths.WorkerProfiles, Fact<IReadOnlyList<ItemFacts>>.Known(new[] { item }));
        return facts;
    }
}

/// <summary>K0S905: k0s's images.go (ImageSpec.Validate, ClusterImages.Validate); texts checked with the oracle (OracleVerdicts/cases/s09-s11).</summary>
public class ImageRulesTests
{
    private const string Pattern = "^[\\w][\\w.-]{0,127}(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,})?$";

    [Theory]
    [InlineData("")]
    [InlineData("-bad")]
    [InlineData(".x")]
    [InlineData("v1 2")]
    [InlineData("v1@sha256:0123")]
    [InlineData("v1@sha256:0123456789abcdef0123456789abcdeg")]
    [InlineData("v1@1sha:0123456789abcdef0123456789abcdef")]
    [InlineData("v1:2")]
    [InlineData("a123456789b123456789c123456789d123456789e123456789f123456789g123456789h123456789i123456789j123456789k123456789l123456789m12345678")]
    [InlineData("v1\n")]
    public void K0S905_fires_on_a_version_that_is_not_a_tag(string version)
        => Validate(c => c.Images(i => i.CoreDns(d => d.Version(version))))
            .At("K0S905", "spec.images.coredns.version").Is("K0S905", "spec.images.coredns.version", FindingSeverity.Error,
                "is not an image tag", "must match regular expression: " + Pattern + "\")");

    [Fact]
    public void K0S905_checks_an_image_section_only_in_the_versions_that_have_it()
    {
        // The Windows images came in k0s 1.34 (images.go); 1.31-1.33 drop the key (oracle case v-windows-image-before-1.34).
        Validate(c => c.Images(i => i.Calico(k => k.Windows(w => w.Cni(n => n.Version("10.0.0.0/8"))))).ForK0s("1.34"))
            .At("K0S905", "spec.images.calico.windows.cni.version").Is("K0S905", "spec.images.calico.windows.cni.version", FindingSeverity.Error, "is not an image tag");
        Validate(c => c.Images(i => i.Calico(k => k.Windows(w => w.Cni(n => n.Version("10.0.0.0/8"))))).ForK0s("1.33")).None("K0S905");
    }

    [Fact]
    public void K0S905_fires_on_an_empty_or_padded_image_and_an_unknown_pull_policy()
    {
        IReadOnlyList<Finding> findings = Validate(c => c.Images(i => i
            .Konnectivity(k => k.Image(""))
            .Calico(ca => ca.Windows(w => w.Node(n => n.Image(" quay.io/calico/node"))))));
        findings.At("K0S905", "spec.images.konnectivity.image").Is("K0S905", "spec.images.konnectivity.image", FindingSeverity.Error, "(\"images.konnectivity.image: Required value\")");
        findings.At("K0S905", "spec.images.calico.windows.node.image").Is("K0S905", "spec.images.calico.windows.node.image", FindingSeverity.Error,
            "(\"images.calico.windows.node.image: Invalid value: \" quay.io/calico/node\": must not have leading or trailing whitespace\")", "Write quay.io/calico/node.");

        var facts = new ClusterFacts();
        var images = new ItemFacts("images");
        images.SetText("default_pull_policy", K("always"));
        facts.SetSection(FieldPaths.Images, Fact<ItemFacts>.Known(images));
        Evaluate(facts).At("K0S905", "spec.images.default_pull_policy").Is("K0S905", "spec.images.default_pull_policy", FindingSeverity.Error,
            "(\"default_pull_policy: Unsupported value: \"always\": supported values: \"Always\", \"IfNotPresent\", \"Never\"\")", "Write Always");
    }

    [Theory]
    [InlineData("v1.12.2")]
    [InlineData("1_2.3-4")]
    [InlineData("v1@sha256:0123456789abcdef0123456789abcdef")]
    [InlineData("v1@sha256+x.y_z-w:0123456789ABCDEF0123456789abcdef01")]
    [InlineData("a123456789b123456789c123456789d123456789e123456789f123456789g123456789h123456789i123456789j123456789k123456789l123456789m1234567")]
    public void K0S905_silent_on_tags_and_digests(string version)
        => Validate(c => c.Images(i => i.DefaultPullPolicy(ImagePullPolicy.Never).Repository("registry.example.com").Pause(p => p.Image("registry.k8s.io/pause").Version(version)))).None("K0S905");

    private static ClusterFacts ProxyImage(string path, Fact<string> image, Fact<string> version)
    {
        var facts = new ClusterFacts();
        var section = new ItemFacts("image");
        section.SetText("image", image);
        section.SetText("version", version);
        facts.SetSection(path, Fact<ItemFacts>.Known(section));
        return facts;
    }

    [Fact]
    public void K0S905_fires_on_a_node_local_proxy_image_in_every_version()
    {
        const string Envoy = "spec.network.nodeLocalLoadBalancing.envoyProxy.image";
        foreach (string version in new[] { "1.27", "1.30", "1.36" })
        {
            var options = ValidationOptions.Default.WithVersion(K0sVersion.Parse(version));
            Evaluate(ProxyImage(Envoy, K("quay.io/k0sproject/envoy"), K("v1 2")), options).At("K0S905", Envoy + ".version").Is("K0S905", Envoy + ".version", FindingSeverity.Error,
                "(\"nodeLocalLoadBalancing.envoyProxy.image.version: Invalid value: \"v1 2\": must match regular expression: " + Pattern + "\")");
            Evaluate(ProxyImage(Envoy, K(" quay.io/x"), K("v1")), options).At("K0S905", Envoy + ".image").Is("K0S905", Envoy + ".image", FindingSeverity.Error,
                "(\"nodeLocalLoadBalancing.envoyProxy.image.image: Invalid value: \" quay.io/x\": must not have leading or trailing whitespace\")");
        }
    }

    [Fact]
    public void K0S905_silent_on_a_node_local_proxy_image_with_an_empty_half_and_on_traefik_before_1_36()
    {
        const string Envoy = "spec.network.nodeLocalLoadBalancing.envoyProxy.image";
        const string Traefik = "spec.network.nodeLocalLoadBalancing.traefik.image";
        Evaluate(ProxyImage(Envoy, K(""), K("v1"))).None("K0S905");
        Evaluate(ProxyImage(Envoy, K("quay.io/k0sproject/envoy"), K(""))).None("K0S905");
        Evaluate(ProxyImage(Envoy, U, U)).None("K0S905");
        Evaluate(ProxyImage(Traefik, K("x"), K("a b")), ValidationOptions.Default.WithVersion(K0sVersion.Parse("1.35"))).None("K0S905");
        Evaluate(ProxyImage(Traefik, K("x"), K("a b"))).At("K0S905", Traefik + ".version");
    }

    [Fact]
    public void K0S905_unknown_values_stay_silent()
    {
        var facts = new ClusterFacts();
        var section = new ItemFacts("coredns");
        section.SetText("image", U);
        section.SetText("version", U);
        facts.SetSection("spec.images.coredns", Fact<ItemFacts>.Known(section));
        facts.SetSection(FieldPaths.Images, Fact<ItemFacts>.Unknown());
        Evaluate(facts).None("K0S905");
        Evaluate(Unknown(_ => { })).None("K0S905");
    }
}

/// <summary>K0S906: k0s's storage.go (validateRequiredProperties, validateOptionalTLSProperties); texts from the oracle (OracleVerdicts/cases/s12-s15).</summary>
public class ExternalEtcdRulesTests
{
    private const string X = "spec.storage.etcd.externalCluster";

    private static IReadOnlyList<Finding> External(Action<ExternalClusterBuilder> configure) => Validate(c => c.Storage(s => s.Etcd(e => e.ExternalCluster(configure))));

    [Fact]
    public void K0S906_fires_without_endpoints_and_prefix()
    {
        IReadOnlyList<Finding> findings = External(x => x.CAFile(""));
        findings.At("K0S906", X + ".endpoints").Is("K0S906", X + ".endpoints", FindingSeverity.Error, "(\"storage: spec.storage.etcd.externalCluster.endpoints cannot be null or empty\")");
        findings.At("K0S906", X + ".etcdPrefix").Is("K0S906", X + ".etcdPrefix", FindingSeverity.Error, "(\"storage: spec.storage.etcd.externalCluster.etcdPrefix cannot be empty\")");
        Assert.Equal(2, findings.Count(f => f.RuleId == "K0S906"));
        External(x => x.Endpoints().EtcdPrefix("k0s")).At("K0S906", X + ".endpoints").Is("K0S906", X + ".endpoints", FindingSeverity.Error, "is empty");
    }

    [Fact]
    public void K0S906_fires_on_an_empty_endpoint_and_some_TLS_files()
    {
        IReadOnlyList<Finding> findings = External(x => x.Endpoints("https://a:2379", "").EtcdPrefix("k0s").ClientKeyFile("/k").CAFile("/ca"));
        findings.At("K0S906", X + ".endpoints[1]").Is("K0S906", X + ".endpoints[1]", FindingSeverity.Error, "(\"storage: spec.storage.etcd.externalCluster.endpoints cannot contain empty strings\")");
        findings.At("K0S906", X + ".clientCertFile").Is("K0S906", X + ".clientCertFile", FindingSeverity.Error,
            "sets caFile and clientKeyFile but not clientCertFile", "(\"storage: spec.storage.etcd.externalCluster is invalid: all TLS properties [caFile,clientCertFile,clientKeyFile] must be defined or none of those\")");
    }

    [Fact]
    public void K0S906_silent_on_a_complete_cluster_with_all_or_no_TLS_files()
    {
        External(x => x.Endpoints("https://a:2379").EtcdPrefix("k0s")).None("K0S906");
        External(x => x.Endpoints("https://a:2379").EtcdPrefix("k0s").CAFile("/ca").ClientCertFile("/c").ClientKeyFile("/k")).None("K0S906");
        Validate(c => c.Storage(s => s.Etcd(e => e.PeerAddress("10.0.0.1")))).None("K0S906");
    }

    [Fact]
    public void K0S906_unknown_values_stay_silent()
    {
        var facts = new ClusterFacts();
        var cluster = new ItemFacts("x");
        cluster.SetList("endpoints", Fact<IReadOnlyList<Fact<string>>>.Unknown());
        cluster.SetText("etcdPrefix", U);
        cluster.SetText("caFile", K("/ca"));
        cluster.SetText("clientCertFile", U);
        facts.SetSection(X, Fact<ItemFacts>.Known(cluster));
        Evaluate(facts).None("K0S906");
        Evaluate(Unknown(_ => { })).None("K0S906");
    }
}

/// <summary>K0S907: k0s's patches.go (Patch.Validate); texts from the oracle (OracleVerdicts/cases/s16-s18).</summary>
public class PatchRulesTests
{
    [Fact]
    public void K0S907_fires_on_a_patch_without_type_or_target()
    {
        IReadOnlyList<Finding> findings = Validate(c => c
            .Network(n => n.KubeProxy(p => p.Patch(x => x.Target(t => t.Name("kube-proxy")))).CoreDns(d => d.Patch(x => x.Patch(s => s.Type(PatchType.Json)))))
            .MetricsServer(m => m.Patch(x => x.Target(t => t.Kind("Deployment").Name("metrics-server")).Patch(s => s.Content("{}")))));
        findings.At("K0S907", "spec.network.kubeProxy.patches[0].patch.type").Is("K0S907", "spec.network.kubeProxy.patches[0].patch.type", FindingSeverity.Error,
            "(\"network: kubeProxy.patches[0].patch.type: invalid type \"\": must be one of JSON, StrategicMergePatch, MergePatch\")");
        findings.At("K0S907", "spec.network.kubeProxy.patches[0].target.kind").Is("K0S907", "spec.network.kubeProxy.patches[0].target.kind", FindingSeverity.Error, "(\"network: kubeProxy.patches[0].target.kind is required\")");
        findings.At("K0S907", "spec.network.coreDNS.patches[0].target.name").Is("K0S907", "spec.network.coreDNS.patches[0].target.name", FindingSeverity.Error, "(\"network: coreDNS.patches[0].target.name is required\")");
        findings.At("K0S907", "spec.metricsServer.patches[0].patch.type").Is("K0S907", "spec.metricsServer.patches[0].patch.type", FindingSeverity.Error, "(\"metricsServer.patches[0].patch.type: invalid type \"\"");
        Assert.Equal(5, findings.Count(f => f.RuleId == "K0S907"));
    }

    [Fact]
    public void K0S907_fires_on_the_running_provider_s_patches_only()
    {
        // k0s drops the provider block it does not run before validating it.
        Validate(c => c.Network(n => n.Calico(ca => ca.Patch(x => x.Patch(s => s.Type(PatchType.Merge)))))).Fires("K0S907");
        Validate(c => c.Network(n => n.Calico(ca => ca.Patch(x => x.Patch(s => s.Type(PatchType.Merge)))).KubeRouter())).None("K0S907");
        Validate(c => c.Network(n => n.KubeRouter(k => k.Patch(x => x.Patch(s => s.Type(PatchType.Merge)))).Calico())).None("K0S907");
        Validate(c => c.Network(n => n.KubeRouter(k => k.Patch(x => x.Patch(s => s.Type(PatchType.Merge)))).CustomCni())).Fires("K0S907");
    }

    [Fact]
    public void K0S907_silent_on_a_typed_patch_of_a_named_object()
        => Validate(c => c.Network(n => n.CoreDns(d => d.Patch(x => x.Target(t => t.Kind("Deployment").Name("coredns").Namespace("kube-system")).Patch(s => s.Type(PatchType.StrategicMerge).Content("spec: {replicas: 3}"))))))
            .None("K0S907");

    [Fact]
    public void K0S907_unknown_values_stay_silent()
    {
        var facts = new ClusterFacts();
        var patch = new ItemFacts("patch");
        patch.SetText("patch.type", U);
        patch.SetText("target.kind", U);
        patch.SetText("target.name", U);
        facts.SetItems(FieldPaths.CoreDnsPatches, Fact<IReadOnlyList<ItemFacts>>.Known(new[] { patch }));
        Evaluate(facts).None("K0S907");

        // The provider unknown: which of Calico's and kube-router's blocks k0s keeps is unknown.
        var provider = new ClusterFacts { Provider = U };
        provider.SetItems(FieldPaths.CalicoPatches, Fact<IReadOnlyList<ItemFacts>>.Known(new[] { new ItemFacts("p") }));
        Evaluate(provider).None("K0S907");
        Evaluate(Unknown(_ => { })).None("K0S907");
    }
}

/// <summary>
/// K0S909: k0s v1.36.3+k0s.2 internal/pkg/patches/patches.go applies a patch's content through sigs.k8s.io/yaml's
/// YAMLToJSON, which gives null for no content: a JSON or strategic merge patch of null changes nothing, a merge patch of
/// null replaces the object with null (json-patch v5 MergePatch), which the manifest applier skips and prunes.
/// </summary>
public class PatchContentRulesTests
{
    private const string Target = "spec.network.coreDNS.patches[0].patch.content";

    private static IReadOnlyList<Finding> CoreDns(Action<PatchSpecBuilder> patch)
        => Validate(c => c.Network(n => n.CoreDns(d => d.Patch(x => x.Target(t => t.Kind("Deployment").Name("coredns")).Patch(patch)))));

    [Fact]
    public void K0S909_fires_as_a_warning_on_a_json_or_strategic_merge_patch_without_content()
    {
        CoreDns(s => s.Type(PatchType.StrategicMerge)).At("K0S909", Target).Is("K0S909", Target, FindingSeverity.Warning,
            "coreDNS.patches[0].patch.content is not set; k0s accepts it and applies it as the strategic merge patch null, which changes nothing",
            "Content(\"spec: {replicas: 3}\")");
        CoreDns(s => s.Type(PatchType.Json).Content("")).At("K0S909", Target).Is("K0S909", Target, FindingSeverity.Warning, "is empty", "as the JSON patch null");
        CoreDns(s => s.Type(PatchType.StrategicMerge).Content("# replicas: 3")).At("K0S909", Target).Is("K0S909", Target, FindingSeverity.Warning, "content holds only comments, which YAML reads as null");
        CoreDns(s => s.Type(PatchType.Json).Content(" \n# nothing yet\n~\n")).At("K0S909", Target).Is("K0S909", Target, FindingSeverity.Warning, "content is YAML null ('~')");
    }

    [Fact]
    public void K0S909_fires_as_an_error_on_a_merge_patch_without_content_which_removes_the_object()
    {
        CoreDns(s => s.Type(PatchType.Merge)).At("K0S909", Target).Is("K0S909", Target, FindingSeverity.Error,
            "replaces the whole object (Deployment coredns) with null: k0s then leaves it out of the manifests it applies and removes it from the cluster");
        Validate(c => c.MetricsServer(m => m.Patch(x => x.Target(t => t.Kind("Deployment").Name("metrics-server")).Patch(s => s.Type(PatchType.Merge).Content("null")))))
            .At("K0S909", "spec.metricsServer.patches[0].patch.content").Is("K0S909", "spec.metricsServer.patches[0].patch.content", FindingSeverity.Error, "metricsServer.patches[0].patch.content is YAML null ('null')");
        Assert.Throws<K0sConfigException>(() => K0s.Cluster().Network(n => n.KubeProxy(p => p.Patch(x => x.Target(t => t.Kind("DaemonSet").Name("kube-proxy")).Patch(s => s.Type(PatchType.Merge))))).Build());
    }

    [Fact]
    public void K0S909_silent_on_a_patch_with_content_on_one_k0s_drops_and_on_one_k0s_refuses()
    {
        CoreDns(s => s.Type(PatchType.Merge).Content("spec: {replicas: 3}")).None("K0S909");
        CoreDns(s => s.Type(PatchType.Json).Content("[]")).None("K0S909");
        CoreDns(s => s.Type(PatchType.StrategicMerge).Content("# a comment\nspec: {}")).None("K0S909");
        CoreDns(s => s.Type(PatchType.StrategicMerge).Content("nulls: 1")).None("K0S909");

        // The provider block k0s drops, a k0s before 1.36 (no patches), and a type k0s refuses (K0S907's).
        Validate(c => c.Network(n => n.Calico(ca => ca.Patch(x => x.Target(t => t.Kind("DaemonSet").Name("calico-node")).Patch(s => s.Type(PatchType.Merge)))).KubeRouter())).None("K0S909");
        Validate(c => c.ForK0s("1.35").Network(n => n.CoreDns(d => d.Patch(x => x.Target(t => t.Kind("Deployment").Name("coredns")).Patch(s => s.Type(PatchType.Merge)))))).None("K0S909");
        Validate(c => c.Network(n => n.CoreDns(d => d.Patch(x => x.Target(t => t.Kind("Deployment").Name("coredns")))))).None("K0S909");
    }

    [Fact]
    public void K0S909_unknown_values_stay_silent()
    {
        static ClusterFacts Patch(Fact<string> type, Fact<string> content)
        {
            var facts = new ClusterFacts();
            var patch = new ItemFacts("patch");
            patch.SetText("patch.type", type);
            if (!content.IsUnset)
            {
                patch.SetText("patch.content", content);
            }

            facts.SetItems(FieldPaths.CoreDnsPatches, Fact<IReadOnlyList<ItemFacts>>.Known(new[] { patch }));
            return facts;
        }

        Evaluate(Patch(K("MergePatch"), U)).None("K0S909");
        Evaluate(Patch(U, Fact<string>.Unset)).None("K0S909");
        Evaluate(Patch(K("MergePatch"), Fact<string>.Unset)).At("K0S909", Target);

        // An entry whose fields are forgotten (its builder escaped): the content may be written.
        var forgotten = new ItemFacts("patch");
        forgotten.SetText("patch.type", K("JSON"));
        forgotten.Forget();
        var facts = new ClusterFacts();
        facts.SetItems(FieldPaths.CoreDnsPatches, Fact<IReadOnlyList<ItemFacts>>.Known(new[] { forgotten }));
        Evaluate(facts).None("K0S909");

        var provider = new ClusterFacts { Provider = U };
        provider.SetItems(FieldPaths.CalicoPatches, Patch(K("MergePatch"), Fact<string>.Unset).Items(FieldPaths.CoreDnsPatches));
        Evaluate(provider).None("K0S909");
        Evaluate(Unknown(_ => { })).None("K0S909");
    }
}

/// <summary>Facts of the sections the builder cannot write.</summary>
public static class SectionTestFacts
{
    /// <summary>A ClusterConfig whose extensions.storage has <paramref name="type"/> and <paramref name="createDefaultClass"/> (null: not written).</summary>
    public static ClusterFacts StorageExtension(string? type, bool? createDefaultClass)
        => Facts(f =>
        {
            f.ExtensionsStorageType = type == null ? Fact<string>.Unset : Fact<string>.Known(type, "type");
            f.ExtensionsStorageDefaultClass = createDefaultClass is bool create ? Fact<bool>.Known(create, "class") : Fact<bool>.Unset;
        });
}

/// <summary>K0S910: storageextensions.go of k0s 1.27 to 1.30; texts checked with the per-minor oracles (OracleVerdicts/cases/v-extensions-storage-*).</summary>
public class StorageExtensionTests
{
    private static ValidationOptions For(string version) => new(ValidationOptions.DefaultMaxPods, K0sVersion.Parse(version));

    [Theory]
    [InlineData("text", "1.30")]
    [InlineData("", "1.27")]
    [InlineData("OpenEBS", "1.29")]
    public void K0S910_fires_on_a_type_k0s_does_not_know(string type, string version)
        => Evaluate(SectionTestFacts.StorageExtension(type, null), For(version)).One("K0S910").Is("K0S910", "spec.extensions.storage.type", FindingSeverity.Error,
            "extensions.storage.type '" + type + "' is not one of external_storage, openebs_local_storage; k0s " + version + " rejects it (\"unknown storage mode `" + type + "`\"). Use external_storage (the default)");

    [Theory]
    [InlineData("external_storage")]
    [InlineData(null)] // the default type
    public void K0S910_fires_on_a_default_storage_class_with_external_storage(string? type)
        => Evaluate(SectionTestFacts.StorageExtension(type, true), For("1.30")).One("K0S910").Is("K0S910", "spec.extensions.storage.create_default_storage_class", FindingSeverity.Error,
            "extensions.storage.create_default_storage_class is true with type external_storage; k0s 1.30 rejects it (\"can't create default storage class for external_storage\"). Set it to false, or use type openebs_local_storage.");

    [Fact]
    public void K0S910_silent_on_known_types_and_from_1_31()
    {
        Evaluate(SectionTestFacts.StorageExtension("openebs_local_storage", true), For("1.30")).None("K0S910");
        Evaluate(SectionTestFacts.StorageExtension("external_storage", false), For("1.27")).None("K0S910");
        Evaluate(SectionTestFacts.StorageExtension(null, null), For("1.27")).None("K0S910");
        Evaluate(SectionTestFacts.StorageExtension("text", true), For("1.31")).None("K0S910");
        Evaluate(SectionTestFacts.StorageExtension("text", true), null).None("K0S910");
    }

    [Fact]
    public void K0S910_unknown_type_decides_nothing_about_the_storage_class()
    {
        ClusterFacts facts = Unknown(f => f.ExtensionsStorageDefaultClass = Fact<bool>.Known(true, "class"));
        Evaluate(facts, For("1.30")).None("K0S910");
        Evaluate(Unknown(f => f.ExtensionsStorageType = Fact<string>.Known("text", "type")), For("1.30")).One("K0S910");
    }
}
