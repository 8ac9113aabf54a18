using System;
using System.Collections.Generic;
using System.Linq;

namespace K0sConfig.Rules
{
    /// <summary>
    /// What the rules declare they read (<see cref="Rule.Reads"/>), turned into tests of the facts: the engine skips a
    /// rule when every value it reads is unknown, since a rule says nothing of values it cannot know. RuleReadsTests
    /// checks each declaration: the rule's findings are the same with every other value unknown.
    /// </summary>
    internal static class RuleReads
    {
        // The values that no single catalogue field's fact holds, or (the provider) not alone: how each reads as unknown,
        // and how a test makes it so. Declared first: Paths is made from it, and static fields are set in order.
        private static readonly (string Path, Func<ClusterFacts, bool> IsUnknown, Action<ClusterFacts> MakeUnknown)[] Others =
        {
            // The provider a configuration chose, and the one it replaced.
            (FieldPaths.Provider, f => f.Provider.IsUnknown && f.ReplacedProvider.IsUnknown, f => f.Provider = f.ReplacedProvider = Fact<string>.Unknown()),
            (FieldPaths.Calico, f => f.CalicoSettings.IsUnknown, f => f.CalicoSettings = Fact<bool>.Unknown()),
            (FieldPaths.KubeRouter, f => f.KubeRouterSettings.IsUnknown, f => f.KubeRouterSettings = Fact<bool>.Unknown()),
            (FieldPaths.ApiExtraArgs, f => IsUnknown(f.ApiExtraArgs), f => f.ApiExtraArgs = ExtraArgsFacts.Unknown),
            (FieldPaths.ControllerManagerExtraArgs, f => IsUnknown(f.ControllerManagerExtraArgs), f => f.ControllerManagerExtraArgs = ExtraArgsFacts.Unknown),
            (FieldPaths.KubeProxyExtraArgs, f => IsUnknown(f.KubeProxyExtraArgs), f => f.KubeProxyExtraArgs = ExtraArgsFacts.Unknown),
            (FieldPaths.KubeRouterExtraArgs, f => IsUnknown(f.KubeRouterExtraArgs), f => f.KubeRouterExtraArgs = ExtraArgsFacts.Unknown),
            (FieldPaths.VrrpInstances, f => f.VrrpInstances.IsUnknown, f => f.VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Unknown()),
            (FieldPaths.VirtualServers, f => f.VirtualServers.IsUnknown, f => f.VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Unknown()),
        };

        /// <summary>Every path a rule can declare: the catalogue's facts, the lists of sections, the sections, and the values no single field holds.</summary>
        public static IReadOnlyList<string> Paths => s_paths;

        private static readonly string[] s_paths = AllPaths();

        // One test a path, in the order of Paths: an evaluation asks each at most once (Memo), for the paths of the rules it runs.
        private static readonly Func<ClusterFacts, bool>[] s_unknownTests = TestsOfPaths();

        /// <summary>
        /// The paths <paramref name="rule"/> declares, as indexes into <see cref="Paths"/>; <see langword="null"/> for a rule
        /// that declares none (it runs on every evaluation), and for one that declares a path no fact is read at (so that a
        /// wrong declaration costs time, never a finding; a test names such a path).
        /// </summary>
        public static int[]? Declared(Rule rule)
        {
            if (rule.Reads == null)
            {
                return null;
            }

            var slots = new int[rule.Reads.Count];
            for (int i = 0; i < slots.Length; i++)
            {
                slots[i] = Array.IndexOf(s_paths, rule.Reads[i]);
                if (slots[i] < 0 || slots[i] >= Memo.Capacity)
                {
                    return null;
                }
            }

            return slots;
        }

