using System;
using System.Collections.Generic;
using System.Linq;
using K0sConfig.Rules;

namespace K0sConfig
{
    /// <summary>
    /// Turns a configuration built at run time into the rule engine's facts: every value known or unset. The fields the
    /// rules read one value of are read by walking the catalogue's fact fields (<see cref="ClusterFacts.TextFactPaths"/>,
    /// ...) through their setters, as the YAML reader does; what is not one value (the extraArgs maps, the keepalived
    /// lists, "Calico settings are written", a replaced provider) is read here.
    /// </summary>
    internal static class ConfigFacts
    {
        public static ClusterFacts From(ApiSpec? api, NetworkSpec? network, ControllerManagerSpec? controllerManager, ConfigNode? sections = null)
        {
            var facts = new ClusterFacts();
            ConfigNode spec = Spec(api, network, controllerManager, sections);
            facts.DocumentProblems = VersionedFields(spec);
            foreach (string path in ClusterFacts.TextFactPaths)
            {
                switch (spec.At(path))
                {
                    case string text:
                        ClusterFacts.TextSetter(path)!(facts, Fact<string>.Known(text));
                        break;
                    case ConfigNode.Spelled spelled:
                        ClusterFacts.TextSetter(path)!(facts, Fact<string>.Known(spelled.Spelling));
                        break;
                }
            }

            foreach (string path in ClusterFacts.IntFactPaths)
            {
                if (spec.At(path) is int number)
                {
                    ClusterFacts.IntSetter(path)!(facts, Fact<long>.Known(number));
                }
            }

            foreach (string path in ClusterFacts.BoolFactPaths)
            {
                if (spec.At(path) is bool flag)
                {
                    ClusterFacts.BoolSetter(path)!(facts, Fact<bool>.Known(flag));
                }
            }

            foreach (string path in ClusterFacts.ListFactPaths)
            {
                if (spec.At(path, asGiven: true) is IReadOnlyList<string> list)
                {
                    ClusterFacts.ListSetter(path)!(facts, List(list));
                }
            }

            foreach (string path in ClusterFacts.ItemListPaths)
            {
                if (spec.At(path) is List<ConfigNode> items)
                {
                    facts.SetItems(path, Fact<IReadOnlyList<ItemFacts>>.Known(items.Select(Item).ToArray()));
                }
            }

            foreach (string path in ClusterFacts.SectionPaths)
            {
                if (spec.At(path) is ConfigNode section && !section.IsEmpty)
                {
                    facts.SetSection(path, Fact<ItemFacts>.Known(Item(section)));
                }
            }

            if (network != null)
            {
                facts.ReplacedProvider = network.ReplacedProvider is NetworkProvider replaced ? Fact<string>.Known(replaced.Yaml()) : Fact<string>.Unset;
                if (network.Calico != null)
                {
                    facts.CalicoSettings = Fact<bool>.Known(true);
                }

                if (network.KubeRouter is KubeRouterSpec kubeRouter)
                {
                    facts.KubeRouterSettings = Fact<bool>.Known(true);
                    facts.KubeRouterExtraArgs = Args(kubeRouter.ExtraArgs, null);
                }

                if (network.KubeProxy is KubeProxySpec kubeProxy)
                {
                    facts.KubeProxyExtraArgs = Args(kubeProxy.ExtraArgs, null);
                }

                if (network.ControlPlaneLoadBalancing?.Keepalived is KeepalivedSpec keepalived)
                {
                    facts.VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Known(keepalived.VrrpInstances.Select(v => new VrrpInstanceFacts
                    {
                        VirtualIPs = ListOrUnset(v.Node, nameof(VrrpInstanceBuilder.VirtualIPs)),
                        Interface = Of(v.Interface),
                        VirtualRouterId = Of(v.VirtualRouterId),
                        AdvertIntervalSeconds = Of(v.AdvertIntervalSeconds),
                        AuthPass = Of(v.AuthPass),
                        UnicastPeers = ListOrUnset(v.Node, nameof(VrrpInstanceBuilder.UnicastPeers)),
                        UnicastSourceIP = Of(v.UnicastSourceIP),
                        AddressLabel = v.AddressLabel is uint label ? Fact<long>.Known(label) : Fact<long>.Unset,
                    }).ToArray());
                    facts.VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Known(keepalived.VirtualServers.Select(v => new VirtualServerFacts
                    {
                        IPAddress = Of(v.IPAddress),
                        DelayLoop = v.DelayLoop is TimeSpan delay ? Fact<TimeSpan>.Known(delay) : Fact<TimeSpan>.Unset,
                        LbAlgo = Of(v.LbAlgo?.Yaml()),
                        LbKind = Of(v.LbKind?.Yaml()),
                        PersistenceTimeoutSeconds = Of(v.PersistenceTimeoutSeconds),
                    }).ToArray());
                }
            }

            if (api != null)
            {
                facts.ApiExtraArgs = Args(api.ExtraArgs, null);
            }

            if (controllerManager != null)
            {
                facts.ControllerManagerExtraArgs = Args(controllerManager.ExtraArgs, controllerManager);
            }

            return facts;
        }

