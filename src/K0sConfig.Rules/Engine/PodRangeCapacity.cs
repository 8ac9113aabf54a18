using System.Numerics;

namespace K0sConfig
{
    /// <summary>How a pod CIDR splits into node ranges: nodes per cluster × addresses per node.</summary>
    public sealed class PodRangeCapacity
    {
        internal PodRangeCapacity(string family, string podCidr, int nodeMask, BigInteger nodes, BigInteger addressesPerNode)
        {
            Family = family;
            PodCidr = podCidr;
            NodeMask = nodeMask;
            Nodes = nodes;
            AddressesPerNode = addressesPerNode;
        }

        /// <summary><c>IPv4</c> or <c>IPv6</c>.</summary>
        public string Family { get; }

        /// <summary>The pod CIDR, as written.</summary>
        public string PodCidr { get; }

        /// <summary>The node CIDR mask size kube-controller-manager uses for this family.</summary>
        public int NodeMask { get; }

        /// <summary>How many nodes get a range: 2^(mask - prefix).</summary>
        public BigInteger Nodes { get; }

        /// <summary>Addresses in each node's range: 2^(bits - mask).</summary>
        public BigInteger AddressesPerNode { get; }

        /// <summary>For example <c>IPv6 fd00::/108, node mask /117: 512 nodes × 2048 addresses per node</c>.</summary>
        /// <returns>The summary line.</returns>
        public override string ToString()
            => Family + " " + PodCidr + ", node mask /" + NodeMask.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": "
               + Rules.Formatting.Count(Nodes) + " nodes × " + Rules.Formatting.Count(AddressesPerNode) + " addresses per node";
    }
}
