using System;
using System.Collections.Generic;

namespace K0sConfig
{
    /// <summary>Settings the rules need that k0s.yaml's network section does not hold: the kubelet's max pods, which k0s, and its feature gates.</summary>
    public sealed class ValidationOptions
    {
        /// <summary>The kubelet's default <c>maxPods</c>.</summary>
        public const int DefaultMaxPods = 110;

        /// <summary>The k0s feature gates the rules know (k0s's pkg/featuregate, from k0s 1.34).</summary>
        public const string KnownFeatureGates = "IPv6SingleStack";

        /// <summary>Creates options for the newest supported k0s without feature gates.</summary>
        /// <param name="maxPods">
        /// The most pods the kubelet runs on one node (<c>maxPods</c>, 110 unless configured); rule K0S405 warns
        /// when a node's pod range is smaller. In the analyzers: <c>k0sconfig.max_pods</c> in .editorconfig.
        /// </param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPods"/> is less than 1.</exception>
        public ValidationOptions(int maxPods = DefaultMaxPods)
            : this(maxPods, K0sVersion.Newest, null, stated: false, Array.Empty<SettingProblem>())
        {
        }

        /// <summary>Creates options for a k0s version.</summary>
        /// <param name="maxPods">The most pods the kubelet runs on one node (see the other constructor).</param>
        /// <param name="version">
        /// The k0s the configuration is for (in the analyzers: the MSBuild property <c>K0sVersion</c>; on the command line
        /// <c>--k0s-version</c>). A version older than 1.27 is checked as 1.27 and one newer than 1.36 as 1.36, and rule
        /// K0S807 says so.
        /// </param>
        /// <param name="ipv6SingleStack">
        /// Whether k0s runs with <c>--feature-gates IPv6SingleStack=true</c> (k0s 1.34 and later; single-stack IPv6 is
        /// then accepted), or <see langword="null"/> when that is not known: rule K0S205 then warns instead of reporting
        /// the error k0s gives without the gate.
        /// </param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPods"/> is less than 1.</exception>
        public ValidationOptions(int maxPods, K0sVersion version, bool? ipv6SingleStack = null)
            : this(maxPods, version, ipv6SingleStack, stated: true, Array.Empty<SettingProblem>())
        {
        }

        private ValidationOptions(int maxPods, K0sVersion version, bool? ipv6SingleStack, bool stated, IReadOnlyList<SettingProblem> problems)
        {
            SettingProblems = problems;
            if (maxPods < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxPods), maxPods, "maxPods must be at least 1.");
            }

