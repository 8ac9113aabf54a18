namespace K0sConfig.Rules
{
    /// <summary>What a front end knows about one configuration value.</summary>
    public enum FactState : byte
    {
        /// <summary>The value is not set, so k0s applies its default.</summary>
        Unset = 0,

        /// <summary>The value is known exactly.</summary>
        Known = 1,

        /// <summary>The value cannot be known (not a compile-time constant, set in a branch, passed elsewhere).</summary>
        Unknown = 2,
    }

    /// <summary>
    /// One configuration value as a front end knows it: unset, known, or unknown. A rule whose inputs are
    /// unknown says nothing.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    public readonly struct Fact<T>
    {
        private Fact(FactState state, T value, object? origin)
        {
            State = state;
            Value = value;
            Origin = origin;
        }

        /// <summary>Whether the value is unset, known or unknown.</summary>
        public FactState State { get; }

        /// <summary>The value; meaningful only when <see cref="State"/> is <see cref="FactState.Known"/>.</summary>
        public T Value { get; }

        /// <summary>
        /// Where the value was written, in the front end's own terms (a source location, a YAML node), so a
        /// finding about it can be reported there. The engine never looks inside.
        /// </summary>
        public object? Origin { get; }

        /// <summary>The value is known.</summary>
        public bool IsKnown => State == FactState.Known;

        /// <summary>The value is unset (k0s's default applies).</summary>
        public bool IsUnset => State == FactState.Unset;

        /// <summary>The value cannot be known.</summary>
        public bool IsUnknown => State == FactState.Unknown;

        /// <summary>An unset value: k0s applies its default.</summary>
        public static Fact<T> Unset => default;

        /// <summary>A known value.</summary>
        /// <param name="value">The value.</param>
        /// <param name="origin">Where it was written, or <see langword="null"/>.</param>
        /// <returns>The fact.</returns>
        public static Fact<T> Known(T value, object? origin = null) => new Fact<T>(FactState.Known, value, origin);

        /// <summary>An unknown value.</summary>
        /// <param name="origin">Where it was written, or <see langword="null"/>.</param>
        /// <returns>The fact.</returns>
        public static Fact<T> Unknown(object? origin = null) => new Fact<T>(FactState.Unknown, default!, origin);

        /// <summary>The value k0s ends up with: the known value, or <paramref name="defaultValue"/> when unset.</summary>
        /// <param name="defaultValue">k0s's default for the field.</param>
        /// <param name="value">The effective value, when it can be known.</param>
        /// <returns><see langword="false"/> when the value is unknown.</returns>
        public bool TryGetEffective(T defaultValue, out T value)
        {
            switch (State)
            {
                case FactState.Known:
                    value = Value;
                    return true;
                case FactState.Unset:
                    value = defaultValue;
                    return true;
                default:
                    value = default!;
                    return false;
            }
        }

        /// <inheritdoc />
        public override string ToString() => State == FactState.Known ? "Known(" + Value + ")" : State.ToString();
    }
}
