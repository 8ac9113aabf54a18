using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
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
            if (!OutsideText.IsClassName(className, Array.Empty<string>(), out string problem))
            {
                return WrongClassName(className, problem, stderr);
            }

            byte[] bytes;
            try
            {
                bytes = CliApp.ReadInput(file, stdin);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                stderr.WriteLine(OutsideText.Line("k0sconfig: cannot read '" + file + "': " + e.Message));
                return CliApp.Unreadable;
            }

            YamlReadResult read = ClusterConfigYaml.Read(bytes, file);
            if (read.Error != null)
            {
                foreach (Finding finding in read.Validate())
                {
                    YamlPosition at = finding.Origin as YamlPosition ?? new YamlPosition(file, 1, 1, 0, 0);
                    stderr.WriteLine(OutsideText.Position(at.File, at.Line, at.Column) + OutsideText.Line(": error " + finding.RuleId + ": " + finding.Message));
                }

                return CliApp.Unreadable;
            }

            YamlConfigDocument document = read.Documents[0];
            foreach (YamlConfigDocument other in read.Documents.Skip(1))
            {
                stderr.WriteLine(OutsideText.LineStart(file) + ": document " + (other.Index + 1).ToString(CultureInfo.InvariantCulture) + " holds another ClusterConfig; only the first (document " + (document.Index + 1).ToString(CultureInfo.InvariantCulture) + ") is imported.");
            }

            Import import = Generate(document, className, file);
            if (!OutsideText.IsClassName(className, import.TypesUsed, out problem))
            {
                return WrongClassName(className, problem, stderr);
            }

            stdout.Write(import.Code);
            foreach (LeftOut left in import.LeftOut)
            {
                stderr.WriteLine(OutsideText.Position(left.Position.File, left.Position.Line, left.Position.Column) + OutsideText.Line(": " + left.Path + " is left out: " + left.Reason + "."));
            }

            return CliApp.Ok;
        }

        private static int WrongClassName(string className, string problem, TextWriter stderr)
        {
            stderr.WriteLine(OutsideText.Line("k0sconfig: --class '" + className + "' " + problem + ", such as ImportedCluster."));
            return CliApp.Unreadable;
        }

        /// <summary>
        /// The C# source for <paramref name="document"/> and what it leaves out. Outside text reaches the code only through
        /// <see cref="OutsideText"/>: the file's name as <see cref="OutsideText.CSharpComment"/>, keys and values as
        /// <see cref="OutsideText.CSharpString"/>; <paramref name="className"/> is checked by <see cref="OutsideText.IsClassName"/>.
        /// </summary>
        internal static Import Generate(YamlConfigDocument document, string className, string file)
        {
            var generator = new Generator(file);
            string chain = generator.Cluster(document.Root);
            var code = new StringBuilder();
            code.Append("// Imported from ").Append(OutsideText.CSharpComment(Path.GetFileName(file))).Append(" by k0sconfig import.\n");
            code.Append("using K0sConfig;\n\n");
            code.Append("public static class ").Append(className).Append('\n');
            code.Append("{\n");
            code.Append("    public static ClusterConfigBuilder Create() => ").Append(chain).Append(";\n");
            code.Append("}\n");
            return new Import(code.ToString(), generator.LeftOut, generator.TypesUsed);
        }

        internal sealed record Import(string Code, IReadOnlyList<LeftOut> LeftOut, IReadOnlyCollection<string> TypesUsed);

        internal sealed record LeftOut(string Path, string Reason, YamlPosition Position);

        /// <summary>Walks the ClusterConfig and writes one builder call per key it can express.</summary>
        private sealed class Generator
        {
            private const string Indent = "    ";
            private readonly string _file;

            public Generator(string file) => _file = file;

            public List<LeftOut> LeftOut { get; } = new List<LeftOut>();

            /// <summary>The enum types the code names (<c>CalicoMode</c>), which the class must not be called.</summary>
            public HashSet<string> TypesUsed { get; } = new HashSet<string>(StringComparer.Ordinal);

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

            // ---- sections: what each key is written as ----------------------------------------------------------

            private List<string> Api(YMapping? api) => Walk(api, "spec.api", key => key switch
            {
                "address" => AsText("Address"),
                "externaladdress" => AsText("ExternalAddress"),
                "sans" => AsList("Sans"),
                "port" => AsInt("Port"),
                "k0sapiport" => AsInt("K0sApiPort"),
                "onlybindtoaddress" => AsBool("OnlyBindToAddress"),
                "extraargs" => AsArgs("ExtraArg"),
                _ => null,
            });

            private List<string> ControllerManager(YMapping? controllerManager) => Walk(controllerManager, "spec.controllerManager", key => key switch
            {
                "extraargs" => (calls, value, path) =>
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
                },
                _ => null,
            });

            private List<string> Network(YMapping? network)
            {
                string? provider = null;
                YNode? providerNode = null;
                List<string>? calico = null;
                List<string>? kubeRouter = null;
                List<string> calls = Walk(network, "spec.network", key => key switch
                {
                    "provider" => (_, value, path) =>
                    {
                        provider = Text(value, path);
                        providerNode = value;
                    },
                    "podcidr" => AsText("PodCidr"),
                    "servicecidr" => AsText("ServiceCidr"),
                    "clusterdomain" => AsText("ClusterDomain"),
                    "primaryaddressfamily" => AsEnum<IPFamily>("PrimaryAddressFamily"),
                    "dualstack" => AsSwitched("DualStack", "ds", DualStack),
                    "calico" => (_, value, path) => calico = Calico(value as YMapping, path),
                    "kuberouter" => (_, value, path) => kubeRouter = KubeRouter(value as YMapping, path),
                    "kubeproxy" => AsSection("KubeProxy", "proxy", KubeProxy),
                    "nodelocalloadbalancing" => AsSwitched("NodeLocalLoadBalancing", "nllb", NodeLocalLoadBalancing),
                    "controlplaneloadbalancing" => AsSwitched("ControlPlaneLoadBalancing", "cplb", ControlPlaneLoadBalancing, emptyIsPlain: true),
                    _ => null,
                });

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

            /// <summary>
            /// A block the builder turns on by configuring it (dual-stack, node-local and control plane load balancing), as
            /// a lambda of its calls, with <c>Enabled(false)</c> first unless the block says <c>enabled: true</c> (k0s's
            /// default is off); nothing when the value is not a mapping. The sections read <c>enabled</c> here, not as a call.
            /// </summary>
            private KeyWriter AsSwitched(string method, string parameter, Func<YMapping, string, List<string>> section, bool emptyIsPlain = false)
                => (calls, value, path) =>
                {
                    if (!(value is YMapping block))
                    {
                        return;
                    }

                    List<string> inner = section(block, path);
                    (string Key, YNode KeyNode, YNode Value) enabled = Fields(block, path).FindLast(f => f.Key == "enabled");
                    if (enabled.Value == null || Bool(enabled.Value, path + "." + ((YScalar)enabled.KeyNode).Value) != true)
                    {
                        inner.Insert(0, ".Enabled(false)");
                    }

                    calls.Add(emptyIsPlain && inner.Count == 0 ? "." + method + "()" : Lambda(method, parameter, inner));
                };

            /// <summary>A key another writer reads (a switched block's <c>enabled</c>): no call of its own, not left out.</summary>
            private static readonly KeyWriter ReadElsewhere = (_, _, _) => { };

            private List<string> DualStack(YMapping dualStack, string path) => Walk(dualStack, path, key => key switch
            {
                "enabled" => ReadElsewhere,
                "ipv6podcidr" => AsText("IPv6PodCidr"),
                "ipv6servicecidr" => AsText("IPv6ServiceCidr"),
                _ => null,
            });

            private List<string> Calico(YMapping? calico, string path) => Walk(calico, path, key => key switch
            {
                "mode" => AsEnum<CalicoMode>("Mode"),
                "overlay" => AsEnum<CalicoOverlay>("Overlay"),
                "vxlanport" => AsInt("VxlanPort"),
                "vxlanvni" => AsInt("VxlanVni"),
                "mtu" => AsInt("Mtu"),
                "wireguard" => AsBool("Wireguard"),
                "ipautodetectionmethod" => AsText("IPAutodetectionMethod"),
                "ipv6autodetectionmethod" => AsText("IPv6AutodetectionMethod"),
                "envvars" => AsArgs("EnvVar"),
                _ => null,
            });

            private List<string> KubeRouter(YMapping? kubeRouter, string path) => Walk(kubeRouter, path, key => key switch
            {
                "automtu" => AsBool("AutoMtu"),
                "mtu" => AsInt("Mtu"),
                "metricsport" => AsInt("MetricsPort"),
                "hairpin" => AsEnum<KubeRouterHairpin>("Hairpin"),
                "ipmasq" => AsBool("IPMasq"),
                "extraargs" => AsArgs("ExtraArg"),
                _ => null,
            });

            private List<string> KubeProxy(YMapping? kubeProxy, string path) => Walk(kubeProxy, path, key => key switch
            {
                "disabled" => AsBool("Disabled"),
                "mode" => AsEnum<KubeProxyMode>("Mode"),
                "extraargs" => AsArgs("ExtraArg"),
                "nodeportaddresses" => AsList("NodePortAddresses"),
                "iptables" => AsSection("Iptables", "iptables", ProxyMode),
                "ipvs" => AsSection("Ipvs", "ipvs", ProxyMode),
                "nftables" => AsSection("Nftables", "nftables", ProxyMode),
                _ => null,
            });

            /// <summary>kubeProxy.iptables, .ipvs or .nftables: each key is in the builder of the sections that have it.</summary>
            private List<string> ProxyMode(YMapping? mode, string path)
            {
                string section = path.Substring(path.LastIndexOf('.') + 1);
                return Walk(mode, path, key => key switch
                {
                    "masqueradebit" when section != "ipvs" => AsInt("MasqueradeBit"),
                    "masqueradeall" when section != "ipvs" => AsBool("MasqueradeAll"),
                    "localhostnodeports" when section == "iptables" => AsBool("LocalhostNodePorts"),
                    "strictarp" when section == "ipvs" => AsBool("StrictArp"),
                    "excludecidrs" when section == "ipvs" => AsList("ExcludeCidrs"),
                    "scheduler" when section == "ipvs" => AsEnum<IpvsScheduler>("Scheduler"),
                    "syncperiod" => AsDuration("SyncPeriod"),
                    "minsyncperiod" => AsDuration("MinSyncPeriod"),
                    "tcptimeout" when section == "ipvs" => AsDuration("TcpTimeout"),
                    "tcpfintimeout" when section == "ipvs" => AsDuration("TcpFinTimeout"),
                    "udptimeout" when section == "ipvs" => AsDuration("UdpTimeout"),
                    _ => null,
                });
            }

            private List<string> NodeLocalLoadBalancing(YMapping nllb, string path) => Walk(nllb, path, key => key switch
            {
                "enabled" => ReadElsewhere,
                "type" => AsEnum<NodeLocalLoadBalancingType>("Type"),
                "envoyproxy" => AsSection("EnvoyProxy", "envoy", NodeLocalProxy),
                "traefik" => AsSection("Traefik", "traefik", NodeLocalProxy),
                _ => null,
            });

            private List<string> NodeLocalProxy(YMapping? proxy, string path) => Walk(proxy, path, key => key switch
            {
                "apiserverbindport" => AsInt("ApiServerBindPort"),
                "konnectivityserverbindport" => AsInt("KonnectivityServerBindPort"),
                "imagepullpolicy" => AsEnum<ImagePullPolicy>("ImagePullPolicy"),
                _ => null,
            });

            private List<string> ControlPlaneLoadBalancing(YMapping cplb, string path) => Walk(cplb, path, key => key switch
            {
                "enabled" => ReadElsewhere,

                // Keepalived, k0s's only type and its default, is what the builder writes by leaving the key out.
                "type" => (_, value, child) =>
                {
                    if (Text(value, child) is string type && type != "Keepalived")
                    {
                        Leave(child, "'" + type + "' is not Keepalived, the only type k0s knows", value);
                    }
                },
                "keepalived" => AsSection("Keepalived", "keepalived", Keepalived),
                _ => null,
            });

            private List<string> Keepalived(YMapping? keepalived, string path) => Walk(keepalived, path, key => key switch
            {
                "vrrpinstances" => (calls, value, child) =>
                {
                    foreach ((YMapping item, string itemPath) in Items(value, child))
                    {
                        calls.Add(Lambda("VrrpInstance", "vrrp", VrrpInstance(item, itemPath)));
                    }
                },
                "virtualservers" => (calls, value, child) =>
                {
                    foreach ((YMapping item, string itemPath) in Items(value, child))
                    {
                        VirtualServer(calls, item, itemPath);
                    }
                },
                "userspaceproxybindport" => AsInt("UserSpaceProxyBindPort"),
                "disableloadbalancer" => AsBool("DisableLoadBalancer"),
                "configtemplatevrrp" => AsText("ConfigTemplateVrrp"),
                "configtemplatevs" => AsText("ConfigTemplateVs"),
                _ => null,
            });

            private List<string> VrrpInstance(YMapping instance, string path) => Walk(instance, path, key => key switch
            {
                "virtualips" => AsList("VirtualIPs"),
                "interface" => AsText("Interface"),
                "virtualrouterid" => AsInt("VirtualRouterId"),
                "advertintervalseconds" => AsInt("AdvertIntervalSeconds"),
                "authpass" => AsText("AuthPass"),
                "unicastpeers" => AsList("UnicastPeers"),
                "unicastsourceip" => AsText("UnicastSourceIP"),
                "addresslabel" => (calls, value, child) =>
                {
                    if (value is YScalar s && YamlScalars.TryInteger(s, out long label) && label >= 0 && label <= uint.MaxValue)
                    {
                        calls.Add(".AddressLabel(" + label.ToString(CultureInfo.InvariantCulture) + ")");
                    }
                    else
                    {
                        Leave(child, "it is " + value.Describe() + ", not a whole number from 0 to " + uint.MaxValue.ToString(CultureInfo.InvariantCulture), value);
                    }
                },
                _ => null,
            });

            /// <summary>One entry of keepalived.virtualServers: <c>VirtualServer("192.168.1.200", vs => ...)</c>; the address is required.</summary>
            private void VirtualServer(List<string> calls, YMapping server, string path)
            {
                string? address = null;
                List<string> inner = Walk(server, path, key => key switch
                {
                    "ipaddress" => (_, value, child) => address = Text(value, child),
                    "delayloop" => AsDuration("DelayLoop"),
                    "lbalgo" => AsEnum<KeepalivedLbAlgo>("LbAlgo"),
                    "lbkind" => AsEnum<KeepalivedLbKind>("LbKind"),
                    "persistencetimeoutseconds" => AsInt("PersistenceTimeoutSeconds"),
                    _ => null,
                });

                if (address == null)
                {
                    Leave(path, "it has no ipAddress, which VirtualServer(...) takes first", server);
                    return;
                }

                calls.Add(inner.Count == 0 ? ".VirtualServer(" + Literal(address) + ")" : Lambda("VirtualServer", "vs", inner, Literal(address)));
            }

            // ---- key writers ----------------------------------------------------------------------------------

            /// <summary>Writes one key's value as builder calls, or names it as left out.</summary>
            private delegate void KeyWriter(List<string> calls, YNode value, string path);

            /// <summary>
            /// The calls for a mapping's keys (lower-cased, as k0s matches them): <paramref name="writerFor"/> gives a key's
            /// writer, or <see langword="null"/> for a key the builder has no method for, which is left out.
            /// </summary>
            private List<string> Walk(YMapping? mapping, string path, Func<string, KeyWriter?> writerFor)
            {
                var calls = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(mapping, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    if (writerFor(key) is KeyWriter write)
                    {
                        write(calls, value, child);
                    }
                    else
                    {
                        Leave(child, "the builder has no method for it", keyNode);
                    }
                }

                return calls;
            }

            private KeyWriter AsText(string method) => (calls, value, path) => AddText(calls, method, value, path);

            private KeyWriter AsInt(string method) => (calls, value, path) => AddInt(calls, method, value, path);

            private KeyWriter AsBool(string method) => (calls, value, path) => AddBool(calls, method, value, path);

            private KeyWriter AsList(string method) => (calls, value, path) => AddList(calls, method, value, path);

            private KeyWriter AsArgs(string method) => (calls, value, path) => AddArgs(calls, method, value, path);

            private KeyWriter AsDuration(string method) => (calls, value, path) => AddDuration(calls, method, value, path);

            /// <summary>An enum value, written as the member of <typeparamref name="TEnum"/> whose <c>[EnumMember]</c> spells it as k0s does.</summary>
            private KeyWriter AsEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string method)
                where TEnum : struct, Enum
            {
                FieldInfo[] members = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static);
                string[] spellings = members.Select(m => m.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? m.Name).ToArray();
                string[] names = members.Select(m => m.Name).ToArray();
                return (calls, value, path) => AddMember(calls, method, typeof(TEnum).Name, value, path, spellings, names);
            }

            /// <summary>A nested block written as a lambda (<c>.KubeProxy(proxy => proxy...)</c>), when it writes anything.</summary>
            private static KeyWriter AsSection(string method, string parameter, Func<YMapping?, string, List<string>> section)
                => (calls, value, path) => AddSection(calls, method, parameter, section(value as YMapping, path));

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

                TypesUsed.Add(type);
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
                if (value is YScalar s && YamlScalars.TryBoolean(s, out bool flag))
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
                if (value is YScalar s && YamlScalars.TryInteger(s, out long number) && number >= int.MinValue && number <= int.MaxValue)
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
                => LeftOut.Add(new LeftOut(path, reason, new YamlPosition(_file, at.Line, at.Column, at.Offset, 0)));

            /// <summary>A C# string literal (<see cref="OutsideText.CSharpString"/>): quotes, backslashes and every control or non-ASCII character escaped.</summary>
            internal static string Literal(string value) => OutsideText.CSharpString(value);
        }
    }
}
