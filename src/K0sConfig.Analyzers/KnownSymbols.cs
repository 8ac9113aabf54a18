using System.Collections.Generic;
using System.Linq;
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
    }

    /// <summary>How the rules read a field's fact (ClusterFacts' TextFactPaths, IntFactPaths, ...).</summary>
    internal enum FactType : byte
    {
        Text,
        Enum,
        Int,
        Bool,
        List,
    }

    /// <summary>A builder method that writes one field the rules read, its argument as the value (the catalogue's method column).</summary>
    internal readonly struct Setter
    {
        public Setter(string path, FactType type)
        {
            Path = path;
            Type = type;
        }

        public string Path { get; }

        public FactType Type { get; }
    }

    /// <summary>K0sConfig's symbols, resolved once per compilation.</summary>
    internal sealed class KnownSymbols
    {
        private readonly Dictionary<INamedTypeSymbol, BuilderKind> _builders;
        private readonly Dictionary<IMethodSymbol, Setter> _setters;
        private readonly List<Setter>[] _settersByKind;

        private KnownSymbols(INamedTypeSymbol entry, Dictionary<INamedTypeSymbol, BuilderKind> builders, Dictionary<IMethodSymbol, Setter> setters)
        {
            Entry = entry;
            _builders = builders;
            _setters = setters;
            _settersByKind = new List<Setter>[(int)BuilderKind.VirtualServer + 1];
            for (int i = 0; i < _settersByKind.Length; i++)
            {
                _settersByKind[i] = new List<Setter>();
            }

            foreach (KeyValuePair<IMethodSymbol, Setter> setter in setters)
            {
                List<Setter> list = _settersByKind[(int)KindOf(setter.Key.ContainingType)];
                if (!list.Exists(s => s.Path == setter.Value.Path))
                {
                    list.Add(setter.Value);
                }
            }
        }

        /// <summary><c>K0sConfig.K0s</c>, whose <c>Cluster</c> method starts a chain.</summary>
        public INamedTypeSymbol Entry { get; }

        /// <summary>Resolves the symbols, or returns <see langword="null"/> when the compilation does not reference K0sConfig.</summary>
        public static KnownSymbols? Resolve(Compilation compilation)
        {
            INamedTypeSymbol? entry = compilation.GetTypeByMetadataName("K0sConfig.K0s");
            if (entry == null)
            {
                return null;
            }

            var builders = new Dictionary<INamedTypeSymbol, BuilderKind>(SymbolEqualityComparer.Default);
            Add(compilation, builders, "K0sConfig.ClusterConfigBuilder", BuilderKind.Cluster);
            Add(compilation, builders, "K0sConfig.NetworkBuilder", BuilderKind.Network);
            Add(compilation, builders, "K0sConfig.DualStackBuilder", BuilderKind.DualStack);
            Add(compilation, builders, "K0sConfig.CalicoBuilder", BuilderKind.Calico);
            Add(compilation, builders, "K0sConfig.KubeRouterBuilder", BuilderKind.KubeRouter);
            Add(compilation, builders, "K0sConfig.KubeProxyBuilder", BuilderKind.KubeProxy);
            Add(compilation, builders, "K0sConfig.NodeLocalLoadBalancingBuilder", BuilderKind.NodeLocalLoadBalancing);
            Add(compilation, builders, "K0sConfig.ApiBuilder", BuilderKind.Api);
            Add(compilation, builders, "K0sConfig.ControllerManagerBuilder", BuilderKind.ControllerManager);
            Add(compilation, builders, "K0sConfig.KubeProxyIptablesBuilder", BuilderKind.KubeProxyIptables);
            Add(compilation, builders, "K0sConfig.KubeProxyIpvsBuilder", BuilderKind.KubeProxyIpvs);
            Add(compilation, builders, "K0sConfig.KubeProxyNftablesBuilder", BuilderKind.KubeProxyNftables);
            Add(compilation, builders, "K0sConfig.NodeLocalProxyBuilder", BuilderKind.NodeLocalProxy);
            Add(compilation, builders, "K0sConfig.ControlPlaneLoadBalancingBuilder", BuilderKind.ControlPlaneLoadBalancing);
            Add(compilation, builders, "K0sConfig.KeepalivedBuilder", BuilderKind.Keepalived);
            Add(compilation, builders, "K0sConfig.VrrpInstanceBuilder", BuilderKind.VrrpInstance);
            Add(compilation, builders, "K0sConfig.VirtualServerBuilder", BuilderKind.VirtualServer);
            return builders.Count == 0 ? null : new KnownSymbols(entry, builders, Setters(compilation));
        }

        /// <summary>
        /// The field a builder method writes with its argument, from the catalogue's method column: only methods that
        /// write one field the rules read, whichever builder they are called on (not NodeLocalProxyBuilder's ports).
        /// </summary>
        public bool TryGetSetter(IMethodSymbol method, out Setter setter) => _setters.TryGetValue(method, out setter);

        /// <summary>The fields the methods of one builder write with their argument: what is forgotten when that builder escapes.</summary>
        public IReadOnlyList<Setter> SettersOf(BuilderKind kind) => _settersByKind[(int)kind];

        private static Dictionary<IMethodSymbol, Setter> Setters(Compilation compilation)
        {
            var setters = new Dictionary<IMethodSymbol, Setter>(SymbolEqualityComparer.Default);
            foreach (CatalogueField field in FieldCatalogue.All)
            {
                if (field.BuilderMethod is not string builderMethod || FieldCatalogue.BuilderMethodIsShared(field.Path))
                {
                    continue;
                }

                FactType? type = ClusterFacts.TextFactPaths.Contains(field.Path) ? (field.Kind == FieldKind.Enum ? FactType.Enum : FactType.Text)
                    : ClusterFacts.IntFactPaths.Contains(field.Path) ? FactType.Int
                    : ClusterFacts.BoolFactPaths.Contains(field.Path) ? FactType.Bool
                    : ClusterFacts.ListFactPaths.Contains(field.Path) ? FactType.List
                    : (FactType?)null;
                int dot = builderMethod.IndexOf('.');
                if (type == null || !(compilation.GetTypeByMetadataName("K0sConfig." + builderMethod.Substring(0, dot)) is INamedTypeSymbol builder))
                {
                    continue;
                }

                foreach (IMethodSymbol method in builder.GetMembers(builderMethod.Substring(dot + 1)).OfType<IMethodSymbol>())
                {
                    setters[method] = new Setter(field.Path, type.Value);
                }
            }

            return setters;
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

        private static void Add(Compilation compilation, Dictionary<INamedTypeSymbol, BuilderKind> builders, string name, BuilderKind kind)
        {
            INamedTypeSymbol? type = compilation.GetTypeByMetadataName(name);
            if (type != null)
            {
                builders[type] = kind;
            }
        }
    }
}
