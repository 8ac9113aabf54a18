using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.Serialization;
using K0sConfig.Rules;
using K0sConfig.Yaml;
using YamlDotNet.RepresentationModel;

namespace K0sConfig
{
    /// <summary>The effect of the taint k0sctl puts on a node before it upgrades or resets it (<c>spec.options.evictTaint.effect</c>).</summary>
    public enum K0sctlTaintEffect
    {
        /// <summary><c>NoExecute</c> (k0sctl's default): pods without a toleration are evicted.</summary>
        [EnumMember(Value = K0sctlValues.NoExecute)]
        NoExecute,

        /// <summary><c>NoSchedule</c>: no new pods without a toleration; running ones stay.</summary>
        [EnumMember(Value = K0sctlValues.NoSchedule)]
        NoSchedule,

        /// <summary><c>PreferNoSchedule</c>: the scheduler avoids the node.</summary>
        [EnumMember(Value = K0sctlValues.PreferNoSchedule)]
        PreferNoSchedule,
    }

    /// <summary>
    /// A k0sctl options section: its keys in k0sctl's order (the order of its Go struct), each written once, the last
    /// call winning; k0sctl fills in its defaults for the keys not written.
    /// </summary>
    public abstract class K0sctlOptionSection
    {
        private readonly string _path;
        private readonly string[] _keys;
        private readonly Dictionary<string, YamlNode> _values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);

        private protected K0sctlOptionSection(string path, params string[] keys)
        {
            _path = path;
            _keys = keys;
        }

        /// <summary>The section as k0sctl reads it, or <see langword="null"/> when nothing is written in it.</summary>
        internal YamlMappingNode? Node()
        {
            var node = new YamlMappingNode();
            foreach (string key in _keys)
            {
                if (_values.TryGetValue(key, out YamlNode? value))
                {
                    node.Add(YamlWriter.Key(key), value);
                }
            }

            return node.Children.Count == 0 ? null : node;
        }

        private protected void Bool(string key, bool value) => _values[key] = YamlWriter.Plain(value ? "true" : "false");

        private protected void Int(string key, int value) => _values[key] = YamlWriter.Plain(value.ToString(CultureInfo.InvariantCulture));

        private protected void Duration(string key, TimeSpan value) => _values[key] = YamlWriter.Text(GoDuration.Format(value));

