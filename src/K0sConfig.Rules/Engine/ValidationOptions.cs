using System;

namespace K0sConfig
{
    /// <summary>Settings the rules need that k0s.yaml's network section does not hold.</summary>
    public sealed class ValidationOptions
    {
        /// <summary>The kubelet's default <c>maxPods</c>.</summary>
        public const int DefaultMaxPods = 110;

        /// <summary>Creates options.</summary>
        /// <param name="maxPods">
        /// The most pods the kubelet runs on one node (<c>maxPods</c>, 110 unless configured); rule K0S405 warns
        /// when a node's pod range is smaller. In the analyzers: <c>k0sconfig.max_pods</c> in .editorconfig.
        /// </param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPods"/> is less than 1.</exception>
        public ValidationOptions(int maxPods = DefaultMaxPods)
        {
            if (maxPods < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxPods), maxPods, "maxPods must be at least 1.");
            }

            MaxPods = maxPods;
        }

        /// <summary>The defaults: kubelet max pods 110.</summary>
        public static ValidationOptions Default { get; } = new ValidationOptions();

        /// <summary>The most pods the kubelet runs on one node.</summary>
        public int MaxPods { get; }
    }
}
