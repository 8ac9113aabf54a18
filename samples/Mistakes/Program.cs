using K0sConfig;

// One mistake a line; the comment says what the analyzers report there.
K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/33"));                                                              // K0S101 error: prefix 33 does not fit IPv4
K0s.Cluster().Network(n => n.PodCidr("10.244.0.1/16"));                                                              // K0S102 warning: host bits set, means 10.244.0.0/16
K0s.Cluster().Network(n => n.PodCidr("fd00::/108").DualStack(ds => ds.IPv6PodCidr("fd02::/108").IPv6ServiceCidr("fd01::/108")));  // K0S202 error: dual-stack podCIDR must be IPv4
K0s.Cluster().Network(n => n.Calico(c => c.Mode(CalicoMode.Vxlan)).DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));  // K0S301 error: Calico dual-stack needs bird
K0s.Cluster().Network(n => n.PodCidr("10.244.0.0/25"));                                                              // K0S402 error: /25 is smaller than one node's /24
K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/64").IPv6ServiceCidr("fd01::/108")));          // K0S403 error: /64 is 53 bits wider than the /117 node mask
K0s.Cluster().Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))).ControllerManager(cm => cm.NodeCidrMaskSize(24));  // K0S404 error: node-cidr-mask-size with dual-stack
K0s.Cluster().Network(n => n.PodCidr("10.96.0.0/16").ServiceCidr("10.96.0.0/12"));                                  // K0S501 error: the service range covers the pod range
Base().Network(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108"))).Build();          // K0S301 error: Base() below chose Calico, whose default mode vxlan has no dual-stack
Make("10.244.0.0/25");                                                                                                // K0S402 error: the constant passed to Make is smaller than one node's /24
WithCalico(n => n.DualStack(ds => ds.IPv6PodCidr("fd00::/108").IPv6ServiceCidr("fd01::/108")));                    // K0S301 error: the lambda turns on dual-stack where WithCalico chose Calico's default vxlan

// Composed: a factory and helpers that finish the configuration; the analyzers follow them.
static ClusterConfigBuilder Base() => K0s.Cluster().Network(n => n.Calico());
static ClusterConfig Make(string pod) => K0s.Cluster().Network(n => n.PodCidr(pod)).Build();
static ClusterConfig WithCalico(System.Action<NetworkBuilder> network) => K0s.Cluster().Network(n => n.Calico()).Network(network).Build();
