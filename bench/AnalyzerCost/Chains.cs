using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace K0sConfig.Bench
{
    /// <summary>
    /// Writes K0sConfig builder chains the way users write them: fluent and block-bodied lambdas, locals configured
    /// over several statements, constants of every kind C# has, non-constant values, and now and then a mistake.
    /// </summary>
    internal sealed class Chains
    {
        /// <summary>The mistakes, one per faulty chain, with the rule the analyzer should report.</summary>
        public static readonly string[] MistakeRules = { "K0S101", "K0S102", "K0S301", "K0S402", "K0S403", "K0S404", "K0S501", "K0S106", "K0S601", "K0S103" };

        private readonly Random _rng;
        private int _chains;

        public Chains(Random rng) => _rng = rng;

        /// <summary>How many chains use each mistake (index into <see cref="MistakeRules"/>).</summary>
        public int[] MistakeCounts { get; } = new int[MistakeRules.Length];

        /// <summary>Chains written so far.</summary>
        public int Count => _chains;

        /// <summary>Chains whose values are all compile-time constants in straight-line code.</summary>
        public int FullyConstant { get; private set; }

        private string N(int value) => value.ToString(CultureInfo.InvariantCulture);

        private T Pick<T>(params T[] values) => values[_rng.Next(values.Length)];

        private bool Chance(int percent) => _rng.Next(100) < percent;

        /// <summary>Constants a profile class declares and its chains use.</summary>
        public string Constants(string noun) => $$"""
                    private const string Region = "{{Pick("eu", "us", "ap", "sa")}}-{{Pick("west", "east", "central", "north")}}-{{N(_rng.Next(1, 9))}}";
                    private const string PodPrefix = "10.{{N(_rng.Next(112, 250))}}";
                    private const string DefaultServiceCidr = "10.96.0.0/12";
                    private const int ApiPort = {{Pick("6443", "443", "8443")}};
                    private const string Domain = "{{noun.ToLowerInvariant()}}.internal";


            """;

        /// <summary>One method that builds a cluster config.</summary>
        public string Method(int index)
        {
            _chains++;
            var spec = new Spec(index);
            int mistake = Chance(12) ? _rng.Next(MistakeRules.Length) : -1;
            Fill(spec, mistake);
            if (mistake >= 0)
            {
                MistakeCounts[mistake]++;
            }

            // The shape the user wrote it in.
            int shape = _rng.Next(100);
            if (mistake >= 0 && shape >= 78)
            {
                // Keep the mistake visible: branches and parameters would make its values unknown.
                shape = _rng.Next(78);
            }

            string text = shape switch
            {
                < 45 => Fluent(spec),
                < 60 => BlockLambda(spec),
                < 78 => LocalStatements(spec),
                < 88 => Conditional(spec),
                _ => NonConstant(spec),
            };
            if (shape < 78 && mistake < 0)
            {
                FullyConstant++;
            }

            return text;
        }

        private void Fill(Spec s, int mistake)
        {
            bool dual = Chance(40) || mistake is 2 or 4 or 5;
            int pod = _rng.Next(112, 250);
            s.PodCidr = Pick(
                $"\"10.{N(pod)}.0.0/16\"",
                "\"10.244.0.0/16\"",
                $"\"10.{N(pod & ~3)}.0.0/14\"",
                "PodPrefix + \".0.0/16\"",
                "$\"{PodPrefix}.0.0/16\"");
            s.ServiceCidr = Pick("\"10.96.0.0/12\"", $"\"10.{N(_rng.Next(96, 112))}.0.0/16\"", "DefaultServiceCidr", "\"10.96.0.0/16\"");
            int provider = _rng.Next(10);
            if (dual && provider == 9)
            {
                provider = 5; // a custom CNI with dual-stack is a mistake of its own (K0S302)
            }

            if (mistake == 2)
            {
                s.Network.Add(".Calico(c => c.Mode(CalicoMode.Vxlan))");
            }
            else if (provider < 5)
            {
                s.Network.Add(Pick(
                    ".KubeRouter()",
                    ".KubeRouter(kr => kr.AutoMtu(false).Mtu(1450))",
                    ".KubeRouter(kr => kr.Hairpin(KubeRouterHairpin.Enabled).IPMasq())",
                    ".KubeRouter(kr => kr.MetricsPort(8080).ExtraArg(\"bgp-graceful-restart\", \"true\"))"));
            }
            else if (provider < 9)
            {
                s.Network.Add(dual
                    ? Pick(".Calico(c => c.Mode(CalicoMode.Bird))", ".Calico(c => c.Mode(CalicoMode.Bird).Mtu(1440))", ".Calico(c => c.Mode(CalicoMode.Bird).IPAutodetectionMethod(\"interface=eth0\"))")
                    : Pick(".Calico()", ".Calico(c => c.Mode(CalicoMode.Vxlan).VxlanPort(4789).VxlanVni(4096))", ".Calico(c => c.Mode(CalicoMode.Ipip).Overlay(CalicoOverlay.CrossSubnet))", ".Calico(c => c.Mode(CalicoMode.Bird).Wireguard())"));
            }
            else
            {
                s.Network.Add(".CustomCni()");
            }

            s.Network.Add($".PodCidr({s.PodCidr})");
            s.Network.Add($".ServiceCidr({s.ServiceCidr})");
            if (Chance(25))
            {
                s.Network.Add(Pick(".ClusterDomain(\"cluster.local\")", ".ClusterDomain(Domain)", $".ClusterDomain(\"k8s-{N(_rng.Next(1, 50))}.example.com\")"));
            }

            int? mask6 = null;
            if (dual)
            {
                int h = _rng.Next(0, 255);
                string v6Pod = mistake == 4 ? "\"fd00::/64\"" : Pick($"\"fd{h:x2}::/108\"", $"\"fd{h:x2}:{N(_rng.Next(1, 99))}::/104\"", $"\"fd{h:x2}:1::/108\"");
                string v6Svc = Pick($"\"fd{h + 1:x2}::/108\"", $"\"fd{h + 1:x2}:10::/112\"", $"\"fd{h + 1:x2}::/116\"");
                s.Network.Add(Pick(
                    $".DualStack(ds => ds.IPv6PodCidr({v6Pod}).IPv6ServiceCidr({v6Svc}))",
                    $".DualStack(ds => ds\n.IPv6PodCidr({v6Pod})\n.IPv6ServiceCidr({v6Svc}))",
                    $".DualStack(ds => ds.IPv6ServiceCidr({v6Svc}).IPv6PodCidr(cidr: {v6Pod}))"));
                if (Chance(30))
                {
                    s.Network.Add(".PrimaryAddressFamily(IPFamily.IPv4)");
                }

                if (mistake != 4 && Chance(60))
                {
                    mask6 = v6Pod.EndsWith("/104\"", StringComparison.Ordinal) ? 120 : Pick(112, 116, 120);
                }
            }

            if (Chance(30))
            {
                s.Network.Add(Pick(
                    ".KubeProxy(kp => kp.Mode(KubeProxyMode.Ipvs).ExtraArg(\"ipvs-scheduler\", \"lc\"))",
                    ".KubeProxy(kp => kp.Mode(KubeProxyMode.Nftables))",
                    ".KubeProxy(kp => kp.Mode(KubeProxyMode.Iptables).ExtraArg(\"conntrack-max-per-core\", \"65536\"))"));
            }

            bool external = Chance(40);
            if (!external && Chance(20))
            {
                s.Network.Add(".NodeLocalLoadBalancing(nllb => nllb.Type(NodeLocalLoadBalancingType.EnvoyProxy))");
            }

            // The API section.
            if (Chance(65) || mistake is 7 or 9)
            {
                string address = mistake == 9 ? "\"300.10.0.1\"" : Pick($"\"10.0.{N(_rng.Next(0, 255))}.{N(_rng.Next(2, 250))}\"", $"\"192.168.{N(_rng.Next(0, 255))}.{N(_rng.Next(2, 250))}\"");
                s.Api.Add($".Address({address})");
                if (external)
                {
                    s.Api.Add(Pick($".ExternalAddress(\"203.0.113.{N(_rng.Next(2, 250))}\")", $".ExternalAddress(\"198.51.100.{N(_rng.Next(2, 250))}\")"));
                }

                if (Chance(60))
                {
                    s.Api.Add(Pick(
                        $".Sans(\"10.0.0.1\", \"kubernetes.internal\", \"cp{N(s.Index)}.example.net\")",
                        $".Sans(\"192.0.2.{N(_rng.Next(2, 250))}\")",
                        $".Sans(\"api.{N(_rng.Next(1, 99))}.example.org\", \"172.16.{N(_rng.Next(0, 255))}.10\", \"fd{_rng.Next(0, 255):x2}::10\")"));
                }

                s.Api.Add(mistake == 7 ? ".Port(70000)" : Pick(".Port(6443)", ".Port(ApiPort)", ".Port(port: 443)"));
                if (Chance(30))
                {
                    s.Api.Add(".K0sApiPort(9443)");
                }

                if (Chance(40))
                {
                    s.Api.Add(Pick(".ExtraArg(\"audit-log-maxage\", \"30\")", ".ExtraArg(\"enable-admission-plugins\", \"NodeRestriction\")", ".ExtraArg(\"request-timeout\", \"90s\")"));
                }
            }

            // The controller-manager section.
            if (mistake == 5)
            {
                s.ControllerManager.Add(".NodeCidrMaskSize(24)");
            }
            else if (dual)
            {
                if (mask6 != null)
                {
                    s.ControllerManager.Add($".NodeCidrMaskSizeIPv6({N(mask6.Value)})");
                }

                if (Chance(50))
                {
                    s.ControllerManager.Add($".NodeCidrMaskSizeIPv4({N(Pick(21, 22, 24, 25))})");
                }
            }
            else if (mistake != 3 && Chance(40))
            {
                s.ControllerManager.Add($".NodeCidrMaskSize({N(Pick(20, 22, 24, 25))})");
            }

            if (mistake == 8)
            {
                s.ControllerManager.Add(".ExtraArg(\"--node-monitor-period\", \"5s\")");
            }
            else if (Chance(35))
            {
                s.ControllerManager.Add(Pick(".ExtraArg(\"node-monitor-grace-period\", \"40s\")", ".ExtraArg(\"terminated-pod-gc-threshold\", \"500\")", ".ExtraArg(\"concurrent-deployment-syncs\", \"10\")"));
            }

            // Mistakes in the pod or service range replace the values picked above.
            switch (mistake)
            {
                case 0:
                    Replace(s.Network, ".PodCidr(", ".PodCidr(\"10.244.0.0/33\")");
                    break;
                case 1:
                    Replace(s.Network, ".PodCidr(", ".PodCidr(\"10.244.0.1/16\")");
                    break;
                case 3:
                    Replace(s.Network, ".PodCidr(", $".PodCidr(\"10.{N(pod)}.0.0/25\")");
                    break;
                case 6:
                    Replace(s.Network, ".PodCidr(", ".PodCidr(\"10.96.0.0/16\")");
                    Replace(s.Network, ".ServiceCidr(", ".ServiceCidr(\"10.96.0.0/12\")");
                    break;
            }

            // Calls in any order.
            if (Chance(30))
            {
                Shuffle(s.Network);
            }
        }

        private static void Replace(List<string> calls, string prefix, string call)
        {
            int i = calls.FindIndex(c => c.StartsWith(prefix, StringComparison.Ordinal));
            calls[i] = call;
        }

        private void Shuffle(List<string> calls)
        {
            for (int i = calls.Count - 1; i > 0; i--)
            {
                int j = _rng.Next(i + 1);
                (calls[i], calls[j]) = (calls[j], calls[i]);
            }
        }

        private string Name(Spec s) => Pick($"\"{Pick("prod", "staging", "edge", "lab", "ci")}-{N(s.Index)}\"", "Region", $"$\"{{Region}}-{N(s.Index)}\"");

        private static string Indent(string calls, string indent) => calls.Replace("\n", "\n" + indent, StringComparison.Ordinal);

        private static string Fluent(List<string> calls, string parameter, string indent)
            => parameter + string.Concat(calls.Select(c => "\n" + indent + Indent(c, "    " + indent)));

        /// <summary><c>K0s.Cluster(...).Network(n => n....).Api(a => a....)...Build()</c>, one expression.</summary>
        private string Fluent(Spec s)
        {
            string i = "                ";
            var text = new StringBuilder();
            text.Append("        public static ClusterConfig Profile").Append(N(s.Index)).Append("()\n");
            text.Append("        {\n");
            text.Append("            return K0s.Cluster(").Append(Name(s)).Append(')');
            var sections = Sections(s, i).ToList();
            if (Chance(20))
            {
                Shuffle(sections);
            }

            foreach (string section in sections)
            {
                text.Append("\n                ").Append(section);
            }

            text.Append("\n                .Build();\n        }\n\n");
            return text.ToString();
        }

        private IEnumerable<string> Sections(Spec s, string indent)
        {
            yield return $".Network(net => {Fluent(s.Network, "net", indent + "    ")})";
            if (s.Api.Count > 0)
            {
                yield return $".Api(api => {Fluent(s.Api, "api", indent + "    ")})";
            }

            if (s.ControllerManager.Count > 0)
            {
                yield return $".ControllerManager(cm => {Fluent(s.ControllerManager, "cm", indent + "    ")})";
            }
        }

        /// <summary>Block-bodied lambdas: one statement per call on the section's builder.</summary>
        private string BlockLambda(Spec s)
        {
            var text = new StringBuilder();
            text.Append("        public static ClusterConfigBuilder Profile").Append(N(s.Index)).Append("()\n");
            text.Append("        {\n");
            text.Append("            return K0s.Cluster(").Append(Name(s)).Append(")\n");
            text.Append("                .Network(n =>\n                {\n");
            foreach (string call in s.Network)
            {
                text.Append("                    n").Append(Indent(call, "                        ")).Append(";\n");
            }

            text.Append("                })");
            if (s.Api.Count > 0)
            {
                text.Append("\n                .Api(a =>\n                {\n");
                foreach (string call in s.Api)
                {
                    text.Append("                    a").Append(call).Append(";\n");
                }

                text.Append("                })");
            }

            if (s.ControllerManager.Count > 0)
            {
                text.Append("\n                .ControllerManager(cm => cm").Append(string.Concat(s.ControllerManager)).Append(')');
            }

            text.Append(";\n        }\n\n");
            return text.ToString();
        }

        /// <summary>The builder in a local, configured over several statements.</summary>
        private string LocalStatements(Spec s)
        {
            var text = new StringBuilder();
            text.Append("        public static int Profile").Append(N(s.Index)).Append("()\n");
            text.Append("        {\n");
            text.Append("            ").Append(Pick("var", "ClusterConfigBuilder")).Append(" cluster = K0s.Cluster(").Append(Name(s)).Append(");\n");
            text.Append("            cluster.Network(n => ").Append(Fluent(s.Network, "n", "                ")).Append(");\n");
            if (s.Api.Count > 0)
            {
                text.Append("            cluster.Api(a => ").Append(Fluent(s.Api, "a", "                ")).Append(");\n");
            }

            if (s.ControllerManager.Count > 0)
            {
                text.Append("            cluster.ControllerManager(cm => ").Append(Fluent(s.ControllerManager, "cm", "                ")).Append(");\n");
            }

            text.Append("            return cluster.Validate().Count;\n        }\n\n");
            return text.ToString();
        }

        /// <summary>Part of the network written in a branch: the analyzer must treat it as unknown.</summary>
        private string Conditional(Spec s)
        {
            var text = new StringBuilder();
            text.Append("        public static ClusterConfig Profile").Append(N(s.Index)).Append("(bool extras)\n");
            text.Append("        {\n");
            text.Append("            return K0s.Cluster(").Append(Name(s)).Append(")\n");
            text.Append("                .Network(n =>\n                {\n");
            int split = Math.Max(1, s.Network.Count / 2);
            for (int c = 0; c < s.Network.Count; c++)
            {
                string call = Indent(s.Network[c], "                        ");
                text.Append(c < split ? "                    n" + call + ";\n" : "                    if (extras)\n                    {\n                        n" + call + ";\n                    }\n\n");
            }

            text.Append("                })");
            foreach (string section in Sections(s, "                ").Skip(1))
            {
                text.Append("\n                ").Append(section);
            }

            text.Append("\n                .Build();\n        }\n\n");
            return text.ToString();
        }

        /// <summary>Values from parameters and the environment, which the analyzer cannot know.</summary>
        private string NonConstant(Spec s)
        {
            Replace(s.Network, ".PodCidr(", Pick(".PodCidr(podCidr)", ".PodCidr($\"10.{octet}.0.0/16\")", ".PodCidr(Environment.GetEnvironmentVariable(\"K0S_POD_CIDR\") ?? \"10.244.0.0/16\")"));
            var text = new StringBuilder();
            text.Append("        public static ClusterConfig Profile").Append(N(s.Index)).Append("(string podCidr, int octet, int apiPort)\n");
            text.Append("        {\n");
            text.Append("            ClusterConfigBuilder builder = K0s.Cluster(").Append(Name(s)).Append(")\n");
            text.Append("                .Network(net => ").Append(Fluent(s.Network, "net", "                    ")).Append(");\n");
            text.Append("            builder.Api(api => api.Port(apiPort)").Append(string.Concat(s.Api.Where(c => !c.StartsWith(".Port(", StringComparison.Ordinal)))).Append(");\n");
            if (s.ControllerManager.Count > 0)
            {
                text.Append("            builder.ControllerManager(cm => cm").Append(string.Concat(s.ControllerManager)).Append(");\n");
            }

            text.Append("            return builder.Build();\n        }\n\n");
            return text.ToString();
        }

        private sealed class Spec
        {
            public Spec(int index) => Index = index;

            public int Index { get; }

            public string PodCidr { get; set; } = string.Empty;

            public string ServiceCidr { get; set; } = string.Empty;

            public List<string> Network { get; } = new List<string>();

            public List<string> Api { get; } = new List<string>();

            public List<string> ControllerManager { get; } = new List<string>();
        }
    }
}
