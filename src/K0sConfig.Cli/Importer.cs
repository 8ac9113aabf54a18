using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text;
using K0sConfig.Rules;
using K0sConfig.Yaml;

namespace K0sConfig.Cli
{
    /// <summary>
    /// <c>k0sconfig import</c>: writes the C# that builds a YAML ClusterConfig with the K0sConfig builder. Every key the
    /// builder cannot express is named, with its position, on standard error, and left out; none is dropped silently.
    /// </summary>
    internal static partial class Importer
    {
        public static int Run(string file, string className, K0sVersion? version, Stream stdin, TextWriter stdout, TextWriter stderr)
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

            Import import = Generate(document, className, file, version);
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
        /// The k0s the configuration is for (<paramref name="version"/>, else a k0sctl file's <c>spec.k0s.version</c>) is
        /// written as <c>.ForK0s("...")</c>, so the analyzers and <c>Build()</c> check the code for that k0s.
        /// </summary>
        internal static Import Generate(YamlConfigDocument document, string className, string file, K0sVersion? version = null)
        {
            K0sVersion? forK0s = version ?? document.Version;
            if (document.K0sctl != null)
            {
                return GenerateK0sctl(document, className, file, forK0s);
            }

            var generator = new Generator(file);
            string chain = generator.Cluster(document.Root, forK0s);
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

            public string Cluster(YMapping? root, K0sVersion? forK0s)
            {
                string name = "\"k0s\"";
                var sections = new List<string>();
                var metadata = new List<string>();
                if (root != null)
                {
                    foreach ((string key, YNode keyNode, YNode value) in Fields(root, string.Empty))
                    {
                        switch (key)
                        {
                            case "apiversion":
                            case FieldPaths.Kind:
                                break;
                            case FieldPaths.Metadata:
                                foreach ((string metaKey, YNode metaKeyNode, YNode metaValue) in Fields(value as YMapping, FieldPaths.Metadata))
                                {
                                    if (metaKey == MetadataNameKey && Text(metaValue, FieldPaths.MetadataName) is string text)
                                    {
                                        name = Literal(text);
                                    }
                                    else if (metaKey != MetadataNameKey)
                                    {
                                        string metaPath = "metadata." + ((YScalar)metaKeyNode).Value;
                                        if (FieldCatalogue.Field(key, metaKey) is CatalogueField field && ByCatalogue(field) is KeyWriter write)
                                        {
                                            write(metadata, metaValue, metaPath);
                                        }
                                        else
                                        {
                                            Leave(metaPath, "the builder writes only metadata.name, labels and annotations", metaKeyNode);
                                        }
                                    }
                                }

                                break;
                            case FieldPaths.Spec:
                                sections = Walk(value as YMapping, key, key, field => field.Path == FieldPaths.Network
                                    ? (calls, network, path) => AddSection(calls, nameof(ClusterConfigBuilder.Network), Parameter(nameof(ClusterConfigBuilder.Network)), Network(network as YMapping, path))
                                    : null);
                                break;
                            default:
                                Leave(((YScalar)keyNode).Value, "it is not a ClusterConfig field", keyNode);
                                break;
                        }
                    }
                }

                var chain = new StringBuilder("K0s.Cluster(").Append(name).Append(')');
List<string> calls = metadata.Concat(sections).ToList();
                if (forK0s is K0sVersion v)
                {
                    calls.Insert(0, ".ForK0s(" + Literal(v.ToString()) + ")");
                }

                foreach (string section in calls)
                {
                    chain.Append('\n').Append(Indent).Append(Indent).Append(section.Replace("\n", "\n" + Indent + Indent, StringComparison.Ordinal));
                }

                return chain.ToString();
            }

            // ---- sections: the catalogue says what each key is written as; these are the keys it cannot say ----------

            private List<string> Network(YMapping? network, string networkPath)
            {
                string? provider = null;
                YNode? providerNode = null;
                List<string>? calico = null;
                List<string>? kubeRouter = null;
                List<string> calls = Walk(network, networkPath, FieldPaths.Network, field => field.Path switch
                {
                    FieldPaths.Provider => (_, value, path) =>
                    {
                        provider = Text(value, path);
                        providerNode = value;
                    },
                    FieldPaths.Calico => (_, value, path) => calico = Walk(value as YMapping, path, field.Path),
                    FieldPaths.KubeRouter => (_, value, path) => kubeRouter = Walk(value as YMapping, path, field.Path),
                    FieldPaths.ControlPlaneLoadBalancing => AsSwitched(field, emptyIsPlain: true),
                    _ => FieldCatalogue.InWriteOrder(field.Path).Any(IsSwitch) ? AsSwitched(field) : null,
                });

                var spellings = EnumSpellings<NetworkProvider>();
                if (provider != null && Array.IndexOf(spellings.Spellings, provider) < 0)
                {
                    Leave(FieldPaths.Provider, "'" + provider + "' is not " + string.Join(", ", spellings.Spellings.Take(spellings.Spellings.Length - 1)) + " or " + spellings.Spellings[spellings.Spellings.Length - 1], providerNode!);
                    provider = null;
                }

                // The builder chooses the provider with the call that configures its block: the other provider's
                // block first, then the chosen one (without a provider, k0s's default kuberouter applies).
                string kubeRouterName = Spelling(spellings, NetworkProvider.KubeRouter), calicoName = Spelling(spellings, NetworkProvider.Calico);
                string chosen = provider ?? (calico != null || kubeRouter != null ? kubeRouterName : string.Empty);
                var providerCalls = new List<string>();
                if (calico != null && chosen != calicoName)
                {
                    providerCalls.Add(ProviderCall(nameof(NetworkBuilder.Calico), calico));
                }

                if (kubeRouter != null && chosen != kubeRouterName)
                {
                    providerCalls.Add(ProviderCall(nameof(NetworkBuilder.KubeRouter), kubeRouter));
                }

                if (chosen == calicoName)
                {
                    providerCalls.Add(ProviderCall(nameof(NetworkBuilder.Calico), calico));
                }
                else if (chosen == kubeRouterName)
                {
                    providerCalls.Add(ProviderCall(nameof(NetworkBuilder.KubeRouter), kubeRouter));
                }
                else if (chosen == Spelling(spellings, NetworkProvider.Custom))
                {
                    providerCalls.Add("." + nameof(NetworkBuilder.CustomCni) + "()");
                }

                calls.InsertRange(0, providerCalls);
                return calls;
            }

            private static string Spelling((string Type, string[] Spellings, string[] Members) spellings, NetworkProvider provider)
                => spellings.Spellings[Array.IndexOf(spellings.Members, provider.ToString())];

            private static string ProviderCall(string method, List<string>? calls)
                => calls == null || calls.Count == 0 ? "." + method + "()" : Lambda(method, Parameter(method), calls);

            /// <summary>The <c>enabled</c> of a block the builder turns on by configuring it (dual-stack, node-local and control plane load balancing).</summary>
            private static bool IsSwitch(CatalogueField field) => field.BuilderMethod?.EndsWith("." + nameof(DualStackBuilder.Enabled), StringComparison.Ordinal) == true;

            /// <summary>
            /// A block the builder turns on by configuring it, as a lambda of its calls, with <c>Enabled(false)</c> first
            /// unless the block says <c>enabled: true</c> (k0s's default is off); nothing when the value is not a mapping.
            /// The block's <c>enabled</c> is read here, not as a call.
            /// </summary>
            private KeyWriter AsSwitched(CatalogueField section, bool emptyIsPlain = false)
                => (calls, value, path) =>
                {
                    if (!(value is YMapping block))
                    {
                        return;
                    }

                    List<string> inner = Walk(block, path, section.Path, field => IsSwitch(field) ? ReadElsewhere : null);
                    (string Key, YNode KeyNode, YNode Value) enabled = Fields(block, path).FindLast(f => FieldCatalogue.Field(section.Path, f.Key) is CatalogueField field && IsSwitch(field));
                    if (enabled.Value == null || Bool(enabled.Value, path + "." + ((YScalar)enabled.KeyNode).Value) != true)
                    {
                        inner.Insert(0, "." + nameof(DualStackBuilder.Enabled) + "(false)");
                    }

                    string method = Method(section);
                    calls.Add(emptyIsPlain && inner.Count == 0 ? "." + method + "()" : Lambda(method, Parameter(method), inner));
                };

            /// <summary><c>name</c>, the key of <c>metadata.name</c> (the class's <c>K0s.Cluster(name)</c>).</summary>
            private static readonly string MetadataNameKey = FieldPaths.Key(FieldPaths.MetadataName);

            /// <summary>A key another writer reads (a switched block's <c>enabled</c>): no call of its own, not left out.</summary>
            private static readonly KeyWriter ReadElsewhere = (_, _, _) => { };

            /// <summary>
            /// The keys a field's builder method does not write one to one: the node masks (typed helpers), keepalived's
            /// lists (a call per item), a virtual server's address (its call's first argument), the address label (a
            /// <see cref="uint"/>), the control plane load balancer's type (Keepalived, k0s's only type, is what the builder
            /// writes by leaving it out).
            /// </summary>
            private KeyWriter? Special(CatalogueField field)
            {
                if (TypedExtraArgs.All.Any(t => t.Path == field.Path))
                {
                    return (calls, value, path) =>
                    {
                        AddArgs(calls, Method(field), value, path);

                        // The node masks have typed helpers: NodeCidrMaskSizeIPv4(24) rather than ExtraArg("...", "24").
                        for (int i = 0; i < calls.Count; i++)
                        {
                            foreach ((string _, string flag, string builderMethod) in TypedExtraArgs.All.Where(t => t.Path == field.Path))
                            {
                                string helper = builderMethod.Substring(builderMethod.IndexOf('.') + 1);
                                string prefix = "." + Method(field) + "(\"" + flag + "\", \"";
                                if (calls[i].StartsWith(prefix, StringComparison.Ordinal) && calls[i].EndsWith("\")", StringComparison.Ordinal)
                                    && int.TryParse(calls[i].Substring(prefix.Length, calls[i].Length - prefix.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out int size)
                                    && size.ToString(CultureInfo.InvariantCulture) == calls[i].Substring(prefix.Length, calls[i].Length - prefix.Length - 2))
                                {
                                    calls[i] = "." + helper + "(" + size.ToString(CultureInfo.InvariantCulture) + ")";
                                }
                            }
                        }
                    };
                }

                switch (field.BuilderMethod)
                {
                    case nameof(KeepalivedBuilder) + "." + nameof(KeepalivedBuilder.VirtualServer) when field.Kind == FieldKind.KeyedList || field.Kind == FieldKind.List:
                        return (calls, value, path) =>
                        {
                            foreach ((YMapping item, string itemPath) in Items(value, path))
                            {
                                VirtualServer(calls, field, item, itemPath);
                            }
                        };
                    case nameof(VrrpInstanceBuilder) + "." + nameof(VrrpInstanceBuilder.AddressLabel):
                        return (calls, value, path) =>
                        {
                            if (value is YScalar s && YamlScalars.TryInteger(s, out long label) && label >= 0 && label <= uint.MaxValue)
                            {
                                calls.Add("." + Method(field) + "(" + label.ToString(CultureInfo.InvariantCulture) + ")");
                            }
                            else
                            {
                                Leave(path, "it is " + value.Describe() + ", not a whole number from 0 to " + uint.MaxValue.ToString(CultureInfo.InvariantCulture), value);
                            }
                        };
                }

                return null;
            }

            /// <summary>One entry of keepalived.virtualServers: <c>VirtualServer("192.168.1.200", vs => ...)</c>; the address is required.</summary>
            private void VirtualServer(List<string> calls, CatalogueField servers, YMapping server, string path)
            {
                string? address = null;
                string method = Method(servers);
                List<string> inner = Walk(server, path, servers.Path + "[]", field => field.BuilderMethod == servers.BuilderMethod
                    ? (_, value, child) => address = Text(value, child)
                    : null);

                if (address == null)
                {
                    Leave(path, "it has no " + FieldCatalogue.InWriteOrder(servers.Path + "[]").First(f => f.BuilderMethod == servers.BuilderMethod).Key + ", which " + method + "(...) takes first", server);
                    return;
                }

                calls.Add(inner.Count == 0 ? "." + method + "(" + Literal(address) + ")" : Lambda(method, Parameter(method), inner, Literal(address)));
            }

            // ---- key writers ----------------------------------------------------------------------------------

            /// <summary>Writes one key's value as builder calls, or names it as left out.</summary>
            private delegate void KeyWriter(List<string> calls, YNode value, string path);

            /// <summary>
            /// The calls for a mapping's keys: each key is matched to its catalogue field as k0s matches it (exactly, else
            /// ignoring case) and written by <paramref name="local"/>, else <see cref="Special"/>, else the field's builder
            /// method by the field's kind; a key with none of these is left out.
            /// </summary>
            private List<string> Walk(YMapping? mapping, string path, string fieldPath, Func<CatalogueField, KeyWriter?>? local = null)
            {
                var calls = new List<string>();
                var choices = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(mapping, path))
                {
                    string child = path + "." + ((YScalar)keyNode).Value;
                    CatalogueField? field = FieldCatalogue.Field(fieldPath, key);
                    if ((field == null ? null : local?.Invoke(field) ?? Special(field) ?? ByCatalogue(field)) is KeyWriter write)
                    {
                        write(IsChoice(fieldPath, field!) ? choices : calls, value, child);
                    }
                    else
                    {
                        Leave(child, "the builder has no method for it", keyNode);
                    }
                }

                calls.AddRange(choices);
                return calls;
            }

            /// <summary>
            /// Whether <paramref name="field"/> chooses among sections of its own (<c>spec.storage.type</c>: <c>etcd</c> or
            /// <c>kine</c>, both sections beside it): the builder method of such a section may choose too
            /// (<c>Kine(...)</c> sets <c>type: kine</c>, <c>Etcd(...)</c> switches it back), so the choice is written after
            /// them and the code says what the file says, also when the file configures the section it does not choose.
            /// </summary>
            private static bool IsChoice(string sectionPath, CatalogueField field)
                => field.Kind == FieldKind.Enum
                    && field.EnumValues.Any(v => FieldCatalogue.Field(sectionPath, v) is CatalogueField chosen && chosen.Kind == FieldKind.Section);

            /// <summary>The call that writes a field through its builder method, chosen by the field's kind; <see langword="null"/> when no method writes it.</summary>
            private KeyWriter? ByCatalogue(CatalogueField field)
            {
                if (field.BuilderMethod == null)
                {
                    return null;
                }

                string method = Method(field);
                switch (field.Kind)
                {
                    case FieldKind.Section:
                        return (calls, value, path) => AddSection(calls, method, Parameter(method), Walk(value as YMapping, path, field.Path));
                    case FieldKind.Map:
                        return (calls, value, path) => AddArgs(calls, method, value, path);
                    case FieldKind.List:
                    case FieldKind.Set:
                    case FieldKind.KeyedList:
                        if (FieldCatalogue.Find(field.Path + "[]")?.Kind == FieldKind.Section)
                        {
                            // A list of sections (VRRP instances, helm charts, worker profiles): one call per entry.
                            return (calls, value, path) =>
                            {
                                foreach ((YMapping item, string itemPath) in Items(value, path))
                                {
                                    calls.Add(Lambda(method, Parameter(method), Walk(item, itemPath, field.Path + "[]")));
                                }
                            };
                        }

                        return (calls, value, path) => AddList(calls, method, value, path);
                    case FieldKind.Any:
                        return (calls, value, path) => AddObjects(calls, method, value, path);
                    case FieldKind.IntOrString:
                        return (calls, value, path) =>
                        {
                            if (value is YScalar s && !YamlScalars.IsText(s))
                            {
                                Leave(path, "it is a number (nanoseconds, k0s's older form), not a duration such as 10m", value);
                            }
                            else
                            {
                                AddDuration(calls, method, value, path);
                            }
                        };
                    case FieldKind.Boolean:
                        return (calls, value, path) => AddBool(calls, method, value, path);
                    case FieldKind.Integer:
                    case FieldKind.Port:
                        return (calls, value, path) => AddInt(calls, method, value, path);
                    case FieldKind.Duration:
                        return (calls, value, path) => AddDuration(calls, method, value, path);
                    case FieldKind.Enum:
                        (string Type, string[] Spellings, string[] Members)? members = Enums.FirstOrDefault(e => e.Spellings.OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(field.EnumValues.OrderBy(x => x, StringComparer.Ordinal)));
                        return members is var (type, spellings, names) && spellings != null ? (calls, value, path) => AddMember(calls, method, type, value, path, spellings, names) : null;
                    default:
                        return (calls, value, path) => AddText(calls, method, value, path);
                }
            }

            /// <summary>The builder method of a field, without its type.</summary>
            private static string Method(CatalogueField field) => field.BuilderMethod!.Substring(field.BuilderMethod!.IndexOf('.') + 1);

            /// <summary>
            /// The name of a lambda's parameter for the builder a method configures: the initials of a name of several
            /// words (<c>ControllerManager</c>: <c>cm</c>), a one-word name in lower case (<c>Calico</c>: <c>calico</c>),
            /// and the few where a word reads better.
            /// </summary>
            private static string Parameter(string method)
            {
                switch (method)
                {
                    case nameof(ClusterConfigBuilder.Network): return "net";
                    case nameof(NetworkBuilder.KubeProxy): return "proxy";
                    case nameof(NodeLocalLoadBalancingBuilder.EnvoyProxy): return "envoy";
                    case nameof(KeepalivedBuilder.VrrpInstance): return "vrrp";
                }

                string initials = new string(method.Where(char.IsUpper).ToArray());
                return initials.Length > 1 ? initials.ToLowerInvariant() : method.ToLowerInvariant();
            }

            /// <summary>The enums the builder's methods take, each with k0s's spellings (its <c>[EnumMember]</c>s) and its members.</summary>
            private static readonly (string Type, string[] Spellings, string[] Members)[] Enums =
            {
                EnumSpellings<CalicoMode>(), EnumSpellings<CalicoOverlay>(), EnumSpellings<IPFamily>(), EnumSpellings<KubeProxyMode>(),
                EnumSpellings<KubeRouterHairpin>(), EnumSpellings<NodeLocalLoadBalancingType>(), EnumSpellings<ControlPlaneLoadBalancingType>(), EnumSpellings<IpvsScheduler>(),
                EnumSpellings<ImagePullPolicy>(), EnumSpellings<KeepalivedLbAlgo>(), EnumSpellings<KeepalivedLbKind>(), EnumSpellings<StorageType>(), EnumSpellings<PatchType>(),
            };

            private static (string Type, string[] Spellings, string[] Members) EnumSpellings<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>()
                where TEnum : struct, Enum
            {
                FieldInfo[] members = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static);
                return (typeof(TEnum).Name, members.Select(m => m.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? m.Name).ToArray(), members.Select(m => m.Name).ToArray());
            }

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
                if (value is YSequence list && list.Items.All(i => i is YScalar))
                {
                    // A null entry is the empty string, as Go decodes a []string.
                    calls.Add("." + method + "(" + string.Join(", ", list.Items.Select(i => Literal(((YScalar)i).IsNull ? string.Empty : ((YScalar)i).Value))) + ")");
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
                if (Text(value, path) is string text)
                {
                    if (DurationCall(method, text, out string? problem) is string call)
                    {
                        calls.Add(call);
                    }
                    else
                    {
                        Leave(path, problem + (problem!.EndsWith("1m30s)", StringComparison.Ordinal) ? " and k0s would reject it" : string.Empty), value);
                    }
                }
            }