        /// <summary>Whether any of the paths at <paramref name="slots"/> is known or unset in <paramref name="facts"/>: what a rule that reads them can see.</summary>
        public static bool SeesAny(int[] slots, ClusterFacts facts, ref Memo memo)
        {
            for (int i = 0; i < slots.Length; i++)
            {
                if (!memo.IsUnknown(slots[i], facts))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What one evaluation has found out about its facts' paths, each asked once: two bits a path.</summary>
        internal struct Memo
        {
            /// <summary>How many paths a memo holds; a test keeps <see cref="Paths"/> within it.</summary>
            public const int Capacity = 128;

            private ulong _askedLow;
            private ulong _askedHigh;
            private ulong _unknownLow;
            private ulong _unknownHigh;

            public bool IsUnknown(int slot, ClusterFacts facts)
            {
                ulong bit = 1UL << (slot & 63);
                ref ulong asked = ref slot < 64 ? ref _askedLow : ref _askedHigh;
                ref ulong unknown = ref slot < 64 ? ref _unknownLow : ref _unknownHigh;
                if ((asked & bit) == 0)
                {
                    asked |= bit;
                    if (s_unknownTests[slot](facts))
                    {
                        unknown |= bit;
                    }
                }

                return (unknown & bit) != 0;
            }
        }

        /// <summary>The test of whether the facts at <paramref name="path"/> are unknown, or <see langword="null"/> when no fact is read there.</summary>
        public static Func<ClusterFacts, bool>? UnknownTest(string path)
        {
            if (Other(path) is { } other)
            {
                return other.IsUnknown;
            }

            if (ClusterFacts.FieldStateReader(path) is { } state)
            {
                return facts => state(facts) == FactState.Unknown;
            }

            if (ClusterFacts.ItemListPaths.Contains(path))
            {
                return facts => facts.Items(path).State == FactState.Unknown;
            }

            if (ClusterFacts.SectionPaths.Contains(path))
            {
                return facts => facts.Section(path).State == FactState.Unknown;
            }

            return null;
        }

        /// <summary>
        /// Makes the facts at <paramref name="path"/> unknown, as <see cref="UnknownTest"/> reads them: what checks a rule's
        /// declaration (its findings are the same with every value it does not declare unknown).
        /// </summary>
        public static void MakeUnknown(ClusterFacts facts, string path)
        {
            if (Other(path) is { } other)
            {
                other.MakeUnknown(facts);
            }
            else if (ClusterFacts.TextSetter(path) is { } text)
            {
                text(facts, Fact<string>.Unknown());
            }
            else if (ClusterFacts.IntSetter(path) is { } number)
            {
                number(facts, Fact<long>.Unknown());
            }
            else if (ClusterFacts.BoolSetter(path) is { } flag)
            {
                flag(facts, Fact<bool>.Unknown());
            }
            else if (ClusterFacts.ListSetter(path) is { } list)
            {
                list(facts, Fact<IReadOnlyList<Fact<string>>>.Unknown());
            }
            else if (ClusterFacts.ItemListPaths.Contains(path))
            {
                facts.SetItems(path, Fact<IReadOnlyList<ItemFacts>>.Unknown());
            }
            else if (ClusterFacts.SectionPaths.Contains(path))
            {
                facts.SetSection(path, Fact<ItemFacts>.Unknown());
            }
            else
            {
                throw new ArgumentException("No fact is read at " + path + ".", nameof(path));
            }
        }

        private static (string Path, Func<ClusterFacts, bool> IsUnknown, Action<ClusterFacts> MakeUnknown)? Other(string path)
        {
            foreach (var other in Others)
            {
                if (string.Equals(other.Path, path, StringComparison.Ordinal))
                {
                    return other;
                }
            }

            return null;
        }

        private static string[] AllPaths()
        {
            var paths = new List<string>(ClusterFacts.TextFactPaths);
            paths.AddRange(ClusterFacts.IntFactPaths);
            paths.AddRange(ClusterFacts.BoolFactPaths);
            paths.AddRange(ClusterFacts.ListFactPaths);
            paths.AddRange(ClusterFacts.ItemListPaths);
            paths.AddRange(ClusterFacts.SectionPaths);
            foreach (var other in Others)
            {
                if (!paths.Contains(other.Path))
                {
                    paths.Add(other.Path);
                }
            }

            return paths.ToArray();
        }

        /// <summary>An extraArgs map of which no entry is known and which may have any: <see cref="ExtraArgsFacts.Unknown"/>.</summary>
        private static bool IsUnknown(ExtraArgsFacts map) => !map.IsComplete && map.Entries.Count == 0;

        private static Func<ClusterFacts, bool>[] TestsOfPaths()
            => s_paths.Select(path => UnknownTest(path) ?? throw new InvalidOperationException("No fact is read at " + path + ".")).ToArray();
    }
}
