using System.Collections.Generic;
using System.Numerics;
using K0sConfig.Rules.Parsing;

namespace K0sConfig.Rules
{
    /// <summary>
    /// Values k0s derives from the facts, computed once per evaluation: effective CIDRs, dual-stack, the
    /// provider, the primary address family, the node masks. <see langword="null"/> means "cannot be known".
    /// </summary>
    internal sealed class NetworkView
    {
        public const string DefaultPodCidr = "10.244.0.0/16";
        public const string DefaultServiceCidr = "10.96.0.0/12";
        public const string DefaultProvider = FieldValues.NetworkProvider.Kuberouter;
        public const string DefaultCalicoMode = FieldValues.CalicoMode.Vxlan;

        /// <summary>The paths of the facts a view reads: what a rule that reads <see cref="RuleContext.Network"/> declares it reads.</summary>
        public static readonly IReadOnlyList<string> Reads = new[]
        {
            FieldPaths.PodCidr, FieldPaths.ServiceCidr, FieldPaths.IPv6PodCidr, FieldPaths.IPv6ServiceCidr, FieldPaths.DualStackEnabled,
            FieldPaths.Provider, FieldPaths.PrimaryAddressFamily, FieldPaths.ApiAddress, FieldPaths.ExternalAddress, FieldPaths.ControllerManagerExtraArgs,
        };

        private readonly ClusterFacts _facts;
        private readonly K0sVersion _version;
        private NodeMasks? _masks;
        private IReadOnlyList<PodRange>? _podRanges;

        public NetworkView(ClusterFacts facts, K0sVersion version)
        {
            _facts = facts;
            _version = version;
            Pod = new CidrField(FieldPaths.PodCidr, facts.PodCidr, DefaultPodCidr);
            Service = new CidrField(FieldPaths.ServiceCidr, facts.ServiceCidr, DefaultServiceCidr);
            IPv6Pod = new CidrField(FieldPaths.IPv6PodCidr, facts.IPv6PodCidr, null);
            IPv6Service = new CidrField(FieldPaths.IPv6ServiceCidr, facts.IPv6ServiceCidr, null);
            DualStack = facts.DualStackEnabled.TryGetEffective(false, out bool dual) ? dual : (bool?)null;
            Provider = facts.Provider.TryGetEffective(DefaultProvider, out string provider) ? provider : null;
            if (DualStack == true)
            {
                SingleStackIPv6 = false;
            }
            else if (DualStack == false && Pod.IsValid)
            {
                SingleStackIPv6 = Pod.IsIPv6;
            }

            PrimaryFamily = HasPrimaryAddressFamily(version) ? ComputePrimaryFamily(facts, out bool explicitFamily) : AddressFamily(facts, out explicitFamily);
            PrimaryFamilyIsExplicit = explicitFamily;
        }

        public CidrField Pod { get; }

        public CidrField Service { get; }

        public CidrField IPv6Pod { get; }

        public CidrField IPv6Service { get; }

        /// <summary>Dual-stack is enabled (unset means off).</summary>
        public bool? DualStack { get; }

        public object? DualStackOrigin => _facts.DualStackEnabled.Origin;

        /// <summary>The network provider k0s deploys (unset means kuberouter).</summary>
        public string? Provider { get; }

        public object? ProviderOrigin => _facts.Provider.Origin;

        /// <summary>Single-stack with an IPv6 podCIDR (false when dual-stack).</summary>
        public bool? SingleStackIPv6 { get; }

        /// <summary><c>IPv4</c> or <c>IPv6</c> as k0s resolves it (ClusterSpec.PrimaryAddressFamily).</summary>
        public string? PrimaryFamily { get; }

        /// <summary>The primary family is written in the configuration, not derived.</summary>
        public bool PrimaryFamilyIsExplicit { get; }

        /// <summary>The k0s version the values are derived for.</summary>
        public K0sVersion Version => _version;

        public NodeMasks Masks => _masks ??= NodeMasks.Compute(_facts, DualStack, SingleStackIPv6, _version);

        /// <summary>k0s 1.34.1 brought <c>spec.network.primaryAddressFamily</c>; before it, the API address's family came first.</summary>
        public static bool HasPrimaryAddressFamily(K0sVersion version) => VersionFacts.HasAddressFamilyChecks(version);

        /// <summary>
        /// The pod ranges kube-controller-manager splits into node ranges, each with its node mask; empty when
        /// the masks cannot be known or kube-controller-manager would not start because of its flags.
        /// </summary>
        public IReadOnlyList<PodRange> PodRanges => _podRanges ??= ComputePodRanges();

        /// <summary>k0s's <c>APISpec.ExternalHost</c>: the host part of host:port, else the whole value.</summary>
        public static string ExternalHost(string externalAddress)
            => GoNet.TrySplitHostPort(externalAddress, out string host, out _, out _) && host.Length != 0 ? host : externalAddress;

        private IReadOnlyList<PodRange> ComputePodRanges()
        {
            var ranges = new List<PodRange>(2);
            NodeMasks masks = Masks;
            if (!masks.IsKnown || masks.Error != null)
            {
                return ranges;
            }

            if (DualStack == true)
            {
                Add(ranges, Pod, masks.IPv4, wantIPv4: true);
                Add(ranges, IPv6Pod, masks.IPv6, wantIPv4: false);
            }
            else if (DualStack == false && Pod.IsValid)
            {
                Add(ranges, Pod, Pod.IsIPv4 ? masks.IPv4 : masks.IPv6, wantIPv4: Pod.IsIPv4);
            }

            return ranges;
        }

