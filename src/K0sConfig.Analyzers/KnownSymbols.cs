using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;

namespace K0sConfig.Analyzers
{
    /// <summary>The builder types of the K0sConfig library.</summary>
    internal enum BuilderKind : byte
    {
        None = 0,
        Cluster,
        Network,
        DualStack,
        Calico,
        KubeRouter,
        KubeProxy,
        NodeLocalLoadBalancing,
        Api,
        ControllerManager,
        KubeProxyIptables,
        KubeProxyIpvs,
        KubeProxyNftables,
        NodeLocalProxy,
        ControlPlaneLoadBalancing,
        Keepalived,
        VrrpInstance,
        VirtualServer,
        Konnectivity,
        Extensions,
        Helm,
        HelmRepository,
        HelmChart,
        WorkerProfile,
        Images,
        Image,
        CalicoImages,
        CalicoWindowsImages,
        KubeRouterImages,
        WindowsImages,
        Storage,
        Etcd,
        ExternalCluster,
        CoreDns,
        MetricsServer,
        Patch,
        PatchTarget,
        PatchSpec,
    }

    /// <summary>
    /// A builder method that writes one field the rules read, its argument as the value (the catalogue's method column),
    /// with the one delegate that sets that field's fact: how the argument is read follows from which one it is.
    /// </summary>
    internal sealed class Setter
    {
        public Setter(string path, bool isEnum)
        {
            Path = path;
            Text = ClusterFacts.TextSetter(path);
            IsEnum = isEnum && Text != null;
            Int = ClusterFacts.IntSetter(path);
            Bool = ClusterFacts.BoolSetter(path);
            List = ClusterFacts.ListSetter(path);
        }

        public string Path { get; }

        /// <summary>The field is text the rules read; <see cref="IsEnum"/>: written as an enum member.</summary>
        public Action<ClusterFacts, Fact<string>>? Text { get; }

        public bool IsEnum { get; }

        public Action<ClusterFacts, Fact<long>>? Int { get; }

        public Action<ClusterFacts, Fact<bool>>? Bool { get; }

        public Action<ClusterFacts, Fact<IReadOnlyList<Fact<string>>>>? List { get; }

        public bool IsFact => Text != null || Int != null || Bool != null || List != null;
    }

    /// <summary>K0sConfig's symbols, resolved once per compilation.</summary>
    internal sealed class KnownSymbols
    {
        private readonly Dictionary<INamedTypeSymbol, BuilderKind> _builders;
        private readonly Dictionary<string, INamedTypeSymbol> _types;

        // The catalogue's method column as symbols: made on the first builder call, so a compilation that references
        // K0sConfig and configures nothing pays nothing for it.
        private Dictionary<IMethodSymbol, Setter>? _setters;
        private List<Setter>[]? _settersByKind;

        // Each enum's members by value, as k0s spells them: read from the attributes once per compilation, not per argument.
        private readonly ConcurrentDictionary<INamedTypeSymbol, Dictionary<object, string>> _spellings = new ConcurrentDictionary<INamedTypeSymbol, Dictionary<object, string>>(SymbolEqualityComparer.Default);

        private KnownSymbols(INamedTypeSymbol entry, Dictionary<INamedTypeSymbol, BuilderKind> builders, Dictionary<string, INamedTypeSymbol> types)
        {
            Entry = entry;
            _builders = builders;
            _types = types;
        }

        /// <summary>The type of K0sConfig's namespace named <paramref name="name"/> (not generic), or <see langword="null"/>.</summary>
        public INamedTypeSymbol? TypeNamed(string name) => _types.TryGetValue(name, out INamedTypeSymbol? type) ? type : null;

        /// <summary>k0s's spelling of the member of <paramref name="enumType"/> whose value is <paramref name="value"/> (<see cref="EnumSpellings.Of"/>), or <see langword="null"/>.</summary>
        public string? SpellingOf(INamedTypeSymbol enumType, object value)
            => _spellings.GetOrAdd(enumType, SpellingsOf).TryGetValue(value, out string? spelling) ? spelling : null;

