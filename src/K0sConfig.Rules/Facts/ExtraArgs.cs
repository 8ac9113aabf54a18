using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>How an <c>extraArgs</c> entry was written.</summary>
    [Flags]
    public enum ExtraArgSource : byte
    {
        /// <summary>Not written.</summary>
        None = 0,

        /// <summary>Written as a raw <c>extraArgs</c> entry (the builder's <c>ExtraArg</c>, or YAML).</summary>
        ExtraArg = 1,

        /// <summary>Written by a typed helper such as <c>NodeCidrMaskSizeIPv6</c>.</summary>
        TypedHelper = 2,
    }

    /// <summary>One <c>extraArgs</c> entry: its value and how it was written.</summary>
    public readonly struct ExtraArgFact
    {
        /// <summary>Creates an entry.</summary>
        /// <param name="value">The value (its origin is the write that wins).</param>
        /// <param name="source">How the entry was written; both flags when a typed helper and a raw entry wrote it.</param>
        /// <param name="keyOrigin">Where the key was written, or <see langword="null"/>.</param>
        public ExtraArgFact(Fact<string> value, ExtraArgSource source, object? keyOrigin = null)
        {
            Value = value;
            Source = source;
            KeyOrigin = keyOrigin;
        }

        /// <summary>The value.</summary>
        public Fact<string> Value { get; }

        /// <summary>How the entry was written.</summary>
        public ExtraArgSource Source { get; }

        /// <summary>Where the key was written, or <see langword="null"/>.</summary>
        public object? KeyOrigin { get; }
    }

    /// <summary>
    /// A component's <c>extraArgs</c> map. When <see cref="IsComplete"/> is <see langword="false"/> some keys
    /// could not be known, so a key that is absent may still be set.
    /// </summary>
    public sealed class ExtraArgsFacts
    {
        private static readonly IReadOnlyDictionary<string, ExtraArgFact> NoEntries = new Dictionary<string, ExtraArgFact>();

        /// <summary>Creates the facts for one map.</summary>
        /// <param name="entries">The entries whose keys are known.</param>
        /// <param name="isComplete">Every key is known.</param>
        public ExtraArgsFacts(IReadOnlyDictionary<string, ExtraArgFact> entries, bool isComplete)
        {
            Entries = entries ?? throw new ArgumentNullException(nameof(entries));
            IsComplete = isComplete;
        }

        /// <summary>No entries, and that is known.</summary>
        public static ExtraArgsFacts Empty { get; } = new ExtraArgsFacts(NoEntries, isComplete: true);

        /// <summary>Nothing is known about the map.</summary>
        public static ExtraArgsFacts Unknown { get; } = new ExtraArgsFacts(NoEntries, isComplete: false);

        /// <summary>The entries whose keys are known.</summary>
        public IReadOnlyDictionary<string, ExtraArgFact> Entries { get; }

        /// <summary>Every key is known, so an absent key is really absent.</summary>
        public bool IsComplete { get; }

        /// <summary>The value of <paramref name="key"/>: known, unknown, or unset when the map is complete and lacks it.</summary>
        /// <param name="key">The flag name without leading dashes.</param>
        /// <returns>The fact.</returns>
        public Fact<string> Get(string key)
        {
            if (Entries.TryGetValue(key, out ExtraArgFact entry))
            {
                return entry.Value;
            }

            return IsComplete ? Fact<string>.Unset : Fact<string>.Unknown();
        }
    }
}