            MaxPods = maxPods;
            RequestedVersion = version;
            Version = version.Checked;
            IPv6SingleStack = ipv6SingleStack;
            IsVersionStated = stated;
        }

        /// <summary>The defaults: kubelet max pods 110, the newest k0s, no feature gates.</summary>
        public static ValidationOptions Default { get; } = new ValidationOptions();

        /// <summary>The most pods the kubelet runs on one node.</summary>
        public int MaxPods { get; }

        /// <summary>The k0s version the rules answer for: the one asked for, or the nearest supported one (see <see cref="RequestedVersion"/>).</summary>
        public K0sVersion Version { get; }

        /// <summary>The k0s version asked for, which may be outside the supported range (rule K0S807 then says which one is checked).</summary>
        public K0sVersion RequestedVersion { get; }

        /// <summary>The <c>IPv6SingleStack</c> feature gate is on or off (it exists from k0s 1.34), or <see langword="null"/> when not known.</summary>
        public bool? IPv6SingleStack { get; }

        /// <summary>
        /// The version was chosen (not the default): rules about what differs between versions of a later component
        /// (K0S503) then answer for that version instead of warning for every version.
        /// </summary>
        public bool IsVersionStated { get; }

        /// <summary>These options for another k0s version.</summary>
        /// <param name="version">The k0s version.</param>
        /// <returns>New options.</returns>
        public ValidationOptions WithVersion(K0sVersion version) => new ValidationOptions(MaxPods, version, IPv6SingleStack, stated: true, SettingProblems);

        /// <summary>These options with the <c>IPv6SingleStack</c> feature gate on or off.</summary>
        /// <param name="enabled">Whether the gate is on (<see langword="null"/>: not known).</param>
        /// <returns>New options.</returns>
        public ValidationOptions WithIPv6SingleStack(bool? enabled) => new ValidationOptions(MaxPods, RequestedVersion, enabled, IsVersionStated, SettingProblems);

        /// <summary>These options with another kubelet max pods.</summary>
        /// <param name="maxPods">The most pods the kubelet runs on one node.</param>
        /// <returns>New options.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPods"/> is less than 1.</exception>
        public ValidationOptions WithMaxPods(int maxPods) => new ValidationOptions(maxPods, RequestedVersion, IPv6SingleStack, IsVersionStated, SettingProblems);

        /// <summary>
        /// Settings that were given but could not be read (a malformed MSBuild <c>K0sVersion</c> or <c>K0sFeatureGates</c>),
        /// so the options hold the default instead; rule K0S810 reports each.
        /// </summary>
        public IReadOnlyList<SettingProblem> SettingProblems { get; }

        /// <summary>These options with one more setting that could not be read (rule K0S810 reports it).</summary>
        /// <param name="problem">The setting, its value and why it is not understood.</param>
        /// <returns>New options.</returns>
        public ValidationOptions WithSettingProblem(SettingProblem problem)
            => new ValidationOptions(MaxPods, RequestedVersion, IPv6SingleStack, IsVersionStated, new List<SettingProblem>(SettingProblems) { problem });

        /// <summary>
        /// Reads k0s's <c>--feature-gates</c> value (comma-separated <c>key=value</c>, as k0s's pkg/featuregate reads it)
        /// for <paramref name="version"/>: an empty value is no gate; k0s before 1.34 has no feature gates.
        /// </summary>
        /// <param name="text">The value, such as <c>IPv6SingleStack=true</c>.</param>
        /// <param name="version">The k0s version.</param>
        /// <param name="ipv6SingleStack">Whether the value turns IPv6SingleStack on.</param>
        /// <param name="problem">k0s's own error for a value it refuses, else <see langword="null"/>.</param>
        /// <returns><see langword="true"/> when k0s takes the value.</returns>
        public static bool TryParseFeatureGates(string? text, K0sVersion version, out bool ipv6SingleStack, out string? problem)
        {
            ipv6SingleStack = false;
            problem = null;
            if (string.IsNullOrEmpty(text))
            {
                return true;
            }

            if (version.Checked.IsBefore(34))
            {
                problem = "k0s " + version + " has no feature gates (k0s's --feature-gates exists from 1.34); leave them out, or check for k0s 1.34 or later.";
                return false;
            }

            var gates = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (string pair in text!.Split(','))
            {
                int equals = pair.IndexOf('=');
                if (equals < 0)
                {
                    problem = "invalid feature gate format \"" + pair + "\", expected key=value";
                    return false;
                }

                string key = pair.Substring(0, equals).Trim();
                string value = pair.Substring(equals + 1).Trim();
                if (key.Length == 0)
                {
                    problem = "empty feature gate key in \"" + pair + "\"";
                    return false;
                }

                // Go's strconv.ParseBool.
                bool? enabled = value switch
                {
                    "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
                    "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
                    _ => null,
                };
                if (enabled == null)
                {
                    problem = "invalid feature gate value \"" + value + "\" for key \"" + key + "\", expected true or false";
                    return false;
                }

                gates[key] = enabled.Value;
            }

            foreach (KeyValuePair<string, bool> gate in gates)
            {
                if (gate.Key != KnownFeatureGates)
                {
                    problem = "unknown feature gate \"" + gate.Key + "\" (k0s " + version + " knows " + KnownFeatureGates + ")";
                    return false;
                }

                ipv6SingleStack = gate.Value;
            }

            return true;
        }
    }
}