        private static Dictionary<object, string> SpellingsOf(INamedTypeSymbol enumType)
        {
            var spellings = new Dictionary<object, string>();
            foreach (ISymbol member in enumType.GetMembers())
            {
                // The first member with a value, as a walk of the members finds it.
                if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } value } field && !spellings.ContainsKey(value)
                    && EnumSpellings.Of(field) is string spelling)
                {
                    spellings.Add(value, spelling);
                }
            }

            return spellings;
        }

        /// <summary><c>K0sConfig.K0s</c>, whose <c>Cluster</c> method starts a chain.</summary>
        public INamedTypeSymbol Entry { get; }

        /// <summary>
        /// <paramref name="method"/> is the k0sctl cluster builder's <c>Config(ClusterConfigBuilder)</c>: it holds the
        /// configuration and reads it when it builds, changing nothing in it.
        /// </summary>
        public bool IsK0sctlConfig(IMethodSymbol method)
            => method.Name == "Config" && method.ContainingType.Name == "K0sctlClusterBuilder"
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, TypeNamed("K0sctlClusterBuilder"));

        /// <summary>Resolves the symbols, or returns <see langword="null"/> when the compilation does not reference K0sConfig.</summary>
        public static KnownSymbols? Resolve(Compilation compilation)
        {
            INamedTypeSymbol? entry = compilation.GetTypeByMetadataName("K0sConfig.K0s");
            if (entry == null)
            {
                return null;
            }

            // Every type of K0sConfig's namespace by name, from one walk of that namespace: a GetTypeByMetadataName per
            // builder type searched every reference of the compilation each time, and made resolving the symbols (once per
            // compilation) cost more than the configurations of a project with a thousand chains.
            var types = new Dictionary<string, INamedTypeSymbol>(StringComparer.Ordinal);
            foreach (INamedTypeSymbol type in entry.ContainingNamespace.GetTypeMembers())
            {
                if (type.Arity == 0)
                {
                    types[type.Name] = type;
                }
            }

            var builders = new Dictionary<INamedTypeSymbol, BuilderKind>(SymbolEqualityComparer.Default);
            Add(types, builders, "ClusterConfigBuilder", BuilderKind.Cluster);
            Add(types, builders, "NetworkBuilder", BuilderKind.Network);
            Add(types, builders, "DualStackBuilder", BuilderKind.DualStack);
            Add(types, builders, "CalicoBuilder", BuilderKind.Calico);
            Add(types, builders, "KubeRouterBuilder", BuilderKind.KubeRouter);
            Add(types, builders, "KubeProxyBuilder", BuilderKind.KubeProxy);
            Add(types, builders, "NodeLocalLoadBalancingBuilder", BuilderKind.NodeLocalLoadBalancing);
            Add(types, builders, "ApiBuilder", BuilderKind.Api);
            Add(types, builders, "ControllerManagerBuilder", BuilderKind.ControllerManager);
            Add(types, builders, "KubeProxyIptablesBuilder", BuilderKind.KubeProxyIptables);
            Add(types, builders, "KubeProxyIpvsBuilder", BuilderKind.KubeProxyIpvs);
            Add(types, builders, "KubeProxyNftablesBuilder", BuilderKind.KubeProxyNftables);
            Add(types, builders, "NodeLocalProxyBuilder", BuilderKind.NodeLocalProxy);
            Add(types, builders, "ControlPlaneLoadBalancingBuilder", BuilderKind.ControlPlaneLoadBalancing);
            Add(types, builders, "KeepalivedBuilder", BuilderKind.Keepalived);
            Add(types, builders, "VrrpInstanceBuilder", BuilderKind.VrrpInstance);
            Add(types, builders, "VirtualServerBuilder", BuilderKind.VirtualServer);
            Add(types, builders, "KonnectivityBuilder", BuilderKind.Konnectivity);
            Add(types, builders, "ExtensionsBuilder", BuilderKind.Extensions);
            Add(types, builders, "HelmBuilder", BuilderKind.Helm);
            Add(types, builders, "HelmRepositoryBuilder", BuilderKind.HelmRepository);
            Add(types, builders, "HelmChartBuilder", BuilderKind.HelmChart);
            Add(types, builders, "WorkerProfileBuilder", BuilderKind.WorkerProfile);
            Add(types, builders, "ImagesBuilder", BuilderKind.Images);
            Add(types, builders, "ImageBuilder", BuilderKind.Image);
            Add(types, builders, "CalicoImagesBuilder", BuilderKind.CalicoImages);
            Add(types, builders, "CalicoWindowsImagesBuilder", BuilderKind.CalicoWindowsImages);
            Add(types, builders, "KubeRouterImagesBuilder", BuilderKind.KubeRouterImages);
            Add(types, builders, "WindowsImagesBuilder", BuilderKind.WindowsImages);
            Add(types, builders, "StorageBuilder", BuilderKind.Storage);
            Add(types, builders, "EtcdBuilder", BuilderKind.Etcd);
            Add(types, builders, "ExternalClusterBuilder", BuilderKind.ExternalCluster);
            Add(types, builders, "CoreDnsBuilder", BuilderKind.CoreDns);
            Add(types, builders, "MetricsServerBuilder", BuilderKind.MetricsServer);
            Add(types, builders, "PatchBuilder", BuilderKind.Patch);
            Add(types, builders, "PatchTargetBuilder", BuilderKind.PatchTarget);
            Add(types, builders, "PatchSpecBuilder", BuilderKind.PatchSpec);
            return builders.Count == 0 ? null : new KnownSymbols(entry, builders, types);
        }

        /// <summary>
        /// The field a builder method writes with its argument, from the catalogue's method column: only methods that
        /// write one field the rules read, whichever builder they are called on (not NodeLocalProxyBuilder's ports).
        /// </summary>
        public Setter? SetterOf(IMethodSymbol method) => (Volatile.Read(ref _setters) ?? ResolveSetters()).TryGetValue(method, out Setter? setter) ? setter : null;

        /// <summary>
        /// The list of sections the rules read (<see cref="ClusterFacts.ItemListPaths"/>) that a builder method adds an
        /// entry to (<c>HelmBuilder.Chart</c>), or <see langword="null"/>; from the catalogue's method column.
        /// </summary>
        public string? ItemListOf(IMethodSymbol method)
        {
            Dictionary<IMethodSymbol, string>? lists = Volatile.Read(ref _itemLists);
            if (lists == null)
            {
                ResolveSetters();
                lists = Volatile.Read(ref _itemLists)!;
            }

            return lists.TryGetValue(method, out string? path) ? path : null;
        }

        /// <summary>The section the rules read as a whole (<see cref="ClusterFacts.SectionPaths"/>) a builder method opens (<c>ImagesBuilder.CoreDns</c>), or <see langword="null"/>.</summary>
        public string? SectionOf(IMethodSymbol method)
        {
            if (Volatile.Read(ref _itemLists) == null)
            {
                ResolveSetters();
            }

            return Volatile.Read(ref _sections)!.TryGetValue(method, out string? path) ? path : null;
        }

        private Dictionary<IMethodSymbol, string>? _sections;

        /// <summary>The key of the field of such an entry a builder method writes (<c>HelmChartBuilder.Name</c>: <c>name</c>), or <see langword="null"/>.</summary>
        public string? ItemFieldOf(IMethodSymbol method)
        {
            if (Volatile.Read(ref _itemLists) == null)
            {
                ResolveSetters();
            }

            return Volatile.Read(ref _itemFields)!.TryGetValue(method, out string? key) ? key : null;
        }

        private Dictionary<IMethodSymbol, string>? _itemLists;
        private Dictionary<IMethodSymbol, string>? _itemFields;

        /// <summary>The fields the methods of one builder write with their argument: what is forgotten when that builder escapes (a List: a foreach over it allocates nothing).</summary>
        public List<Setter> SettersOf(BuilderKind kind)
        {
            List<Setter>[]? byKind = Volatile.Read(ref _settersByKind);
            if (byKind == null)
            {
                ResolveSetters();
                byKind = Volatile.Read(ref _settersByKind)!;
            }

            return byKind[(int)kind];
        }

        // The kinds are numbered 0, 1, ... without gaps.
        private static readonly int KindCount = System.Enum.GetValues(typeof(BuilderKind)).Length;

        private Dictionary<IMethodSymbol, Setter> ResolveSetters()
        {
            // Several threads may get here at once; each makes the same maps, and one set of them stays.
            Dictionary<IMethodSymbol, Setter> setters = Setters(_types);
            var byKind = new List<Setter>[KindCount];
            for (int i = 0; i < byKind.Length; i++)
            {
                byKind[i] = new List<Setter>();
            }

            foreach (KeyValuePair<IMethodSymbol, Setter> setter in setters)
            {
                List<Setter> list = byKind[(int)KindOf(setter.Key.ContainingType)];
                if (!list.Contains(setter.Value))
                {
                    list.Add(setter.Value);
                }
            }

            var itemLists = new Dictionary<IMethodSymbol, string>(SymbolEqualityComparer.Default);
            var itemFields = new Dictionary<IMethodSymbol, string>(SymbolEqualityComparer.Default);
            var sections = new Dictionary<IMethodSymbol, string>(SymbolEqualityComparer.Default);
            foreach (string listPath in ClusterFacts.ItemListPaths)
            {
                AddMethods(_types, FieldCatalogue.Find(listPath), listPath, itemLists);
                foreach (CatalogueField field in FieldCatalogue.FieldsOf(listPath + "[]"))
                {
                    AddMethods(_types, field, field.Key, itemFields);
                    if (field.Kind == FieldKind.Section)
                    {
                        // A section of the entry (a patch's target): its fields are the entry's KEY.FIELD.
                        foreach (CatalogueField inner in FieldCatalogue.FieldsOf(field.Path))
                        {
                            AddMethods(_types, inner, field.Key + "." + inner.Key, itemFields);
                        }
                    }
                }
            }

            foreach (string sectionPath in ClusterFacts.SectionPaths)
            {
                AddMethods(_types, FieldCatalogue.Find(sectionPath), sectionPath, sections);
                foreach (CatalogueField field in FieldCatalogue.FieldsOf(sectionPath))
                {
                    if (field.Kind != FieldKind.Section)
                    {
                        AddMethods(_types, field, field.Key, itemFields);
                    }
                }
            }

            Volatile.Write(ref _sections, sections);
            Volatile.Write(ref _itemFields, itemFields);
            Volatile.Write(ref _itemLists, itemLists);
            Volatile.Write(ref _settersByKind, byKind);
            Volatile.Write(ref _setters, setters);
            return setters;
        }

        private static void AddMethods(Dictionary<string, INamedTypeSymbol> types, CatalogueField? field, string value, Dictionary<IMethodSymbol, string> methods)
        {
            if (field?.BuilderMethod is not string builderMethod)
            {
                return;
            }

            int dot = builderMethod.IndexOf('.');
            if (types.TryGetValue(builderMethod.Substring(0, dot), out INamedTypeSymbol? builder))
            {
                foreach (IMethodSymbol method in builder.GetMembers(builderMethod.Substring(dot + 1)).OfType<IMethodSymbol>())
                {
                    methods[method] = value;
                }
            }
        }

        private static Dictionary<IMethodSymbol, Setter> Setters(Dictionary<string, INamedTypeSymbol> types)
        {
            var setters = new Dictionary<IMethodSymbol, Setter>(SymbolEqualityComparer.Default);
            foreach (CatalogueField field in FieldCatalogue.All)
            {
                if (field.BuilderMethod is not string builderMethod || FieldCatalogue.BuilderMethodIsShared(field.Path))
                {
                    continue;
                }

                var setter = new Setter(field.Path, field.Kind == FieldKind.Enum);
                int dot = builderMethod.IndexOf('.');
                if (!setter.IsFact || !types.TryGetValue(builderMethod.Substring(0, dot), out INamedTypeSymbol? builder))
                {
                    continue;
                }

                foreach (IMethodSymbol method in builder.GetMembers(builderMethod.Substring(dot + 1)).OfType<IMethodSymbol>())
                {
                    setters[method] = setter;
                }
            }

            return setters;
        }

        /// <summary>
        /// The field a builder method writes when not every supported k0s version has it (a method that writes several
        /// fields: the one the most versions have), else <see langword="null"/>.
        /// </summary>
        public CatalogueField? VersionedFieldOf(IMethodSymbol method)
        {
            // By name, against a table made once per process: resolving the catalogue's methods as symbols in every
            // compilation (GetTypeByMetadataName per builder type) cost Composed about a quarter of the analyzer's time.
            if (!VersionedMethods.TryGetValue(method.Name, out Dictionary<string, CatalogueField>? byType))
            {
                return null;
            }

            INamedTypeSymbol type = method.OriginalDefinition.ContainingType;
            return type.ContainingType == null && type.Arity == 0
                && type.ContainingNamespace is { Name: "K0sConfig" } ns && ns.ContainingNamespace is { IsGlobalNamespace: true }
                && byType.TryGetValue(type.Name, out CatalogueField? field) ? field : null;
        }

        /// <summary>
        /// Method name, then builder type name (of namespace K0sConfig), to the field that method writes when not every
        /// supported version has it; where a method writes several such fields, the catalogue's last. A method that also
        /// writes a field every version has (one shared by sections) is not in it.
        /// </summary>
        private static readonly Dictionary<string, Dictionary<string, CatalogueField>> VersionedMethods = ResolveVersioned();

        private static Dictionary<string, Dictionary<string, CatalogueField>> ResolveVersioned()
        {
            var versioned = new Dictionary<string, Dictionary<string, CatalogueField>>(StringComparer.Ordinal);
            var everyVersion = new HashSet<string>(StringComparer.Ordinal);
            foreach (CatalogueField field in FieldCatalogue.All)
            {
                if (field.BuilderMethod is not string builderMethod)
                {
                    continue;
                }

                bool inAll = true;
                for (int minor = FieldCatalogue.FirstMinor; minor <= FieldCatalogue.LastMinor; minor++)
                {
                    inAll &= field.ExistsIn(minor);
                }

                if (inAll)
                {
                    everyVersion.Add(builderMethod);
                    continue;
                }

                int dot = builderMethod.IndexOf('.');
                string method = builderMethod.Substring(dot + 1);
                if (!versioned.TryGetValue(method, out Dictionary<string, CatalogueField>? byType))
                {
                    versioned[method] = byType = new Dictionary<string, CatalogueField>(StringComparer.Ordinal);
                }

                byType[builderMethod.Substring(0, dot)] = field;
            }

            foreach (KeyValuePair<string, Dictionary<string, CatalogueField>> entry in versioned)
            {
                foreach (string type in entry.Value.Keys.ToList())
                {
                    if (everyVersion.Contains(type + "." + entry.Key))
                    {
                        entry.Value.Remove(type);
                    }
                }
            }

            return versioned;
        }

        /// <summary>The builder kind of <paramref name="type"/>, or <see cref="BuilderKind.None"/>.</summary>
        public BuilderKind KindOf(ITypeSymbol? type)
            => type is INamedTypeSymbol named && _builders.TryGetValue(named, out BuilderKind kind) ? kind : BuilderKind.None;

        /// <summary><paramref name="type"/> is a delegate that takes one builder, such as <c>Action&lt;NetworkBuilder&gt;</c>.</summary>
        public bool IsBuilderCallback(ITypeSymbol? type)
            => type is INamedTypeSymbol { DelegateInvokeMethod: { Parameters.Length: 1 } invoke } && KindOf(invoke.Parameters[0].Type) != BuilderKind.None;

        /// <summary>The invocation is <c>K0s.Cluster(...)</c>.</summary>
        public bool IsClusterEntry(IMethodSymbol method)
            => method.Name == "Cluster" && SymbolEqualityComparer.Default.Equals(method.ContainingType, Entry);

        private static void Add(Dictionary<string, INamedTypeSymbol> types, Dictionary<INamedTypeSymbol, BuilderKind> builders, string name, BuilderKind kind)
        {
            if (types.TryGetValue(name, out INamedTypeSymbol? type))
            {
                builders[type] = kind;
            }
        }
    }
}
