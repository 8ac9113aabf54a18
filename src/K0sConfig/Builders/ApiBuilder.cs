using System;
using K0sConfig.Rules;
using System.Linq;

namespace K0sConfig
{
    /// <summary>Configures <c>spec.api</c>.</summary>
    public sealed class ApiBuilder
    {
        private readonly ConfigNode _node = new ConfigNode(FieldPaths.Api);
        private bool _touched;

        internal ApiBuilder()
        {
        }

        /// <summary>
        /// Sets <c>spec.api.address</c>, the address kube-apiserver advertises (default: the host's first public
        /// address). Must be an IP address, not 0.0.0.0 or ::. Checked by K0S103, K0S206.
        /// </summary>
        /// <param name="address">An IPv4 or IPv6 address.</param>
        /// <returns>This builder.</returns>
        public ApiBuilder Address(string address)
        {
            _node.SetText(address, nameof(address));
            return Touch();
        }

        /// <summary>
        /// Sets <c>spec.api.externalAddress</c>, the load balancer in front of the controllers: an IP, a DNS name,
        /// or host:port (default: none). Checked by K0S104, K0S207, K0S701.
        /// </summary>
        /// <param name="address">An IP address, a DNS name, or host:port.</param>
        /// <returns>This builder.</returns>
        public ApiBuilder ExternalAddress(string address)
        {
            _node.SetText(address, nameof(address));
            return Touch();
        }

        /// <summary>
        /// Sets <c>spec.api.sans</c>, extra names for the API server certificate, replacing any set before
        /// (default: none). Each must be an IP address or a DNS name. The k0s CRD declares the list a set: a value
        /// given twice is written once, and K0S108 warns. Checked by K0S104, K0S108.
        /// </summary>
        /// <param name="sans">IP addresses or DNS names.</param>
        /// <returns>This builder.</returns>
        public ApiBuilder Sans(params string[] sans)
        {
            if (sans == null || sans.Any(s => s == null))
            {
                throw new ArgumentNullException(nameof(sans), _node.PathOf() + " cannot hold null; pass IP addresses or DNS names.");
            }

            foreach (string san in sans)
            {
                Guard.Unicode(san, nameof(sans), _node.PathOf());
            }

            _node.SetList(Array.AsReadOnly((string[])sans.Clone()));
            return Touch();
        }

        /// <summary>
        /// Sets <c>spec.api.onlyBindToAddress</c>: kube-apiserver binds to <c>spec.api.address</c> only instead of every
        /// address (default <see langword="false"/>).
        /// </summary>
        /// <param name="enabled">Whether kube-apiserver binds to the API address only.</param>
        /// <returns>This builder.</returns>
        public ApiBuilder OnlyBindToAddress(bool enabled = true)
        {
            _node.Set(enabled);
            return Touch();
        }

        /// <summary>Sets <c>spec.api.port</c>, kube-apiserver's port (default 6443). Checked by K0S106.</summary>
        /// <param name="port">A port from 1 to 65535.</param>
        /// <returns>This builder.</returns>
        public ApiBuilder Port(int port)
        {
            _node.Set(port);
            return Touch();
        }

        /// <summary>Sets <c>spec.api.k0sApiPort</c>, the k0s API's port (default 9443). Checked by K0S106.</summary>
        /// <param name="port">A port from 1 to 65535.</param>
        /// <returns>This builder.</returns>
        public ApiBuilder K0sApiPort(int port)
        {
            _node.Set(port);
            return Touch();
        }

        /// <summary>Sets one entry of <c>spec.api.extraArgs</c>, an extra kube-apiserver flag. Checked by K0S601, K0S602.</summary>
        /// <param name="name">The flag name, without leading dashes.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public ApiBuilder ExtraArg(string name, string value)
        {
            _node.SetArg(name, value);
            return Touch();
        }

        internal ApiSpec? Snapshot() => _touched ? new ApiSpec(_node.Clone()) : null;

        private ApiBuilder Touch()
        {
            _touched = true;
            return this;
        }

        /// <summary>
        /// Sets <c>spec.api.rawArgs</c>: arguments k0s passes to kube-apiserver as written, after its extraArgs and unchecked (k0s 1.34 and later;
        /// prefer <c>ExtraArg</c>, which k0s merges with the flags it sets itself).
        /// </summary>
        /// <param name="args">The arguments, each as the command line takes it, such as <c>--v=4</c>.</param>
        /// <returns>This builder.</returns>
        public ApiBuilder RawArgs(params string[] args)
        {
            _node.Set(Lists.Copy(args, nameof(args), _node.PathOf(), "arguments such as \"--v=4\""));
            return Touch();
        }
    }
}