        private protected void Text(string key, string? value) => _values[key] = YamlWriter.Text(Guard.NotNull(value, key, _path + "." + key));
    }

    /// <summary>
    /// Configures <c>spec.options</c>: how <c>k0sctl apply</c> waits, drains, how many hosts it works on at once, and the
    /// taint it puts on a node before upgrading or resetting it. Unset keys keep k0sctl's defaults.
    /// </summary>
    public sealed class K0sctlOptionsBuilder
    {
        internal K0sctlWaitBuilder WaitSection { get; } = new K0sctlWaitBuilder();

        internal K0sctlDrainBuilder DrainSection { get; } = new K0sctlDrainBuilder();

        internal K0sctlConcurrencyBuilder ConcurrencySection { get; } = new K0sctlConcurrencyBuilder();

        internal K0sctlEvictTaintBuilder EvictTaintSection { get; } = new K0sctlEvictTaintBuilder();

        /// <summary>Sets <c>wait.enabled</c>: whether k0sctl waits for nodes and workloads to be ready (default <see langword="true"/>).</summary>
        /// <param name="enabled">Whether k0sctl waits.</param>
        /// <returns>This builder.</returns>
        public K0sctlOptionsBuilder Wait(bool enabled = true)
        {
            WaitSection.Enabled(enabled);
            return this;
        }

        /// <summary>Configures <c>drain</c>: how k0sctl drains a node before it upgrades it (<c>kubectl drain</c>'s flags).</summary>
        /// <param name="configure">Sets the drain values.</param>
        /// <returns>This builder.</returns>
        public K0sctlOptionsBuilder Drain(Action<K0sctlDrainBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), "spec.options.drain", "d => d.GracePeriod(TimeSpan.FromMinutes(2))")(DrainSection);
            return this;
        }

        /// <summary>Configures <c>concurrency</c>: how many hosts k0sctl works on at once.</summary>
        /// <param name="configure">Sets the limits.</param>
        /// <returns>This builder.</returns>
        public K0sctlOptionsBuilder Concurrency(Action<K0sctlConcurrencyBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), "spec.options.concurrency", "c => c.Limit(10)")(ConcurrencySection);
            return this;
        }

        /// <summary>Configures <c>evictTaint</c>: the taint k0sctl puts on a node before it upgrades or resets it (off by default).</summary>
        /// <param name="configure">Sets the taint; call <see cref="K0sctlEvictTaintBuilder.Enabled"/> to turn it on.</param>
        /// <returns>This builder.</returns>
        public K0sctlOptionsBuilder EvictTaint(Action<K0sctlEvictTaintBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure), "spec.options.evictTaint", "e => e.Enabled()")(EvictTaintSection);
            return this;
        }

        /// <summary>The options as k0sctl reads them, or <see langword="null"/> when none is written.</summary>
        internal YamlMappingNode? Node()
        {
            var node = new YamlMappingNode();
            foreach ((string key, K0sctlOptionSection section) in new (string, K0sctlOptionSection)[] { (K0sctlKeys.Wait, WaitSection), (K0sctlKeys.Drain, DrainSection), (K0sctlKeys.Concurrency, ConcurrencySection), (K0sctlKeys.EvictTaint, EvictTaintSection) })
            {
                if (section.Node() is YamlMappingNode written)
                {
                    node.Add(YamlWriter.Key(key), written);
                }
            }

            return node.Children.Count == 0 ? null : node;
        }
    }

    /// <summary><c>spec.options.wait</c>, which <see cref="K0sctlOptionsBuilder.Wait"/> writes.</summary>
    internal sealed class K0sctlWaitBuilder : K0sctlOptionSection
    {
        internal K0sctlWaitBuilder()
            : base("spec.options.wait", K0sctlKeys.Enabled)
        {
        }

        /// <summary>Sets <c>enabled</c> (default <see langword="true"/>).</summary>
        /// <param name="enabled">Whether k0sctl waits.</param>
        /// <returns>This builder.</returns>
        public K0sctlWaitBuilder Enabled(bool enabled = true)
        {
            Bool(K0sctlKeys.Enabled, enabled);
            return this;
        }
    }

    /// <summary>Configures <c>spec.options.drain</c>: k0sctl passes these to <c>kubectl drain</c>.</summary>
    public sealed class K0sctlDrainBuilder : K0sctlOptionSection
    {
        internal K0sctlDrainBuilder()
            : base("spec.options.drain", K0sctlKeys.Enabled, K0sctlKeys.GracePeriod, K0sctlKeys.Timeout, K0sctlKeys.Force, K0sctlKeys.IgnoreDaemonSets, K0sctlKeys.DeleteEmptyDirData, K0sctlKeys.PodSelector, K0sctlKeys.SkipWaitForDeleteTimeout)
        {
        }

        /// <summary>Sets <c>enabled</c>: whether k0sctl drains a node before upgrading it (default <see langword="true"/>).</summary>
        /// <param name="enabled">Whether to drain.</param>
        /// <returns>This builder.</returns>
        public K0sctlDrainBuilder Enabled(bool enabled = true)
        {
            Bool(K0sctlKeys.Enabled, enabled);
            return this;
        }

        /// <summary>Sets <c>gracePeriod</c>, written as a Go duration (default 2m0s; <c>--grace-period</c> in whole seconds).</summary>
        /// <param name="gracePeriod">How long each pod gets to stop.</param>
        /// <returns>This builder.</returns>
        public K0sctlDrainBuilder GracePeriod(TimeSpan gracePeriod)
        {
            Duration(K0sctlKeys.GracePeriod, gracePeriod);
            return this;
        }

        /// <summary>Sets <c>timeout</c>, written as a Go duration (default 5m0s; 0 waits forever).</summary>
        /// <param name="timeout">How long the drain may take.</param>
        /// <returns>This builder.</returns>
        public K0sctlDrainBuilder Timeout(TimeSpan timeout)
        {
            Duration(K0sctlKeys.Timeout, timeout);
            return this;
        }

        /// <summary>Sets <c>force</c>: also evict pods no controller manages (default <see langword="true"/>).</summary>
        /// <param name="force">Whether to force.</param>
        /// <returns>This builder.</returns>
        public K0sctlDrainBuilder Force(bool force = true)
        {
            Bool(K0sctlKeys.Force, force);
            return this;
        }

        /// <summary>Sets <c>ignoreDaemonSets</c> (default <see langword="true"/>).</summary>
        /// <param name="ignore">Whether DaemonSet pods are left alone.</param>
        /// <returns>This builder.</returns>
        public K0sctlDrainBuilder IgnoreDaemonSets(bool ignore = true)
        {
            Bool(K0sctlKeys.IgnoreDaemonSets, ignore);
            return this;
        }

        /// <summary>Sets <c>deleteEmptyDirData</c>: evict pods with emptyDir volumes, losing their data (default <see langword="true"/>).</summary>
        /// <param name="delete">Whether to.</param>
        /// <returns>This builder.</returns>
        public K0sctlDrainBuilder DeleteEmptyDirData(bool delete = true)
        {
            Bool(K0sctlKeys.DeleteEmptyDirData, delete);
            return this;
        }

        /// <summary>Sets <c>podSelector</c>: only pods matching this label selector are evicted (default: all).</summary>
        /// <param name="selector">Such as <c>app!=critical</c>.</param>
        /// <returns>This builder.</returns>
        public K0sctlDrainBuilder PodSelector(string selector)
        {
            Text(K0sctlKeys.PodSelector, selector);
            return this;
        }

        /// <summary>Sets <c>skipWaitForDeleteTimeout</c>, written as a Go duration (default 0s, off).</summary>
        /// <param name="timeout">Pods whose deletion is older than this are not waited for.</param>
        /// <returns>This builder.</returns>
        public K0sctlDrainBuilder SkipWaitForDeleteTimeout(TimeSpan timeout)
        {
            Duration(K0sctlKeys.SkipWaitForDeleteTimeout, timeout);
            return this;
        }
    }

    /// <summary>Configures <c>spec.options.concurrency</c>.</summary>
    public sealed class K0sctlConcurrencyBuilder : K0sctlOptionSection
    {
        internal K0sctlConcurrencyBuilder()
            : base("spec.options.concurrency", K0sctlKeys.Limit, K0sctlKeys.WorkerDisruptionPercent, K0sctlKeys.Uploads)
        {
        }

        /// <summary>Sets <c>limit</c>: at most this many hosts at once (default 30).</summary>
        /// <param name="limit">The number of hosts.</param>
        /// <returns>This builder.</returns>
        public K0sctlConcurrencyBuilder Limit(int limit)
        {
            Int(K0sctlKeys.Limit, limit);
            return this;
        }

        /// <summary>Sets <c>workerDisruptionPercent</c>: at most this share of the workers is upgraded at once (default 10).</summary>
        /// <param name="percent">A percentage.</param>
        /// <returns>This builder.</returns>
        public K0sctlConcurrencyBuilder WorkerDisruptionPercent(int percent)
        {
            Int(K0sctlKeys.WorkerDisruptionPercent, percent);
            return this;
        }

        /// <summary>Sets <c>uploads</c>: at most this many file uploads at once (default 5).</summary>
        /// <param name="uploads">The number of uploads.</param>
        /// <returns>This builder.</returns>
        public K0sctlConcurrencyBuilder Uploads(int uploads)
        {
            Int(K0sctlKeys.Uploads, uploads);
            return this;
        }
    }

    /// <summary>Configures <c>spec.options.evictTaint</c>.</summary>
    public sealed class K0sctlEvictTaintBuilder : K0sctlOptionSection
    {
        internal K0sctlEvictTaintBuilder()
            : base("spec.options.evictTaint", K0sctlKeys.Enabled, K0sctlKeys.Taint, K0sctlKeys.Effect, K0sctlKeys.ControllerWorkers)
        {
        }

        /// <summary>Sets <c>enabled</c>: whether k0sctl taints a node before upgrading or resetting it (default <see langword="false"/>).</summary>
        /// <param name="enabled">Whether to.</param>
        /// <returns>This builder.</returns>
        public K0sctlEvictTaintBuilder Enabled(bool enabled = true)
        {
            Bool(K0sctlKeys.Enabled, enabled);
            return this;
        }

        /// <summary>
        /// Sets <c>taint</c> (default <c>k0sctl.k0sproject.io/evict=true</c>), as <c>key=value</c>: k0sctl v0.32 reads any
        /// text here (its check for the form is never called) and passes it on when it taints the node.
        /// </summary>
        /// <param name="taint">The taint, such as <c>example.com/evict=true</c>.</param>
        /// <returns>This builder.</returns>
        public K0sctlEvictTaintBuilder Taint(string taint)
        {
            Text(K0sctlKeys.Taint, taint);
            return this;
        }

        /// <summary>Sets <c>effect</c> (default <c>NoExecute</c>).</summary>
        /// <param name="effect">The taint's effect.</param>
        /// <returns>This builder.</returns>
        public K0sctlEvictTaintBuilder Effect(K0sctlTaintEffect effect)
        {
            Text(K0sctlKeys.Effect, K0sctlSpellings.Of(Guard.Defined(effect, nameof(effect), "spec.options.evictTaint.effect")));
            return this;
        }

        /// <summary>Sets <c>controllerWorkers</c>: taint controller+worker nodes too (default <see langword="false"/>).</summary>
        /// <param name="taint">Whether to.</param>
        /// <returns>This builder.</returns>
        public K0sctlEvictTaintBuilder ControllerWorkers(bool taint = true)
        {
            Bool(K0sctlKeys.ControllerWorkers, taint);
            return this;
        }
    }
}
