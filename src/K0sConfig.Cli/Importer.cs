using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using K0sConfig.Yaml;

namespace K0sConfig.Cli
{
    /// <summary>
    /// <c>k0sconfig import</c>: writes the C# that builds a YAML ClusterConfig with the K0sConfig builder. Every key the
    /// builder cannot express is named, with its position, on standard error, and left out; none is dropped silently.
    /// </summary>
    internal static class Importer
    {
        public static int Run(string file, string className, Stream stdin, TextWriter stdout, TextWriter stderr)
        {
            if (!IsIdentifier(className))
            {
                stderr.WriteLine("k0sconfig: --class '" + className + "' is not a C# class name; use letters, digits and '_', starting with a letter, such as ImportedCluster.");
                return CliApp.Unreadable;
            }

            byte[] bytes;
            try
            {
                bytes = CliApp.ReadInput(file, stdin);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                stderr.WriteLine("k0sconfig: cannot read '" + file + "': " + e.Message);
                return CliApp.Unreadable;
            }

            YamlReadResult read = ClusterConfigYaml.Read(bytes, file);
            if (read.Error != null)
            {
                foreach (Finding finding in read.Validate())
                {
                    stderr.WriteLine((finding.Origin as YamlPosition)?.ToString() + ": error " + finding.RuleId + ": " + finding.Message);
                }

                return CliApp.Unreadable;
            }

            YamlConfigDocument document = read.Documents[0];
            foreach (YamlConfigDocument other in read.Documents.Skip(1))
            {
                stderr.WriteLine(file + ": document " + (other.Index + 1).ToString(CultureInfo.InvariantCulture) + " holds another ClusterConfig; only the first (document " + (document.Index + 1).ToString(CultureInfo.InvariantCulture) + ") is imported.");
            }

            Import import = Generate(document, className, file);
            stdout.Write(import.Code);
            foreach (LeftOut left in import.LeftOut)
            {
                stderr.WriteLine(left.Position + ": " + left.Path + " is left out: " + left.Reason + ".");
            }

            return CliApp.Ok;
        }

        /// <summary>The C# source for <paramref name="document"/> and what it leaves out.</summary>
        internal static Import Generate(YamlConfigDocument document, string className, string file)
        {
            var generator = new Generator(file);
            string chain = generator.Cluster(document.Root);
            var code = new StringBuilder();
            code.Append("// Imported from ").Append(Path.GetFileName(file)).Append(" by k0sconfig import.\n");
            code.Append("using K0sConfig;\n\n");
            code.Append("public static class ").Append(className).Append('\n');
            code.Append("{\n");
            code.Append("    public static ClusterConfigBuilder Create() => ").Append(chain).Append(";\n");
            code.Append("}\n");
            return new Import(code.ToString(), generator.LeftOut);
        }

        private static bool IsIdentifier(string name)
            => name.Length != 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

        internal sealed record Import(string Code, IReadOnlyList<LeftOut> LeftOut);

        internal sealed record LeftOut(string Path, string Reason, YamlPosition Position);

        /// <summary>Walks the ClusterConfig and writes one builder call per key it can express.</summary>
        private sealed class Generator
        {
            private const string Indent = "    ";
            private readonly string _file;

            public Generator(string file) => _file = file;

            public List<LeftOut> LeftOut { get; } = new List<LeftOut>();

