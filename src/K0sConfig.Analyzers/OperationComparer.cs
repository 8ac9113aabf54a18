using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// Operations as keys of a set or a dictionary: the same instance, hashed by where its syntax is instead of by the
    /// runtime's identity hash. Operations are new objects in every compilation, and the first identity hash of each one
    /// cost more than the lookups it served (a tenth of the analyzer's time on a config-heavy build, in a profile).
    /// </summary>
    /// <typeparam name="T">The kind of operation.</typeparam>
    internal sealed class OperationComparer<T> : IEqualityComparer<T>
        where T : class, IOperation
    {
        private OperationComparer()
        {
        }

        /// <summary>The one comparer of its kind.</summary>
        public static OperationComparer<T> Instance { get; } = new OperationComparer<T>();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => unchecked((obj.Syntax.SyntaxTree.GetHashCode() * 397) ^ obj.Syntax.Span.GetHashCode());
    }
}
