using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace K0sConfig.Bench
{
    /// <summary>
    /// Writes configurations the composed way: a shared base factory, overlay factories built on it (nested,
    /// expression- and block-bodied), <c>this NetworkBuilder</c> and <c>this ClusterConfigBuilder</c> extension helpers,
    /// method groups as section callbacks, a void helper applied to a local, and <c>Make(pod, svc)</c> helpers that finish
    /// the configuration themselves, called with constants (positional, named, reordered, defaults). Some configurations
    /// take values from parameters or go through a helper that writes only in a branch (unknown to the analyzer), and
    /// about 12 % hold one mistake whose values are written in another method or passed as constants to a helper.
    /// </summary>
    internal sealed class Composed
    {
        /// <summary>The mistakes, one per faulty configuration, with the rule the analyzer should report.</summary>
        public static readonly string[] MistakeRules = { "K0S101", "K0S106", "K0S301", "K0S402", "K0S403", "K0S404", "K0S501" };

        private readonly Random _rng;

        public Composed(Random rng) => _rng = rng;

        /// <summary>How many configurations hold each mistake (index into <see cref="MistakeRules"/>).</summary>
        public int[] MistakeCounts { get; } = new int[MistakeRules.Length];

        /// <summary>Configurations written so far.</summary>
        public int Count { get; private set; }

        /// <summary>Configurations whose values are all constants the analyzer can follow, without a mistake.</summary>
        public int Followed { get; private set; }

        private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

        private T Pick<T>(params T[] values) => values[_rng.Next(values.Length)];

        private bool Chance(int percent) => _rng.Next(100) < percent;

        /// <summary>
        /// The file's cluster class (constants, factories, callbacks, helpers and <paramref name="configurations"/>
        /// public configurations, the first at <paramref name="first"/>) and its extension class.
        /// </summary>
        public string Clusters(string noun, int first, int configurations)
        {
            int pod = _rng.Next(112, 250);
            int v6 = _rng.Next(0, 200);
            bool calicoBase = Chance(60);
            var text = new StringBuilder();
            text.Append($$"""

                    internal static class {{noun}}Clusters
                    {
                        private const string Region = "{{Pick("eu", "us", "ap", "sa")}}-{{Pick("west", "east", "central", "north")}}-{{N(_rng.Next(1, 9))}}";
                        private const string PodPrefix = "10.{{N(pod)}}";
                        private const string DefaultServiceCidr = "10.96.0.0/12";
                        private const int ApiPort = {{Pick("6443", "443", "8443")}};
                        private const string Domain = "{{noun.ToLowerInvariant()}}.internal";

                        // The shared base every environment starts from.
                        private static ClusterConfigBuilder Base() => K0s.Cluster(Region)
                            .Network(n => n
                                {{(calicoBase
                                    ? Pick(".Calico(c => c.Mode(CalicoMode.Bird))", ".Calico(c => c.Mode(CalicoMode.Bird).Mtu(1440))", ".Calico(c => c.Mode(CalicoMode.Bird).IPAutodetectionMethod(\"interface=eth0\"))")
                                    : Pick(".KubeRouter()", ".KubeRouter(kr => kr.AutoMtu(false).Mtu(1450))", ".KubeRouter(kr => kr.Hairpin(KubeRouterHairpin.Enabled).IPMasq())"))}}
                                .PodCidr(PodPrefix + ".0.0/16")
                                .ServiceCidr(DefaultServiceCidr));

                        // An older base some clusters still use: Calico in its default mode, single-stack.
                        private static ClusterConfigBuilder LegacyBase() => K0s.Cluster(Region + "-legacy")
                            .Network(n => n.Calico().PodCidr($"{PodPrefix}.0.0/16"));

                        // Overlays: production on the base, staging on production, edge block-bodied.
                        private static ClusterConfigBuilder Prod() => Base()
                            .Api(a => a.Address("10.0.{{N(_rng.Next(0, 255))}}.{{N(_rng.Next(2, 250))}}").Sans("api.{{noun.ToLowerInvariant()}}.example.net", "10.0.0.1").Port(ApiPort))
                            .ControllerManager(cm => cm.ExtraArg({{Pick("\"node-monitor-grace-period\", \"40s\"", "\"terminated-pod-gc-threshold\", \"500\"", "\"concurrent-deployment-syncs\", \"10\"")}}));

                        private static ClusterConfigBuilder Staging() => Prod()
                            .Network(n => n.ClusterDomain(Domain));

                        private static ClusterConfigBuilder Edge()
                        {
                            ClusterConfigBuilder edge = Base();
                            edge.Network(n => n.KubeProxy(kp => kp.Mode({{Pick("KubeProxyMode.Ipvs", "KubeProxyMode.Nftables", "KubeProxyMode.Iptables")}})));
                            edge.Api(a => a.Address("192.168.{{N(_rng.Next(0, 255))}}.{{N(_rng.Next(2, 250))}}").ExternalAddress("203.0.113.{{N(_rng.Next(2, 250))}}"));
                            return edge;
                        }

                        // Section callbacks passed as method groups.
                        private static void EdgeNetwork(NetworkBuilder n)
                        {
                            n.Calico(c => c.Mode(CalicoMode.Bird));
                            n.PodCidr("10.{{N(pod ^ 1)}}.0.0/16");
                            n.ServiceCidr("10.{{N(_rng.Next(96, 112))}}.0.0/16");
                        }

                        private static void ControlPlane(ApiBuilder a) => a.Address("10.1.{{N(_rng.Next(0, 255))}}.{{N(_rng.Next(2, 250))}}").Port(ApiPort).K0sApiPort(9443);

                        private static void Ranges(DualStackBuilder ds) => ds.IPv6PodCidr("fd{{v6 + 2:x2}}::/108").IPv6ServiceCidr("fd{{v6 + 3:x2}}::/108");

                        private static void WideRanges(DualStackBuilder ds) => ds.IPv6PodCidr("fd{{v6 + 4:x2}}::/64").IPv6ServiceCidr("fd{{v6 + 5:x2}}::/108");

                        // A void helper applied to a local.
                        private static void Harden(ClusterConfigBuilder cluster)
                        {
                            cluster.Api(a => a.ExtraArg({{Pick("\"audit-log-maxage\", \"30\"", "\"request-timeout\", \"90s\"")}}));
                            cluster.ControllerManager(cm => cm.ExtraArg("node-monitor-grace-period", "40s"));
                        }

                        // A helper that writes only sometimes: what it writes is unknown at the call.
                        private static ClusterConfigBuilder MaybeDualStack(ClusterConfigBuilder cluster, bool dual)
                        {
                            if (dual)
                            {
                                cluster.Network(n => n.WithDualStack());
                            }

                            return cluster;
                        }

                        // Helpers that finish a configuration from the ranges they are given.
                        private static ClusterConfig Make(string pod, string svc) => K0s.Cluster(Region)
                            .Network(n => n.KubeRouter().PodCidr(pod).ServiceCidr(svc))
                            .Build();

                        private static ClusterConfig MakeDual(string pod, string svc, string pod6 = "fd{{v6 + 6:x2}}::/108", string svc6 = "fd{{v6 + 7:x2}}::/108")
                        {
                            return K0s.Cluster(Region + "-dual")
                                .Network(n => n
                                    .KubeRouter()
                                    .PodCidr(pod)
                                    .ServiceCidr(svc)
                                    .DualStack(ds => ds.IPv6PodCidr(pod6).IPv6ServiceCidr(svc6)))
                                .Build();
                        }


                """);

            for (int c = 0; c < configurations; c++)
            {
                text.Append(Configuration(first + c, pod, calicoBase));
            }

            text.Append("    }\n");
            text.Append($$"""

                    internal static class {{noun}}ClusterExtensions
                    {
                        public static NetworkBuilder WithDualStack(this NetworkBuilder network) => network
                            .DualStack(ds => ds.IPv6PodCidr("fd{{v6:x2}}::/108").IPv6ServiceCidr("fd{{v6 + 1:x2}}::/108"));

                        public static ClusterConfigBuilder WithNodeMasks(this ClusterConfigBuilder cluster, int ipv4 = 24, int ipv6 = 120)
                            => cluster.ControllerManager(cm => cm.NodeCidrMaskSizeIPv4(ipv4).NodeCidrMaskSizeIPv6(ipv6));

                        public static ClusterConfigBuilder WithSingleStackMask(this ClusterConfigBuilder cluster)
                            => cluster.ControllerManager(cm => cm.NodeCidrMaskSize(24));

                        public static ClusterConfigBuilder WithApi(this ClusterConfigBuilder cluster, string address, int port = 6443)
                        {
                            cluster.Api(a => a.Address(address).Port(port));
                            return cluster;
                        }
                    }

                """);
            return text.ToString();
        }

        /// <summary>One public configuration, with a mistake now and then.</summary>
        private string Configuration(int index, int pod, bool calicoBase)
        {
            Count++;
            string name = "Cluster" + N(index);
            int mistake = Chance(12) ? _rng.Next(MistakeRules.Length) : -1;
            if (mistake >= 0)
            {
                MistakeCounts[mistake]++;
                return mistake switch
                {
                    // K0S101 at the literal passed to the helper.
                    0 => $"        public static ClusterConfig {name}() => Make(\"10.{N(pod)}.0.0/33\", DefaultServiceCidr);\n\n",

                    // K0S106 at the literal passed to the extension helper.
                    1 => $"        public static ClusterConfig {name}() => Prod().WithApi(\"10.2.{N(_rng.Next(0, 255))}.{N(_rng.Next(2, 250))}\", 70000).Build();\n\n",

                    // K0S301: the legacy base's Calico default mode with dual-stack from an extension.
                    2 => Pick(
                        $"        public static ClusterConfig {name}() => LegacyBase()\n            .Network(n => n.WithDualStack())\n            .Build();\n\n",
                        $"        public static ClusterConfig {name}() => LegacyBase().Network(n => n.DualStack(Ranges)).Build();\n\n"),

                    // K0S402: a /25 pod range for the default /24 node mask, a constant into the helper.
                    3 => Pick(
                        $"        public static ClusterConfig {name}() => Make(\"10.{N(pod)}.{N(_rng.Next(1, 200))}.0/25\", DefaultServiceCidr);\n\n",
                        $"        public static ClusterConfig {name}() => Make(svc: DefaultServiceCidr, pod: \"10.{N(pod)}.{N(_rng.Next(1, 200))}.128/25\");\n\n"),

                    // K0S403: an IPv6 /64 pod range from a method-group callback.
                    4 => $"        public static ClusterConfig {name}() => Staging().Network(n => n.DualStack(WideRanges)).Build();\n\n",

                    // K0S404: the single-stack node mask on a dual-stack overlay.
                    5 => $"        public static ClusterConfig {name}() => Prod()\n            .Network(n => n.WithDualStack())\n            .WithSingleStackMask()\n            .Build();\n\n",

                    // K0S501: the pod range inside the service range, both constants into the helper.
                    _ => $"        public static ClusterConfig {name}() => Make(\"10.96.0.0/16\", DefaultServiceCidr);\n\n",
                };
            }

            int shape = _rng.Next(100);
            if (shape < 88)
            {
                Followed++;
            }

            return shape switch
            {
                < 14 => $"        public static ClusterConfig {name}() => Prod()\n            .Network(n => n.WithDualStack())\n            .WithNodeMasks({Pick("", "ipv4: 25", "22, 116", "ipv6: 116, ipv4: 24")})\n            .Build();\n\n",
                < 24 => $"        public static ClusterConfig {name}() => Staging().Build();\n\n",
                < 34 => $"        public static ClusterConfig {name}() => K0s.Cluster(\"edge-{N(index)}\")\n            .Network(EdgeNetwork)\n            .Api(ControlPlane)\n            .Build();\n\n",
                < 46 => $"        public static ClusterConfig {name}() => Make(\"10.{N(pod)}.0.0/{Pick("16", "20", "22")}\", {Pick("DefaultServiceCidr", "\"10.96.0.0/12\"", $"\"10.{N(_rng.Next(96, 112))}.0.0/16\"")});\n\n",
                < 54 => $"        public static ClusterConfig {name}() => MakeDual({Pick($"\"10.{N(pod)}.0.0/16\", DefaultServiceCidr", $"svc: DefaultServiceCidr, pod: PodPrefix + \".0.0/16\"", $"\"10.{N(pod)}.0.0/16\", \"10.96.0.0/12\", pod6: \"fd{_rng.Next(0, 200):x2}:1::/108\"")});\n\n",
                < 66 => $$"""
                            public static int {{name}}()
                            {
                                ClusterConfigBuilder cluster = Edge();
                                Harden(cluster);
                                cluster.Network(n => n.DualStack(Ranges));
                                return cluster.Validate().Count;
                            }


                    """,
                < 76 => $"        public static ClusterConfig {name}() => Base()\n            .WithApi(\"10.3.{N(_rng.Next(0, 255))}.{N(_rng.Next(2, 250))}\"{Pick("", ", ApiPort", ", port: 443")})\n            .Network(n => n.ClusterDomain(Domain))\n            .Build();\n\n",
                < 82 => $"        public static ClusterConfig {name}() => {Pick("LegacyBase().Build()", "Base().WithSingleStackMask().Build()", "LegacyBase().Network(n => n.Calico(c => c.Mode(CalicoMode.Bird)).WithDualStack()).Build()")};\n\n",
                < 88 => $"        public static string {name}() => {(calicoBase ? "Prod().Network(n => n.DualStack(Ranges))" : "Edge()")}.Build().ToYaml();\n\n",
                < 94 => $"        public static ClusterConfig {name}(string podCidr) => {Pick("Make(podCidr, DefaultServiceCidr)", "MakeDual(podCidr, DefaultServiceCidr)")};\n\n",
                _ => $"        public static ClusterConfig {name}(bool dual) => MaybeDualStack({Pick("Base()", "Staging()")}, dual).Build();\n\n",
            };
        }
    }
}