            /// <summary>
            /// <c>.Method(System.TimeSpan.FromMinutes(2))</c> for a Go duration text, in the largest whole unit; <see langword="null"/>
            /// with <paramref name="problem"/> when the text is no Go duration or is finer than a <see cref="TimeSpan"/> holds.
            /// </summary>
            internal static string? DurationCall(string method, string text, out string? problem)
            {
                problem = null;
                if (!GoDuration.TryParse(text, out long nanoseconds))
                {
                    problem = "'" + text + "' is not a Go duration (such as 1m30s)";
                    return null;
                }

                if (!GoDuration.TryToTimeSpan(nanoseconds, out TimeSpan duration))
                {
                    problem = "'" + text + "' is finer than the 100 ns a TimeSpan holds";
                    return null;
                }

                string argument = duration.Ticks % TimeSpan.TicksPerHour == 0 ? "FromHours(" + (duration.Ticks / TimeSpan.TicksPerHour).ToString(CultureInfo.InvariantCulture)
                    : duration.Ticks % TimeSpan.TicksPerMinute == 0 ? "FromMinutes(" + (duration.Ticks / TimeSpan.TicksPerMinute).ToString(CultureInfo.InvariantCulture)
                    : duration.Ticks % TimeSpan.TicksPerSecond == 0 ? "FromSeconds(" + (duration.Ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture)
                    : duration.Ticks % TimeSpan.TicksPerMillisecond == 0 ? "FromMilliseconds(" + (duration.Ticks / TimeSpan.TicksPerMillisecond).ToString(CultureInfo.InvariantCulture)
                    : "FromTicks(" + duration.Ticks.ToString(CultureInfo.InvariantCulture);
                return "." + method + "(System.TimeSpan." + argument + "))";
            }

