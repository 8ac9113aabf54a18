using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>The C# constructs the analyzer understands (issue 4, item 2), and those it deliberately treats as unknown.</summary>
public class ConstructTests
{
    // ---- Fluent chains and lambdas -------------------------------------------------------------------------

    [Fact]
    public Task Nested_block_lambdas_reach_every_section()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n =>
                        {
                            n.Calico(c =>
                            {
                                c.Mode({|K0S301:CalicoMode.Vxlan|});
                            });
                            n.DualStack(ds =>
                            {
                                ds.IPv6PodCidr("fd00::/108");
                                ds.IPv6ServiceCidr("fd01::/108");
                            });
                        })
            """));

    [Fact]
    public Task Expression_bodied_lambdas()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n => n.PodCidr("10.96.0.0/16").ServiceCidr({|K0S501:"10.96.0.0/12"|}))
            """));

    [Fact]
    public Task Block_bodied_lambda_over_several_statements()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n =>
                        {
                            n.PodCidr("10.96.0.0/16");
                            n.ServiceCidr({|K0S501:"10.96.0.0/12"|});
                        })
            """));

    [Fact]
    public Task Typed_static_lambda_and_anonymous_method()
        => Verify.Analyzer(Verify.Chain("""
            .Network(static (NetworkBuilder n) => n.PodCidr("10.96.0.0/16"))
                        .Network(delegate (NetworkBuilder n) { n.ServiceCidr({|K0S501:"10.96.0.0/12"|}); })
            """));

    [Fact]
    public Task Sections_in_any_order()
        => Verify.Analyzer(Verify.Chain("""
            .ControllerManager(cm => cm.NodeCidrMaskSize({|K0S404:24|}))
                        .Api(a => a.Address("10.0.0.1"))
                        .Network(n => n.DualStack(ds => ds.IPv6ServiceCidr("fd01::/108").IPv6PodCidr("fd00::/108")).Calico(c => c.Mode({|K0S301:CalicoMode.Vxlan|})))
            """));

    [Fact]
    public Task Section_called_twice_adds_up()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n => n.PodCidr("10.96.0.0/16"))
                        .Network(n => n.ServiceCidr({|K0S501:"10.96.0.0/12"|}))
            """));

    [Fact]
    public Task The_last_write_wins()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n => n.PodCidr("10.244.0.0/25").PodCidr("10.244.0.0/16"))
                        .Network(n => n.ServiceCidr("10.96.0.0/16").ServiceCidr({|K0S503:"10.96.0.0/11"|}))
            """));

    [Fact]
    public Task A_value_written_over_is_still_checked_on_its_own()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n => n.PodCidr({|K0S101:"10.244.0.0/33"|}).PodCidr("10.244.0.0/16").ServiceCidr({|K0S102:"10.96.0.1/12"|}).ServiceCidr("10.96.0.0/12"))
                        .Api(a => a.Port({|K0S106:70000|}).Port(6443))
                        .ControllerManager(cm => cm.ExtraArg({|K0S601:"--node-cidr-mask-size"|}, "24").ExtraArg("node-cidr-mask-size", "24"))
            """));

    [Fact]
    public Task The_last_write_wins_in_reverse()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n => n.PodCidr("10.244.0.0/16").PodCidr({|K0S402:"10.244.0.0/25"|}))
            """));

    // ---- Compile-time constants ----------------------------------------------------------------------------

    [Fact]
    public Task Const_fields_and_const_locals()
        => Verify.Analyzer(Verify.Method(
            """
                    const string service = "10.96.0.0/12";
                    return K0s.Cluster()
                        .Network(n => n.PodCidr(Pod).ServiceCidr({|K0S501:service|}))
                        .Api(a => a.Address({|K0S103:Cidrs.Address|}))
                        .Build();
            """,
            """
                private const string Pod = "10.96.0.0/16";

                private static class Cidrs
                {
                    public const string Address = "10.0.0.256";
                }
            """));

    [Fact]
    public Task Constant_interpolated_strings()
        => Verify.Analyzer(Verify.Method(
            """
                    return K0s.Cluster()
                        .Network(n => n.PodCidr($"{Prefix}.0.0/16").ServiceCidr({|K0S501:$"{Prefix}.0.0/12"|}))
                        .Network(n => n.DualStack(ds => ds.IPv6PodCidr({|K0S101:$"{V6}::/129"|}).IPv6ServiceCidr("fd01::/108")))
                        .Build();
            """,
            """
                private const string Prefix = "10.96";
                private const string V6 = "fd00";
            """));

    [Fact]
    public Task String_concatenation_of_constants()
        => Verify.Analyzer(Verify.Method(
            """
                    const string mask = "/12";
                    return K0s.Cluster()
                        .Network(n => n.PodCidr(Prefix + ".0.0" + "/16").ServiceCidr({|K0S501:Prefix + ".0.0" + mask|}))
                        .Api(a => a.Address({|K0S103:Prefix + ".0.256"|}))
                        .Build();
            """,
            """
                private const string Prefix = "10.96";
            """));

    [Fact]
    public Task Enum_members_const_enums_and_using_static()
        => Verify.Analyzer(
            "using static K0sConfig.CalicoMode;\n" + Verify.Chain(
                """
                .Network(n => n.Calico(c => c.Mode({|K0S301:Vxlan|})).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                            .Network(n => n.KubeProxy(kp => kp.Mode({|K0S304:Proxy|})))
                """,
                "    private const KubeProxyMode Proxy = KubeProxyMode.Userspace;"));

    [Fact]
    public Task Named_and_reordered_arguments_report_at_the_value_only()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n => n.PodCidr(cidr: {|K0S101:"10.244.0.0/33"|}))
                        .ControllerManager(cm => cm.ExtraArg(value: {|K0S602:"10.244.0.0/16"|}, name: "cluster-cidr").ExtraArg(value: "1", name: {|K0S601:"--v"|}))
                        .Api(a => a.Port(port: {|K0S106:70000|}))
            """));

    // ---- The builder in a local ----------------------------------------------------------------------------

    [Fact]
    public Task Builder_in_a_local_configured_over_several_statements()
        => Verify.Analyzer(Verify.Method("""
                    var b = K0s.Cluster();
                    b.Network(n => n.PodCidr("10.96.0.0/16"));
                    b.Api(a => a.Address("10.0.0.1"));
                    b.Network(n => n.ServiceCidr({|K0S501:"10.96.0.0/12"|}));
                    return b.Build();
            """));

    [Fact]
    public Task Chain_stored_in_a_typed_local_and_continued()
        => Verify.Analyzer(Verify.Method("""
                    ClusterConfigBuilder b = K0s.Cluster().Network(n => n.Calico(c => c.Mode({|K0S301:CalicoMode.Vxlan|})));
                    b.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
                    return b.Build();
            """));

    [Fact]
    public Task Reassigned_local_makes_cross_field_rules_silent_but_not_per_value_rules()
        => Verify.Analyzer(Verify.Method("""
                    var b = K0s.Cluster();
                    b.Network(n => n.PodCidr("10.96.0.0/16"));
                    b = K0s.Cluster();
                    b.Network(n => n.ServiceCidr("10.96.0.0/12").ClusterDomain({|K0S105:"cluster local"|}));
                    return b.Build();
            """));

    [Fact]
    public Task Local_passed_elsewhere_makes_cross_field_rules_silent_but_not_per_value_rules()
        => Verify.Analyzer(Verify.Method(
            """
                    var b = K0s.Cluster();
                    b.Network(n => n.PodCidr("10.96.0.0/16").ServiceCidr("10.96.0.0/12"));
                    Configure(b);
                    b.Network(n => n.DualStack(ds => ds.IPv6PodCidr({|K0S101:"fd00::/129"|})));
                    return b.Build();
            """,
            """
                // Virtual: an override elsewhere may do anything with the builder.
                protected virtual void Configure(ClusterConfigBuilder builder) { }
            """));

    [Fact]
    public Task Writes_after_the_local_was_passed_elsewhere_are_unknown_too()
        => Verify.Analyzer(Verify.Method(
            """
                    var b = K0s.Cluster();
                    Register(b);
                    b.Network(n => n.PodCidr("10.96.0.0/16").ServiceCidr("10.96.0.0/12"));
                    Apply();
                    return b.Build();
            """,
            """
                private static readonly List<ClusterConfigBuilder> s_builders = new();

                // Stores the builder; Apply changes it later, after the writes above.
                private static void Register(ClusterConfigBuilder builder) => s_builders.Add(builder);

                private static void Apply() => s_builders.ForEach(b => b.Network(n => n.ServiceCidr("10.112.0.0/12")));
            """));

    [Fact]
    public Task Aliased_local_is_unknown()
        => Verify.Analyzer(Verify.Method("""
                    var a = K0s.Cluster();
                    var b = a;
                    a.Network(n => n.PodCidr("10.244.0.0/16").ServiceCidr("10.244.0.0/16"));
                    b.Network(n => n.ServiceCidr("10.96.0.0/12"));
                    return a.Build();
            """));

    [Fact]
    public Task Aliased_section_builder_is_unknown()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n =>
                        {
                            var alias = n.PodCidr("10.244.0.0/16");
                            n.ServiceCidr("10.244.0.0/16");
                            alias.ServiceCidr("10.96.0.0/12");
                        })
            """));

    [Fact]
    public Task Reassigned_lambda_parameter_is_unknown()
        => Verify.Analyzer(Verify.Method(
            """
                    return K0s.Cluster()
                        .Network(n =>
                        {
                            n = s_other!;
                            n.PodCidr("10.244.0.0/25");
                            n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"));
                        })
                        .Build();
            """,
            """
                private static NetworkBuilder? s_other;
            """));

    [Fact]
    public Task Lambda_parameter_passed_by_ref_is_unknown()
        => Verify.Analyzer(Verify.Method(
            """
                    return K0s.Cluster()
                        .Network(n =>
                        {
                            Swap(ref n);
                            n.PodCidr("10.244.0.0/25");
                            n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"));
                        })
                        .Build();
            """,
            """
                private static NetworkBuilder? s_other;

                private static void Swap(ref NetworkBuilder n) => n = s_other!;
            """));

    // ---- Values written only sometimes ---------------------------------------------------------------------

    /// <summary>
    /// Pod and service overlap only when the statement in <c>{0}</c> runs; K0S501 needs both known, so it is
    /// silent. The invalid domain next to it is a per-value finding and is reported anyway.
    /// </summary>
    [Theory]
    [InlineData("if", "if (flag) { {0} }")]
    [InlineData("else", "if (flag) { } else { {0} }")]
    [InlineData("for", "for (int i = 0; i < count; i++) { {0} }")]
    [InlineData("foreach", "foreach (var item in items) { {0} }")]
    [InlineData("while", "while (flag) { {0} flag = false; }")]
    [InlineData("do", "do { {0} } while (flag);")]
    [InlineData("switch", "switch (count) { case 1: {0} break; }")]
    [InlineData("switch expression", "_ = count switch { 1 => {1}, _ => b };")]
    [InlineData("conditional", "_ = flag ? {1} : b;")]
    [InlineData("null coalescing", "_ = maybe ?? {1};")]
    [InlineData("try with catch", "try { Work(); {0} } catch (InvalidOperationException) { }")]
    [InlineData("catch", "try { Work(); } catch (InvalidOperationException) { {0} }")]
    [InlineData("finally", "try { Work(); } finally { {0} }")]
    [InlineData("lambda", "Action later = () => {1}; later();")]
    [InlineData("local function", "void Later() => {1}; Later();")]
    [InlineData("local function declared last", "Later(); void Later() => {1};")]
    [InlineData("goto label", "goto again; again: {0}")]
    public Task Value_written_only_sometimes_is_unknown_to_cross_field_rules(string construct, string shape)
    {
        _ = construct;
        return WrittenIn(
            shape,
            """b.Network(n => n.ServiceCidr("10.96.0.0/12").ClusterDomain({|K0S105:"cluster local"|}))""",
            """
                private bool flag;
                private int count;
                private int[] items = { 1 };
                private ClusterConfigBuilder? maybe;

                private static void Work() { }
            """);
    }

    [Theory]
    [InlineData("using", "using (new System.IO.MemoryStream()) { {0} }")]
    [InlineData("lock", "lock (items) { {0} }")]
    [InlineData("try without catch", "try { {0} } finally { Work(); }")]
    [InlineData("block", "{ {0} }")]
    public Task Value_written_in_straight_line_code_is_known(string construct, string shape)
    {
        _ = construct;
        return WrittenIn(
            shape,
            """b.Network(n => n.ServiceCidr({|K0S501:"10.96.0.0/12"|}))""",
            """
                private int[] items = { 1 };

                private static void Work() { }
            """);
    }

    /// <summary>
    /// A method that sets a /16 pod CIDR on a builder local <c>b</c>, then runs <paramref name="shape"/> with
    /// <paramref name="write"/> in place of <c>{0}</c> (as a statement) or <c>{1}</c> (as an expression), then builds.
    /// </summary>
    private static Task WrittenIn(string shape, string write, string members)
    {
        string body = """
                    var b = K0s.Cluster();
                    b.Network(n => n.PodCidr("10.96.0.0/16"));

            """ + "        " + shape.Replace("{0}", write + ";", StringComparison.Ordinal).Replace("{1}", write, StringComparison.Ordinal) + """

                    return b.Build();
            """;
        return Verify.Analyzer(Verify.Method(body, members));
    }

    [Fact]
    public Task Value_written_inside_a_section_only_sometimes_is_unknown()
        => Verify.Analyzer(Verify.Method(
            """
                    return K0s.Cluster()
                        .Network(n =>
                        {
                            n.PodCidr("10.96.0.0/16");
                            if (flag)
                            {
                                n.ServiceCidr("10.96.0.0/12").ClusterDomain({|K0S105:"cluster local"|});
                            }
                        })
                        .Build();
            """,
            """
                private bool flag;
            """));

    [Fact]
    public Task Section_called_only_sometimes_is_unknown()
        => Verify.Analyzer(Verify.Method(
            """
                    var b = K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.Vxlan)));
                    if (flag)
                    {
                        b.Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
                    }

                    return b.Build();
            """,
            """
                private bool flag;
            """));

    [Fact]
    public Task Provider_chosen_only_sometimes_is_unknown()
        => Verify.Analyzer(Verify.Method(
            """
                    return K0s.Cluster()
                        .Network(n =>
                        {
                            n.Calico();
                            if (flag) { n.KubeRouter(); }
                        })
                        .Build();
            """,
            """
                private bool flag;
            """));

    /// <summary>A lambda can run after statements that follow it: what it writes stays unknown.</summary>
    [Fact]
    public Task Write_in_a_lambda_that_runs_later_stays_unknown()
        => Verify.Analyzer(Verify.Method("""
                    var b = K0s.Cluster();
                    Action fix = () => b.Network(n => n.ServiceCidr("10.96.0.0/12"));
                    b.Network(n => n.PodCidr("10.244.0.0/16").ServiceCidr("10.244.0.0/16"));
                    fix();
                    return b.Build();
            """));

    [Fact]
    public Task Write_in_a_local_function_that_runs_later_stays_unknown()
        => Verify.Analyzer(Verify.Method("""
                    var b = K0s.Cluster();
                    void Fix() => b.Network(n => n.ServiceCidr("10.96.0.0/12"));
                    b.Network(n => n.PodCidr("10.244.0.0/16").ServiceCidr("10.244.0.0/16"));
                    Fix();
                    return b.Build();
            """));

    [Fact]
    public Task Write_in_a_nested_lambda_inside_a_section_stays_unknown()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n =>
                        {
                            Action fix = () => n.ServiceCidr("10.96.0.0/12");
                            n.PodCidr("10.244.0.0/16").ServiceCidr("10.244.0.0/16");
                            fix();
                        })
            """));

    /// <summary>
    /// An async lambda passed as a section callback returns at its first await; what it writes after that lands
    /// whenever the continuation runs, maybe after Build().
    /// </summary>
    [Fact]
    public Task Write_in_an_async_section_lambda_is_unknown()
        => Verify.Analyzer(Verify.Chain("""
            .Network(async n =>
                        {
                            await System.Threading.Tasks.Task.Yield();
                            n.PodCidr("10.96.0.0/16").ClusterDomain({|K0S105:"cluster local"|});
                        })
                        .Network(n => n.ServiceCidr("10.96.0.0/12"))
            """));

    [Fact]
    public Task Interpolated_string_with_a_non_constant_hole_is_unknown()
        => Verify.Analyzer(Verify.Method(
            """
                    string prefix = "10.96";
                    return K0s.Cluster().Network(n => n.PodCidr($"{prefix}.0.0/33").ServiceCidr(prefix + ".0.0/33")).Build();
            """));

    [Fact]
    public Task Default_argument_is_reported_at_the_method_name()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n => n.{|#0:Calico|}().DualStack(ds => ds.{|#1:Enabled|}().IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
            """),
            Verify.At("K0S301").WithLocation(0).WithLocation(1));

    [Fact]
    public Task Chain_in_a_field_initializer_and_a_property()
        => Verify.Analyzer(Verify.Usings + """
            class C
            {
                private static readonly ClusterConfig s_config = K0s.Cluster().Network(n => n.PodCidr("10.96.0.0/16").ServiceCidr({|K0S501:"10.96.0.0/12"|})).Build();

                public ClusterConfig Config => K0s.Cluster().Network(n => n.PodCidr({|K0S402:"10.244.0.0/25"|})).Build();
            }
            """);

    [Fact]
    public Task Top_level_statements()
    {
        Verify.Test test = Verify.Create(Verify.Usings + """
            var b = K0s.Cluster();
            b.Network(n => n.PodCidr("10.96.0.0/16"));
            b.Network(n => n.ServiceCidr({|K0S501:"10.96.0.0/12"|}));
            System.Console.WriteLine(b.Build());
            """);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    // ---- Builders that come from elsewhere ------------------------------------------------------------------

    [Fact]
    public Task Method_group_as_section_callback_is_followed_and_its_body_is_checked_per_value()
        => Verify.Analyzer(Verify.Chain(
            """
            .Network(n => n.PodCidr("10.96.0.0/16"))
                        .Network(ConfigureNetwork)
                        .Network(n => n.ServiceCidr("10.96.0.0/12"))
            """,
            """
                private static void ConfigureNetwork(NetworkBuilder n) => n.PodCidr("10.112.0.0/16").ClusterDomain({|K0S105:"cluster local"|});
            """));

    [Fact]
    public Task Delegate_from_elsewhere_as_section_callback_is_unknown()
        => Verify.Analyzer(Verify.Method(
            """
                    return K0s.Cluster()
                        .Network(n => n.PodCidr("10.96.0.0/16"))
                        .Network(s_configure)
                        .Network(n => n.ServiceCidr("10.96.0.0/12"))
                        .Build();
            """,
            """
                private static Action<NetworkBuilder> s_configure = n => n.PodCidr("10.112.0.0/16");
            """));

    [Fact]
    public Task Null_callback_writes_nothing()
        => Verify.Analyzer(Verify.Chain("""
            .Network(n => n.Calico(null).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                        .Network(n => n.{|K0S301:Calico|}())
            """));

    [Fact]
    public Task Extension_methods_on_builders_are_followed_and_their_bodies_are_checked_per_value()
        => Verify.Analyzer(
            Verify.Chain("""
                .Network(n => n.PodCidr("10.96.0.0/16").UseDefaults().ServiceCidr("10.96.0.0/12"))
                            .{|K0S404:WithMasks|}()
                            .Network(n => n.PodCidr("10.96.0.0/16").ServiceCidr({|K0S501:"10.96.0.0/12"|}))
                """) + """

            static class BuilderExtensions
            {
                public static NetworkBuilder UseDefaults(this NetworkBuilder n) => n.ServiceCidr("10.112.0.0/12").PodCidr({|K0S101:"10.244.0.0/33"|});

                public static ClusterConfigBuilder WithMasks(this ClusterConfigBuilder b) => b.ControllerManager(cm => cm.NodeCidrMaskSizeIPv4({|K0S401:33|}));
            }
            """);

    [Fact]
    public Task Builders_stored_in_fields_are_unknown_and_checked_per_value()
        => Verify.Analyzer(Verify.Method(
            """
                    _builder.Network(n => n.ServiceCidr("10.96.0.0/12").ClusterDomain({|K0S105:"cluster local"|}));
                    K0s.Cluster().Network(n => _network = n);
                    _network!.PodCidr("10.96.0.0/16").ServiceCidr("10.96.0.0/12");
                    return _builder.Build();
            """,
            """
                private readonly ClusterConfigBuilder _builder = K0s.Cluster().Network(n => n.PodCidr("10.96.0.0/16").ServiceCidr({|K0S102:"10.96.0.1/12"|}));
                private NetworkBuilder? _network;
            """));

    [Fact]
    public Task Null_conditional_calls_are_checked_per_value_and_unknown_otherwise()
        => Verify.Analyzer(Verify.Method(
            """
                    _network?.PodCidr({|K0S101:"10.244.0.0/33"|})?.ServiceCidr("10.96.0.0/12");
                    _network?.DualStack(ds => { });
                    var config = K0s.Cluster()?.Network(n => n.PodCidr("10.96.0.0/16").ServiceCidr("10.96.0.0/12"))?.Build();
                    return config!;
            """,
            """
                private NetworkBuilder? _network;
            """));

    // ---- Code the analyzer does not look at -----------------------------------------------------------------

    [Fact]
    public Task Code_without_K0sConfig_gets_no_diagnostics()
    {
        Verify.Test test = Verify.Create(
            """
            namespace K0sConfig.Lookalike
            {
                public sealed class NetworkBuilder
                {
                    public NetworkBuilder PodCidr(string cidr) => this;
                }

                public static class K0s
                {
                    public static NetworkBuilder Cluster(string name = "k0s") => new NetworkBuilder();
                }

                public class C
                {
                    public NetworkBuilder M() => K0s.Cluster().PodCidr("10.244.0.0/33");
                }
            }
            """,
            referenceK0sConfig: false);
        return test.RunAsync();
    }

    [Fact]
    public Task Lookalike_types_next_to_K0sConfig_get_no_diagnostics()
        => Verify.Analyzer("""
            namespace Lookalike
            {
                public sealed class NetworkBuilder
                {
                    public NetworkBuilder PodCidr(string cidr) => this;
                }

                public static class K0s
                {
                    public static NetworkBuilder Cluster() => new NetworkBuilder();
                }

                public class C
                {
                    public NetworkBuilder M() => K0s.Cluster().PodCidr("10.244.0.0/33");

                    public K0sConfig.ClusterConfig Real() => K0sConfig.K0s.Cluster().Network(n => n.PodCidr({|K0S101:"10.244.0.0/33"|})).Build();
                }
            }
            """);

    [Theory]
    [InlineData("Config.g.cs", "")]
    [InlineData("Config.generated.cs", "")]
    [InlineData("Config.cs", "// <auto-generated/>\n")]
    [InlineData("Config.cs", "// <autogenerated />\n")]
    public Task Generated_code_is_not_analyzed(string fileName, string header)
    {
        Verify.Test test = Verify.Create();
        test.TestState.Sources.Add((fileName, header + Verify.Chain("""
            .Network(n => n.PodCidr("10.244.0.0/33").ServiceCidr("10.244.0.0/12"))
            """)));

        // The same code in a hand-written file is analyzed, so the test shows the file name or header is what matters.
        test.TestState.Sources.Add(("Handwritten.cs", Verify.Chain("""
            .Network(n => n.PodCidr({|K0S101:"10.244.0.0/33"|}))
            """).Replace("class C", "class D", StringComparison.Ordinal)));
        return test.RunAsync();
    }

    [Fact]
    public Task Code_marked_GeneratedCode_is_not_analyzed()
        => Verify.Analyzer(Verify.Chain(
            """.Network(n => n.PodCidr("10.244.0.0/33"))""").Replace("class C", "[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")]\nclass C", StringComparison.Ordinal));
}
