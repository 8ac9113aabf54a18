using System;
using System.Collections.Generic;

namespace K0sConfig
{
    /// <summary>What one edit of a <see cref="FindingFix"/> does to the value written at its origin.</summary>
    public enum FixEditKind
    {
        /// <summary>The value written at the origin becomes <see cref="FixEdit.Value"/> (a CIDR, <c>bird</c>, <c>false</c>, <c>25</c>).</summary>
        Replace = 0,

        /// <summary>The setting written at the origin goes: k0s's default applies, or the setting was ignored anyway.</summary>
        Remove = 1,

        /// <summary>The extraArgs flag written at the origin keeps its value under the flag <see cref="FixEdit.Value"/>.</summary>
        Rename = 2,

        /// <summary>
        /// The field <see cref="FixEdit.Path"/> is set to <see cref="FixEdit.Value"/> inside the section chosen at the
        /// origin, where nothing sets it yet (<c>calico.mode</c> at the call that chose Calico).
        /// </summary>
        Set = 3,
    }

    /// <summary>One edit of a fix: a value, where it is written, and what becomes of it.</summary>
    public sealed class FixEdit
    {
        internal FixEdit(FixEditKind kind, object? origin, string? value, string? path = null)
        {
            Kind = kind;
            Origin = origin;
            Value = value;
            Path = path;
        }

        internal static FixEdit Replace(object? origin, string value) => new FixEdit(FixEditKind.Replace, origin, value);

        internal static FixEdit Remove(object? origin) => new FixEdit(FixEditKind.Remove, origin, null);

        internal static FixEdit Rename(object? origin, string flag) => new FixEdit(FixEditKind.Rename, origin, flag);

        internal static FixEdit Set(object? origin, string path, string value) => new FixEdit(FixEditKind.Set, origin, value, path);

        /// <summary>What the edit does.</summary>
        public FixEditKind Kind { get; }

        /// <summary>Where the value to edit is written, as the front end recorded it (a <see cref="Finding.Origin"/> or one of its additional origins).</summary>
        public object? Origin { get; }

        /// <summary>The new value (<see cref="FixEditKind.Replace"/>, <see cref="FixEditKind.Set"/>) or flag (<see cref="FixEditKind.Rename"/>).</summary>
        public string? Value { get; }

        /// <summary>The k0s.yaml path that <see cref="FixEditKind.Set"/> sets; <see langword="null"/> for the other kinds.</summary>
        public string? Path { get; }
    }

    /// <summary>
    /// An edit of the configuration that makes a finding go away without making a new error or warning (the rule checks that
    /// on the facts before it offers the fix). Front ends turn it into a code fix when every value it edits is written
    /// where they can change it.
    /// </summary>
    public sealed class FindingFix
    {
        internal FindingFix(string key, string title, IReadOnlyList<FixEdit> edits)
        {
            Key = key;
            Title = title;
            Edits = edits;
        }

        /// <summary>Names the kind of fix within its rule, the same for every finding (<c>shorten-pod-cidr</c>): fixes that share it are applied together by "fix all".</summary>
        public string Key { get; }

        /// <summary>What the fix does, for a person: "Set calico.mode to bird".</summary>
        public string Title { get; }

        /// <summary>The edits, all applied together.</summary>
        public IReadOnlyList<FixEdit> Edits { get; }

        internal static IReadOnlyList<FindingFix> None { get; } = Array.Empty<FindingFix>();
    }
}
