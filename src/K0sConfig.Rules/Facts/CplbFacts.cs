using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>One entry of <c>spec.network.controlPlaneLoadBalancing.keepalived.vrrpInstances</c>.</summary>
    public sealed class VrrpInstanceFacts : IKnownOrigins
    {
        /// <summary>Where the instance was written (the call or YAML node that made it).</summary>
        public object? Origin { get; set; }

        /// <summary><c>virtualIPs</c>: CIDRs (required, a set).</summary>
        public Fact<IReadOnlyList<Fact<string>>> VirtualIPs { get; set; }

        /// <summary><c>interface</c> (default: the NIC of the default route).</summary>
        public Fact<string> Interface { get; set; }

        /// <summary><c>virtualRouterID</c> (0 or unset: 51 + the instance's index).</summary>
        public Fact<long> VirtualRouterId { get; set; }

        /// <summary><c>advertIntervalSeconds</c> (default 1).</summary>
        public Fact<long> AdvertIntervalSeconds { get; set; }

        /// <summary><c>authPass</c> (required, at most 8 characters).</summary>
        public Fact<string> AuthPass { get; set; }

        /// <summary><c>unicastPeers</c>: IP addresses (a set; default none, multicast).</summary>
        public Fact<IReadOnlyList<Fact<string>>> UnicastPeers { get; set; }

        /// <summary><c>unicastSourceIP</c> (required with unicast peers).</summary>
        public Fact<string> UnicastSourceIP { get; set; }

        /// <summary><c>addressLabel</c> (uint32; 0 or unset: 10000; 0xffffffff is reserved).</summary>
        public Fact<long> AddressLabel { get; set; }

        internal VrrpInstanceFacts Map(Func<object?, bool> keep)
            => new VrrpInstanceFacts
            {
                Origin = Origin,
                VirtualIPs = ClusterFacts.Keep(VirtualIPs, keep),
                Interface = ClusterFacts.Keep(Interface, keep),
                VirtualRouterId = ClusterFacts.Keep(VirtualRouterId, keep),
                AdvertIntervalSeconds = ClusterFacts.Keep(AdvertIntervalSeconds, keep),
                AuthPass = ClusterFacts.Keep(AuthPass, keep),
                UnicastPeers = ClusterFacts.Keep(UnicastPeers, keep),
                UnicastSourceIP = ClusterFacts.Keep(UnicastSourceIP, keep),
                AddressLabel = ClusterFacts.Keep(AddressLabel, keep),
            };

        bool IKnownOrigins.AllKnownOrigins(Func<object, bool> test)
            => ClusterFacts.Passes(VirtualIPs.State, VirtualIPs.Origin, test)
               && ClusterFacts.Passes(Interface.State, Interface.Origin, test)
               && ClusterFacts.Passes(VirtualRouterId.State, VirtualRouterId.Origin, test)
               && ClusterFacts.Passes(AdvertIntervalSeconds.State, AdvertIntervalSeconds.Origin, test)
               && ClusterFacts.Passes(AuthPass.State, AuthPass.Origin, test)
               && ClusterFacts.Passes(UnicastPeers.State, UnicastPeers.Origin, test)
               && ClusterFacts.Passes(UnicastSourceIP.State, UnicastSourceIP.Origin, test)
               && ClusterFacts.Passes(AddressLabel.State, AddressLabel.Origin, test);
    }

    /// <summary>One entry of <c>spec.network.controlPlaneLoadBalancing.keepalived.virtualServers</c>.</summary>
    public sealed class VirtualServerFacts : IKnownOrigins
    {
        /// <summary>Where the virtual server was written.</summary>
        public object? Origin { get; set; }

        /// <summary><c>ipAddress</c> (required; the list's map key).</summary>
        public Fact<string> IPAddress { get; set; }

        /// <summary><c>delayLoop</c> (default 1m; truncated to microseconds, must stay positive).</summary>
        public Fact<TimeSpan> DelayLoop { get; set; }

        /// <summary><c>lbAlgo</c> (default <c>rr</c>).</summary>
        public Fact<string> LbAlgo { get; set; }

        /// <summary><c>lbKind</c> (default <c>DR</c>).</summary>
        public Fact<string> LbKind { get; set; }

        /// <summary><c>persistenceTimeoutSeconds</c> (0 or unset: 360; 1..2678400).</summary>
        public Fact<long> PersistenceTimeoutSeconds { get; set; }

        internal VirtualServerFacts Map(Func<object?, bool> keep)
            => new VirtualServerFacts
            {
                Origin = Origin,
                IPAddress = ClusterFacts.Keep(IPAddress, keep),
                DelayLoop = ClusterFacts.Keep(DelayLoop, keep),
                LbAlgo = ClusterFacts.Keep(LbAlgo, keep),
                LbKind = ClusterFacts.Keep(LbKind, keep),
                PersistenceTimeoutSeconds = ClusterFacts.Keep(PersistenceTimeoutSeconds, keep),
            };

        bool IKnownOrigins.AllKnownOrigins(Func<object, bool> test)
            => ClusterFacts.Passes(IPAddress.State, IPAddress.Origin, test)
               && ClusterFacts.Passes(DelayLoop.State, DelayLoop.Origin, test)
               && ClusterFacts.Passes(LbAlgo.State, LbAlgo.Origin, test)
               && ClusterFacts.Passes(LbKind.State, LbKind.Origin, test)
               && ClusterFacts.Passes(PersistenceTimeoutSeconds.State, PersistenceTimeoutSeconds.Origin, test);
    }

    /// <summary>An entry of a list in the facts whose values each have an origin.</summary>
    internal interface IKnownOrigins
    {
        /// <summary>Whether <paramref name="test"/> holds for the origin of every known value of the entry.</summary>
        /// <param name="test">The test of one origin.</param>
        /// <returns>Whether every known value's origin passes.</returns>
        bool AllKnownOrigins(Func<object, bool> test);
    }
}
