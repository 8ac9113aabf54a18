using System;
using System.Collections.Generic;

namespace K0sConfig
{
    /// <summary><c>spec.api</c>: what the configuration sets; <see langword="null"/> means "k0s's default".</summary>
    public sealed class ApiSpec
    {
        internal ApiSpec(ConfigNode node) => Node = node;

        internal ConfigNode Node { get; }

        /// <summary><c>address</c> (default: the host's first public address).</summary>
        public string? Address => Node.Written(nameof(ApiBuilder.Address)) as string;

        /// <summary><c>externalAddress</c>: load balancer address, DNS name, or host:port (default: none).</summary>
        public string? ExternalAddress => Node.Written(nameof(ApiBuilder.ExternalAddress)) as string;

        /// <summary>
        /// <c>sans</c>: extra subject alternative names for the API server certificate (default: none), each value once
        /// (the k0s CRD declares the list a set).
        /// </summary>
        public IReadOnlyList<string>? Sans => Node.Written(nameof(ApiBuilder.Sans)) as IReadOnlyList<string>;


        /// <summary><c>onlyBindToAddress</c> (default <see langword="false"/>: kube-apiserver binds to every address).</summary>
        public bool? OnlyBindToAddress => Node.Written(nameof(ApiBuilder.OnlyBindToAddress)) as bool?;

        /// <summary><c>port</c> (default 6443).</summary>
        public int? Port => Node.Written(nameof(ApiBuilder.Port)) as int?;

        /// <summary><c>k0sApiPort</c> (default 9443).</summary>
        public int? K0sApiPort => Node.Written(nameof(ApiBuilder.K0sApiPort)) as int?;

        /// <summary><c>extraArgs</c>: extra kube-apiserver flags, without leading dashes.</summary>
        public ArgsMap ExtraArgs => Node.Written(nameof(ApiBuilder.ExtraArg)) as ArgsMap ?? new ArgsMap();
    }

    /// <summary><c>spec.controllerManager</c>.</summary>
    public sealed class ControllerManagerSpec
    {
        internal ControllerManagerSpec(ConfigNode node, HashSet<string> typedKeys, HashSet<string> rawKeys)
        {
            Node = node;
            TypedKeys = typedKeys;
            RawKeys = rawKeys;
        }

        internal ConfigNode Node { get; }

        /// <summary><c>extraArgs</c>: extra kube-controller-manager flags, including the node CIDR mask sizes.</summary>
        public ArgsMap ExtraArgs => Node.Written(nameof(ControllerManagerBuilder.ExtraArg)) as ArgsMap ?? new ArgsMap();

        /// <summary>The extraArgs keys a typed method such as <c>NodeCidrMaskSize</c> wrote.</summary>
        internal HashSet<string> TypedKeys { get; }

        /// <summary>The extraArgs keys <c>ExtraArg</c> wrote.</summary>
        internal HashSet<string> RawKeys { get; }


    }
}
