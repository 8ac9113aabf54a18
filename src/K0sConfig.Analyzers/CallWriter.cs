using System;
using System.Collections.Generic;
using System.Linq;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static K0sConfig.Analyzers.OperationShapes;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// What one builder call writes, and where: the facts a collection fills, the state of the builders it writes to
    /// (the extraArgs maps, the keepalived lists, which node-local proxy a callback writes to, which builders escaped),
    /// and, for a call that takes a section callback, the callback run on the section's builder
    /// (<see cref="FactCollector.Callback"/>). Arguments are read through the <see cref="ValueEvaluator"/>.
    /// </summary>
    internal sealed class CallWriter
    {
        private readonly KnownSymbols _symbols;
        private readonly ValueEvaluator _values;
        private readonly FactCollector _collector;
        private ClusterFacts _facts;
        private ArgsState _controllerManager;
        private ArgsState _api;
        private ArgsState _kubeProxy;
        private ArgsState _kubeRouter;

        // The keepalived lists as the chain writes them, and the entry a VrrpInstance/VirtualServer callback being
        // followed writes to (null: none, so what such a builder's calls write cannot be placed).
        private List<VrrpInstanceFacts>? _vrrpList;
        private List<VirtualServerFacts>? _serverList;
        private VrrpInstanceFacts? _vrrpCurrent;
        private VirtualServerFacts? _serverCurrent;

        // The lists of sections the rules read (helm charts and repositories, worker profiles) as the chain writes them,
        // and the entry a callback being followed writes to (null: none, so what its builder's calls write cannot be placed).
        private Dictionary<string, List<ItemFacts>>? _itemLists;
        private ItemFacts? _itemCurrent;

        // Which node-local proxy a followed EnvoyProxy/Traefik callback writes to (null: not known).
        private bool? _proxyIsTraefik;

        // Where the Calico or kube-router section was chosen: what their builders' calls write counts as written there.
        private object? _calicoOrigin;
        private object? _kubeRouterOrigin;

        // Builders that escaped: code we cannot see may hold them and change them at any time, so whatever is
        // written to them afterwards is unknown too.
        private int _escaped;

        public CallWriter(FactCollector collector, KnownSymbols symbols, ValueEvaluator values, bool knowsEverything, ClusterFacts? reuse)
        {
            _collector = collector;
            _symbols = symbols;
            _values = values;
            _facts = knowsEverything ? new ClusterFacts() : reuse?.SetAllUnknown() ?? ClusterFacts.AllUnknown();
            _controllerManager = new ArgsState(knowsEverything);
            _api = new ArgsState(knowsEverything);
            _kubeProxy = new ArgsState(knowsEverything);
            _kubeRouter = new ArgsState(knowsEverything);
        }

        /// <summary>
        /// Makes the writer ready for another call checked on its own (<see cref="FactCollector.Lone"/>): every value
        /// unknown again, in the same facts, and no builder state left from the call before.
        /// </summary>
        public void ResetForLoneCall()
        {
            _facts.SetAllUnknown();
            _controllerManager = new ArgsState(false);
            _api = new ArgsState(false);
            _kubeProxy = new ArgsState(false);
            _kubeRouter = new ArgsState(false);
            _vrrpList = null;
            _serverList = null;
            _vrrpCurrent = null;
            _serverCurrent = null;
            _itemLists = null;
            _itemCurrent = null;
            _proxyIsTraefik = null;
            _calicoOrigin = null;
            _kubeRouterOrigin = null;
            _escaped = 0;
        }

        /// <summary>
        /// Where what a lone call on a Calico or kube-router builder writes counts as written: the section's call whose
        /// lambda it is made in (<see cref="FactCollector.ForCall"/>), as a chain through that call says.
        /// </summary>
        public void PlaceSectionAt(object? calico, object? kubeRouter)
        {
            _calicoOrigin = calico;
            _kubeRouterOrigin = kubeRouter;
        }

        /// <summary>The facts, with the extraArgs maps as written.</summary>
        public ClusterFacts Finish()
        {
            _facts.ControllerManagerExtraArgs = _controllerManager.ToFacts();
            _facts.ApiExtraArgs = _api.ToFacts();
            _facts.KubeProxyExtraArgs = _kubeProxy.ToFacts();
            _facts.KubeRouterExtraArgs = _kubeRouter.ToFacts();
            return _facts;
        }

        /// <summary>Records what one builder call writes. Returns whether it writes anything the rules read.</summary>
        public bool Apply(BuilderKind kind, IInvocationOperation call, bool conditional, bool followCallbacks)
        {
            conditional |= (_escaped & (1 << (int)kind)) != 0;
            string name = call.TargetMethod.Name;

            // Where the call itself is, made only when something is written there: an origin made is one the chain's
            // record of this call lists (WrittenOrigins), and most calls write only their argument.
            object? callOrigin = null;
            object At() => callOrigin ??= _values.Origin(NameLocation(call));

            // A method that writes one field with its argument, as the catalogue's method column says (Calico's are
            // set below, after the Calico block counts as written).
            if (kind != BuilderKind.Calico && _symbols.SetterOf(call.TargetMethod) is Setter setter)
            {
                Set(setter, call, conditional);
                return true;
            }

            // NodeLocalProxyBuilder.Image opens envoyProxy's or traefik's image, as the callback it is called in says; alone
            // it says neither, so what its lambda writes cannot be placed.
            if (kind == BuilderKind.NodeLocalProxy && name == "Image")
            {
                if (_proxyIsTraefik is not bool imageOfTraefik)
                {
                    return false;
                }

                OpenSection(imageOfTraefik ? FieldPaths.TraefikImage : FieldPaths.EnvoyProxyImage, call, At(), conditional, followCallbacks);
                return true;
            }

            // A section the rules read as a whole, an entry of a list of sections, and a field of either, as the catalogue's
            // method column says.
            if (_symbols.SectionOf(call.TargetMethod) is string sectionPath)
            {
                OpenSection(sectionPath, call, At(), conditional, followCallbacks);
                return true;
            }

            if (_symbols.ItemListOf(call.TargetMethod) is string listPath)
            {
                AddItem(listPath, call, At(), conditional, followCallbacks);
                return true;
            }

            if (_symbols.ItemFieldOf(call.TargetMethod) is string itemKey)
            {
                if (_itemCurrent == null)
                {
                    return false;
                }

                WriteItemField(_itemCurrent, itemKey, call, conditional, followCallbacks);
                return true;
            }

            switch (kind)
            {
                case BuilderKind.Cluster when name == "ForK0s":
                    // The version the configuration is checked for (K0sConfigAnalyzer chooses the options with it).
                    _facts.ForK0s = call.TargetMethod.Parameters.Length == 1 && call.TargetMethod.Parameters[0].Type.SpecialType == SpecialType.System_String
                        ? _values.Text(call, 0, conditional)
                        : Fact<string>.Unknown(At());
                    return true;

                case BuilderKind.Cluster:
                    BuilderKind section = name switch
                    {
                        "Network" => BuilderKind.Network,
                        "Api" => BuilderKind.Api,
                        "ControllerManager" => BuilderKind.ControllerManager,
                        "Konnectivity" => BuilderKind.Konnectivity,
                        "Extensions" => BuilderKind.Extensions,
                        "Storage" => BuilderKind.Storage,
                        "MetricsServer" => BuilderKind.MetricsServer,
                        _ => BuilderKind.None,
                    };
                    if (section != BuilderKind.None && followCallbacks)
                    {
                        _collector.Callback(call, section, conditional);
                    }

                    return false;

                case BuilderKind.Network:
                    switch (name)
                    {
                        case "KubeRouter":
                            Provider(FieldValues.NetworkProvider.Kuberouter, At(), conditional);
                            _kubeRouterOrigin = At();
                            FollowIf(followCallbacks, call, BuilderKind.KubeRouter, conditional);
                            return true;
                        case "Calico":
                            Provider(FieldValues.NetworkProvider.Calico, At(), conditional);
                            _calicoOrigin = At();
                            FollowIf(followCallbacks, call, BuilderKind.Calico, conditional);
                            return true;
                        case "CustomCni":
                            Provider(FieldValues.NetworkProvider.Custom, At(), conditional);
                            return true;
                        case "DualStack":
                            _facts.DualStackEnabled = conditional ? Fact<bool>.Unknown(At()) : Fact<bool>.Known(true, At());
                            FollowIf(followCallbacks, call, BuilderKind.DualStack, conditional);
                            return true;
                        case "KubeProxy":
                            FollowIf(followCallbacks, call, BuilderKind.KubeProxy, conditional);
                            return false;
                        case "CoreDns":
                            FollowIf(followCallbacks, call, BuilderKind.CoreDns, conditional);
                            return false;
                        case "NodeLocalLoadBalancing":
                            _facts.NodeLocalLoadBalancingEnabled = conditional ? Fact<bool>.Unknown(At()) : Fact<bool>.Known(true, At());
                            FollowIf(followCallbacks, call, BuilderKind.NodeLocalLoadBalancing, conditional);
                            return true;
                        case "ControlPlaneLoadBalancing":
                            _facts.ControlPlaneLoadBalancingEnabled = conditional ? Fact<bool>.Unknown(At()) : Fact<bool>.Known(true, At());
                            FollowIf(followCallbacks, call, BuilderKind.ControlPlaneLoadBalancing, conditional);
                            return true;
                    }

                    return false;

                case BuilderKind.Calico:
                    _facts.CalicoSettings = conditional ? Fact<bool>.Unknown(At()) : Fact<bool>.Known(true, _calicoOrigin ?? At());
                    if (_symbols.SetterOf(call.TargetMethod) is Setter calicoSetter)
                    {
                        Set(calicoSetter, call, conditional);
                    }

                    return true;

                case BuilderKind.KubeRouter:
                    _facts.KubeRouterSettings = conditional ? Fact<bool>.Unknown(At()) : Fact<bool>.Known(true, _kubeRouterOrigin ?? At());
                    if (name == "ExtraArg")
                    {
                        ExtraArg(ref _kubeRouter, call, conditional);
                    }

                    return true;

                case BuilderKind.KubeProxy:
                    switch (name)
                    {
                        case "ExtraArg":
                            ExtraArg(ref _kubeProxy, call, conditional);
                            return true;
                        case "Iptables":
                            FollowIf(followCallbacks, call, BuilderKind.KubeProxyIptables, conditional);
                            return false;
                        case "Ipvs":
                            FollowIf(followCallbacks, call, BuilderKind.KubeProxyIpvs, conditional);
                            return false;
                        case "Nftables":
                            FollowIf(followCallbacks, call, BuilderKind.KubeProxyNftables, conditional);
                            return false;
                    }

                    return false;

                case BuilderKind.NodeLocalLoadBalancing:
                    switch (name)
                    {
                        case "EnvoyProxy":
                        case "Traefik":
                            if (followCallbacks)
                            {
                                bool? outer = _proxyIsTraefik;
                                _proxyIsTraefik = name == "Traefik";
                                _collector.Callback(call, BuilderKind.NodeLocalProxy, conditional);
                                _proxyIsTraefik = outer;
                            }

                            return false;
                    }

                    return false;

                case BuilderKind.NodeLocalProxy:
                    if (_proxyIsTraefik is not bool traefik)
                    {
                        return false;
                    }

                    switch (name)
                    {
                        case "ApiServerBindPort":
                            if (traefik)
                            {
                                _facts.TraefikApiServerBindPort = _values.Int(call, 0, conditional);
                            }
                            else
                            {
                                _facts.EnvoyProxyApiServerBindPort = _values.Int(call, 0, conditional);
                            }

                            return true;
                        case "KonnectivityServerBindPort":
                            if (traefik)
                            {
                                _facts.TraefikKonnectivityServerBindPort = _values.Int(call, 0, conditional);
                            }
                            else
                            {
                                _facts.EnvoyProxyKonnectivityServerBindPort = _values.Int(call, 0, conditional);
                            }

                            return true;
                    }

                    return false;

                case BuilderKind.ControlPlaneLoadBalancing:
                    switch (name)
                    {
                        case "Keepalived":
                            if (conditional || !followCallbacks)
                            {
                                ForgetKeepalived(At());
                                return true;
                            }

                            if (_facts.VrrpInstances.IsUnset)
                            {
                                _vrrpList = new List<VrrpInstanceFacts>();
                                _serverList = new List<VirtualServerFacts>();
                                _facts.VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Known(_vrrpList, At());
                                _facts.VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Known(_serverList, At());
                            }

                            _collector.Callback(call, BuilderKind.Keepalived, conditional);
                            return true;
                    }

                    return false;

                case BuilderKind.Keepalived:
                    return ApplyKeepalived(name, call, At(), conditional, followCallbacks);

                case BuilderKind.Extensions:
                    if (name == "Helm")
                    {
                        FollowIf(followCallbacks, call, BuilderKind.Helm, conditional);
                    }

                    return false;

                case BuilderKind.Storage:
                    if (name == "Etcd")
                    {
                        FollowIf(followCallbacks, call, BuilderKind.Etcd, conditional);
                    }

                    return false;

                case BuilderKind.Images:
                case BuilderKind.CalicoImages:
                    // The image groups (calico, kuberouter, windows): their callbacks open the image sections.
                    BuilderKind group = name switch
                    {
                        "Calico" => BuilderKind.CalicoImages,
                        "KubeRouter" => BuilderKind.KubeRouterImages,
                        "Windows" => kind == BuilderKind.Images ? BuilderKind.WindowsImages : BuilderKind.CalicoWindowsImages,
                        _ => BuilderKind.None,
                    };
                    if (group != BuilderKind.None)
                    {
                        if (followCallbacks)
                        {
                            _collector.Callback(call, group, conditional);
                        }
                        else
                        {
                            _facts.ForgetSections(FieldCatalogue.WrittenBy(FieldPaths.Images + (kind == BuilderKind.CalicoImages ? ".calico" : string.Empty), name)?.Path ?? FieldPaths.Images);
                        }
                    }

                    return false;

                case BuilderKind.VrrpInstance:
                    return _vrrpCurrent != null && ApplyVrrpInstance(_vrrpCurrent, name, call, conditional);

                case BuilderKind.VirtualServer:
                    if (_serverCurrent == null)
                    {
                        return false;
                    }

                    switch (name)
                    {
                        case "DelayLoop":
                            // A TimeSpan is never a compile-time constant.
                            _serverCurrent.DelayLoop = Fact<TimeSpan>.Unknown(At());
                            return true;
                        case "LbAlgo":
                            _serverCurrent.LbAlgo = _values.Enum(call, 0, conditional);
                            return true;
                        case "LbKind":
                            _serverCurrent.LbKind = _values.Enum(call, 0, conditional);
                            return true;
                        case "PersistenceTimeoutSeconds":
                            _serverCurrent.PersistenceTimeoutSeconds = _values.Int(call, 0, conditional);
                            return true;
                    }

                    return false;

                case BuilderKind.Api:
                    switch (name)
                    {
                        case "ExtraArg":
                            ExtraArg(ref _api, call, conditional);
                            return true;
                    }

                    return false;

                case BuilderKind.ControllerManager:
                    if (TypedExtraArgs.FlagOf(name) is string flag)
                    {
                        _controllerManager.SetTyped(flag, _values.Int(call, 0, conditional), conditional);
                        return true;
                    }

                    switch (name)
                    {
                        case "ExtraArg":
                            ExtraArg(ref _controllerManager, call, conditional);
                            return true;
                    }

                    return false;
            }

            return false;
        }

        /// <summary><c>ExtraArg(name, value)</c>.</summary>
        private void ExtraArg(ref ArgsState map, IInvocationOperation call, bool conditional)
        {
            Value key = _values.Evaluate(call, Argument(call, 0));
            if (!key.IsKnown || key.Constant is not string name)
            {
                // Any key may have been written: every value is now unknown.
                map.Forget();
                return;
            }

            map.Write(name, _values.Text(call, 1, conditional), ExtraArgSource.ExtraArg, conditional, key.Origin);
        }

        /// <summary>
        /// A call that opens a section the rules read as a whole (<c>CoreDns(i => ...)</c>): the section (the same one
        /// when it is opened again), and its callback followed with the section as the one its builder's calls write to.
        /// A section whose callback is not followed, and every section below it, is unknown.
        /// </summary>
        private void OpenSection(string path, IInvocationOperation call, object at, bool conditional, bool followCallbacks)
        {
            Fact<ItemFacts> current = _facts.Section(path);
            ItemFacts? section = null;
            if (followCallbacks)
            {
                if (current.IsUnset)
                {
                    section = new ItemFacts(at);
                    _facts.SetSection(path, Fact<ItemFacts>.Known(section, at));
                }
                else if (current.IsKnown)
                {
                    section = current.Value;
                }
            }

            if (section == null)
            {
                _facts.ForgetSections(path);
                return;
            }

            ItemFacts? outer = _itemCurrent;
            _itemCurrent = section;
            if (call.TargetMethod.Parameters.Length != 0
                && call.TargetMethod.Parameters[call.TargetMethod.Parameters.Length - 1].Type is INamedTypeSymbol { DelegateInvokeMethod: { Parameters.Length: 1 } invoke })
            {
                _collector.Callback(call, _symbols.KindOf(invoke.Parameters[0].Type), conditional, ordinal: call.TargetMethod.Parameters.Length - 1);
            }

            _itemCurrent = outer;
        }

        /// <summary>
        /// A call that adds an entry to a list of sections (<c>Chart(c => ...)</c>): the entry, and its callback followed
        /// with the entry as the one its builder's calls write to. An entry added only sometimes, or whose callback is not
        /// followed, makes the list unknown (each entry's index is no longer known).
        /// </summary>
        private void AddItem(string listPath, IInvocationOperation call, object at, bool conditional, bool followCallbacks)
        {
            Fact<IReadOnlyList<ItemFacts>> list = _facts.Items(listPath);
            List<ItemFacts>? entries = null;
            if (!conditional && followCallbacks)
            {
                if (list.IsUnset)
                {
                    entries = new List<ItemFacts>();
                    (_itemLists ??= new Dictionary<string, List<ItemFacts>>(StringComparer.Ordinal))[listPath] = entries;
                    _facts.SetItems(listPath, Fact<IReadOnlyList<ItemFacts>>.Known(entries, at));
                }
                else if (list.IsKnown && _itemLists != null)
                {
                    _itemLists.TryGetValue(listPath, out entries);
                }
            }

            if (entries == null)
            {
                _facts.SetItems(listPath, Fact<IReadOnlyList<ItemFacts>>.Unknown(at));
                _itemLists?.Remove(listPath);
                return;
            }

            var item = new ItemFacts(at);
            entries.Add(item);
            ItemFacts? outer = _itemCurrent;
            _itemCurrent = item;
            if (call.TargetMethod.Parameters.Length != 0
                && call.TargetMethod.Parameters[call.TargetMethod.Parameters.Length - 1].Type is INamedTypeSymbol { DelegateInvokeMethod: { Parameters.Length: 1 } invoke })
            {
                _collector.Callback(call, _symbols.KindOf(invoke.Parameters[0].Type), conditional, ordinal: call.TargetMethod.Parameters.Length - 1);
            }

            _itemCurrent = outer;
        }

        /// <summary>
        /// A field of an entry: text as the argument says; another value (a number, a flag, a duration) as written; a free
        /// key and its value (a worker profile's <c>Value("maxPods", 200)</c>) as the field <c>KEY.ENTRY</c>.
        /// </summary>
        private void WriteItemField(ItemFacts item, string key, IInvocationOperation call, bool conditional, bool followCallbacks)
        {
            IMethodSymbol method = call.TargetMethod;
            if (method.Parameters.Length == 1 && method.Parameters[0].Type is INamedTypeSymbol { DelegateInvokeMethod: { Parameters.Length: 1 } invoke })
            {
                // A section of the entry (a patch's target): its builder's calls write the entry's KEY.FIELD.
                if (followCallbacks)
                {
                    _collector.Callback(call, _symbols.KindOf(invoke.Parameters[0].Type), conditional);
                }
                else
                {
                    item.Forget();
                }

                return;
            }

            if (method.Parameters.Length == 1)
            {
                if (method.Parameters[0].Type.SpecialType == SpecialType.System_String)
                {
                    item.SetText(key, _values.Text(call, 0, conditional));
                }
                else if (method.Parameters[0].Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String })
                {
                    item.SetList(key, _values.StringList(call, conditional));
                }
                else if (method.Parameters[0].Type.TypeKind == TypeKind.Enum)
                {
                    item.SetText(key, _values.Enum(call, 0, conditional));
                }
                else if (conditional)
                {
                    item.SetText(key, Fact<string>.Unknown(_values.Origin(NameLocation(call))));
                }
                else
                {
                    item.SetOther(key, _values.Origin(NameLocation(call)));
                }

                return;
            }

            Value entry = _values.Evaluate(call, Argument(call, 0));
            if (method.Parameters.Length != 2 || !entry.IsKnown || entry.Constant is not string entryKey)
            {
                // Any key may have been written.
                item.Forget();
                return;
            }

            string field = key + "." + entryKey;
            IArgumentOperation? argument = Argument(call, 1);
            IOperation? value = argument?.Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            object at = _values.Origin(argument == null ? NameLocation(call) : argument.Value.Syntax.GetLocation());
            if (conditional || value == null)
            {
                item.SetText(field, Fact<string>.Unknown(at));
            }
            else if (value.ConstantValue is { HasValue: true, Value: string text })
            {
                item.SetText(field, Fact<string>.Known(text, at));
            }
            else if ((value.ConstantValue.HasValue && value.ConstantValue.Value != null)
                || value is IArrayCreationOperation or IObjectCreationOperation or IAnonymousObjectCreationOperation)
            {
                // Written, with a value that is not text (a number, a list, a dictionary), and what it is to Go where
                // the builder's YAML for it is certain.
                item.SetOther(field, at, GoKind(value));
                if (value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    for (int i = 0; i < initializer.ElementValues.Length; i++)
                    {
                        IOperation element = initializer.ElementValues[i];
                        while (element is IConversionOperation elementConversion)
                        {
                            element = elementConversion.Operand;
                        }

                        string elementKey = field + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                        object elementAt = _values.Origin(element.Syntax.GetLocation());
                        if (element.ConstantValue is { HasValue: true, Value: string elementText })
                        {
                            item.SetText(elementKey, Fact<string>.Known(elementText, elementAt));
                        }
                        else if (element.ConstantValue is { HasValue: true, Value: null })
                        {
                            item.SetNull(elementKey, elementAt);
                        }
                        else
                        {
                            item.SetOther(elementKey, elementAt, GoKind(element));
                        }
                    }
                }
            }
            else
            {
                item.SetText(field, Fact<string>.Unknown(at));
            }
        }

        /// <summary>
        /// What the builder writes for a value that is not text, to Go's JSON decoder (as the builder's YAML writer turns
        /// .NET values into YAML): a boolean or number constant, a list (an array with its elements written out), a
        /// mapping (a dictionary or an anonymous object); null when not certain.
        /// </summary>
        private static string? GoKind(IOperation value)
        {
            switch (value.ConstantValue.HasValue ? value.ConstantValue.Value : null)
            {
                case bool _:
                    return "bool";
                case sbyte _:
                case byte _:
                case short _:
                case ushort _:
                case int _:
                case uint _:
                case long _:
                case ulong _:
                case decimal _:
                    return "number";
                case double d:
                    // Written as d.ToString("R"), which YAML 1.1 may read as text ("1E+20", "NaN").
                    return K0sConfig.Yaml.YamlScalars.GoKindOfPlain(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                case float f:
                    return K0sConfig.Yaml.YamlScalars.GoKindOfPlain(f.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }

            return value switch
            {
                IArrayCreationOperation { Initializer: { } } => "array",
                IAnonymousObjectCreationOperation => "object",
                IObjectCreationOperation { Type: { } type } when type.AllInterfaces.Any(i => i.ToDisplayString() == "System.Collections.IDictionary") => "object",
                _ => null,
            };
        }

        private bool ApplyKeepalived(string name, IInvocationOperation call, object at, bool conditional, bool followCallbacks)
        {
            switch (name)
            {
                case "VrrpInstance":
                    if (conditional || !followCallbacks || _vrrpList == null || !_facts.VrrpInstances.IsKnown)
                    {
                        // How many instances there are, and so each one's index, is no longer known.
                        _facts.VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Unknown(at);
                        _vrrpList = null;
                        return true;
                    }

                    var instance = new VrrpInstanceFacts { Origin = at };
                    _vrrpList.Add(instance);
                    VrrpInstanceFacts? outerInstance = _vrrpCurrent;
                    _vrrpCurrent = instance;
                    _collector.Callback(call, BuilderKind.VrrpInstance, conditional);
                    _vrrpCurrent = outerInstance;
                    return true;
                case "VirtualServer":
                    Fact<string> address = _values.Text(call, 0, conditional);
                    if (conditional || !followCallbacks || _serverList == null || !_facts.VirtualServers.IsKnown || !address.IsKnown)
                    {
                        // An address not known may be one already listed: the entries are no longer known.
                        _facts.VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Unknown(at);
                        _serverList = null;
                        return true;
                    }

                    VirtualServerFacts? server = _serverList.Find(s => s.IPAddress.IsKnown && s.IPAddress.Value == address.Value);
                    if (server == null)
                    {
                        server = new VirtualServerFacts { Origin = at, IPAddress = address };
                        _serverList.Add(server);
                    }

                    VirtualServerFacts? outerServer = _serverCurrent;
                    _serverCurrent = server;
                    _collector.Callback(call, BuilderKind.VirtualServer, conditional, ordinal: 1);
                    _serverCurrent = outerServer;
                    return true;
            }

            return false;
        }

        private bool ApplyVrrpInstance(VrrpInstanceFacts instance, string name, IInvocationOperation call, bool conditional)
        {
            switch (name)
            {
                case "VirtualIPs":
                    instance.VirtualIPs = _values.StringList(call, conditional);
                    return true;
                case "Interface":
                    instance.Interface = _values.Text(call, 0, conditional);
                    return true;
                case "VirtualRouterId":
                    instance.VirtualRouterId = _values.Int(call, 0, conditional);
                    return true;
                case "AdvertIntervalSeconds":
                    instance.AdvertIntervalSeconds = _values.Int(call, 0, conditional);
                    return true;
                case "AuthPass":
                    instance.AuthPass = _values.Text(call, 0, conditional);
                    return true;
                case "UnicastPeers":
                    instance.UnicastPeers = _values.StringList(call, conditional);
                    return true;
                case "UnicastSourceIP":
                    instance.UnicastSourceIP = _values.Text(call, 0, conditional);
                    return true;
                case "AddressLabel":
                    Value value = _values.Evaluate(call, Argument(call, 0));
                    instance.AddressLabel = !conditional && value.IsKnown && value.Constant is uint label
                        ? Fact<long>.Known(label, value.Origin)
                        : Fact<long>.Unknown(value.Origin);
                    return true;
            }

            return false;
        }

        private void ForgetItems(string listPath)
        {
            _facts.ForgetItems(listPath);
            _itemLists?.Remove(listPath);
        }

        private void ForgetKeepalived(object? at)
        {
            _facts.VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Unknown(at);
            _facts.VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Unknown(at);
            _facts.UserSpaceProxyBindPort = Fact<long>.Unknown(at);
            _vrrpList = null;
            _serverList = null;
        }

        private static void Forget(VrrpInstanceFacts instance)
        {
            instance.VirtualIPs = Fact<IReadOnlyList<Fact<string>>>.Unknown(instance.VirtualIPs.Origin);
            instance.Interface = Fact<string>.Unknown(instance.Interface.Origin);
            instance.VirtualRouterId = Fact<long>.Unknown(instance.VirtualRouterId.Origin);
            instance.AdvertIntervalSeconds = Fact<long>.Unknown(instance.AdvertIntervalSeconds.Origin);
            instance.AuthPass = Fact<string>.Unknown(instance.AuthPass.Origin);
            instance.UnicastPeers = Fact<IReadOnlyList<Fact<string>>>.Unknown(instance.UnicastPeers.Origin);
            instance.UnicastSourceIP = Fact<string>.Unknown(instance.UnicastSourceIP.Origin);
            instance.AddressLabel = Fact<long>.Unknown(instance.AddressLabel.Origin);
        }

        private void FollowIf(bool follow, IInvocationOperation call, BuilderKind kind, bool conditional)
        {
            if (follow)
            {
                _collector.Callback(call, kind, conditional);
            }
        }

        private void Provider(string provider, object at, bool conditional)
        {
            if (conditional)
            {
                _facts.Provider = Fact<string>.Unknown(at);
                _facts.ReplacedProvider = Fact<string>.Unknown(at);
                return;
            }

            if (_facts.Provider.IsKnown && _facts.Provider.Value != provider)
            {
                _facts.ReplacedProvider = Fact<string>.Known(_facts.Provider.Value, _facts.Provider.Origin);
            }

            _facts.Provider = Fact<string>.Known(provider, at);
        }

        /// <summary>A builder that escapes can be changed by code we cannot see: everything it covers becomes unknown.</summary>
        public void Escape(BuilderKind kind)
        {
            _escaped |= 1 << (int)kind;

            // What the builder's methods write, from the catalogue; then what no single method writes, and the builders within.
            foreach (Setter setter in _symbols.SettersOf(kind))
            {
                setter.Text?.Invoke(_facts, Fact<string>.Unknown());
                setter.Int?.Invoke(_facts, Fact<long>.Unknown());
                setter.Bool?.Invoke(_facts, Fact<bool>.Unknown());
                setter.List?.Invoke(_facts, Fact<IReadOnlyList<Fact<string>>>.Unknown());
            }

            switch (kind)
            {
                case BuilderKind.Cluster:
                    _facts.ForK0s = Fact<string>.Unknown();
                    Escape(BuilderKind.Network);
                    Escape(BuilderKind.Api);
                    Escape(BuilderKind.ControllerManager);
                    Escape(BuilderKind.Konnectivity);
                    Escape(BuilderKind.Extensions);
                    ForgetItems(FieldPaths.WorkerProfiles);
                    _facts.ForgetSections(FieldPaths.Images);
                    Escape(BuilderKind.Storage);
                    Escape(BuilderKind.MetricsServer);
                    break;
                case BuilderKind.Extensions:
                    Escape(BuilderKind.Helm);
                    break;
                case BuilderKind.Helm:
                    ForgetItems(FieldPaths.HelmRepositories);
                    ForgetItems(FieldPaths.HelmCharts);
                    break;
                case BuilderKind.Storage:
                    Escape(BuilderKind.Etcd);
                    break;
                case BuilderKind.CoreDns:
                    ForgetItems(FieldPaths.CoreDnsPatches);
                    break;
                case BuilderKind.MetricsServer:
                    ForgetItems(FieldPaths.MetricsServerPatches);
                    break;
                case BuilderKind.Etcd:
                    _facts.ForgetSections(FieldPaths.ExternalCluster);
                    break;
                case BuilderKind.Patch:
                case BuilderKind.PatchTarget:
                case BuilderKind.PatchSpec:
                case BuilderKind.HelmRepository:
                case BuilderKind.HelmChart:
                case BuilderKind.WorkerProfile:
                case BuilderKind.Image:
                case BuilderKind.ExternalCluster:
                    _itemCurrent?.Forget();
                    break;
                case BuilderKind.Images:
                    _facts.ForgetSections(FieldPaths.Images);
                    break;
                case BuilderKind.CalicoImages:
                    _facts.ForgetSections(FieldPaths.Images + ".calico");
                    break;
                case BuilderKind.CalicoWindowsImages:
                    _facts.ForgetSections(FieldPaths.Images + ".calico.windows");
                    break;
                case BuilderKind.KubeRouterImages:
                    _facts.ForgetSections(FieldPaths.Images + ".kuberouter");
                    break;
                case BuilderKind.WindowsImages:
                    _facts.ForgetSections(FieldPaths.Images + ".windows");
                    break;
                case BuilderKind.Network:
                    _facts.Provider = Fact<string>.Unknown();
                    _facts.ReplacedProvider = Fact<string>.Unknown();
                    Escape(BuilderKind.DualStack);
                    Escape(BuilderKind.Calico);
                    Escape(BuilderKind.KubeRouter);
                    Escape(BuilderKind.KubeProxy);
                    Escape(BuilderKind.NodeLocalLoadBalancing);
                    Escape(BuilderKind.ControlPlaneLoadBalancing);
                    Escape(BuilderKind.CoreDns);
                    break;
                case BuilderKind.Calico:
                    _facts.CalicoSettings = Fact<bool>.Unknown();
                    ForgetItems(FieldPaths.CalicoPatches);
                    break;
                case BuilderKind.KubeRouter:
                    _facts.KubeRouterSettings = Fact<bool>.Unknown();
                    _kubeRouter.Forget();
                    ForgetItems(FieldPaths.KubeRouterPatches);
                    break;
                case BuilderKind.KubeProxy:
                    ForgetItems(FieldPaths.KubeProxyPatches);
                    _kubeProxy.Forget();
                    Escape(BuilderKind.KubeProxyIptables);
                    Escape(BuilderKind.KubeProxyIpvs);
                    Escape(BuilderKind.KubeProxyNftables);
                    break;
                case BuilderKind.NodeLocalLoadBalancing:
                    Escape(BuilderKind.NodeLocalProxy);
                    break;
                case BuilderKind.NodeLocalProxy:
                    _facts.EnvoyProxyApiServerBindPort = Fact<long>.Unknown();
                    _facts.EnvoyProxyKonnectivityServerBindPort = Fact<long>.Unknown();
                    _facts.TraefikApiServerBindPort = Fact<long>.Unknown();
                    _facts.TraefikKonnectivityServerBindPort = Fact<long>.Unknown();
                    _facts.ForgetSections(FieldPaths.EnvoyProxyImage);
                    _facts.ForgetSections(FieldPaths.TraefikImage);
                    break;
                case BuilderKind.ControlPlaneLoadBalancing:
                    Escape(BuilderKind.Keepalived);
                    break;
                case BuilderKind.Keepalived:
                    ForgetKeepalived(null);
                    break;
                case BuilderKind.VrrpInstance:
                    if (_vrrpCurrent != null)
                    {
                        Forget(_vrrpCurrent);
                    }

                    break;
                case BuilderKind.VirtualServer:
                    if (_serverCurrent != null)
                    {
                        _serverCurrent.DelayLoop = Fact<TimeSpan>.Unknown();
                        _serverCurrent.LbAlgo = Fact<string>.Unknown();
                        _serverCurrent.LbKind = Fact<string>.Unknown();
                        _serverCurrent.PersistenceTimeoutSeconds = Fact<long>.Unknown();
                    }

                    break;
                case BuilderKind.Api:
                    _api.Forget();
                    break;
                case BuilderKind.ControllerManager:
                    _controllerManager.Forget();
                    break;
            }
        }

        /// <summary>Writes the field <paramref name="setter"/> names with the call's first argument, read as the rules read that field.</summary>
        private void Set(Setter setter, IInvocationOperation call, bool conditional)
        {
            if (setter.Text != null)
            {
                setter.Text(_facts, setter.IsEnum ? _values.Enum(call, 0, conditional) : _values.Text(call, 0, conditional));
            }
            else if (setter.Int != null)
            {
                setter.Int(_facts, _values.Int(call, 0, conditional));
            }
            else if (setter.Bool != null)
            {
                setter.Bool(_facts, _values.Bool(call, 0, conditional));
            }
            else
            {
                setter.List!(_facts, _values.StringList(call, conditional));
            }
        }
        /// <summary>One <c>extraArgs</c> map as the calls write it (a struct: a collector is made for each call, most write none).</summary>
        private struct ArgsState
        {
            // Made on the first write: most calls write no extraArgs at all.
            private Dictionary<string, ExtraArgFact>? _entries;
            private bool _complete;

            public ArgsState(bool complete) => _complete = complete;

            /// <summary>A typed helper such as <c>NodeCidrMaskSizeIPv6(120)</c>.</summary>
            public void SetTyped(string key, Fact<long> size, bool conditional)
            {
                Fact<string> value = size.IsKnown
                    ? Fact<string>.Known(size.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), size.Origin)
                    : Fact<string>.Unknown(size.Origin);
                Write(key, value, ExtraArgSource.TypedHelper, conditional, size.Origin);
            }

            public void Forget()
            {
                if (_entries != null)
                {
                    var keys = new List<string>(_entries.Keys);
                    foreach (string key in keys)
                    {
                        ExtraArgFact entry = _entries[key];
                        _entries[key] = new ExtraArgFact(Fact<string>.Unknown(entry.Value.Origin), entry.Source, entry.KeyOrigin);
                    }
                }

                _complete = false;
            }

            public ExtraArgsFacts ToFacts()
                => _entries == null || _entries.Count == 0
                    ? (_complete ? ExtraArgsFacts.Empty : ExtraArgsFacts.Unknown)
                    : new ExtraArgsFacts(_entries, _complete);

            public void Write(string key, Fact<string> value, ExtraArgSource source, bool conditional, object? keyOrigin)
            {
                _entries ??= new Dictionary<string, ExtraArgFact>(StringComparer.Ordinal);
                ExtraArgSource previous = _entries.TryGetValue(key, out ExtraArgFact existing) ? existing.Source : ExtraArgSource.None;
                if (conditional)
                {
                    _entries[key] = new ExtraArgFact(Fact<string>.Unknown(value.Origin), previous, keyOrigin);
                }
                else
                {
                    _entries[key] = new ExtraArgFact(value, previous | source, keyOrigin);
                }
            }
        }
    }
}
