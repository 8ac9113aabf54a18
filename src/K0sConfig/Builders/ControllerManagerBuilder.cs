using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using K0sConfig.Rules;

namespace K0sConfig
{
    /// <summary>Configures <c>spec.controllerManager</c>.</summary>
    public sealed class ControllerManagerBuilder
    {
        private readonly ConfigNode _node = new ConfigNode(FieldPaths.ControllerManager);
        private readonly HashSet<string> _typedKeys = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _rawKeys = new HashSet<string>(StringComparer.Ordinal);

        internal ControllerManagerBuilder()
        {
        }

        /// <summary>
        /// Sets <c>spec.controllerManager.extraArgs.node-cidr-mask-size</c>, the size of each node's pod range in a
        /// single-stack cluster (k0s's default: 24 for IPv4, 117 for IPv6). Not allowed with dual-stack (K0S404).
        /// Checked by K0S401, K0S402, K0S403, K0S404, K0S405.
        /// </summary>
        /// <param name="size">A prefix length: 1 to 32 for IPv4, 1 to 128 for IPv6.</param>
        /// <returns>This builder.</returns>
        public ControllerManagerBuilder NodeCidrMaskSize(int size) => Typed(size);

        /// <summary>
        /// Sets <c>spec.controllerManager.extraArgs.node-cidr-mask-size-ipv4</c>, the size of each node's IPv4 pod
        /// range in a dual-stack cluster (k0s's default: 24). Single-stack clusters use <see cref="NodeCidrMaskSize"/>
        /// (K0S404). Checked by K0S401, K0S402, K0S404, K0S405.
        /// </summary>
        /// <param name="size">A prefix length from 1 to 32.</param>
        /// <returns>This builder.</returns>
        public ControllerManagerBuilder NodeCidrMaskSizeIPv4(int size) => Typed(size);

        /// <summary>
        /// Sets <c>spec.controllerManager.extraArgs.node-cidr-mask-size-ipv6</c>, the size of each node's IPv6 pod
        /// range in a dual-stack cluster (k0s's default: 117). Single-stack clusters use <see cref="NodeCidrMaskSize"/>
        /// (K0S404). Checked by K0S401, K0S402, K0S403, K0S404, K0S405.
        /// </summary>
        /// <param name="size">A prefix length from 1 to 128.</param>
        /// <returns>This builder.</returns>
        public ControllerManagerBuilder NodeCidrMaskSizeIPv6(int size) => Typed(size);

        /// <summary>
        /// Sets one entry of <c>spec.controllerManager.extraArgs</c>, an extra kube-controller-manager flag that
        /// overrides k0s's value. Checked by K0S401, K0S404, K0S601, K0S602.
        /// </summary>
        /// <param name="name">The flag name, without leading dashes.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public ControllerManagerBuilder ExtraArg(string name, string value)
        {
            string key = Guard.ArgName(name, nameof(name), _node.PathOf());
            _node.Map().Set(key, Guard.NotNull(value, nameof(value), _node.PathOf()));
            _rawKeys.Add(key);
            return this;
        }

        internal ControllerManagerSpec? Snapshot()
            => _node.IsEmpty ? null : new ControllerManagerSpec(_node.Clone(), new HashSet<string>(_typedKeys, StringComparer.Ordinal), new HashSet<string>(_rawKeys, StringComparer.Ordinal));

        private ControllerManagerBuilder Typed(int size, [CallerMemberName] string method = "")
        {
            string key = TypedExtraArgs.FlagOf(method)!;
            _node.Map(nameof(ExtraArg)).Set(key, size.ToString(CultureInfo.InvariantCulture));
            _typedKeys.Add(key);
            return this;
        }

        /// <summary>
        /// Sets <c>spec.controllerManager.rawArgs</c>: arguments k0s passes to kube-controller-manager as written, after its extraArgs and unchecked (k0s 1.34 and later;
        /// prefer <c>ExtraArg</c>, which k0s merges with the flags it sets itself).
        /// </summary>
        /// <param name="args">The arguments, each as the command line takes it, such as <c>--v=4</c>.</param>
        /// <returns>This builder.</returns>
        public ControllerManagerBuilder RawArgs(params string[] args)
        {
            _node.Set(Lists.Copy(args, nameof(args), _node.PathOf(), "arguments such as \"--v=4\""));
            return this;
        }
    }
}
