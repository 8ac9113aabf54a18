using K0sConfig.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// The one-click fixes, each as the IDE applies it, and "fix all" in document, project and solution (the testing
/// library checks each scope against the fixed code unless a test says otherwise).
/// </summary>
public class CodeFixTests
{
    private const string Ds = ".DualStack(ds => ds.IPv6PodCidr(\"fd00::/108\").IPv6ServiceCidr(\"fd01::/108\"))";

    [Fact]
    public Task K0S102_writes_the_canonical_CIDR()
        => Fix(
            """.Network(n => n.PodCidr({|K0S102:"10.244.0.1/16"|}))""",
            """.Network(n => n.PodCidr("10.244.0.0/16"))""");

    [Fact]
    public Task K0S102_writes_the_IPv4_form_of_an_IPv4_mapped_CIDR()
        => Fix(
            """.Network(n => n.ServiceCidr({|K0S102:"::ffff:10.96.0.0/108"|}))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/12"))""");

    [Fact]
    public Task K0S301_switches_an_explicit_mode_to_bird()
        => Fix(
            """.Network(n => n.Calico(c => c.Mode({|K0S301:CalicoMode.Vxlan|}))""" + Ds + ")",
            """.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird))""" + Ds + ")",
            title: "Set the Calico mode to bird");

    [Fact]
    public Task K0S301_sets_bird_where_Calico_is_chosen_with_its_default_mode()
        => Fix(
            """.Network(n => n.{|K0S301:Calico|}()""" + Ds + ")",
            """.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird))""" + Ds + ")",
            title: "Set the Calico mode to bird");

    [Fact]
    public Task K0S301_adds_the_mode_to_the_Calico_settings_written_there()
        => Fix(
            """.Network(n => n.{|K0S301:Calico|}(c => c.Mtu(1400))""" + Ds + ")",
            """.Network(n => n.Calico(c => c.Mtu(1400).Mode(CalicoMode.Bird))""" + Ds + ")");

    [Fact]
    public Task K0S301_adds_the_mode_to_a_block_bodied_callback()
        => Fix(
            """.Network(n => n.{|K0S301:Calico|}(c => { c.Mtu(1400); })""" + Ds + ")",
            """.Network(n => n.Calico(c => { c.Mtu(1400); c.Mode(CalicoMode.Bird); })""" + Ds + ")");

    [Fact]
    public Task K0S304_uses_iptables()
        => Fix(
            """.Network(n => n.KubeProxy(kp => kp.Mode({|K0S304:KubeProxyMode.Userspace|})))""",
            """.Network(n => n.KubeProxy(kp => kp.Mode(KubeProxyMode.Iptables)))""",
            title: "Use kube-proxy mode iptables (the default)");