            public string Cluster(YMapping? root)
            {
                string name = "\"k0s\"";
                var sections = new List<string>();
                if (root != null)
                {
                    foreach ((string key, YNode keyNode, YNode value) in Fields(root, string.Empty))
                    {
                        switch (key)
                        {
                            case "apiversion":
                            case "kind":
                                break;
                            case "metadata":
                                foreach ((string metaKey, YNode metaKeyNode, YNode metaValue) in Fields(value as YMapping, "metadata"))
                                {
                                    if (metaKey == "name" && Text(metaValue, "metadata.name") is string text)
                                    {
                                        name = Literal(text);
                                    }
                                    else if (metaKey != "name")
                                    {
                                        Leave("metadata." + ((YScalar)metaKeyNode).Value, "the builder writes only metadata.name", metaKeyNode);
                                    }
                                }

                                break;
                            case "spec":
                                foreach ((string specKey, YNode specKeyNode, YNode specValue) in Fields(value as YMapping, "spec"))
                                {
                                    switch (specKey)
                                    {
                                        case "api":
                                            AddSection(sections, "Api", "api", Api(specValue as YMapping));
                                            break;
                                        case "controllermanager":
                                            AddSection(sections, "ControllerManager", "cm", ControllerManager(specValue as YMapping));
                                            break;
                                        case "network":
                                            AddSection(sections, "Network", "net", Network(specValue as YMapping));
                                            break;
                                        default:
                                            Leave("spec." + ((YScalar)specKeyNode).Value, "the builder has no method for it", specKeyNode);
                                            break;
                                    }
                                }

                                break;
                            default:
                                Leave(((YScalar)keyNode).Value, "it is not a ClusterConfig field", keyNode);
                                break;
                        }
                    }
                }

                var chain = new StringBuilder("K0s.Cluster(").Append(name).Append(')');
                foreach (string section in sections)
                {
                    chain.Append('\n').Append(Indent).Append(Indent).Append(section.Replace("\n", "\n" + Indent + Indent, StringComparison.Ordinal));
                }

                return chain.ToString();
            }