            // ---- helpers ------------------------------------------------------------------------------------

            /// <summary>
            /// A mapping's fields as k0s reads them (<see cref="ClusterConfigYaml.AsK0sReads"/>: the key Go decodes last, sections
            /// written twice merged), keys lower-cased for matching; nulls, which leave a field at its default, left out.
            /// </summary>
            private List<(string Key, YNode KeyNode, YNode Value)> Fields(YMapping? mapping, string path)
            {
                var fields = new List<(string, YNode, YNode)>();
                if (mapping == null)
                {
                    return fields;
                }

                foreach (KeyValuePair<YNode, YNode> entry in ClusterConfigYaml.Entries(mapping))
                {
                    if (!(entry.Key is YScalar))
                    {
                        Leave(path + ".?", "its key is not a name", entry.Key);
                    }
                }

                foreach ((string key, YNode keyNode, YNode value) in ClusterConfigYaml.AsK0sReads(mapping, fields: true))
                {
                    if (!IsNull(value))
                    {
                        fields.Add((key.ToLowerInvariant(), keyNode, value));
                    }
                    else if ((path == FieldPaths.Images || path.StartsWith(FieldPaths.Images + ".", StringComparison.Ordinal))
                        && FieldCatalogue.Field(path, key) is { Kind: FieldKind.Section })
                    {
                        // k0s decodes the file into its defaults: a null image section removes them (k0s 1.32 and later),
                        // where an absent one keeps them. The builder writes a section only with values.
                        Leave(path + "." + ((YScalar)keyNode).Value, "it is null, which k0s 1.32 and later read as no images for it at all (earlier k0s fill in their defaults); the builder writes no null section, so k0s keeps its default images", keyNode);
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
                if (value is YScalar s && YamlScalars.TryJsonInteger(s, out long number) && number >= int.MinValue && number <= int.MaxValue)
                {
                    calls.Add("." + method + "(" + number.ToString(CultureInfo.InvariantCulture) + ")");
                }
                else if (value is YScalar whole && (YamlScalars.TryJsonInteger(whole, out _) || YamlScalars.TryUnsignedInteger(whole, out _)))
                {
                    // A whole number the builder's int cannot hold: no port, mask or count k0s takes is that large.
                    Leave(path, "it is " + value.Describe() + ", a whole number beyond the builder's int (-2147483648 to 2147483647)", value);
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

            /// <summary>A mapping of free keys to values of any shape (kubelet configuration): one call per key, each value as a C# expression.</summary>
            private void AddObjects(List<string> calls, string method, YNode value, string path)
            {
                if (!(value is YMapping map))
                {
                    Leave(path, "it is " + value.Describe() + ", not a mapping", value);
                    return;
                }

                foreach ((string _, YNode keyNode, YNode entry) in Fields(map, path))
                {
                    string key = ((YScalar)keyNode).Value;
                    if (Expression(entry, path + "." + key, 0) is string expression)
                    {
                        calls.Add("." + method + "(" + Literal(key) + ", " + expression + ")");
                    }
                }
            }

            /// <summary>A YAML value as a C# expression the builder writes back the same: text, a number, a boolean, an array or a dictionary.</summary>
            private string? Expression(YNode value, string path, int depth)
            {
                if (depth > 32)
                {
                    Leave(path, "it nests deeper than 32 levels", value);
                    return null;
                }

                switch (value)
                {
                    case YScalar s when YamlScalars.IsNullValue(s):
                        Leave(path, "it is null, which the builder does not write", value);
                        return null;
                    case YScalar s when YamlScalars.IsBooleanValue(s):
                        return YamlScalars.TryBoolean(s, out bool flag) && flag ? "true" : "false";
                    case YScalar s when YamlScalars.TryInteger(s, out long number):
                        return number >= int.MinValue && number <= int.MaxValue ? number.ToString(CultureInfo.InvariantCulture) : number.ToString(CultureInfo.InvariantCulture) + "L";
                    case YScalar s when YamlScalars.IsText(s):
                        return Literal(s.Value);
                    case YScalar s:
                        Leave(path, "'" + s.Value + "' is a number the builder does not write back exactly", value);
                        return null;
                    case YSequence list:
                    {
                        var items = new List<string>();
                        for (int i = 0; i < list.Items.Count; i++)
                        {
                            if (Expression(list.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", depth + 1) is not string item)
                            {
                                return null;
                            }

                            items.Add(item);
                        }

                        return "new object[] { " + string.Join(", ", items) + " }";
                    }

                    case YMapping map:
                    {
                        var entries = new List<string>();
                        foreach ((string _, YNode keyNode, YNode entry) in Fields(map, path))
                        {
                            string key = ((YScalar)keyNode).Value;
                            if (Expression(entry, path + "." + key, depth + 1) is not string item)
                            {
                                return null;
                            }

                            entries.Add("[" + Literal(key) + "] = " + item);
                        }

                        return "new System.Collections.Generic.Dictionary<string, object> { " + string.Join(", ", entries) + " }";
                    }

                    default:
                        return null;
                }
            }

            private void AddArgs(List<string> calls, string method, YNode value, string path)
            {
                if (!(value is YMapping map))
                {
                    Leave(path, "it is " + value.Describe() + ", not a mapping of names to values", value);
                    return;
                }

                foreach (KeyValuePair<YNode, YNode> entry in ClusterConfigYaml.Entries(map))
                {
                    if (!(entry.Key is YScalar))
                    {
                        Leave(path + ".?", "the builder takes only non-empty names", entry.Key);
                    }
                }

                foreach ((string key, YNode keyNode, YNode argument) in ClusterConfigYaml.AsK0sReads(map, fields: false))
                {
                    if (string.IsNullOrWhiteSpace(key))
                    {
                        Leave(path + ".?", "the builder takes only non-empty names", keyNode);
                    }
                    else if (argument is YScalar v)
                    {
                        calls.Add("." + method + "(" + Literal(key) + ", " + Literal(v.IsNull ? string.Empty : v.Value) + ")");
                    }
                    else
                    {
                        Leave(path + "." + key, "it is " + argument.Describe() + ", not a single value", argument);
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