        /// <summary>One <c>spec</c> section holding the typed sections and the others, as the YAML writer and the facts walk it.</summary>
        internal static ConfigNode Spec(ApiSpec? api, NetworkSpec? network, ControllerManagerSpec? controllerManager, ConfigNode? sections)
        {
            ConfigNode spec = sections?.Clone() ?? new ConfigNode(FieldCatalogue.Find(FieldPaths.Network)!.Parent);
            foreach (ConfigNode? section in new[] { api?.Node, network?.Node, controllerManager?.Node })
            {
                if (section != null)
                {
                    spec.Put(FieldCatalogue.Find(section.Path)!.Key, section);
                }
            }

            return spec;
        }

        /// <summary>The written fields that not every supported k0s version has, for rule K0S808.</summary>
        private static IReadOnlyList<DocumentProblem> VersionedFields(ConfigNode spec)
        {
            var paths = new List<string>();
            spec.CollectWritten(paths);
            List<DocumentProblem>? problems = null;
            foreach (string path in paths)
            {
                // One finding per missing section: its fields go with it.
                if (FieldCatalogue.Find(path) is CatalogueField field && !EveryVersionHas(field)
                    && (problems == null || !problems.Exists(p => path.StartsWith(p.Path + ".", StringComparison.Ordinal) || path.StartsWith(p.Path + "[", StringComparison.Ordinal))))
                {
                    (problems ??= new List<DocumentProblem>()).Add(new DocumentProblem(DocumentProblemKind.VersionedField, path, field.BuilderMethod ?? field.Key, string.Empty, false, null));
                }
            }

            return problems ?? (IReadOnlyList<DocumentProblem>)Array.Empty<DocumentProblem>();
        }

