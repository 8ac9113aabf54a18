using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// Builders followed across methods (issue 9): factories, overlays, helpers that take a builder, extension methods,
/// method groups as section callbacks, and constants passed as arguments. Each construct fires at the place
/// docs/analyzer.md names and stays silent on valid code and on what cannot be known.
/// </summary>
public class CompositionTests
{
    private const string DualStackRanges = """DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))""";

    private static string Source(string members)
        => Verify.Usings + "using System;\nusing System.Collections.Generic;\n\nstatic class Config\n{\n" + members + "\n}\n";

    [Fact]
    public Task Factory_with_Calico_and_an_overlay_with_dual_stack_reports_K0S301_at_the_factory_call()
        => Verify.Analyzer(
            Source($$"""
                static ClusterConfigBuilder Base() => K0s.Cluster("prod")
                    .Network(n => n.{|#1:Calico|}().PodCidr("10.244.0.0/16"));

                public static ClusterConfig Prod() => {|#0:Base|}()
                    .Network(n => n.{|#2:DualStack|}(ds => ds
                        .IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                    .Build();
                """),
            Verify.Diagnostic("K0S301").WithLocation(0).WithLocation(1).WithLocation(2)
                .ArgsVia("Base()", "vxlan", " (vxlan is Calico's default mode)"));

    [Fact]
    public Task A_lambda_stored_in_a_local_applies_where_it_is_passed()
        => Verify.Analyzer(
            Source($$"""
                public static ClusterConfig Prod()
                {
                    Action<NetworkBuilder> network = n => n.{|#0:Calico|}();
                    return K0s.Cluster().Network(network)
                        .Network(n => n.{|#1:DualStack|}(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                        .Build();
                }
                """),
            Verify.Diagnostic("K0S301").WithLocation(0).WithLocation(1).Args("vxlan", " (vxlan is Calico's default mode)"));

    [Fact]
    public Task A_method_group_stored_in_a_local_applies_where_it_is_passed()
        => Verify.Analyzer(
            Source($$"""
                static void Configure(NetworkBuilder n) => n.{|#1:Calico|}();

                public static ClusterConfig Prod()
                {
                    var network = new Action<NetworkBuilder>({|#0:Configure|});
                    return K0s.Cluster().Network(network)
                        .Network(n => n.{|#2:DualStack|}(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                        .Build();
                }
                """),
            Verify.Diagnostic("K0S301").WithLocation(0).WithLocation(1).WithLocation(2)
                .ArgsVia("Configure", "vxlan", " (vxlan is Calico's default mode)"));

    [Fact]
    public Task A_stored_callback_the_block_may_replace_stays_unknown()
        => Verify.Analyzer(Source($$"""
            static void Change(ref Action<NetworkBuilder> f) => f = n => n.Calico(c => c.Mode(CalicoMode.Bird));

            public static ClusterConfig Reassigned(bool flag)
            {
                Action<NetworkBuilder> network = n => n.Calico();
                if (flag) { network = n => n.Calico(c => c.Mode(CalicoMode.Bird)); }
                return K0s.Cluster().Network(network).Network(n => n.{{DualStackRanges}}).Build();
            }

            public static ClusterConfig ByReference()
            {
                Action<NetworkBuilder> network = n => n.Calico();
                Change(ref network);
                return K0s.Cluster().Network(network).Network(n => n.{{DualStackRanges}}).Build();
            }

            public static ClusterConfig Aliased()
            {
                Action<NetworkBuilder> network = n => n.Calico();
                ref Action<NetworkBuilder> alias = ref network;
                alias = n => n.Calico(c => c.Mode(CalicoMode.Bird));
                return K0s.Cluster().Network(network).Network(n => n.{{DualStackRanges}}).Build();
            }

            public static ClusterConfig FromOutside(Action<NetworkBuilder> network)
                => K0s.Cluster().Network(n => n.Calico()).Network(network).Network(n => n.{{DualStackRanges}}).Build();

            public static ClusterConfig ChoosesBird()
            {
                Action<NetworkBuilder> network = n => n.Calico(c => c.Mode(CalicoMode.Bird));
                return K0s.Cluster().Network(network).Network(n => n.{{DualStackRanges}}).Build();
            }
            """));

    [Fact]
    public Task Overlay_that_chooses_bird_overrides_the_factory_and_is_silent()
        => Verify.Analyzer(Source($$"""
            static ClusterConfigBuilder Base() => K0s.Cluster("prod")
                .Network(n => n.Calico().PodCidr("10.244.0.0/16"));

            public static ClusterConfig Prod() => Base()
                .Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).{{DualStackRanges}})
                .Build();
            """));

    [Fact]
    public Task Block_bodied_factory_with_a_local_is_followed()
        => Verify.Analyzer(Source($$"""
            static ClusterConfigBuilder Base()
            {
                var b = K0s.Cluster();
                b.Network(n => n.PodCidr("10.96.0.0/16"));
                return b;
            }

            public static ClusterConfig Prod() => Base()
                .Network(n => n.ServiceCidr({|K0S501:"10.96.0.0/12"|}))
                .Build();
            """));

    [Fact]
    public Task Nested_factories_report_in_the_block_that_finishes_the_configuration()
        => Verify.Analyzer(Source($$"""
            static ClusterConfigBuilder Base() => K0s.Cluster().Network(n => n.Calico());

            static ClusterConfigBuilder Small() => Base().Network(n => n.{{DualStackRanges}});

            public static ClusterConfig Final() => {|K0S301:Small|}().Build();
            """));