            private List<string> Api(YMapping? api)
            {
                var calls = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(api, "spec.api"))
                {
                    string path = "spec.api." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "address":
                            AddText(calls, "Address", value, path);
                            break;
                        case "externaladdress":
                            AddText(calls, "ExternalAddress", value, path);
                            break;
                        case "sans":
                            if (value is YSequence list && list.Items.All(i => i is YScalar s && !s.IsNull))
                            {
                                calls.Add(".Sans(" + string.Join(", ", list.Items.Select(i => Literal(((YScalar)i).Value))) + ")");
                            }
                            else if (!IsNull(value))
                            {
                                Leave(path, "it is not a list of names and addresses", value);
                            }

                            break;
                        case "port":
                            AddInt(calls, "Port", value, path);
                            break;
                        case "k0sapiport":
                            AddInt(calls, "K0sApiPort", value, path);
                            break;
                        case "onlybindtoaddress":
                            AddBool(calls, "OnlyBindToAddress", value, path);
                            break;
                        case "extraargs":
                            AddArgs(calls, "ExtraArg", value, path);
                            break;
                        default:
                            Leave(path, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                return calls;
            }

            private List<string> ControllerManager(YMapping? controllerManager)
            {
                var calls = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(controllerManager, "spec.controllerManager"))
                {
                    string path = "spec.controllerManager." + ((YScalar)keyNode).Value;
                    if (key == "extraargs")
                    {
                        AddArgs(calls, "ExtraArg", value, path);

                        // The node masks have typed helpers: NodeCidrMaskSizeIPv4(24) rather than ExtraArg("...", "24").
                        for (int i = 0; i < calls.Count; i++)
                        {
                            foreach ((string flag, string helper) in new[] { ("node-cidr-mask-size", "NodeCidrMaskSize"), ("node-cidr-mask-size-ipv4", "NodeCidrMaskSizeIPv4"), ("node-cidr-mask-size-ipv6", "NodeCidrMaskSizeIPv6") })
                            {
                                string prefix = ".ExtraArg(\"" + flag + "\", \"";
                                if (calls[i].StartsWith(prefix, StringComparison.Ordinal) && calls[i].EndsWith("\")", StringComparison.Ordinal)
                                    && int.TryParse(calls[i].Substring(prefix.Length, calls[i].Length - prefix.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out int size)
                                    && size.ToString(CultureInfo.InvariantCulture) == calls[i].Substring(prefix.Length, calls[i].Length - prefix.Length - 2))
                                {
                                    calls[i] = "." + helper + "(" + size.ToString(CultureInfo.InvariantCulture) + ")";
                                }
                            }
                        }
                    }
                    else
                    {
                        Leave(path, "the builder has no method for it", keyNode);
                    }
                }

                return calls;
            }

            private List<string> Network(YMapping? network)
            {
                var calls = new List<string>();
                string? provider = null;
                YNode? providerNode = null;
                List<string>? calico = null;
                List<string>? kubeRouter = null;
                foreach ((string key, YNode keyNode, YNode value) in Fields(network, "spec.network"))
                {
                    string path = "spec.network." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "provider":
                            provider = Text(value, path);
                            providerNode = value;
                            break;
                        case "podcidr":
                            AddText(calls, "PodCidr", value, path);
                            break;
                        case "servicecidr":
                            AddText(calls, "ServiceCidr", value, path);
                            break;
                        case "clusterdomain":
                            AddText(calls, "ClusterDomain", value, path);
                            break;
                        case "primaryaddressfamily":
                            AddEnum(calls, "PrimaryAddressFamily", "IPFamily", value, path, "IPv4", "IPv6");
                            break;
                        case "dualstack":
                            DualStack(calls, value as YMapping, path);
                            break;
                        case "calico":
                            calico = Calico(value as YMapping, path);
                            break;
                        case "kuberouter":
                            kubeRouter = KubeRouter(value as YMapping, path);
                            break;
                        case "kubeproxy":
                            AddSection(calls, "KubeProxy", "proxy", KubeProxy(value as YMapping, path));
                            break;
                        case "nodelocalloadbalancing":
                            NodeLocalLoadBalancing(calls, value as YMapping, path);
                            break;
                        case "controlplaneloadbalancing":
                            ControlPlaneLoadBalancing(calls, value as YMapping, path);
                            break;
                        default:
                            Leave(path, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                if (provider != null && provider != "kuberouter" && provider != "calico" && provider != "custom")
                {
                    Leave("spec.network.provider", "'" + provider + "' is not kuberouter, calico or custom", providerNode!);
                    provider = null;
                }

                // The builder chooses the provider with the call that configures its block: the other provider's
                // block first, then the chosen one (without a provider, k0s's default kuberouter applies).
                string chosen = provider ?? (calico != null || kubeRouter != null ? "kuberouter" : string.Empty);
                var providerCalls = new List<string>();
                if (calico != null && chosen != "calico")
                {
                    providerCalls.Add(ProviderCall("Calico", "calico", calico));
                }

                if (kubeRouter != null && chosen != "kuberouter")
                {
                    providerCalls.Add(ProviderCall("KubeRouter", "kr", kubeRouter));
                }

                switch (chosen)
                {
                    case "calico":
                        providerCalls.Add(ProviderCall("Calico", "calico", calico));
                        break;
                    case "kuberouter":
                        providerCalls.Add(ProviderCall("KubeRouter", "kr", kubeRouter));
                        break;
                    case "custom":
                        providerCalls.Add(".CustomCni()");
                        break;
                }

                calls.InsertRange(0, providerCalls);
                return calls;
            }

            private static string ProviderCall(string method, string parameter, List<string>? calls)
                => calls == null || calls.Count == 0 ? "." + method + "()" : Lambda(method, parameter, calls);

            private void DualStack(List<string> calls, YMapping? dualStack, string path)
            {
                if (dualStack == null)
                {
                    return;
                }

                var inner = new List<string>();
                bool enabled = false;
                foreach ((string key, YNode keyNode, YNode value) in Fields(dualStack, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "enabled":
                            enabled = Bool(value, child) == true;
                            break;
                        case "ipv6podcidr":
                            AddText(inner, "IPv6PodCidr", value, child);
                            break;
                        case "ipv6servicecidr":
                            AddText(inner, "IPv6ServiceCidr", value, child);
                            break;
                        default:
                            Leave(child, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                // DualStack(...) turns dual-stack on; k0s's default is off.
                if (!enabled)
                {
                    inner.Add(".Enabled(false)");
                }

                calls.Add(Lambda("DualStack", "ds", inner));
            }

            private List<string> Calico(YMapping? calico, string path)
            {
                var calls = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(calico, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "mode":
                            AddEnum(calls, "Mode", "CalicoMode", value, child, "vxlan", "bird", "ipip");
                            break;
                        case "overlay":
                            AddEnum(calls, "Overlay", "CalicoOverlay", value, child, "Always", "Never", "CrossSubnet");
                            break;
                        case "vxlanport":
                            AddInt(calls, "VxlanPort", value, child);
                            break;
                        case "vxlanvni":
                            AddInt(calls, "VxlanVni", value, child);
                            break;
                        case "mtu":
                            AddInt(calls, "Mtu", value, child);
                            break;
                        case "wireguard":
                            AddBool(calls, "Wireguard", value, child);
                            break;
                        case "ipautodetectionmethod":
                            AddText(calls, "IPAutodetectionMethod", value, child);
                            break;
                        case "ipv6autodetectionmethod":
                            AddText(calls, "IPv6AutodetectionMethod", value, child);
                            break;
                        case "envvars":
                            AddArgs(calls, "EnvVar", value, child);
                            break;
                        default:
                            Leave(child, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                return calls;
            }

            private List<string> KubeRouter(YMapping? kubeRouter, string path)
            {
                var calls = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(kubeRouter, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "automtu":
                            AddBool(calls, "AutoMtu", value, child);
                            break;
                        case "mtu":
                            AddInt(calls, "Mtu", value, child);
                            break;
                        case "metricsport":
                            AddInt(calls, "MetricsPort", value, child);
                            break;
                        case "hairpin":
                            AddEnum(calls, "Hairpin", "KubeRouterHairpin", value, child, "Enabled", "Allowed", "Disabled");
                            break;
                        case "ipmasq":
                            AddBool(calls, "IPMasq", value, child);
                            break;
                        case "extraargs":
                            AddArgs(calls, "ExtraArg", value, child);
                            break;
                        default:
                            Leave(child, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                return calls;
            }

            private List<string> KubeProxy(YMapping? kubeProxy, string path)
            {
                var calls = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(kubeProxy, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "disabled":
                            AddBool(calls, "Disabled", value, child);
                            break;
                        case "mode":
                            AddEnum(calls, "Mode", "KubeProxyMode", value, child, "iptables", "ipvs", "nftables", "userspace");
                            break;
                        case "extraargs":
                            AddArgs(calls, "ExtraArg", value, child);
                            break;
                        case "nodeportaddresses":
                            AddList(calls, "NodePortAddresses", value, child);
                            break;
                        case "iptables":
                            AddSection(calls, "Iptables", "iptables", ProxyMode(value as YMapping, child));
                            break;
                        case "ipvs":
                            AddSection(calls, "Ipvs", "ipvs", ProxyMode(value as YMapping, child));
                            break;
                        case "nftables":
                            AddSection(calls, "Nftables", "nftables", ProxyMode(value as YMapping, child));
                            break;
                        default:
                            Leave(child, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                return calls;
            }

            /// <summary>kubeProxy.iptables, .ipvs or .nftables: each key is in the builder of the sections that have it.</summary>
            private List<string> ProxyMode(YMapping? mode, string path)
            {
                var calls = new List<string>();
                string section = path.Substring(path.LastIndexOf('.') + 1);
                foreach ((string key, YNode keyNode, YNode value) in Fields(mode, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "masqueradebit" when section != "ipvs":
                            AddInt(calls, "MasqueradeBit", value, child);
                            break;
                        case "masqueradeall" when section != "ipvs":
                            AddBool(calls, "MasqueradeAll", value, child);
                            break;
                        case "localhostnodeports" when section == "iptables":
                            AddBool(calls, "LocalhostNodePorts", value, child);
                            break;
                        case "strictarp" when section == "ipvs":
                            AddBool(calls, "StrictArp", value, child);
                            break;
                        case "excludecidrs" when section == "ipvs":
                            AddList(calls, "ExcludeCidrs", value, child);
                            break;
                        case "scheduler" when section == "ipvs":
                            AddIpvsScheduler(calls, value, child);
                            break;
                        case "syncperiod":
                            AddDuration(calls, "SyncPeriod", value, child);
                            break;
                        case "minsyncperiod":
                            AddDuration(calls, "MinSyncPeriod", value, child);
                            break;
                        case "tcptimeout" when section == "ipvs":
                            AddDuration(calls, "TcpTimeout", value, child);
                            break;
                        case "tcpfintimeout" when section == "ipvs":
                            AddDuration(calls, "TcpFinTimeout", value, child);
                            break;
                        case "udptimeout" when section == "ipvs":
                            AddDuration(calls, "UdpTimeout", value, child);
                            break;
                        default:
                            Leave(child, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                return calls;
            }

            private void AddIpvsScheduler(List<string> calls, YNode value, string path)
                => AddMember(
                    calls, "Scheduler", "IpvsScheduler", value, path,
                    new[] { "rr", "wrr", "lc", "wlc", "lblc", "lblcr", "sh", "dh", "sed", "nq" },
                    new[] { "RoundRobin", "WeightedRoundRobin", "LeastConnection", "WeightedLeastConnection", "LocalityBasedLeastConnection", "LocalityBasedLeastConnectionWithReplication", "SourceHashing", "DestinationHashing", "ShortestExpectedDelay", "NeverQueue" });

            /// <summary>An enum value k0s spells <c>spellings[i]</c>, written as the member <c>members[i]</c> of <paramref name="type"/>.</summary>
            private void AddMember(List<string> calls, string method, string type, YNode value, string path, string[] spellings, string[] members)
            {
                if (!(Text(value, path) is string text))
                {
                    return;
                }

                int index = Array.IndexOf(spellings, text);
                if (index < 0)
                {
                    Leave(path, "'" + text + "' is not one of " + string.Join(", ", spellings) + ", so no " + type + " member writes it", value);
                    return;
                }

                calls.Add("." + method + "(" + type + "." + members[index] + ")");
            }

            private void AddList(List<string> calls, string method, YNode value, string path)
            {
                if (value is YSequence list && list.Items.All(i => i is YScalar s && !s.IsNull))
                {
                    calls.Add("." + method + "(" + string.Join(", ", list.Items.Select(i => Literal(((YScalar)i).Value))) + ")");
                }
                else if (!IsNull(value))
                {
                    Leave(path, "it is not a list of values", value);
                }
            }

            private List<string> NodeLocalProxy(YMapping? proxy, string path)
            {
                var calls = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(proxy, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "apiserverbindport":
                            AddInt(calls, "ApiServerBindPort", value, child);
                            break;
                        case "konnectivityserverbindport":
                            AddInt(calls, "KonnectivityServerBindPort", value, child);
                            break;
                        case "imagepullpolicy":
                            AddEnum(calls, "ImagePullPolicy", "ImagePullPolicy", value, child, "Always", "Never", "IfNotPresent");
                            break;
                        default:
                            Leave(child, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                return calls;
            }

            private void NodeLocalLoadBalancing(List<string> calls, YMapping? nllb, string path)
            {
                if (nllb == null)
                {
                    return;
                }

                var inner = new List<string>();
                bool enabled = false;
                foreach ((string key, YNode keyNode, YNode value) in Fields(nllb, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "enabled":
                            enabled = Bool(value, child) == true;
                            break;
                        case "type":
                            AddEnum(inner, "Type", "NodeLocalLoadBalancingType", value, child, "EnvoyProxy", "Traefik");
                            break;
                        case "envoyproxy":
                            AddSection(inner, "EnvoyProxy", "envoy", NodeLocalProxy(value as YMapping, child));
                            break;
                        case "traefik":
                            AddSection(inner, "Traefik", "traefik", NodeLocalProxy(value as YMapping, child));
                            break;
                        default:
                            Leave(child, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                if (!enabled)
                {
                    inner.Add(".Enabled(false)");
                }

                calls.Add(Lambda("NodeLocalLoadBalancing", "nllb", inner));
            }

            private void ControlPlaneLoadBalancing(List<string> calls, YMapping? cplb, string path)
            {
                if (cplb == null)
                {
                    return;
                }

                var inner = new List<string>();
                bool enabled = false;
                foreach ((string key, YNode keyNode, YNode value) in Fields(cplb, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "enabled":
                            enabled = Bool(value, child) == true;
                            break;
                        case "type":
                            // Keepalived, k0s's only type and its default, is what the builder writes by leaving the key out.
                            if (Text(value, child) is string type && type != "Keepalived")
                            {
                                Leave(child, "'" + type + "' is not Keepalived, the only type k0s knows", value);
                            }

                            break;
                        case "keepalived":
                            AddSection(inner, "Keepalived", "keepalived", Keepalived(value as YMapping, child));
                            break;
                        default:
                            Leave(child, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                // ControlPlaneLoadBalancing(...) turns it on; k0s's default is off.
                if (!enabled)
                {
                    inner.Insert(0, ".Enabled(false)");
                }

                calls.Add(inner.Count == 0 ? ".ControlPlaneLoadBalancing()" : Lambda("ControlPlaneLoadBalancing", "cplb", inner));
            }

            private List<string> Keepalived(YMapping? keepalived, string path)
            {
                var calls = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(keepalived, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "vrrpinstances":
                            foreach ((YMapping item, string itemPath) in Items(value, child))
                            {
                                calls.Add(Lambda("VrrpInstance", "vrrp", VrrpInstance(item, itemPath)));
                            }

                            break;
                        case "virtualservers":
                            foreach ((YMapping item, string itemPath) in Items(value, child))
                            {
                                VirtualServer(calls, item, itemPath);
                            }

                            break;
                        case "userspaceproxybindport":
                            AddInt(calls, "UserSpaceProxyBindPort", value, child);
                            break;
                        case "disableloadbalancer":
                            AddBool(calls, "DisableLoadBalancer", value, child);
                            break;
                        case "configtemplatevrrp":
                            AddText(calls, "ConfigTemplateVrrp", value, child);
                            break;
                        case "configtemplatevs":
                            AddText(calls, "ConfigTemplateVs", value, child);
                            break;
                        default:
                            Leave(child, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                return calls;
            }

            private List<string> VrrpInstance(YMapping instance, string path)
            {
                var calls = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(instance, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "virtualips":
                            AddList(calls, "VirtualIPs", value, child);
                            break;
                        case "interface":
                            AddText(calls, "Interface", value, child);
                            break;
                        case "virtualrouterid":
                            AddInt(calls, "VirtualRouterId", value, child);
                            break;
                        case "advertintervalseconds":
                            AddInt(calls, "AdvertIntervalSeconds", value, child);
                            break;
                        case "authpass":
                            AddText(calls, "AuthPass", value, child);
                            break;
                        case "unicastpeers":
                            AddList(calls, "UnicastPeers", value, child);
                            break;
                        case "unicastsourceip":
                            AddText(calls, "UnicastSourceIP", value, child);
                            break;
                        case "addresslabel":
                            if (value is YScalar s && DocumentReader.TryInteger(s, out long label) && label >= 0 && label <= uint.MaxValue)
                            {
                                calls.Add(".AddressLabel(" + label.ToString(CultureInfo.InvariantCulture) + ")");
                            }
                            else
                            {
                                Leave(child, "it is " + value.Describe() + ", not a whole number from 0 to " + uint.MaxValue.ToString(CultureInfo.InvariantCulture), value);
                            }

                            break;
                        default:
                            Leave(child, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                return calls;
            }

            /// <summary>One entry of keepalived.virtualServers: <c>VirtualServer("192.168.1.200", vs => ...)</c>; the address is required.</summary>
            private void VirtualServer(List<string> calls, YMapping server, string path)
            {
                string? address = null;
                var inner = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(server, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    switch (key)
                    {
                        case "ipaddress":
                            address = Text(value, child);
                            break;
                        case "delayloop":
                            AddDuration(inner, "DelayLoop", value, child);
                            break;
                        case "lbalgo":
                            AddMember(
                                inner, "LbAlgo", "KeepalivedLbAlgo", value, child,
                                new[] { "rr", "wrr", "lc", "wlc", "lblc", "dh", "sh", "sed", "nq" },
                                new[] { "RoundRobin", "WeightedRoundRobin", "LeastConnection", "WeightedLeastConnection", "LocalityBasedLeastConnection", "DestinationHashing", "SourceHashing", "ShortestExpectedDelay", "NeverQueue" });
                            break;
                        case "lbkind":
                            AddMember(inner, "LbKind", "KeepalivedLbKind", value, child, new[] { "DR", "NAT", "TUN" }, new[] { "DirectRouting", "Nat", "Tunnel" });
                            break;
                        case "persistencetimeoutseconds":
                            AddInt(inner, "PersistenceTimeoutSeconds", value, child);
                            break;
                        default:
                            Leave(child, "the builder has no method for it", keyNode);
                            break;
                    }
                }

                if (address == null)
                {
                    Leave(path, "it has no ipAddress, which VirtualServer(...) takes first", server);
                    return;
                }

                calls.Add(inner.Count == 0 ? ".VirtualServer(" + Literal(address) + ")" : Lambda("VirtualServer", "vs", inner, Literal(address)));
            }

            /// <summary>The mappings of a list, each with its path; anything else in it is named and left out.</summary>
            private List<(YMapping Item, string Path)> Items(YNode value, string path)
            {
                var items = new List<(YMapping, string)>();
                if (!(value is YSequence list))
                {
                    if (!IsNull(value))
                    {
                        Leave(path, "it is " + value.Describe() + ", not a list", value);
                    }

                    return items;
                }

                for (int i = 0; i < list.Items.Count; i++)
                {
                    string itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    if (list.Items[i] is YMapping item)
                    {
                        items.Add((item, itemPath));
                    }
                    else
                    {
                        Leave(itemPath, "it is " + list.Items[i].Describe() + ", not a mapping", list.Items[i]);
                    }
                }

                return items;
            }

            /// <summary>A Go duration ("1m30s") as the <see cref="TimeSpan"/> k0s reads, in the largest whole unit.</summary>
            private void AddDuration(List<string> calls, string method, YNode value, string path)
            {
                if (!(Text(value, path) is string text))
                {
                    return;
                }

                if (!GoDuration.TryParse(text, out long nanoseconds))
                {
                    Leave(path, "'" + text + "' is not a Go duration (such as 1m30s) and k0s would reject it", value);
                    return;
                }

                if (!GoDuration.TryToTimeSpan(nanoseconds, out TimeSpan duration))
                {
                    Leave(path, "'" + text + "' is finer than the 100 ns a TimeSpan holds", value);
                    return;
                }

                string argument = duration.Ticks % TimeSpan.TicksPerHour == 0 ? "FromHours(" + (duration.Ticks / TimeSpan.TicksPerHour).ToString(CultureInfo.InvariantCulture)
                    : duration.Ticks % TimeSpan.TicksPerMinute == 0 ? "FromMinutes(" + (duration.Ticks / TimeSpan.TicksPerMinute).ToString(CultureInfo.InvariantCulture)
                    : duration.Ticks % TimeSpan.TicksPerSecond == 0 ? "FromSeconds(" + (duration.Ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture)
                    : duration.Ticks % TimeSpan.TicksPerMillisecond == 0 ? "FromMilliseconds(" + (duration.Ticks / TimeSpan.TicksPerMillisecond).ToString(CultureInfo.InvariantCulture)
                    : "FromTicks(" + duration.Ticks.ToString(CultureInfo.InvariantCulture);
                calls.Add("." + method + "(System.TimeSpan." + argument + "))");
            }

            // ---- helpers ------------------------------------------------------------------------------------

            /// <summary>A mapping's fields, keys lower-cased (k0s matches keys ignoring case), the last of a repeated key only.</summary>
            private List<(string Key, YNode KeyNode, YNode Value)> Fields(YMapping? mapping, string path)
            {
                var fields = new List<(string, YNode, YNode)>();
                if (mapping == null)
                {
                    return fields;
                }

                var last = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (KeyValuePair<YNode, YNode> entry in ClusterConfigYaml.Entries(mapping))
                {
                    if (!(entry.Key is YScalar key))
                    {
                        Leave(path + ".?", "its key is not a name", entry.Key);
                        continue;
                    }

                    if (IsNull(entry.Value))
                    {
                        continue;
                    }

                    string lower = key.Value.ToLowerInvariant();
                    if (last.TryGetValue(lower, out int index))
                    {
                        fields[index] = (lower, key, entry.Value);
                    }
                    else
                    {
                        last[lower] = fields.Count;
                        fields.Add((lower, key, entry.Value));
                    }
                }

                return fields;
            }

            private static bool IsNull(YNode node) => node is YScalar s && s.IsNull;

            private string? Text(YNode value, string path)
            {
                if (value is YScalar s && !s.IsNull)
                {
                    return s.Value;
                }

                Leave(path, "it is " + value.Describe() + ", not a single value", value);
                return null;
            }

            private bool? Bool(YNode value, string path)
            {
                if (value is YScalar s && DocumentReader.TryBoolean(s, out bool flag))
                {
                    return flag;
                }

                Leave(path, "it is " + value.Describe() + ", not true or false", value);
                return null;
            }

            private void AddText(List<string> calls, string method, YNode value, string path)
            {
                if (Text(value, path) is string text)
                {
                    calls.Add("." + method + "(" + Literal(text) + ")");
                }
            }

            private void AddInt(List<string> calls, string method, YNode value, string path)
            {
                if (value is YScalar s && DocumentReader.TryInteger(s, out long number) && number >= int.MinValue && number <= int.MaxValue)
                {
                    calls.Add("." + method + "(" + number.ToString(CultureInfo.InvariantCulture) + ")");
                }
                else
                {
                    Leave(path, "it is " + value.Describe() + ", not a whole number", value);
                }
            }

            private void AddBool(List<string> calls, string method, YNode value, string path)
            {
                if (Bool(value, path) is bool flag)
                {
                    calls.Add("." + method + "(" + (flag ? "true" : "false") + ")");
                }
            }

            private void AddEnum(List<string> calls, string method, string type, YNode value, string path, params string[] spellings)
            {
                if (!(Text(value, path) is string text))
                {
                    return;
                }

                int index = Array.IndexOf(spellings, text);
                if (index < 0)
                {
                    Leave(path, "'" + text + "' is not one of " + string.Join(", ", spellings) + ", so no " + type + " member writes it", value);
                    return;
                }

                string member = spellings[index] switch
                {
                    "kuberouter" => "KubeRouter",
                    "IPv4" => "IPv4",
                    "IPv6" => "IPv6",
                    string s => char.ToUpperInvariant(s[0]) + s.Substring(1),
                };
                calls.Add("." + method + "(" + type + "." + member + ")");
            }

            private void AddArgs(List<string> calls, string method, YNode value, string path)
            {
                if (!(value is YMapping map))
                {
                    Leave(path, "it is " + value.Describe() + ", not a mapping of names to values", value);
                    return;
                }

                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (KeyValuePair<YNode, YNode> entry in ClusterConfigYaml.Entries(map))
                {
                    if (!(entry.Key is YScalar key) || string.IsNullOrWhiteSpace(key.Value))
                    {
                        Leave(path + ".?", "the builder takes only non-empty names", entry.Key);
                        continue;
                    }

                    string argument;
                    if (entry.Value is YScalar v)
                    {
                        argument = Literal(v.IsNull ? string.Empty : v.Value);
                    }
                    else
                    {
                        Leave(path + "." + key.Value, "it is " + entry.Value.Describe() + ", not a single value", entry.Value);
                        continue;
                    }

                    string call = "." + method + "(" + Literal(key.Value) + ", " + argument + ")";
                    if (seen.TryGetValue(key.Value, out int index))
                    {
                        calls[index] = call;
                    }
                    else
                    {
                        seen[key.Value] = calls.Count;
                        calls.Add(call);
                    }
                }
            }

            private static void AddSection(List<string> target, string method, string parameter, List<string> calls)
            {
                if (calls.Count != 0)
                {
                    target.Add(Lambda(method, parameter, calls));
                }
            }

            /// <summary>
            /// A call that configures a builder in a lambda (after <paramref name="firstArgument"/>, if any), its calls one a
            /// line, one indent deeper than the call.
            /// </summary>
            private static string Lambda(string method, string parameter, List<string> calls, string? firstArgument = null)
            {
                string start = "." + method + "(" + (firstArgument == null ? string.Empty : firstArgument + ", ") + parameter + " => " + parameter;
                if (calls.Count == 0)
                {
                    return start + ")";
                }

                var text = new StringBuilder(start);
                foreach (string call in calls)
                {
                    text.Append('\n').Append(Indent).Append(call.Replace("\n", "\n" + Indent, StringComparison.Ordinal));
                }

                return text.Append(')').ToString();
            }

            private void Leave(string path, string reason, YNode at)
                => LeftOut.Add(new LeftOut(path, reason, new YamlPosition(_file, (int)at.Start.Line, (int)at.Start.Column, (int)at.Start.Index, 0)));

            /// <summary>A C# string literal: quotes, backslashes and every control or non-ASCII character escaped.</summary>
            internal static string Literal(string value)
            {
                var text = new StringBuilder("\"");
                foreach (char c in value)
                {
                    switch (c)
                    {
                        case '"':
                            text.Append("\\\"");
                            break;
                        case '\\':
                            text.Append("\\\\");
                            break;
                        case '\n':
                            text.Append("\\n");
                            break;
                        case '\r':
                            text.Append("\\r");
                            break;
                        case '\t':
                            text.Append("\\t");
                            break;
                        default:
                            if (c < ' ' || c > '~')
                            {
                                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                            }
                            else
                            {
                                text.Append(c);
                            }

                            break;
                    }
                }

                return text.Append('"').ToString();
            }
        }
    }
}