        private static bool EveryVersionHas(CatalogueField field)
        {
            for (int minor = FieldCatalogue.FirstMinor; minor <= FieldCatalogue.LastMinor; minor++)
            {
                if (!field.ExistsIn(minor))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>An entry of a mapping field as YAML (<see cref="YamlValues"/>), with what it is to Go; a list's elements too.</summary>
        private static void Entry(ItemFacts item, string key, YamlDotNet.RepresentationModel.YamlNode value, bool elements)
        {
            switch (value)
            {
                case YamlDotNet.RepresentationModel.YamlScalarNode scalar:
                    string kind = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain ? K0sConfig.Yaml.YamlScalars.GoKindOfPlain(scalar.Value ?? string.Empty) : "string";
                    if (kind == "null")
                    {
                        item.SetNull(key, null);
                    }
                    else if (kind == "string")
                    {
                        item.SetText(key, Fact<string>.Known(scalar.Value ?? string.Empty));
                    }
                    else
                    {
                        item.SetOther(key, null, kind);
                    }

                    break;
                case YamlDotNet.RepresentationModel.YamlSequenceNode list:
                    item.SetOther(key, null, "array");
                    if (elements)
                    {
                        for (int i = 0; i < list.Children.Count; i++)
                        {
                            Entry(item, key + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", list.Children[i], elements: false);
                        }
                    }

                    break;
                default:
                    item.SetOther(key, null, "object");
                    break;
            }
        }

        /// <summary>One entry of a list of sections: each field the catalogue names, as text, or as written with another value.</summary>
        private static ItemFacts Item(ConfigNode node)
        {
            var item = new ItemFacts(null);
            foreach (CatalogueField field in FieldCatalogue.FieldsOf(node.Path))
            {
                switch (node.Raw(field.Key))
                {
                    case null:
                        break;
                    case string text:
                        item.SetText(field.Key, Fact<string>.Known(text));
                        break;
                    case YamlText text:
                        item.SetText(field.Key, Fact<string>.Known(text.Text));
                        break;
                    case ConfigNode.Spelled spelled:
                        item.SetText(field.Key, Fact<string>.Known(spelled.Spelling));
                        break;
                    case IReadOnlyList<string> list:
                        item.SetOther(field.Key, null);
                        IReadOnlyList<string> given = node.AsGiven(field.Key) ?? list;
                        for (int i = 0; i < given.Count; i++)
                        {
                            item.SetText(field.Key + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", Fact<string>.Known(given[i]));
                        }

                        break;
                    case ObjectMap map:
                        item.SetOther(field.Key, null);
                        foreach ((string key, YamlDotNet.RepresentationModel.YamlNode value, string? text) in map.Entries)
                        {
                            if (text != null)
                            {
                                item.SetText(field.Key + "." + key, Fact<string>.Known(text));
                            }
                            else
                            {
                                Entry(item, field.Key + "." + key, value, elements: true);
                            }
                        }

                        break;
                    case ConfigNode section:
                        // A section of the entry (a patch's target): its fields as KEY.FIELD.
                        item.SetOther(field.Key, null);
                        ItemFacts inner = Item(section);
                        foreach (string key in inner.Keys)
                        {
                            if (inner.Text(key) is { IsKnown: true } text)
                            {
                                item.SetText(field.Key + "." + key, text);
                            }
                            else
                            {
                                item.SetOther(field.Key + "." + key, null);
                            }
                        }

                        break;
                    default:
                        item.SetOther(field.Key, null);
                        break;
                }
            }

            return item;
        }

        private static Fact<IReadOnlyList<Fact<string>>> ListOrUnset(ConfigNode node, string method)
            => node.AsGiven(node.FieldOf(method).Key) is IReadOnlyList<string> list ? List(list) : Fact<IReadOnlyList<Fact<string>>>.Unset;

        private static Fact<IReadOnlyList<Fact<string>>> List(IReadOnlyList<string> values)
            => Fact<IReadOnlyList<Fact<string>>>.Known(values.Select(s => Fact<string>.Known(s)).ToArray());

        private static Fact<long> Of(int? value) => value is int number ? Fact<long>.Known(number) : Fact<long>.Unset;

        private static Fact<string> Of(string? value) => value == null ? Fact<string>.Unset : Fact<string>.Known(value);

        private static ExtraArgsFacts Args(ArgsMap map, ControllerManagerSpec? sources)
        {
            if (map.Count == 0)
            {
                return ExtraArgsFacts.Empty;
            }

            var entries = new Dictionary<string, ExtraArgFact>(map.Count, System.StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> entry in map)
            {
                ExtraArgSource source = ExtraArgSource.ExtraArg;
                if (sources != null)
                {
                    source = (sources.RawKeys.Contains(entry.Key) ? ExtraArgSource.ExtraArg : ExtraArgSource.None)
                        | (sources.TypedKeys.Contains(entry.Key) ? ExtraArgSource.TypedHelper : ExtraArgSource.None);
                }

                entries[entry.Key] = new ExtraArgFact(Fact<string>.Known(entry.Value), source);
            }

            return new ExtraArgsFacts(entries, isComplete: true);
        }
    }
}
