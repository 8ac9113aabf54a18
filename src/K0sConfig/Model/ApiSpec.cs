using System;
using System.Collections.Generic;

namespace K0sConfig
{
    /// <summary><c>spec.api</c>: what the configuration sets; <see langword="null"/> means "k0s's default".</summary>
    public sealed class ApiSpec
    {
        internal ApiSpec()
        {
        }

        /// <summary><c>address</c> (default: the host's first public address).</summary>
        public string? Address { get; internal set; }

        /// <summary><c>externalAddress</c>: load balancer address, DNS name, or host:port (default: none).</summary>
        public string? ExternalAddress { get; internal set; }

        /// <summary>
        /// <c>sans</c>: extra subject alternative names for the API server certificate (default: none), each value once
        /// (the k0s CRD declares the list a set).
        /// </summary>
        public IReadOnlyList<string>? Sans { get; internal set; }

        /// <summary>The sans as the configuration gave them, duplicates included (reported by rule K0S108).</summary>
        internal IReadOnlyList<string>? SansAsGiven { get; set; }

        /// <summary><c>onlyBindToAddress</c> (default <see langword="false"/>: kube-apiserver binds to every address).</summary>
        public bool? OnlyBindToAddress { get; internal set; }

        /// <summary><c>port</c> (default 6443).</summary>
        public int? Port { get; internal set; }

        /// <summary><c>k0sApiPort</c> (default 9443).</summary>
        public int? K0sApiPort { get; internal set; }

        /// <summary><c>extraArgs</c>: extra kube-apiserver flags, without leading dashes.</summary>
        public ArgsMap ExtraArgs { get; private set; } = new ArgsMap();

        internal ApiSpec Clone()
        {
            var copy = (ApiSpec)MemberwiseClone();
            copy.ExtraArgs = ExtraArgs.Clone();
            copy.Sans = Sans == null ? null : Array.AsReadOnly(new List<string>(Sans).ToArray());
            copy.SansAsGiven = SansAsGiven == null ? null : Array.AsReadOnly(new List<string>(SansAsGiven).ToArray());
            return copy;
        }
    }

    /// <summary><c>spec.controllerManager</c>.</summary>
    public sealed class ControllerManagerSpec
    {
        internal ControllerManagerSpec()
        {
        }

        /// <summary><c>extraArgs</c>: extra kube-controller-manager flags, including the node CIDR mask sizes.</summary>
        public ArgsMap ExtraArgs { get; private set; } = new ArgsMap();

        /// <summary>Keys written by the typed helpers (<c>NodeCidrMaskSize*</c>).</summary>
        internal HashSet<string> TypedKeys { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Keys written by <c>ExtraArg</c>.</summary>
        internal HashSet<string> RawKeys { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

        internal ControllerManagerSpec Clone()
        {
            var copy = (ControllerManagerSpec)MemberwiseClone();
            copy.ExtraArgs = ExtraArgs.Clone();
            copy.TypedKeys = new HashSet<string>(TypedKeys, StringComparer.Ordinal);
            copy.RawKeys = new HashSet<string>(RawKeys, StringComparer.Ordinal);
            return copy;
        }
    }
}