        private static void Add(List<PodRange> ranges, CidrField pod, NodeMask mask, bool wantIPv4)
        {
            if (pod.IsArithmetic && pod.IsIPv4 == wantIPv4)
            {
                ranges.Add(new PodRange(pod, mask));
            }
        }

        /// <summary>
        /// Before k0s 1.34.1: the family of api.address, which k0s's Network.BuildServiceCIDR puts first in dual-stack
        /// (k0s v1.33.13+k0s.1 pkg/apis/k0s/v1beta1/network.go); a host name or an unset address cannot be known.
        /// </summary>
        private static string? AddressFamily(ClusterFacts facts, out bool isExplicit)
        {
            isExplicit = false;
            Fact<string> address = facts.ApiAddress;
            if (!address.IsKnown || string.IsNullOrEmpty(address.Value) || !GoNet.TryParseIP(address.Value!, out byte[] ip, out _))
            {
                return null;
            }

            return GoNet.IsV4Mapped(ip) ? FieldValues.IPFamily.IPv4 : FieldValues.IPFamily.IPv6;
        }

        private static string? ComputePrimaryFamily(ClusterFacts facts, out bool isExplicit)
        {
            isExplicit = false;
            Fact<string> family = facts.PrimaryAddressFamily;
            if (family.IsUnknown)
            {
                return null;
            }

            if (family.IsKnown && !string.IsNullOrEmpty(family.Value))
            {
                isExplicit = true;
                return family.Value == FieldValues.IPFamily.IPv4 || family.Value == FieldValues.IPFamily.IPv6 ? family.Value : null;
            }

            // k0s: netip.ParseAddr(cmp.Or(api.ExternalHost(), api.Address)).Is6() ? IPv6 : IPv4.
            Fact<string> external = facts.ExternalAddress;
            string candidate;
            if (external.IsUnknown)
            {
                return null;
            }

            if (external.IsKnown && !string.IsNullOrEmpty(external.Value))
            {
                candidate = ExternalHost(external.Value);
            }
            else if (facts.ApiAddress.IsKnown && !string.IsNullOrEmpty(facts.ApiAddress.Value))
            {
                candidate = facts.ApiAddress.Value;
            }
            else
            {
                // Unset address: k0s takes the host's first public address, which only the host knows.
                return null;
            }

            return GoNet.TryParseAddr(candidate, out _, out bool is4, out _, out _) && !is4 ? FieldValues.IPFamily.IPv6 : FieldValues.IPFamily.IPv4;
        }
    }

    /// <summary>A pod range with the node mask kube-controller-manager splits it by.</summary>
    internal sealed class PodRange
    {
        public PodRange(CidrField pod, NodeMask mask)
        {
            Pod = pod;
            Mask = mask;
        }

        public CidrField Pod { get; }

        public NodeMask Mask { get; }

        public int FamilyBits => Pod.Cidr.FamilyBits;

        public int Prefix => Pod.Cidr.FamilyPrefix;

        public string FamilyName => FamilyBits == 32 ? FieldValues.IPFamily.IPv4 : FieldValues.IPFamily.IPv6;

        /// <summary>The mask is a size kube-controller-manager can use for this family (1..32 or 1..128).</summary>
        public bool MaskIsValid => Mask.Size >= 1 && Mask.Size <= FamilyBits;

        /// <summary>The pod CIDR is no longer than the node mask.</summary>
        public bool Fits => MaskIsValid && Prefix <= Mask.Size;

        /// <summary>kube-controller-manager's CIDR set allows at most 16 bits between the IPv6 cluster CIDR and the node mask.</summary>
        public bool WithinCidrSetLimit => FamilyBits == 32 || Mask.Size - Prefix <= 16;

        public bool IsUsable => Fits && WithinCidrSetLimit;

        public BigInteger Nodes => BigInteger.One << (Mask.Size - Prefix);

        public BigInteger AddressesPerNode => BigInteger.One << (FamilyBits - Mask.Size);

        /// <summary>The pod CIDR's network with prefix <paramref name="prefix"/>, such as <c>10.244.0.0/24</c>.</summary>
        public string PodWithPrefix(int prefix)
            => new System.Net.IPNetwork2(Pod.Cidr.ToNetwork().Network, (byte)prefix).Network + "/" + prefix.ToInvariant();

        /// <summary>A fix that sets the node mask to <paramref name="size"/>, when it is written and that makes no new error or warning.</summary>
        public FindingFix? SetMask(RuleContext context, Rule rule, string findingPath, string key, int size)
        {
            if (Mask.Source != NodeMaskSource.Configured)
            {
                return null;
            }

            NodeMask mask = Mask;
            string text = size.ToInvariant();
            ExtraArgsFacts args = context.Facts.ControllerManagerExtraArgs;
            return context.Offer(
                rule,
                findingPath,
                RuleContext.Fix(key, "Set " + mask.Flag + " to " + text, FixEdit.Replace(mask.Origin, text)),
                f => f.ControllerManagerExtraArgs = RuleContext.With(args, mask.Flag, Fact<string>.Known(text, mask.Origin)));
        }
    }
}