    [Fact]
    public Task Factory_nothing_finishes_stays_silent()
        => Verify.Analyzer(Source($$"""
            public static ClusterConfigBuilder Base() => K0s.Cluster().Network(n => n.Calico().{{DualStackRanges}});
            """));

    [Fact]
    public Task Per_value_mistake_in_a_factory_is_reported_once_in_the_factory()
        => Verify.Analyzer(Source($$"""
            static ClusterConfigBuilder Base() => K0s.Cluster().Network(n => n.PodCidr({|K0S101:"10.244.0.0/33"|}));

            public static ClusterConfig Prod() => Base().Network(n => n.ServiceCidr("10.96.0.0/12")).Build();

            public static ClusterConfig Staging() => Base().Build();
            """));

    [Fact]
    public Task Constant_passed_to_a_factory_is_reported_at_the_argument_also_when_the_builder_is_returned()
        => Verify.Analyzer(Source($$"""
            static ClusterConfigBuilder Base(string pod) => K0s.Cluster().Network(n => n.PodCidr(pod));

            static ClusterConfigBuilder Small() => Base({|K0S101:"10.244.0.0/33"|}).Network(n => n.ServiceCidr("10.96.0.0/12"));

            public static ClusterConfig Final() => Small().Build();

            public static ClusterConfig Other() => Base({|K0S102:"10.244.0.1/16"|}).Build();
            """));

    [Fact]
    public Task Make_with_constants_is_checked_for_each_call()
        => Verify.Analyzer(Source($$"""
            static ClusterConfig Make(string pod, string svc) => K0s.Cluster()
                .Network(n => n.PodCidr(pod).ServiceCidr(svc))
                .Build();

            static readonly string s_pod = Environment.GetEnvironmentVariable("POD") ?? "";

            public static void All()
            {
                Make("10.244.0.0/16", "10.96.0.0/12");
                Make({|K0S402:"10.244.0.0/25"|}, "10.96.0.0/12");
                Make({|K0S101:"10.244.0.0/33"|}, "10.96.0.0/12");
                Make(s_pod, "10.96.0.0/12");
                Make(svc: "10.96.0.0/12", pod: {|K0S402:"10.244.0.0/26"|});
            }
            """));

    [Fact]
    public Task Constants_passed_on_through_any_number_of_methods_are_followed()
        => Verify.Analyzer(Source($$"""
            static ClusterConfig Make(string pod, string svc) => K0s.Cluster().Network(n => n.PodCidr(pod).ServiceCidr(svc)).Build();

            static ClusterConfig Make2(string pod) => Make(pod, "10.96.0.0/12");

            static ClusterConfig Make3(string pod) => Make2(pod);

            static ClusterConfig Make4(string pod, int unused = 0) => Make3(pod);

            static void Log(string text) { }

            static ClusterConfig Make5(string pod)
            {
                Log(pod);
                return Make4(pod);
            }

            public static void All()
            {
                Make2({|K0S402:"10.244.0.0/25"|});
                Make2("10.244.0.0/16");
                Make3({|K0S402:"10.244.0.0/25"|});
                Make4({|K0S101:"10.244.0.0/33"|});
                Make5({|K0S402:"10.244.0.0/25"|});
                Make5("10.244.0.0/16");
                Log("10.244.0.0/33");
                Make5(Environment.GetEnvironmentVariable("POD") ?? "10.244.0.0/25"); // not a constant: unknown
            }
            """));

    [Fact]
    public Task Methods_that_pass_constants_around_in_a_cycle_are_followed_once_each()
        => Verify.Analyzer(Source($$"""
            static ClusterConfig Make(string pod) => K0s.Cluster().Network(n => n.PodCidr(pod)).Build();

            static int Ping(string pod) => Pong(pod);

            static int Pong(string pod) => Ping(pod);

            static ClusterConfig Left(string pod, bool last) => last ? Make(pod) : Right(pod, true);

            static ClusterConfig Right(string pod, bool last) => Left(pod, last);

            static ClusterConfig Through(string pod) => Right(pod, false);

            public static void All()
            {
                Ping("10.244.0.0/33"); // reaches no configuration
                Through({|K0S101:"10.244.0.0/33"|}); // Right, Left, Make: the cycle back to Right is not entered
            }
            """));

    [Fact]
    public Task Default_parameter_value_is_reported_at_the_call()
        => Verify.Analyzer(Source($$"""
            static ClusterConfig Make(string pod = "10.244.0.0/25") => K0s.Cluster()
                .Network(n => n.PodCidr(pod))
                .Build();

            public static ClusterConfig Prod() => {|K0S402:Make|}();

            public static ClusterConfig Staging() => Make("10.244.0.0/16");
            """));

    [Fact]
    public Task Method_group_as_section_callback_applies_its_body()
        => Verify.Analyzer(Source($$"""
            static void ConfigureNetwork(NetworkBuilder n) => n.Calico().PodCidr("10.244.0.0/16");

            public static ClusterConfig Prod() => K0s.Cluster()
                .Network({|K0S301:ConfigureNetwork|})
                .Network(n => n.{{DualStackRanges}})
                .Build();

            public static ClusterConfig Staging() => K0s.Cluster()
                .Network(ConfigureNetwork)
                .Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).{{DualStackRanges}})
                .Build();
            """));

    [Fact]
    public Task Extension_method_on_a_section_builder_is_followed()
        => Verify.Analyzer(Source($$"""
            static NetworkBuilder WithDualStack(this NetworkBuilder n) => n.{{DualStackRanges}};

            static NetworkBuilder WithServices(this NetworkBuilder n) => n.ServiceCidr("10.96.0.0/12");

            public static ClusterConfig Prod() => K0s.Cluster()
                .Network(n => n.{|K0S301:Calico|}().WithDualStack())
                .Build();

            public static ClusterConfig Staging() => K0s.Cluster()
                .Network(n => n.PodCidr("10.96.0.0/16").{|K0S501:WithServices|}())
                .Build();
            """));

