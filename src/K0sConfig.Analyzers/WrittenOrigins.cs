using System.Collections.Generic;
using Microsoft.CodeAnalysis.Operations;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// The calls of the analyzed block that chains applied, each with every origin made while it was applied (its
    /// arguments, its name where something is written there, and those of the callbacks it ran). What a call writes on its
    /// own (<see cref="FactCollector.ForCall"/>) is written at some of these origins, so a call whose origins all hold
    /// values its chain ends with was checked there, and need not be collected again.
    /// </summary>
    internal sealed class WrittenOrigins
    {
        /// <summary>The origins, in the order they were made.</summary>
        public List<object> Origins { get; } = new List<object>();

        /// <summary>Each applied call and its origins: <see cref="Origins"/> from <c>Start</c> up to <c>End</c>.</summary>
        public List<(IInvocationOperation Call, int Start, int End)> Calls { get; } = new List<(IInvocationOperation, int, int)>();

        /// <summary>Adds to <paramref name="calls"/> the applied calls all of whose origins are in <paramref name="checkedValues"/>.</summary>
        public void AddCheckedCalls(HashSet<object> checkedValues, HashSet<IInvocationOperation> calls)
        {
            foreach ((IInvocationOperation call, int start, int end) in Calls)
            {
                bool all = true;
                for (int i = start; i < end && all; i++)
                {
                    all = checkedValues.Contains(Origins[i]);
                }

                if (all)
                {
                    calls.Add(call);
                }
            }
        }

        /// <summary>Empties both lists for the next block (keeping what they have grown to).</summary>
        public void Clear()
        {
            Origins.Clear();
            Calls.Clear();
        }
    }
}
