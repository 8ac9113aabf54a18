using System.Collections.Generic;
using System.Globalization;
using System.IO;
using K0sConfig.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace K0sConfig
{
    /// <summary>
    /// Writes a <see cref="ClusterConfig"/> as k0s.yaml through YamlDotNet's representation model: k0s's exact
    /// keys, only the values the configuration sets, in the order the k0s documentation uses.
    /// </summary>
    internal static class YamlWriter
    {
        public static string Write(ClusterConfig config)
        {
            var root = new YamlMappingNode();
            root.Add(Key("apiVersion"), Text(ClusterConfig.ApiVersion));
            root.Add(Key("kind"), Text(ClusterConfig.Kind));
            root.Add(Key("metadata"), new YamlMappingNode { { Key("name"), Text(config.Name) } });

            var spec = new YamlMappingNode();
            AddIfAny(spec, "api", Api(config.Api));
            AddIfAny(spec, "controllerManager", ControllerManager(config.ControllerManager));
            AddIfAny(spec, "network", Network(config.Network));
            if (spec.Children.Count != 0)
            {
                root.Add(Key("spec"), spec);
            }

            var stream = new YamlStream(new YamlDocument(root));
            using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            stream.Save(writer, assignAnchors: false);
            string yaml = writer.ToString();

            // YamlDotNet ends a document with "...\n"; a hand-written k0s.yaml does not.
            const string end = "...\n";
            return yaml.EndsWith(end, System.StringComparison.Ordinal) ? yaml.Substring(0, yaml.Length - end.Length) : yaml;
        }

        private static YamlMappingNode? Api(ApiSpec? api)
        {
            if (api == null)
            {
                return null;
            }

            var node = new YamlMappingNode();
            AddText(node, "address", api.Address);
            AddText(node, "externalAddress", api.ExternalAddress);
            AddList(node, "sans", api.Sans);

            AddBool(node, "onlyBindToAddress", api.OnlyBindToAddress);
            AddPositive(node, "port", api.Port);
            AddPositive(node, "k0sApiPort", api.K0sApiPort);
            AddIfAny(node, "extraArgs", Map(api.ExtraArgs));
            return node;
        }

        private static YamlMappingNode? ControllerManager(ControllerManagerSpec? controllerManager)
            => controllerManager == null ? null : new YamlMappingNode { { Key("extraArgs"), Map(controllerManager.ExtraArgs)! } };

        private static YamlMappingNode? Network(NetworkSpec? network)
        {
            if (network == null)
            {
                return null;
            }

            var node = new YamlMappingNode();
            AddText(node, "provider", network.Provider?.Yaml());
            AddText(node, "podCIDR", network.PodCidr);
            AddText(node, "serviceCIDR", network.ServiceCidr);
            AddText(node, "clusterDomain", network.ClusterDomain);
            AddText(node, "primaryAddressFamily", network.PrimaryAddressFamily?.Yaml());
            if (network.DualStack is DualStackSpec dualStack)
            {
                var ds = new YamlMappingNode();
                AddBool(ds, "enabled", dualStack.Enabled);
                AddText(ds, "IPv6podCIDR", dualStack.IPv6PodCidr);
                AddText(ds, "IPv6serviceCIDR", dualStack.IPv6ServiceCidr);
                node.Add(Key("dualStack"), ds);
            }

            if (network.Calico is CalicoSpec calico)
            {
                var c = new YamlMappingNode();
                AddText(c, "mode", calico.Mode?.Yaml());
                AddText(c, "overlay", calico.Overlay?.Yaml());
                AddInt(c, "vxlanPort", calico.VxlanPort);
                AddInt(c, "vxlanVNI", calico.VxlanVni);
                AddInt(c, "mtu", calico.Mtu);
                AddBool(c, "wireguard", calico.Wireguard);
                AddText(c, "ipAutodetectionMethod", calico.IPAutodetectionMethod);
                AddText(c, "ipV6AutodetectionMethod", calico.IPv6AutodetectionMethod);
                AddIfAny(c, "envVars", Map(calico.EnvVars));
                node.Add(Key("calico"), c);
            }

            if (network.KubeRouter is KubeRouterSpec kubeRouter)
            {
                var k = new YamlMappingNode();
                AddBool(k, "autoMTU", kubeRouter.AutoMtu);
                AddInt(k, "mtu", kubeRouter.Mtu);
                AddInt(k, "metricsPort", kubeRouter.MetricsPort);
                AddText(k, "hairpin", kubeRouter.Hairpin?.Yaml());
                AddBool(k, "ipMasq", kubeRouter.IPMasq);
                AddIfAny(k, "extraArgs", Map(kubeRouter.ExtraArgs));
                node.Add(Key("kuberouter"), k);
            }

            if (network.KubeProxy is KubeProxySpec kubeProxy)
            {
                var p = new YamlMappingNode();
                AddBool(p, "disabled", kubeProxy.Disabled);
                AddText(p, "mode", kubeProxy.Mode?.Yaml());
                if (kubeProxy.Iptables is KubeProxyIptablesSpec iptables)
                {
                    var i = new YamlMappingNode();
                    AddInt(i, "masqueradeBit", iptables.MasqueradeBit);
                    AddBool(i, "masqueradeAll", iptables.MasqueradeAll);
                    AddBool(i, "localhostNodePorts", iptables.LocalhostNodePorts);
                    AddDuration(i, "syncPeriod", iptables.SyncPeriod);
                    AddDuration(i, "minSyncPeriod", iptables.MinSyncPeriod);
                    AddIfAny(p, "iptables", i);
                }

                if (kubeProxy.Ipvs is KubeProxyIpvsSpec ipvs)
                {
                    var i = new YamlMappingNode();
                    AddDuration(i, "syncPeriod", ipvs.SyncPeriod);
                    AddDuration(i, "minSyncPeriod", ipvs.MinSyncPeriod);
                    AddText(i, "scheduler", ipvs.Scheduler?.Yaml());
                    AddList(i, "excludeCIDRs", ipvs.ExcludeCidrs);
                    AddBool(i, "strictARP", ipvs.StrictArp);
                    AddDuration(i, "tcpTimeout", ipvs.TcpTimeout);
                    AddDuration(i, "tcpFinTimeout", ipvs.TcpFinTimeout);
                    AddDuration(i, "udpTimeout", ipvs.UdpTimeout);
                    AddIfAny(p, "ipvs", i);
                }

                if (kubeProxy.Nftables is KubeProxyNftablesSpec nftables)
                {
                    var i = new YamlMappingNode();
                    AddDuration(i, "syncPeriod", nftables.SyncPeriod);
                    AddInt(i, "masqueradeBit", nftables.MasqueradeBit);
                    AddBool(i, "masqueradeAll", nftables.MasqueradeAll);
                    AddDuration(i, "minSyncPeriod", nftables.MinSyncPeriod);
                    AddIfAny(p, "nftables", i);
                }

                AddList(p, "nodePortAddresses", kubeProxy.NodePortAddresses);
                AddIfAny(p, "extraArgs", Map(kubeProxy.ExtraArgs));
                AddIfAny(node, "kubeProxy", p);
            }

            if (network.NodeLocalLoadBalancing is NodeLocalLoadBalancingSpec nllb)
            {
                var n = new YamlMappingNode();
                AddBool(n, "enabled", nllb.Enabled);
                AddText(n, "type", nllb.Type?.Yaml());
                AddIfAny(n, "envoyProxy", Proxy(nllb.EnvoyProxy));
                AddIfAny(n, "traefik", Proxy(nllb.Traefik));
                node.Add(Key("nodeLocalLoadBalancing"), n);
            }

            if (network.ControlPlaneLoadBalancing is ControlPlaneLoadBalancingSpec cplb)
            {
                var c = new YamlMappingNode();
                AddBool(c, "enabled", cplb.Enabled);
                AddIfAny(c, "keepalived", Keepalived(cplb.Keepalived));
                node.Add(Key("controlPlaneLoadBalancing"), c);
            }

            return node;
        }

        private static YamlMappingNode? Proxy(NodeLocalProxySpec? proxy)
        {
            if (proxy == null)
            {
                return null;
            }

            var node = new YamlMappingNode();
            AddPositive(node, "apiServerBindPort", proxy.ApiServerBindPort);
            AddInt(node, "konnectivityServerBindPort", proxy.KonnectivityServerBindPort);
            AddText(node, "imagePullPolicy", proxy.ImagePullPolicy?.Yaml());
            return node;
        }

        private static YamlMappingNode? Keepalived(KeepalivedSpec? keepalived)
        {
            if (keepalived == null)
            {
                return null;
            }

            var node = new YamlMappingNode();
            if (keepalived.VrrpInstances.Count != 0)
            {
                var instances = new YamlSequenceNode();
                foreach (VrrpInstanceSpec instance in keepalived.VrrpInstances)
                {
                    var v = new YamlMappingNode();
                    AddList(v, "virtualIPs", instance.VirtualIPs);
                    AddText(v, "interface", instance.Interface);
                    AddPositive(v, "virtualRouterID", instance.VirtualRouterId);
                    AddPositive(v, "advertIntervalSeconds", instance.AdvertIntervalSeconds);
                    AddText(v, "authPass", instance.AuthPass);
                    AddList(v, "unicastPeers", instance.UnicastPeers);
                    AddText(v, "unicastSourceIP", instance.UnicastSourceIP);
                    if (instance.AddressLabel is uint label && label != 0)
                    {
                        v.Add(Key("addressLabel"), new YamlScalarNode(label.ToString(CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain });
                    }

                    instances.Add(v);
                }

                node.Add(Key("vrrpInstances"), instances);
            }

            if (keepalived.VirtualServers.Count != 0)
            {
                var servers = new YamlSequenceNode();
                foreach (VirtualServerSpec server in keepalived.VirtualServers)
                {
                    var v = new YamlMappingNode();
                    AddText(v, "ipAddress", server.IPAddress);
                    if (server.DelayLoop is System.TimeSpan delay && delay != System.TimeSpan.Zero)
                    {
                        AddDuration(v, "delayLoop", delay);
                    }

                    AddText(v, "lbAlgo", server.LbAlgo?.Yaml());
                    AddText(v, "lbKind", server.LbKind?.Yaml());
                    AddPositive(v, "persistenceTimeoutSeconds", server.PersistenceTimeoutSeconds);
                    servers.Add(v);
                }

                node.Add(Key("virtualServers"), servers);
            }

            AddPositive(node, "userSpaceProxyBindPort", keepalived.UserSpaceProxyBindPort);
            AddBool(node, "disableLoadBalancer", keepalived.DisableLoadBalancer);
            AddText(node, "configTemplateVRRP", keepalived.ConfigTemplateVrrp);
            AddText(node, "configTemplateVS", keepalived.ConfigTemplateVs);
            return node;
        }

        private static void AddList(YamlMappingNode node, string key, IReadOnlyList<string>? values)
        {
            if (values != null)
            {
                var sequence = new YamlSequenceNode();
                foreach (string value in values)
                {
                    sequence.Add(Text(value));
                }

                node.Add(Key(key), sequence);
            }
        }

        // A field k0s defaults when it is 0 and whose CRD minimum is 1: 0 is written as nothing, which k0s reads the same way.
        private static void AddPositive(YamlMappingNode node, string key, int? value)
        {
            if (value is int number && number != 0)
            {
                AddInt(node, key, number);
            }
        }

        private static void AddDuration(YamlMappingNode node, string key, System.TimeSpan? value)
        {
            if (value is System.TimeSpan duration)
            {
                node.Add(Key(key), Text(GoDuration.Format(duration)));
            }
        }

        private static YamlMappingNode? Map(ArgsMap map)
        {
            if (map.Count == 0)
            {
                return null;
            }

            var node = new YamlMappingNode();
            foreach (KeyValuePair<string, string> entry in map)
            {
                YamlScalarNode key = Text(entry.Key);
                if (!YamlScalars.IsPlainName(entry.Key))
                {
                    key.Style = ScalarStyle.DoubleQuoted;
                }

                node.Add(key, Text(entry.Value));
            }

            return node;
        }

        private static void AddIfAny(YamlMappingNode parent, string key, YamlMappingNode? child)
        {
            if (child != null && child.Children.Count != 0)
            {
                parent.Add(Key(key), child);
            }
        }

        private static void AddText(YamlMappingNode node, string key, string? value)
        {
            if (value != null)
            {
                node.Add(Key(key), Text(value));
            }
        }

        private static void AddInt(YamlMappingNode node, string key, int? value)
        {
            if (value is int number)
            {
                node.Add(Key(key), new YamlScalarNode(number.ToString(CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain });
            }
        }

        private static void AddBool(YamlMappingNode node, string key, bool? value)
        {
            if (value is bool flag)
            {
                node.Add(Key(key), new YamlScalarNode(flag ? "true" : "false") { Style = ScalarStyle.Plain });
            }
        }

        private static YamlScalarNode Key(string key) => new YamlScalarNode(key) { Style = ScalarStyle.Plain };

        /// <summary>
        /// A string scalar, double-quoted when a YAML 1.1 or 1.2 reader would take it for another type or when it holds
        /// characters that only a double-quoted escape keeps intact.
        /// </summary>
        private static YamlScalarNode Text(string value)
            => new YamlScalarNode(value) { Style = YamlScalars.ReadsAsNonString(value) || YamlScalars.NeedsEscapes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };
    }
}
