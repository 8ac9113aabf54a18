using System.Collections.Generic;
using K0sConfig;

/// <summary>
/// What the cluster runs besides Kubernetes, as helm charts k0s installs: MetalLB gives services of type LoadBalancer an
/// address on the cluster network, and ingress-nginx takes one of them for HTTP(S).
/// </summary>
internal static class Addons
{
    /// <summary>The addresses MetalLB hands out (layer 2, on the cluster network; outside its DHCP range).</summary>
    public const string LoadBalancerAddresses = "10.1.0.200-10.1.0.239";

    /// <summary>The ingress controller's address, the first of <see cref="LoadBalancerAddresses"/>.</summary>
    public const string IngressAddress = "10.1.0.200";

    /// <summary>The helm repositories and charts: MetalLB first (order 1), then ingress-nginx (order 2), each in its own namespace.</summary>
    /// <param name="helm">The cluster's <c>spec.extensions.helm</c>.</param>
    public static void LoadBalancerAndIngress(HelmBuilder helm) => helm
        .Repository(repo => repo.Name("metallb").Url("https://metallb.github.io/metallb"))
        .Repository(repo => repo.Name("ingress-nginx").Url("https://kubernetes.github.io/ingress-nginx"))
        .Chart(chart => chart
            .Name("metallb")
            .ChartName("metallb/metallb")
            .Version("0.15.2")
            .Namespace("metallb-system")
            .Order(1))
        .Chart(chart => chart
            .Name("ingress-nginx")
            .ChartName("ingress-nginx/ingress-nginx")
            .Version("4.13.3")
            .Namespace("ingress-nginx")
            .Order(2)
            .Values(new
            {
                controller = new
                {
                    replicaCount = 2,
                    service = new
                    {
                        type = "LoadBalancer",
                        externalTrafficPolicy = "Local",
                        annotations = new Dictionary<string, string> { ["metallb.io/loadBalancerIPs"] = IngressAddress },
                    },
                },
            }));

    /// <summary>MetalLB's address pool and its layer 2 announcement, a manifest k0s applies from its manifests directory.</summary>
    public const string MetalLbAddressPool = $"""
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata:
          name: cluster-network
          namespace: metallb-system
        spec:
          addresses:
          - {LoadBalancerAddresses}
        ---
        apiVersion: metallb.io/v1beta1
        kind: L2Advertisement
        metadata:
          name: cluster-network
          namespace: metallb-system
        spec:
          ipAddressPools:
          - cluster-network
          interfaces:
          - {Inventory.ClusterInterface}

        """;
}
