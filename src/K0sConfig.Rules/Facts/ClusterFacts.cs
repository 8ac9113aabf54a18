using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// Everything the rules read about a k0s ClusterConfig, each value unset, known or unknown. Front ends (the
    /// builder at run time, the analyzers at compile time, a YAML reader) fill it; the rules only read it.
    /// A new instance has every value unset, which is what k0s sees for an empty config.
    /// </summary>
    public sealed partial class ClusterFacts
    {
        // The facts of the catalogue's fields (overlay.txt's fact= column) are generated into FieldCatalogue.g.cs with
        // the loops over them; here are the ones no single field holds.

        /// <summary>A provider the configuration chose earlier and then replaced (the builder's provider called twice).</summary>
        public Fact<string> ReplacedProvider { get; set; }

        /// <summary>
        /// The k0s version the configuration's builder was given with <c>ForK0s(...)</c>, as written (the last call wins):
        /// unset when no call is seen, unknown when one may have been made with a value not known. Not a value the rules
        /// read: a front end chooses the <see cref="ValidationOptions"/> with it (the analyzers, for a builder held in a
        /// local whose <c>ForK0s</c> is a statement of its own).
        /// </summary>
        public Fact<string> ForK0s { get; set; }

        /// <summary>The configuration writes Calico settings (a <c>spec.network.calico</c> block).</summary>
        public Fact<bool> CalicoSettings { get; set; }

        /// <summary>The configuration writes kube-router settings (a <c>spec.network.kuberouter</c> block).</summary>
        public Fact<bool> KubeRouterSettings { get; set; }

        /// <summary><c>spec.network.kuberouter.extraArgs</c>.</summary>
        public ExtraArgsFacts KubeRouterExtraArgs { get; set; } = ExtraArgsFacts.Empty;

        /// <summary><c>spec.network.kubeProxy.extraArgs</c>.</summary>
        public ExtraArgsFacts KubeProxyExtraArgs { get; set; } = ExtraArgsFacts.Empty;

        /// <summary><c>spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances</c>, in order.</summary>
        public Fact<IReadOnlyList<VrrpInstanceFacts>> VrrpInstances { get; set; }

        /// <summary><c>spec.network.controlPlaneLoadBalancing.keepalived.virtualServers</c>, in order.</summary>
        public Fact<IReadOnlyList<VirtualServerFacts>> VirtualServers { get; set; }

        /// <summary><c>spec.api.extraArgs</c>.</summary>
        public ExtraArgsFacts ApiExtraArgs { get; set; } = ExtraArgsFacts.Empty;

        /// <summary><c>spec.controllerManager.extraArgs</c>, including the node CIDR mask sizes.</summary>
        public ExtraArgsFacts ControllerManagerExtraArgs { get; set; } = ExtraArgsFacts.Empty;

        /// <summary>
        /// Problems with how the document is written (unknown keys, wrong types, duplicate keys, an unreadable file), as a
        /// YAML front end finds them; empty for the builder, which can write only known fields.
        /// </summary>
        public IReadOnlyList<DocumentProblem> DocumentProblems { get; set; } = System.Array.Empty<DocumentProblem>();

        /// <summary>
        /// Adds to <paramref name="origins"/> the origin of every known value (for extraArgs, of every known entry's
        /// value): where a front end can tell that a value it is about to check on its own was already checked here.
        /// </summary>
        /// <param name="origins">Where to add the origins.</param>
        internal void AddKnownOrigins(ISet<object> origins)
        {
            if (origins == null)
            {
                throw new ArgumentNullException(nameof(origins));
            }

            AllKnownOrigins(origin =>
            {
                origins.Add(origin);
                return true;
            });
        }

        /// <summary>
        /// Whether <paramref name="test"/> holds for the origin of every known value (for extraArgs, of every known
        /// entry's value), stopping at the first that fails; true when no value is known. A front end asks it to tell
        /// whether every value it is about to check on its own was already checked elsewhere, without collecting them.
        /// </summary>
        /// <param name="test">The test of one origin.</param>
        /// <returns>Whether every known value's origin passes.</returns>
        internal bool AllKnownOrigins(Func<object, bool> test)
        {
            if (test == null)
            {
                throw new ArgumentNullException(nameof(test));
            }

            return FieldOriginsPass(test)
                && ItemOriginsPass(test)
                && Passes(ReplacedProvider.State, ReplacedProvider.Origin, test)
                && Passes(ForK0s.State, ForK0s.Origin, test)
                && Passes(CalicoSettings.State, CalicoSettings.Origin, test)
                && Passes(KubeRouterSettings.State, KubeRouterSettings.Origin, test)
                && Passes(VrrpInstances.IsKnown, VrrpInstances.Value, test)
                && Passes(VirtualServers.IsKnown, VirtualServers.Value, test)
                && Passes(KubeRouterExtraArgs, test)
                && Passes(KubeProxyExtraArgs, test)
                && Passes(ApiExtraArgs, test)
                && Passes(ControllerManagerExtraArgs, test);
        }

        private static bool Passes(ExtraArgsFacts map, Func<object, bool> test)
        {
            if (map.Entries.Count == 0)
            {
                return true;
            }

            foreach (ExtraArgFact entry in map.Entries.Values)
            {
                if (!Passes(entry.Value.State, entry.Value.Origin, test))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Every entry of a known list (VRRP instances, virtual servers) passes; an unknown list has none to test.</summary>
        private static bool Passes(bool known, IReadOnlyList<IKnownOrigins>? entries, Func<object, bool> test)
        {
            if (known && entries != null)
            {
                // By index: an enumerator through the interface would be an allocation per list, per check.
                for (int i = 0; i < entries.Count; i++)
                {
                    if (!entries[i].AllKnownOrigins(test))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// A copy that keeps only the known values whose origin <paramref name="keep"/> accepts; every other value is
        /// unknown. A front end uses it to ask what a finding would be from some of the values alone (those written
        /// in one place), everything else unknown.
        /// </summary>
        /// <param name="keep">Whether to keep a known value written at this origin.</param>
        /// <returns>The copy.</returns>
        internal ClusterFacts KeepOnly(Func<object?, bool> keep)
        {
            if (keep == null)
            {
                throw new ArgumentNullException(nameof(keep));
            }

            var copy = new ClusterFacts
            {
                ReplacedProvider = Keep(ReplacedProvider, keep),
                ForK0s = ForK0s,
                CalicoSettings = Keep(CalicoSettings, keep),
                KubeRouterSettings = Keep(KubeRouterSettings, keep),
                KubeRouterExtraArgs = Keep(KubeRouterExtraArgs, keep),
                KubeProxyExtraArgs = Keep(KubeProxyExtraArgs, keep),
                VrrpInstances = KeepEach(VrrpInstances, keep, (i, k) => i.Map(k)),
                VirtualServers = KeepEach(VirtualServers, keep, (v, k) => v.Map(k)),
                ApiExtraArgs = Keep(ApiExtraArgs, keep),
                ControllerManagerExtraArgs = Keep(ControllerManagerExtraArgs, keep),
            };
            KeepFields(copy, keep);
            KeepItems(copy, keep);
            return copy;
        }

        /// <summary>A copy to change: what a configuration would be after an edit.</summary>
        /// <returns>The copy.</returns>
        internal ClusterFacts Copy()
        {
            var copy = (ClusterFacts)MemberwiseClone();
            ShareItems();
            copy.ShareItems();
            return copy;
        }

        /// <summary>Facts in which every value is unknown: the starting point for a front end that sees only part of a configuration.</summary>
        /// <returns>The facts.</returns>
        public static ClusterFacts AllUnknown() => new ClusterFacts().SetAllUnknown();

        /// <summary>
        /// Makes every value unknown again, so that a front end that checks many small parts of a configuration one after
        /// another can use one instance for all of them.
        /// </summary>
        /// <returns>This instance.</returns>
        internal ClusterFacts SetAllUnknown()
        {
            SetFieldsUnknown();
            SetItemsUnknown();
            ReplacedProvider = Fact<string>.Unknown();
            ForK0s = Fact<string>.Unknown();
            CalicoSettings = Fact<bool>.Unknown();
            KubeRouterSettings = Fact<bool>.Unknown();
            KubeRouterExtraArgs = ExtraArgsFacts.Unknown;
            KubeProxyExtraArgs = ExtraArgsFacts.Unknown;
            VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Unknown();
            VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Unknown();
            ApiExtraArgs = ExtraArgsFacts.Unknown;
            ControllerManagerExtraArgs = ExtraArgsFacts.Unknown;
            DocumentProblems = System.Array.Empty<DocumentProblem>();
            K0sctl = null;
            return this;
        }

        internal static Fact<T> Keep<T>(Fact<T> fact, Func<object?, bool> keep)
            => fact.IsKnown && keep(fact.Origin) ? fact : Fact<T>.Unknown(fact.Origin);

        // A list of entries is kept when its own origin is (its length is known there); each entry keeps the values
        // written at kept origins.
        private static Fact<IReadOnlyList<T>> KeepEach<T>(Fact<IReadOnlyList<T>> list, Func<object?, bool> keep, Func<T, Func<object?, bool>, T> map)
        {
            if (!list.IsKnown || list.Value == null || !keep(list.Origin))
            {
                return Fact<IReadOnlyList<T>>.Unknown(list.Origin);
            }

            var entries = new T[list.Value.Count];
            for (int i = 0; i < entries.Length; i++)
            {
                entries[i] = map(list.Value[i], keep);
            }

            return Fact<IReadOnlyList<T>>.Known(entries, list.Origin);
        }

        private static ExtraArgsFacts Keep(ExtraArgsFacts map, Func<object?, bool> keep)
        {
            if (map.Entries.Count == 0)
            {
                // Nothing to keep, and no map to make (the analyzer keeps four per configuration it decides alone).
                return ExtraArgsFacts.Unknown;
            }

            var entries = new Dictionary<string, ExtraArgFact>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, ExtraArgFact> entry in map.Entries)
            {
                if (entry.Value.Value.IsKnown && keep(entry.Value.Value.Origin))
                {
                    entries.Add(entry.Key, entry.Value);
                }
            }

            return entries.Count == 0 ? ExtraArgsFacts.Unknown : new ExtraArgsFacts(entries, isComplete: false);
        }

        /// <summary>A value's origin passes <paramref name="test"/>, or the value is not known (not generic: this runs for every field of every call checked).</summary>
        internal static bool Passes(FactState state, object? origin, Func<object, bool> test)
            => state != FactState.Known || origin == null || test(origin);
    }
}
