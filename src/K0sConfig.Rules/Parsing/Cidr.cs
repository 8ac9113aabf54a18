using System;
using System.Globalization;
using System.Net;
using System.Numerics;

namespace K0sConfig.Rules.Parsing
{
    /// <summary>A CIDR as Go's <c>net.ParseCIDR</c> returns it, with the views the rules need.</summary>
    internal readonly struct Cidr
    {
        private readonly byte[] _ip16;

        public Cidr(byte[] ip16, int prefix, int bits, bool prefixHasLeadingZeros)
        {
            _ip16 = ip16;
            Prefix = prefix;
            Bits = bits;
            PrefixHasLeadingZeros = prefixHasLeadingZeros;
        }

        /// <summary>The prefix length as written (out of <see cref="Bits"/>).</summary>
        public int Prefix { get; }

        /// <summary>32 for an address written in IPv4 form, 128 for one written in IPv6 form.</summary>
        public int Bits { get; }

        /// <summary>The prefix length was written with leading zeros (<c>/016</c>), which Go accepts.</summary>
        public bool PrefixHasLeadingZeros { get; }

        /// <summary>
        /// The family as k0s and Kubernetes decide it: Go's <c>ip.To4() != nil</c>. An IPv4-mapped IPv6
        /// address (<c>::ffff:10.0.0.0/104</c>) counts as IPv4 here.
        /// </summary>
        public bool IsIPv4 => GoNet.IsV4Mapped(_ip16);

        /// <summary>An IPv4 network written in IPv4-mapped IPv6 form (<c>::ffff:10.0.0.0/104</c>).</summary>
        public bool IsMappedForm => Bits == 128 && IsIPv4;

        /// <summary>The address bits below the prefix are not all zero (<c>10.244.0.1/16</c>).</summary>
        public bool HasHostBits
        {
            get
            {
                byte[] network = Network16();
                for (int i = 0; i < 16; i++)
                {
                    if (network[i] != _ip16[i])
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>True when the CIDR is written the way Go prints it back (<c>ipnet.String()</c>).</summary>
        public bool IsCanonical => !HasHostBits && !PrefixHasLeadingZeros && !IsMappedForm;

        /// <summary>
        /// Address bits of the family the rules compute with: 32 for IPv4 (including the mapped form when its
        /// prefix covers the mapping), 128 for IPv6.
        /// </summary>
        public int FamilyBits => Bits == 32 || (IsMappedForm && Prefix >= 96) ? 32 : 128;

        /// <summary>The prefix length within <see cref="FamilyBits"/>.</summary>
        public int FamilyPrefix => Bits == 128 && FamilyBits == 32 ? Prefix - 96 : Prefix;

        /// <summary>The canonical form, as Go's <c>ipnet.String()</c> prints it (<c>10.244.0.0/16</c>).</summary>
        public string Canonical
        {
            get
            {
                // Go prints the network in IPv4 form whenever it is IPv4-mapped, with the prefix shortened to match.
                byte[] network = Network16();
                int shown = Bits == 128 && GoNet.IsV4Mapped(network) ? Prefix - 96 : Prefix;
                return GoNet.FormatIP(network) + "/" + shown.ToString(CultureInfo.InvariantCulture);
            }
        }

        /// <summary>Number of addresses in the network (2^(FamilyBits - FamilyPrefix)).</summary>
        public BigInteger Size => BigInteger.One << (FamilyBits - FamilyPrefix);

        /// <summary>The network for arithmetic (contains, overlap), in its family.</summary>
        public IPNetwork2 ToNetwork()
        {
            byte[] network = Network16();
            IPAddress address = FamilyBits == 32
                ? new IPAddress(new[] { network[12], network[13], network[14], network[15] })
                : new IPAddress(network);
            return new IPNetwork2(address, (byte)FamilyPrefix);
        }

        /// <summary>
        /// Every address of <paramref name="other"/> is in this network: both in one family (<see cref="FamilyBits"/>),
        /// this prefix no longer, and the addresses alike up to it. Compared in place: the rules ask it of every
        /// configuration (K0S501), where building two IPNetwork2 values and their big integers was a third of the
        /// rule engine's time.
        /// </summary>
        public bool Covers(Cidr other)
        {
            if (FamilyBits != other.FamilyBits || FamilyPrefix > other.FamilyPrefix)
            {
                return false;
            }

            int remaining = FamilyPrefix;
            for (int i = FamilyBits == 32 ? 12 : 0; remaining > 0; i++, remaining -= 8)
            {
                byte mask = (byte)(0xFF << (8 - Math.Min(8, remaining)));
                if (((_ip16[i] ^ other._ip16[i]) & mask) != 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The two networks share an address: of two CIDR blocks, one then covers the other.</summary>
        public bool Overlaps(Cidr other) => Covers(other) || other.Covers(this);

        /// <summary>The network address (host bits cleared) as 16 bytes.</summary>
        public byte[] Network16()
        {
            var network = new byte[16];
            int offset = Bits == 32 ? 12 : 0;
            int remaining = Prefix;
            for (int i = 0; i < 16; i++)
            {
                if (i < offset)
                {
                    network[i] = _ip16[i];
                    continue;
                }

                int take = Math.Min(8, Math.Max(0, remaining));
                byte mask = (byte)(0xFF << (8 - take));
                network[i] = (byte)(_ip16[i] & mask);
                remaining -= take;
            }

            return network;
        }

        /// <summary>Parses with Go's <c>net.ParseCIDR</c> rules.</summary>
        public static bool TryParse(string value, out Cidr cidr, out string error) => GoNet.TryParseCidr(value, out cidr, out error);
    }
}