    [Fact]
    public Task K0S502_writes_the_108_range()
        => Fix(
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr({|K0S502:"fd01::/64"|})))""",
            """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""");

    [Fact]
    public Task K0S601_drops_the_dashes_from_the_key()
        => Fix(
            """.ControllerManager(cm => cm.ExtraArg({|K0S601:"--node-monitor-period"|}, "5s"))""",
            """.ControllerManager(cm => cm.ExtraArg("node-monitor-period", "5s"))""",
            title: "Write the key node-monitor-period");

    [Fact]
    public Task K0S303_removes_the_provider_chosen_before()
        => Fix(
            """.Network(n => n.Calico().{|K0S303:KubeRouter|}())""",
            """.Network(n => n.KubeRouter())""",
            title: "Remove the earlier choice of calico");

    [Fact]
    public Task K0S303_removes_the_ignored_Calico_settings_with_the_choice_they_came_with()
        => Fix(
            """.Network(n => n.{|K0S303:Calico|}(c => c.Mtu(1400)).{|K0S303:CustomCni|}())""",
            """.Network(n => n.CustomCni())""",
            iterations: 1);

    [Fact]
    public Task K0S303_removes_a_statement_in_a_block_bodied_callback()
        => Fix(
            """.Network(n => { n.Calico(); n.{|K0S303:KubeRouter|}(); })""",
            """.Network(n => { n.KubeRouter(); })""");

    [Fact]
    public Task K0S404_uses_the_IPv4_flag_on_a_dual_stack_cluster()
        => Fix(
            ".Network(n => n" + Ds + """).ControllerManager(cm => cm.NodeCidrMaskSize({|K0S404:24|}))""",
            ".Network(n => n" + Ds + ").ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(24))",
            title: "Use node-cidr-mask-size-ipv4 24 instead");

    [Fact]
    public Task K0S404_renames_the_raw_extra_argument_too()
        => Fix(
            ".Network(n => n" + Ds + """).ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size", {|K0S404:"24"|}))""",
            ".Network(n => n" + Ds + """).ControllerManager(cm => cm.ExtraArg("node-cidr-mask-size-ipv4", "24"))""");

    [Fact]
    public Task K0S404_removes_the_plain_flag_when_the_IPv4_flag_is_set()
        => Fix(
            ".Network(n => n" + Ds + """).ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(22).NodeCidrMaskSize({|K0S404:24|}))""",
            ".Network(n => n" + Ds + ").ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(22))",
            title: "Remove node-cidr-mask-size 24");

    [Fact]
    public Task K0S404_removes_the_IPv6_flag_of_a_single_stack_IPv4_cluster()
        => Fix(
            """.ControllerManager(cm => cm.NodeCidrMaskSizeIPv6({|K0S404:64|}))""",
            """.ControllerManager(cm => { })""");

    [Fact]
    public async Task K0S404_offers_only_fixes_that_make_no_new_error()
    {
        // /64 is no IPv4 node mask: the plain flag with it would be K0S401, so only the removal is offered.
        await Fix(
            """.ControllerManager(cm => cm.NodeCidrMaskSizeIPv6({|K0S404:64|}))""",
            """.ControllerManager(cm => { })""",
            index: 0);
        await Fix(
            """.ControllerManager(cm => cm.NodeCidrMaskSizeIPv6({|K0S404:22|}))""",
            """.ControllerManager(cm => cm.NodeCidrMaskSize(22))""",
            index: 1,
            title: "Use node-cidr-mask-size 22 instead");
    }

    [Fact]
    public Task K0S402_shortens_the_pod_CIDR_to_the_default_node_mask()
        => Fix(
            """.Network(n => n.PodCidr({|K0S402:"10.244.0.0/25"|}))""",
            """.Network(n => n.PodCidr("10.244.0.0/24"))""",
            title: "Write 10.244.0.0/24");

    [Fact]
    public async Task K0S402_shortens_the_pod_CIDR_or_lengthens_the_node_mask()
    {
        const string Bad = """.Network(n => n.PodCidr({|K0S402:"10.244.0.0/21"|})).ControllerManager(cm => cm.NodeCidrMaskSize(20))""";
        await Fix(Bad, """.Network(n => n.PodCidr("10.244.0.0/20")).ControllerManager(cm => cm.NodeCidrMaskSize(20))""", index: 0, title: "Write 10.244.0.0/20");
        await Fix(Bad, """.Network(n => n.PodCidr("10.244.0.0/21")).ControllerManager(cm => cm.NodeCidrMaskSize(21))""", index: 1, title: "Set node-cidr-mask-size to 21");
    }

    [Fact]
    public Task K0S402_does_not_widen_the_pod_CIDR_into_the_service_CIDR()
        => Fix(
            """.Network(n => n.PodCidr({|K0S402:"10.96.0.128/25"|}).ServiceCidr("10.96.0.0/25"))""",
            """.Network(n => n.PodCidr({|K0S402:"10.96.0.128/25"|}).ServiceCidr("10.96.0.0/25"))""");

    [Fact]
    public async Task K0S403_narrows_the_pod_CIDR_or_shortens_the_node_mask()
    {
        const string Bad = """.Network(n => n.DualStack(ds => ds.IPv6PodCidr({|K0S403:"fd00::/96"|}).IPv6ServiceCidr("fd01::/108"))).ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(120))""";
        await Fix(Bad, """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/104").IPv6ServiceCidr("fd01::/108"))).ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(120))""", index: 0);
        await Fix(Bad, """.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/96").IPv6ServiceCidr("fd01::/108"))).ControllerManager(cm => cm.NodeCidrMaskSizeIPv6(112))""", index: 1);
    }

    [Fact]
    public Task K0S202_and_K0S203_swap_ranges_written_in_each_others_place()
        => Fix(
            """.Network(n => n.PodCidr({|K0S202:"fd00::/108"|}).DualStack(ds => ds.IPv6PodCidr({|K0S203:"10.244.0.0/16"|}).IPv6ServiceCidr("fd01::/108")))""",
            """.Network(n => n.PodCidr("10.244.0.0/16").DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""",
            iterations: 1,
            title: "Swap podCIDR and IPv6podCIDR");

    [Fact]
    public Task K0S202_offers_no_fix_when_no_range_was_written_in_the_other_ones_place()
        => Fix(
            """.Network(n => n.PodCidr({|K0S202:"fd02::/108"|})""" + Ds + ")",
            """.Network(n => n.PodCidr({|K0S202:"fd02::/108"|})""" + Ds + ")");

    [Fact]
    public async Task K0S204_turns_dual_stack_on_or_removes_the_ranges()
    {
        const string Bad = """.Network(n => n.DualStack(ds => ds.Enabled(false).IPv6PodCidr({|K0S204:"fd00::/108"|}).IPv6ServiceCidr({|K0S204:"fd01::/108"|})))""";
        await Fix(Bad, """.Network(n => n.DualStack(ds => ds.Enabled(true).IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))""", index: 0, iterations: 1, title: "Turn dual-stack on");
        await Fix(Bad, """.Network(n => n.DualStack(ds => ds.Enabled(false)))""", iterations: 2, key: "K0S204:remove");
    }

    [Fact]
    public Task K0S204_does_not_turn_dual_stack_on_when_that_makes_an_error()
        => Fix(
            """.Network(n => n.Calico().DualStack(ds => ds.Enabled(false).IPv6PodCidr({|K0S204:"fd00::/108"|}).IPv6ServiceCidr({|K0S204:"fd01::/108"|})))""",
            """.Network(n => n.Calico().DualStack(ds => ds.Enabled(false)))""",
            iterations: 2);

    [Fact]
    public Task K0S206_sets_the_primary_family_to_the_API_address_family()
        => Fix(
            """.Network(n => n.PrimaryAddressFamily({|K0S206:IPFamily.IPv6|})""" + Ds + """).Api(a => a.Address("10.0.0.1"))""",
            """.Network(n => n.PrimaryAddressFamily(IPFamily.IPv4)""" + Ds + """).Api(a => a.Address("10.0.0.1"))""",
            title: "Set primaryAddressFamily to IPv4");

    [Fact]
    public async Task K0S701_removes_the_external_address_or_turns_node_local_load_balancing_off()
    {
        const string Bad = """.Network(n => n.{|K0S701:NodeLocalLoadBalancing|}()).Api(a => a.ExternalAddress("k8s.example.com"))""";
        await Fix(Bad, """.Network(n => n.NodeLocalLoadBalancing()).Api(a => { })""", index: 0, title: "Remove api.externalAddress");
        await Fix(Bad, """.Network(n => { }).Api(a => a.ExternalAddress("k8s.example.com"))""", index: 1, title: "Turn node-local load balancing off");
        await Fix(
            """.Network(n => n.NodeLocalLoadBalancing(l => l.Enabled({|K0S701:true|}))).Api(a => a.ExternalAddress("10.0.0.10"))""",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.Enabled(false))).Api(a => a.ExternalAddress("10.0.0.10"))""",
            index: 1);
        await Fix(
            """.Network(n => n.NodeLocalLoadBalancing(l => l.{|K0S701:Enabled|}())).Api(a => a.ExternalAddress("10.0.0.10"))""",
            """.Network(n => n.NodeLocalLoadBalancing(l => l.Enabled(false))).Api(a => a.ExternalAddress("10.0.0.10"))""",
            index: 1);
    }

    [Fact]
    public Task K0S405_sets_a_node_mask_that_holds_max_pods()
        => Fix(
            """.ControllerManager(cm => cm.NodeCidrMaskSize({|K0S405:26|}))""",
            """.ControllerManager(cm => cm.NodeCidrMaskSize(25))""",
            title: "Set node-cidr-mask-size to 25");

    [Fact]
    public Task K0S503_writes_the_largest_range_every_kube_apiserver_takes()
        => Fix(
            """.Network(n => n.ServiceCidr({|K0S503:"10.96.0.0/11"|}))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/12"))""");

    [Fact]
    public Task K0S504_widens_the_service_CIDR()
        => Fix(
            """.Network(n => n.ServiceCidr({|K0S504:"10.96.0.0/32"|}))""",
            """.Network(n => n.ServiceCidr("10.96.0.0/30"))""");

    [Fact]
    public Task K0S602_removes_allocate_node_cidrs_false()
        => Fix(
            """.ControllerManager(cm => cm.ExtraArg("leader-elect", "true").ExtraArg("allocate-node-cidrs", {|K0S602:"false"|}))""",
            """.ControllerManager(cm => cm.ExtraArg("leader-elect", "true"))""",
            title: "Remove allocate-node-cidrs");

    [Fact]
    public Task A_constant_declared_elsewhere_is_not_rewritten()
        => Fix(
            """.Network(n => n.PodCidr({|K0S102:Pod|}))""",
            """.Network(n => n.PodCidr({|K0S102:Pod|}))""",
            members: "const string Pod = \"10.244.0.1/16\";");

    [Fact]
    public Task K0S102_rewrites_a_constant_passed_to_a_helper_at_the_call()
        => Fix(
            """.Network(n => n.Pods({|K0S102:"10.244.0.1/16"|}))""",
            """.Network(n => n.Pods("10.244.0.0/16"))""",
            extra: "static class Helpers { public static NetworkBuilder Pods(this NetworkBuilder n, string cidr) => n.PodCidr(cidr); }\n");

    [Fact]
    public Task K0S402_rewrites_a_constant_passed_to_a_helper_that_finishes_the_configuration()
        => Run(
            Verify.Method("""return Make({|K0S402:"10.244.0.0/25"|});""", "static ClusterConfig Make(string pod) => K0s.Cluster().Network(n => n.PodCidr(pod)).Build();"),
            Verify.Method("""return Make("10.244.0.0/24");""", "static ClusterConfig Make(string pod) => K0s.Cluster().Network(n => n.PodCidr(pod)).Build();"));

    [Fact]
    public Task A_call_of_a_helper_is_never_renamed_or_removed()
        => Fix(
            ".Network(n => n" + Ds + """).ControllerManager(cm => cm.Mask({|K0S404:24|}))""",
            ".Network(n => n" + Ds + """).ControllerManager(cm => cm.Mask({|K0S404:24|}))""",
            extra: "static class Helpers { public static ControllerManagerBuilder Mask(this ControllerManagerBuilder cm, int size) => cm.NodeCidrMaskSize(size); }\n");

    [Fact]
    public Task K0S301_from_a_factory_offers_no_fix_at_the_call()
        => Fix(
            """.Network(n => n""" + Ds + ")",
            """.Network(n => n""" + Ds + ")",
            extra: "static class Helpers { public static ClusterConfigBuilder Base() => K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.Vxlan))); }\n",
            start: "Helpers.{|K0S301:Base|}()");

    [Fact]
    public Task Fixes_work_on_a_builder_in_a_local_configured_over_several_statements()
        => Run(
            Verify.Method("""
                var b = K0s.Cluster();
                b.Network(n => n.{|K0S301:Calico|}());
                b.Network(n => n.KubeProxy(kp => kp.Mode({|K0S304:KubeProxyMode.Userspace|})));
                b.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
                b.ControllerManager(cm => cm.NodeCidrMaskSize({|K0S404:24|}));
                return b.Build();
                """),
            Verify.Method("""
                var b = K0s.Cluster();
                b.Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)));
                b.Network(n => n.KubeProxy(kp => kp.Mode(KubeProxyMode.Iptables)));
                b.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
                b.ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(24));
                return b.Build();
                """),
            iterations: 3,
            skipFixAll: true);

    [Fact]
    public Task Fix_all_rewrites_every_occurrence_in_a_document()
        => Run(
            Verify.Method(
                """return K0s.Cluster().Network(n => n.PodCidr({|K0S102:"10.244.0.1/16"|}).ServiceCidr({|K0S102:"10.96.0.1/12"|})).Build();""",
                """static ClusterConfig Other() => K0s.Cluster().Network(n => n.PodCidr({|K0S102:"10.245.0.1/16"|})).Build();"""),
            Verify.Method(
                """return K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/16").ServiceCidr("10.96.0.0/12")).Build();""",
                """static ClusterConfig Other() => K0s.Cluster().Network(n => n.PodCidr("10.245.0.0/16")).Build();"""),
            iterations: 3,
            fixAllIterations: 1);

    [Fact]
    public async Task Fix_all_in_project_and_solution_reaches_every_file_and_project()
    {
        const string Other = """
            using K0sConfig;

            static class Other
            {
                static ClusterConfig Make() => K0s.Cluster().Network(n => n.PodCidr({|K0S402:"10.244.0.0/25"|})).Build();
            }
            """;
        var test = new Test
        {
            TestCode = Verify.Chain(""".Network(n => n.PodCidr({|K0S402:"10.244.0.0/26"|}))"""),
            FixedCode = Verify.Chain(""".Network(n => n.PodCidr("10.244.0.0/24"))"""),
            NumberOfIncrementalIterations = 3,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 3,
            NumberOfFixAllInProjectIterations = 2,
            CodeActionEquivalenceKey = "K0S402:shorten-pod-cidr",
        };
        test.TestState.Sources.Add(("Other.cs", Other));
        test.FixedState.Sources.Add(("Other.cs", Other.Replace("""{|K0S402:"10.244.0.0/25"|}""", "\"10.244.0.0/24\"", StringComparison.Ordinal)));
        const string Third = """
            using K0sConfig;

            static class Third
            {
                static ClusterConfig Make() => K0s.Cluster().Network(n => n.PodCidr({|K0S402:"10.1.0.0/30"|})).Build();
            }
            """;
        test.TestState.AdditionalProjects["Second"].Sources.Add(("Third.cs", Third));
        test.TestState.AdditionalProjects["Second"].AdditionalReferences.Add(typeof(K0s).Assembly);
        test.FixedState.AdditionalProjects["Second"].Sources.Add(("Third.cs", Third.Replace("""{|K0S402:"10.1.0.0/30"|}""", "\"10.1.0.0/24\"", StringComparison.Ordinal)));
        test.FixedState.AdditionalProjects["Second"].AdditionalReferences.Add(typeof(K0s).Assembly);
        await test.RunAsync();
    }

    private static Task Fix(
        string chain,
        string fixedChain,
        string members = "",
        string extra = "",
        string start = "K0s.Cluster()",
        int? index = null,
        int? iterations = null,
        string? title = null,
        string? key = null)
        => Run(
            Verify.Chain(chain, members).Replace("K0s.Cluster()", start, StringComparison.Ordinal) + extra,
            Verify.Chain(fixedChain, members).Replace("K0s.Cluster()", start, StringComparison.Ordinal) + extra,
            index,
            iterations,
            title: title,
            key: key);

    private static async Task Run(string source, string fixedSource, int? index = null, int? iterations = null, int? fixAllIterations = null, bool skipFixAll = false, string? title = null, string? key = null)
    {
        var test = new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = index,
            CodeActionEquivalenceKey = key,
        };
        if (iterations != null)
        {
            test.NumberOfIncrementalIterations = iterations.Value;
            test.NumberOfFixAllIterations = fixAllIterations ?? iterations.Value;
        }

        if (title != null)
        {
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
        }

        if (skipFixAll)
        {
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
        }

        await test.RunAsync();
    }

    private sealed class Test : CSharpCodeFixTest<K0sConfigAnalyzer, K0sConfigCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            TestState.AdditionalReferences.Add(typeof(K0s).Assembly);
            FixedState.AdditionalReferences.Add(typeof(K0s).Assembly);
        }

        // As in Verify.Test: leave the rules' own severities and .editorconfig alone.
        protected override Project ApplyCompilationOptions(Project project)
            => project.WithCompilationOptions(project.CompilationOptions!.WithSpecificDiagnosticOptions(
                project.CompilationOptions.SpecificDiagnosticOptions.SetItem("AD0001", ReportDiagnostic.Error)));
    }
}
