using Microsoft.CodeAnalysis;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// Where a value came from when another method wrote it: the place in that method, and the call in the block
    /// being analyzed that brought the method in (<c>Base()</c>, <c>.WithDualStack()</c>, the method group
    /// <c>ConfigureNetwork</c>). A finding about the value is reported at <see cref="Call"/>, which is in the block,
    /// with <see cref="At"/> as an additional location.
    /// </summary>
    internal sealed class InheritedOrigin
    {
        public InheritedOrigin(Location at, Location call, string via)
        {
            At = at;
            Call = call;
            Via = via;
        }

        /// <summary>Where the other method wrote the value.</summary>
        public Location At { get; }

        /// <summary>The call in the analyzed block that brought the other method in.</summary>
        public Location Call { get; }

        /// <summary>How the message names that method: <c>Base()</c>, <c>ConfigureNetwork</c>.</summary>
        public string Via { get; }

        /// <summary>
        /// A hash of the two places. Equality stays that of the instance (each origin is one value written once); the hash
        /// only spares the sets of checked origins the runtime's identity hash, whose first use on each new object showed
        /// as a tenth of the analyzer's time in a profile of a config-heavy build.
        /// </summary>
        /// <returns>A hash of <see cref="At"/> and <see cref="Call"/>.</returns>
        public override int GetHashCode() => unchecked((At.GetHashCode() * 397) ^ Call.GetHashCode());

        /// <summary>The same instance: see <see cref="GetHashCode"/>.</summary>
        /// <param name="obj">Another object.</param>
        /// <returns>Whether it is this origin.</returns>
        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        /// <summary>The location of an origin as the analyzed block sees it: its own, or the call that brought it in.</summary>
        public static Location? InBlock(object? origin) => origin switch
        {
            Location location => location,
            InheritedOrigin inherited => inherited.Call,
            _ => null,
        };

        /// <summary>Where the value is written: its own location for either kind of origin.</summary>
        public static Location? Source(object? origin) => origin switch
        {
            Location location => location,
            InheritedOrigin inherited => inherited.At,
            _ => null,
        };
    }
}