    [Fact]
    public Task Void_helper_applied_to_a_local()
        => Verify.Analyzer(Source($$"""
            static void UseCalico(ClusterConfigBuilder b)
            {
                b.Network(n => n.Calico());
            }

            public static ClusterConfig Prod()
            {
                var b = K0s.Cluster();
                {|K0S301:UseCalico|}(b);
                b.Network(n => n.{{DualStackRanges}});
                return b.Build();
            }
            """));

    [Fact]
    public Task Helper_given_a_constant_reports_at_the_argument()
        => Verify.Analyzer(Source($$"""
            static NetworkBuilder Pods(this NetworkBuilder n, string cidr) => n.PodCidr(cidr);

            public static ClusterConfig Prod() => K0s.Cluster()
                .Network(n => n.Pods({|K0S101:"10.244.0.0/33"|}))
                .Build();

            public static void Elsewhere(NetworkBuilder n) => n.Pods({|K0S101:"10.245.0.0/33"|});
            """));

    [Fact]
    public Task Helper_in_another_file_is_followed()
    {
        Verify.Test test = Verify.Create();
        test.TestState.Sources.Add(("Base.cs", Verify.Usings + "static class Shared\n{\n    public static ClusterConfigBuilder Base() => K0s.Cluster().Network(n => n.Calico());\n}\n"));
        test.TestState.Sources.Add(("Prod.cs", Verify.Usings + $"static class Prod\n{{\n    public static ClusterConfig Create() => Shared.{{|K0S301:Base|}}().Network(n => n.{DualStackRanges}).Build();\n}}\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Local_function_and_instance_helper_are_followed()
        => Verify.Analyzer(Verify.Usings + $$"""
            sealed class Environments
            {
                private void UseCalico(NetworkBuilder n) => n.Calico();

                public ClusterConfig Prod()
                {
                    return K0s.Cluster().Network(n => {|K0S301:CalicoHere|}(n).{{DualStackRanges}}).Build();

                    static NetworkBuilder CalicoHere(NetworkBuilder n) => n.Calico();
                }

                public ClusterConfig Staging() => K0s.Cluster().Network(n => {|K0S301:UseCalico|}(n)).Network(n => n.{{DualStackRanges}}).Build();
            }
            """);

    [Fact]
    public Task Constants_of_every_kind_flow_into_a_helper()
        => Verify.Analyzer(Source($$"""
            const string Prefix = "10.244";

            static NetworkBuilder Mode(this NetworkBuilder n, CalicoMode mode) => n.Calico(c => c.Mode(mode));

            static ControllerManagerBuilder Mask(this ControllerManagerBuilder cm, int size) => cm.NodeCidrMaskSizeIPv4(size);

            static ClusterConfig Make(string pod) => K0s.Cluster().Network(n => n.PodCidr(pod)).Build();

            public static ClusterConfig Prod() => K0s.Cluster()
                .Network(n => n.Mode({|K0S301:CalicoMode.Vxlan|}).{{DualStackRanges}})
                .ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(24).Mask({|K0S401:40|}))
                .Build();

            public static void Calls()
            {
                const string mask = "/25";
                Make({|K0S402:$"{Prefix}.0.0{mask}"|});
                Make({|K0S402:Prefix + ".0.0/26"|});
            }
            """));

    [Fact]
    public Task A_lambda_given_to_a_method_that_starts_the_configuration_applies_there()
        => Verify.Analyzer(Source($$"""
            static ClusterConfig Make(Action<NetworkBuilder> network) => K0s.Cluster()
                .Network(n => n.Calico())
                .Network(network)
                .Build();

            static ClusterConfig Bird(Action<NetworkBuilder> network) => K0s.Cluster()
                .Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)))
                .Network(network)
                .Build();

            public static ClusterConfig Prod() => {|K0S301:Make|}(n => n.{{DualStackRanges}});

            public static ClusterConfig Staging() => Bird(n => n.{{DualStackRanges}});

            public static ClusterConfig Dev() => Make(n => n.PodCidr("10.244.0.0/16"));

            public static ClusterConfig Test() => Bird(n => n.PodCidr({|K0S402:"10.244.0.0/25"|}));

            public static ClusterConfig Unknown(string pod) => Bird(n => n.PodCidr(pod));
            """));

    [Fact]
    public Task A_lambda_given_to_a_factory_applies_in_the_chain_that_goes_on()
        => Verify.Analyzer(Source($$"""
            static ClusterConfigBuilder Base(Action<NetworkBuilder> network) => K0s.Cluster().Network(network);

            public static ClusterConfig Prod() => Base(n => n.{|K0S301:Calico|}())
                .Network(n => n.{{DualStackRanges}})
                .Build();

            public static ClusterConfig Staging() => Base(n => n.PodCidr("10.96.0.0/16"))
                .Network(n => n.ServiceCidr({|K0S501:"10.96.0.0/12"|}))
                .Build();

            public static ClusterConfig Dev() => Base(n => n.PodCidr("10.244.0.0/16"))
                .Network(n => n.ServiceCidr("10.96.0.0/12"))
                .Build();
            """));

    [Fact]
    public Task Callbacks_passed_on_a_method_group_and_a_stored_lambda_apply_where_the_configuration_is_made()
        => Verify.Analyzer(Source($$"""
            static ClusterConfig Make(Action<NetworkBuilder> network) => K0s.Cluster()
                .Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)))
                .Network(network)
                .Build();

            static ClusterConfig Pods(string pod) => Make(n => n.PodCidr(pod));

            static ClusterConfig Again(Action<NetworkBuilder> network) => Make(network);

            static void Narrow(NetworkBuilder n) => n.PodCidr("10.244.0.0/25");

            public static void All()
            {
                Pods({|K0S402:"10.244.0.0/25"|});
                Pods("10.244.0.0/16");
                Make({|K0S402:Narrow|});
                Again(n => n.PodCidr({|K0S402:"10.244.0.0/26"|}));
                Action<NetworkBuilder> stored = n => n.PodCidr({|K0S402:"10.244.0.0/27"|});
                Make(stored);
            }
            """));

    [Fact]
    public Task A_callback_given_to_an_extension_helper_applies_in_the_chain()
        => Verify.Analyzer(Source($$"""
            static NetworkBuilder WithCalico(this NetworkBuilder n, Action<CalicoBuilder> calico) => n.Calico(calico);

            public static ClusterConfig Prod() => K0s.Cluster()
                .Network(n => n.WithCalico(c => c.Mode({|K0S301:CalicoMode.Vxlan|})).{{DualStackRanges}})
                .Build();

            public static ClusterConfig Staging() => K0s.Cluster()
                .Network(n => n.WithCalico(c => c.Mode(CalicoMode.Bird)).{{DualStackRanges}})
                .Build();
            """));

    [Fact]
    public Task A_callback_that_is_not_a_lambda_in_view_stays_unknown()
        => Verify.Analyzer(Source($$"""
            static Action<NetworkBuilder> s_network = n => n.PodCidr("10.244.0.0/25");

            static Action<NetworkBuilder> Pick(bool flag) => flag ? n => n.PodCidr("10.244.0.0/25") : n => n.PodCidr("10.244.0.0/16");

            static Action<NetworkBuilder> Kept() => s_network;

            static ClusterConfig Make(Action<NetworkBuilder> network) => K0s.Cluster()
                .Network(n => n.Calico())
                .Network(network)
                .Build();

            static ClusterConfig Sometimes(Action<NetworkBuilder> network, bool flag)
            {
                var b = K0s.Cluster();
                if (flag) { b.Network(network); }
                return b.Build();
            }

            public static void All(Action<NetworkBuilder> given, bool flag)
            {
                Make(s_network);
                Make(Pick(flag));
                Make(Kept());
                Make(given);
                Make(flag ? given : n => n.{{DualStackRanges}});
                Sometimes(n => n.PodCidr("10.244.0.0/25"), flag);
                Sometimes(n => n.PodCidr({|K0S101:"10.244.0.0/33"|}), flag);
                Action<NetworkBuilder> replaced = n => n.{{DualStackRanges}};
                replaced = given;
                Make(replaced);
            }
            """));

    [Fact]
    public Task A_lambda_a_method_returns_applies_where_it_is_passed()
        => Verify.Analyzer(Source($$"""
            static Action<NetworkBuilder> WithDualStack(string pods) => n => n.DualStack(ds => ds.IPv6PodCidr(pods).IPv6ServiceCidr("fd01::/108"));

            static Action<NetworkBuilder> Narrow() => n => n.PodCidr("10.244.0.0/25");

            static ClusterConfig Make(Action<NetworkBuilder> network) => K0s.Cluster().Network(n => n.Calico()).Network(network).Build();

            public static ClusterConfig Prod() => K0s.Cluster()
                .Network(n => n.{|K0S301:Calico|}())
                .Network(WithDualStack("fd00::/108"))
                .Build();

            public static ClusterConfig Staging() => K0s.Cluster()
                .Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)))
                .Network(WithDualStack({|K0S101:"fd00::/200"|}))
                .Build();

            public static ClusterConfig Dev() => K0s.Cluster().Network({|K0S402:Narrow|}()).Build();

            public static ClusterConfig Test() => {|K0S301:Make|}(WithDualStack("fd00::/108"));

            public static ClusterConfig Unknown(string pods) => K0s.Cluster()
                .Network(n => n.PodCidr("10.244.0.0/16"))
                .Network(WithDualStack(pods))
                .Build();
            """));

    [Fact]
    public Task A_factory_property_starts_a_chain_as_a_factory_method_does()
        => Verify.Analyzer(
            Source($$"""
                static ClusterConfigBuilder Base => K0s.Cluster("prod")
                    .Network(n => n.{|#1:Calico|}().PodCidr("10.244.0.0/16"));

                public static ClusterConfig Prod() => {|#0:Base|}
                    .Network(n => n.{|#2:DualStack|}(ds => ds
                        .IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                    .Build();

                public static ClusterConfig Staging() => Base
                    .Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).{{DualStackRanges}})
                    .Build();

                // Finished, it reports; named or compared, it configures nothing.
                static ClusterConfigBuilder Broken => K0s.Cluster().Network(n => n.{|#4:Calico|}().{|#5:DualStack|}(ds => ds
                    .IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));

                public static ClusterConfig Finished() => {|#3:Broken|}.Build();

                public static string Name() => nameof(Broken);

                public static bool Same() => ReferenceEquals(Broken, Base);
                """),
            Verify.Diagnostic("K0S301").WithLocation(0).WithLocation(1).WithLocation(2)
                .ArgsVia("Base", "vxlan", " (vxlan is Calico's default mode)"),
            Verify.Diagnostic("K0S301").WithLocation(3).WithLocation(4).WithLocation(5)
                .ArgsVia("Broken", "vxlan", " (vxlan is Calico's default mode)"));

    [Fact]
    public Task Factory_properties_with_a_getter_body_nest_and_are_read_through_a_local_or_a_type_name()
        => Verify.Analyzer(Verify.Usings + $$"""
            using System;

            static class Defaults
            {
                public static ClusterConfigBuilder Base
                {
                    get
                    {
                        var builder = K0s.Cluster("prod");
                        return builder.Network(n => n.{|#1:Calico|}());
                    }
                }

                // A factory's own block reports no combination: whoever reads Small may still set the node mask.
                public static ClusterConfigBuilder Small => Base.Network(n => n.PodCidr({|#3:"10.244.0.0/25"|}));
            }

            class Environments
            {
                ClusterConfigBuilder Shared => K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)));

                public ClusterConfig Prod() => Defaults.{|#0:Base|}.Network(n => n.{|#2:DualStack|}(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))).Build();

                public ClusterConfig Dev()
                {
                    var builder = Defaults.{|#4:Small|};
                    return builder.Build();
                }

                public ClusterConfig Staging() => Shared.Network(n => n.{{DualStackRanges}}).Build();

                // Received by helpers: an extension method and a method that finishes the configuration.
                public ClusterConfig Test() => Defaults.{|#5:Base|}.{|#8:WithDualStack|}().Build();

                public ClusterConfig Qa() => Finish(Defaults.{|#6:Small|});

                static ClusterConfig Finish(ClusterConfigBuilder b) => b.Build();
            }

            static class Helpers
            {
                public static ClusterConfigBuilder WithDualStack(this ClusterConfigBuilder b)
                    => b.Network(n => n.{|#7:DualStack|}(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));
            }
            """,
            Verify.Diagnostic("K0S301").WithLocation(0).WithLocation(1).WithLocation(2)
                .ArgsVia("Base", "vxlan", " (vxlan is Calico's default mode)"),
            Verify.Diagnostic("K0S402").WithLocation(4).WithLocation(3)
                .ArgsVia("Small", "IPv4", "10.244.0.0/25", "25", "k0s's default /24", "24"),
            Verify.Diagnostic("K0S301").WithLocation(5).WithLocation(1).WithLocation(8).WithLocation(7)
                .ArgsVia("Base", "vxlan", " (vxlan is Calico's default mode)"),
            Verify.Diagnostic("K0S402").WithLocation(6).WithLocation(3)
                .ArgsVia("Small", "IPv4", "10.244.0.0/25", "25", "k0s's default /24", "24"));

    [Fact]
    public Task A_method_given_constants_that_starts_from_a_factory_property_is_checked_for_each_call()
        => Verify.Analyzer(Source($$"""
            static ClusterConfigBuilder Base => K0s.Cluster().Network(n => n.ServiceCidr("10.96.0.0/12"));

            static ClusterConfig Make(string pod) => Base.Network(n => n.PodCidr(pod)).Build();

            public static void All(string pod)
            {
                Make("10.244.0.0/16");
                Make({|K0S402:"10.244.0.0/25"|});
                Make({|K0S101:"10.244.0.0/33"|});
                Make(pod);
            }
            """));

    [Fact]
    public Task A_lambda_a_property_returns_applies_where_it_is_passed()
        => Verify.Analyzer(
            Source($$"""
                static Action<NetworkBuilder> UseCalico => n => n.{|#1:Calico|}();

                static ClusterConfig Make(Action<NetworkBuilder> network) => K0s.Cluster().Network(network)
                    .Network(n => n.{|#4:DualStack|}(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))).Build();

                public static ClusterConfig Prod() => K0s.Cluster()
                    .Network({|#0:UseCalico|})
                    .Network(n => n.{|#2:DualStack|}(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                    .Build();

                // The callback's value is reported where it is brought in, Make's own at the call of Make.
                public static ClusterConfig Test() => {|#3:Make|}({|#5:UseCalico|});
                """),
            Verify.Diagnostic("K0S301").WithLocation(0).WithLocation(1).WithLocation(2)
                .ArgsVia("UseCalico", "vxlan", " (vxlan is Calico's default mode)"),
            Verify.Diagnostic("K0S301").WithLocation(5).WithLocation(1).WithLocation(3).WithLocation(4)
                .ArgsVia("UseCalico", "vxlan", " (vxlan is Calico's default mode)"));

    [Fact]
    public Task Properties_that_hold_a_builder_or_may_run_other_code_stay_unknown()
        => Verify.Analyzer(Verify.Usings + $$"""
            using System;

            interface IDefaults { ClusterConfigBuilder Base { get; } }

            abstract class Settings
            {
                // Stored once and shared: whoever reads it may have changed it.
                public static ClusterConfigBuilder Stored { get; } = K0s.Cluster().Network(n => n.Calico());
                static readonly ClusterConfigBuilder s_field = K0s.Cluster().Network(n => n.Calico());
                public static ClusterConfigBuilder FromField => s_field;

                // The getter that runs is not the one in view.
                protected virtual ClusterConfigBuilder Virtual => K0s.Cluster().Network(n => n.Calico());
                protected abstract ClusterConfigBuilder Abstract { get; }

                // Writes only sometimes, or with a value that is not a constant.
                static bool Flag => Environment.GetEnvironmentVariable("FLAG") == "1";
                static ClusterConfigBuilder Maybe { get { var b = K0s.Cluster(); if (Flag) { b.Network(n => n.Calico()); } return b; } }
                static string Pods => Environment.GetEnvironmentVariable("PODS") ?? "";
                static ClusterConfigBuilder Unknown => K0s.Cluster().Network(n => n.PodCidr(Pods));
                static Action<NetworkBuilder> Chosen => Flag ? n => n.Calico() : n => n.KubeRouter();

                public ClusterConfig A() => Stored.Network(n => n.{{DualStackRanges}}).Build();
                public ClusterConfig B() => FromField.Network(n => n.{{DualStackRanges}}).Build();
                public ClusterConfig C() => Virtual.Network(n => n.{{DualStackRanges}}).Build();
                public ClusterConfig D() => Abstract.Network(n => n.Calico().{{DualStackRanges}}.ServiceCidr("fd02::/108")).Build();
                public ClusterConfig E() => Maybe.Network(n => n.{{DualStackRanges}}).Build();
                public ClusterConfig F() => Unknown.ControllerManager(cm => cm.NodeCidrMaskSize(26)).Build();
                public ClusterConfig G() => K0s.Cluster().Network(Chosen).Network(n => n.{{DualStackRanges}}).Build();

                // An interface's, and one that reads itself.
                public ClusterConfig H(IDefaults d) => d.Base.Network(n => n.Calico().{{DualStackRanges}}.ServiceCidr("fd02::/108")).Build();
                static ClusterConfigBuilder Loop => Loop.Network(n => n.Calico());
                public ClusterConfig I() => Loop.Network(n => n.{{DualStackRanges}}).Build();
            }
            """);

    [Fact]
    public Task A_lambda_in_a_readonly_field_applies_where_it_is_passed()
        => Verify.Analyzer(
            Source($$"""
                static readonly Action<NetworkBuilder> s_calico = n => n.{|#1:Calico|}();
                static readonly Action<NetworkBuilder> s_bird = n => n.Calico(c => c.Mode(CalicoMode.Bird));

                public static ClusterConfig Prod() => K0s.Cluster()
                    .Network({|#0:s_calico|})
                    .Network(n => n.{|#2:DualStack|}(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")))
                    .Build();

                public static ClusterConfig Staging() => K0s.Cluster()
                    .Network(Config.s_bird)
                    .Network(n => n.{{DualStackRanges}})
                    .Build();
                """),
            Verify.Diagnostic("K0S301").WithLocation(0).WithLocation(1).WithLocation(2)
                .ArgsVia("s_calico", "vxlan", " (vxlan is Calico's default mode)"));

    [Fact]
    public Task A_method_group_in_a_readonly_field_applies_where_it_is_passed()
        => Verify.Analyzer(Source($$"""
            static readonly Action<NetworkBuilder> s_network = Configure;

            static void Configure(NetworkBuilder n) => n.Calico();

            public static ClusterConfig Prod() => K0s.Cluster()
                .Network({|K0S301:s_network|})
                .Network(n => n.{{DualStackRanges}})
                .Build();
            """));

    [Fact]
    public Task A_readonly_field_given_to_a_method_applies_where_the_method_passes_it()
        => Verify.Analyzer(Source($$"""
            static readonly Action<NetworkBuilder> s_narrow = n => n.PodCidr("10.244.0.0/25");
            static readonly Action<NetworkBuilder> s_wide = n => n.PodCidr("10.244.0.0/16");

            static ClusterConfig Make(Action<NetworkBuilder> network) => K0s.Cluster().Network(network).Build();

            static ClusterConfig Again(Action<NetworkBuilder> network) => Make(network);

            public static void All()
            {
                Make({|K0S402:s_narrow|});
                Again(Config.{|K0S402:s_narrow|});
                Make(s_wide);
            }
            """));

    [Fact]
    public Task A_field_something_else_may_be_stored_in_stays_unknown()
        => Verify.Analyzer(Verify.Usings + $$"""
            using System;

            static class Mutable
            {
                static Action<NetworkBuilder> s_network = n => n.Calico();
                static readonly Action<NetworkBuilder> s_replaced = n => n.Calico();
                static readonly Action<NetworkBuilder>? s_none;

                static Mutable()
                {
                    if (Environment.GetEnvironmentVariable("BIRD") != null)
                    {
                        s_replaced = n => n.Calico(c => c.Mode(CalicoMode.Bird));
                    }
                }

                public static ClusterConfig A() => K0s.Cluster().Network(s_network).Network(n => n.{{DualStackRanges}}).Build();
                public static ClusterConfig B() => K0s.Cluster().Network(s_replaced).Network(n => n.{{DualStackRanges}}).Build();
                public static ClusterConfig C() => K0s.Cluster().Network(s_none!).Network(n => n.Calico().{{DualStackRanges}}.PodCidr("10.244.0.0/16")).Build();
            }

            class Instance
            {
                readonly Action<NetworkBuilder> _network = n => n.Calico();

                public Instance(bool bird)
                {
                    if (bird)
                    {
                        _network = n => n.Calico(c => c.Mode(CalicoMode.Bird));
                    }
                }

                public ClusterConfig Make() => K0s.Cluster().Network(_network).Network(n => n.{{DualStackRanges}}).Build();
            }

            class Initialized
            {
                readonly Action<NetworkBuilder> _network = n => n.Calico();

                public Action<NetworkBuilder> Network { init => _network = value; }

                public ClusterConfig Make() => K0s.Cluster().Network(_network).Network(n => n.{{DualStackRanges}}).Build();
            }

            struct Value
            {
                readonly Action<NetworkBuilder> _network = n => n.Calico();

                public Value() { }

                public ClusterConfig Make() => K0s.Cluster().Network(_network).Network(n => n.{{DualStackRanges}}).Build();
            }
            """);

    [Fact]
    public Task What_cannot_be_followed_stays_unknown()
        => Verify.Analyzer(Verify.Usings + $$"""
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;

            interface IConfigure { void Configure(NetworkBuilder n); }

            abstract class Base
            {
                protected abstract ClusterConfigBuilder Start();
                protected virtual ClusterConfigBuilder Virtual() => K0s.Cluster().Network(n => n.Calico());
                protected abstract void Abstract(NetworkBuilder n);

                public ClusterConfig A() => Virtual().Network(n => n.{{DualStackRanges}}).Build();
                public ClusterConfig B() => Start().Network(n => n.{{DualStackRanges}}).Build();
                public ClusterConfig C(IConfigure c) => K0s.Cluster().Network(n => n.Calico().{{DualStackRanges}}.ServiceCidr("fd02::/108")).Network(c.Configure).Build();
                public ClusterConfig D() => K0s.Cluster().Network(n => n.Calico()).Network(Abstract).Network(n => n.{{DualStackRanges}}.PodCidr("10.244.0.0/16")).Build();
            }

            static partial class Helpers
            {
                static partial void Partial(NetworkBuilder n);

                // Recursion: never followed to the end.
                static NetworkBuilder Forever(NetworkBuilder n) => Forever(n.Calico());
                static ClusterConfigBuilder Loop() => Loop().Network(n => n.Calico());

                // Writes only sometimes.
                static void Maybe(NetworkBuilder n, bool flag) { if (flag) { n.Calico(); } }
                static void Early(NetworkBuilder n, bool flag) { if (flag) { return; } n.Calico(); }
                static void Each(NetworkBuilder n, int[] items) { foreach (int i in items) { n.Calico(); } }

                // Its body runs later, or elsewhere.
                static async Task Later(NetworkBuilder n) { await Task.Yield(); n.Calico(); }
                static IEnumerable<int> Lazy(NetworkBuilder n) { n.Calico(); yield return 1; }
                static void Stores(NetworkBuilder n) => s_kept.Add(n);
                static readonly List<NetworkBuilder> s_kept = new();

                // Returns some other builder than the one it is given.
                static ClusterConfigBuilder Other(ClusterConfigBuilder b) => K0s.Cluster();

                // Overwrites the constant it is given.
                static ClusterConfig Make(string pod) { pod = Environment.GetEnvironmentVariable("POD") ?? ""; return K0s.Cluster().Network(n => n.PodCidr(pod)).Build(); }

                static ClusterConfig Generic<T>(NetworkBuilder n, T value) => K0s.Cluster().Build();

                public static ClusterConfig All(bool flag)
                {
                    K0s.Cluster().Network(n => { Partial(n); Forever(n); }).Network(n => n.{{DualStackRanges}}).Build();
                    Loop().Network(n => n.{{DualStackRanges}}).Build();
                    K0s.Cluster().Network(n => Maybe(n, flag)).Network(n => n.{{DualStackRanges}}).Build();
                    K0s.Cluster().Network(n => Maybe(n, true)).Network(n => n.{{DualStackRanges}}).Build();
                    K0s.Cluster().Network(n => Early(n, false)).Network(n => n.{{DualStackRanges}}).Build();
                    K0s.Cluster().Network(n => Each(n, new[] { 1 })).Network(n => n.{{DualStackRanges}}).Build();
                    K0s.Cluster().Network(n => { _ = Later(n); }).Network(n => n.{{DualStackRanges}}).Build();
                    K0s.Cluster().Network(n => { Lazy(n); }).Network(n => n.{{DualStackRanges}}).Build();
                    K0s.Cluster().Network(n => { n.PodCidr("10.96.0.0/16"); Stores(n); }).Network(n => n.ServiceCidr("10.96.0.0/12")).Build();
                    Other(K0s.Cluster().Network(n => n.PodCidr("10.96.0.0/16"))).Network(n => n.ServiceCidr("10.96.0.0/12")).Build();
                    Make("10.244.0.0/25");
                    return K0s.Cluster().Network(n => n.Calico()).Network(n => Generic(n, 1)).Build();
                }
            }
            """);

    [Fact]
    public Task A_thousand_nested_helpers_cost_no_stack_overflow()
    {
        var members = new System.Text.StringBuilder();
        members.AppendLine("static NetworkBuilder H0(NetworkBuilder n) => n.Calico();");
        for (int i = 1; i <= 1000; i++)
        {
            members.AppendLine($"static NetworkBuilder H{i}(NetworkBuilder n) => H{i - 1}(n);");
        }

        // Too deep to follow to the end from the top: unknown, silent. Near the bottom: followed, reported.
        members.AppendLine($"public static ClusterConfig Deep() => K0s.Cluster().Network(n => H1000(n).{DualStackRanges}).Build();");
        members.AppendLine($"public static ClusterConfig Shallow() => K0s.Cluster().Network(n => {{|K0S301:H3|}}(n).{DualStackRanges}).Build();");
        members.AppendLine("static ClusterConfigBuilder F0() => K0s.Cluster().Network(n => n.Calico());");
        for (int i = 1; i <= 1000; i++)
        {
            members.AppendLine($"static ClusterConfigBuilder F{i}() => F{i - 1}().Network(n => n.PodCidr(\"10.244.0.0/16\"));");
        }

        members.AppendLine($"public static ClusterConfig DeepFactory() => F1000().Network(n => n.{DualStackRanges}).Build();");
        members.AppendLine("static ClusterConfig M0(string pod) => K0s.Cluster().Network(n => n.PodCidr(pod)).Build();");
        for (int i = 1; i <= 1000; i++)
        {
            members.AppendLine($"static ClusterConfig M{i}(string pod) => M{i - 1}(pod);");
        }

        members.AppendLine("public static ClusterConfig DeepConstant() => M1000(\"10.244.0.0/33\");");
        members.AppendLine("public static ClusterConfig ShallowConstant() => M3({|K0S101:\"10.244.0.0/33\"|});");
        return Verify.Analyzer(Source(members.ToString()));
    }

    [Fact]
    public Task Helpers_that_call_each_other_twice_stay_bounded()
    {
        // Each helper calls the one below twice: 2^40 paths if followed naively.
        var members = new System.Text.StringBuilder();
        members.AppendLine("static NetworkBuilder G0(NetworkBuilder n) => n.Calico();");
        for (int i = 1; i <= 40; i++)
        {
            members.AppendLine($"static NetworkBuilder G{i}(NetworkBuilder n) => G{i - 1}(G{i - 1}(n));");
        }

        members.AppendLine($"public static ClusterConfig Wide() => K0s.Cluster().Network(n => G40(n).{DualStackRanges}).Build();");
        members.AppendLine("static ClusterConfig P0(string pod) => K0s.Cluster().Network(n => n.PodCidr(pod)).Build();");
        for (int i = 1; i <= 40; i++)
        {
            members.AppendLine($"static ClusterConfig P{i}(string pod) {{ P{i - 1}(pod); return P{i - 1}(pod); }}");
        }

        members.AppendLine("public static ClusterConfig WideConstant() => P40(\"10.244.0.0/33\");");
        members.AppendLine("public static ClusterConfig NarrowConstant() => P5({|K0S101:\"10.244.0.0/33\"|});");
        return Verify.Analyzer(Source(members.ToString()));
    }

    [Fact]
    public Task A_port_a_helper_writes_to_a_node_local_proxy_builder_is_reported_where_the_helper_is_given()
        => Verify.Analyzer(
            Source("""
                static void Ports(NodeLocalProxyBuilder p) => p.ApiServerBindPort({|#2:70000|});
                static void Konnectivity(NodeLocalProxyBuilder p) => p.KonnectivityServerBindPort({|#3:70001|});
                static void Valid(NodeLocalProxyBuilder p) => p.ApiServerBindPort(7443).KonnectivityServerBindPort(7132);
                static void Unknown(NodeLocalProxyBuilder p) => p.ApiServerBindPort(Environment.ProcessorCount * 70000);

                public static ClusterConfig Group() => K0s.Cluster()
                    .Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy({|#0:Ports|}))).Build();

                public static ClusterConfig Lambda() => K0s.Cluster()
                    .Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik).Traefik(t => {|#1:Konnectivity|}(t)))).Build();

                public static ClusterConfig Silent() => K0s.Cluster()
                    .Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(Valid).Traefik(t => Unknown(t)))).Build();
                """),
            Verify.Diagnostic("K0S106").WithLocation(0).WithLocation(2)
                .ArgsVia("Ports", "nodeLocalLoadBalancing.envoyProxy.apiServerBindPort", 70000, "is outside 1..65535; k0s rejects it (\"must be between 1 and 65535, inclusive\")", 7443),
            Verify.Diagnostic("K0S106").WithLocation(1).WithLocation(3)
                .ArgsVia("Konnectivity()", "nodeLocalLoadBalancing.traefik.konnectivityServerBindPort", 70001, "is outside 1..65535; k0s rejects it (\"must be between 1 and 65535, inclusive\")", 7132));

    [Fact]
    public Task An_image_a_helper_writes_to_a_node_local_proxy_builder_is_reported_where_the_helper_is_given()
        => Verify.Analyzer(
            Source("""
                static void Envoy(NodeLocalProxyBuilder p) => p.Image(i => i.Version({|#1:"v1 2"|}));
                static void Padded(NodeLocalProxyBuilder p) => p.Image(i => i.Image({|#3:" traefik"|}));
                static void Valid(NodeLocalProxyBuilder p) => p.Image(i => i.Image("").Version("v1.39.0"));
                static void Unknown(NodeLocalProxyBuilder p) => p.Image(i => i.Version(Environment.MachineName));

                public static ClusterConfig Group() => K0s.Cluster()
                    .Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy({|#0:Envoy|}))).Build();

                public static ClusterConfig Lambda() => K0s.Cluster()
                    .Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik).Traefik(t => {|#2:Padded|}(t)))).Build();

                public static ClusterConfig Silent() => K0s.Cluster()
                    .Network(n => n.NodeLocalLoadBalancing(l => l.EnvoyProxy(Valid).Traefik(t => Unknown(t)))).Build();
                """),
            Verify.Diagnostic("K0S905").WithLocation(0).WithLocation(1)
                .ArgsVia("Envoy", "nodeLocalLoadBalancing.envoyProxy.image.version 'v1 2'", "is not an image tag",
                    "k0s rejects it (\"nodeLocalLoadBalancing.envoyProxy.image.version: Invalid value: \"v1 2\": must match regular expression: ^[\\w][\\w.-]{0,127}(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,})?$\")",
                    "Write the tag alone, such as v1.12.2 (letters, digits, '_', '.' and '-', at most 128, not starting with '.' or '-'), maybe followed by @sha256:DIGEST."),
            Verify.Diagnostic("K0S905").WithLocation(2).WithLocation(3)
                .ArgsVia("Padded()", "nodeLocalLoadBalancing.traefik.image.image ' traefik'", "starts or ends with a space",
                    "k0s rejects it (\"nodeLocalLoadBalancing.traefik.image.image: Invalid value: \" traefik\": must not have leading or trailing whitespace\")", "Write traefik."));
}
