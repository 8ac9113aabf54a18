#!/usr/bin/env python3
"""Writes ClusterConfigSchema.txt (every key of the k0s ClusterConfig and its type) from the k0s CRD.

Usage: python3 make-schema.py path/to/k0s.k0sproject.io_clusterconfigs.yaml COMMIT > ClusterConfigSchema.txt
The CRD is static/_crds/k0s/k0s.k0sproject.io_clusterconfigs.yaml in github.com/k0sproject/k0s.
"""
import sys
import yaml

crd_path, commit = sys.argv[1], sys.argv[2]
with open(crd_path) as f:
    crd = next(d for d in yaml.safe_load_all(f) if d)
schema = crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]
lines = []

def kind(node):
    if node.get("x-kubernetes-preserve-unknown-fields"):
        return "any"
    if node.get("x-kubernetes-int-or-string"):
        return "intorstring"
    t = node.get("type")
    if t == "object":
        if "properties" in node:
            return "object"
        if "additionalProperties" in node:
            return "map"
        return "any"
    return {"string": "string", "integer": "integer", "boolean": "boolean", "array": "array", "number": "number"}.get(t, "any")

# The metav1.Duration fields of pkg/apis/k0s/v1beta1 (cert.go, cplb.go, kubeproxy.go), which the CRD types as plain
# strings: k0s reads them with Go's time.ParseDuration, so they are checked as Go durations.
DURATIONS = {
    "spec.api.ca.certificatesExpireAfter",
    "spec.api.ca.expiresAfter",
    "spec.storage.etcd.ca.certificatesExpireAfter",
    "spec.storage.etcd.ca.expiresAfter",
    "spec.network.controlPlaneLoadBalancing.keepalived.virtualServers[].delayLoop",
    "spec.network.kubeProxy.iptables.minSyncPeriod",
    "spec.network.kubeProxy.iptables.syncPeriod",
    "spec.network.kubeProxy.ipvs.minSyncPeriod",
    "spec.network.kubeProxy.ipvs.syncPeriod",
    "spec.network.kubeProxy.ipvs.tcpFinTimeout",
    "spec.network.kubeProxy.ipvs.tcpTimeout",
    "spec.network.kubeProxy.ipvs.udpTimeout",
    "spec.network.kubeProxy.nftables.minSyncPeriod",
    "spec.network.kubeProxy.nftables.syncPeriod",
}

def walk(path, node):
    k = kind(node)
    if path in DURATIONS:
        assert k == "string", path
        k = "duration"
    lines.append(f"{path or '.'} {k}")
    if k == "object":
        for name, child in node["properties"].items():
            walk(f"{path}.{name}" if path else name, child)
    elif k == "map":
        ap = node["additionalProperties"]
        walk(f"{path}.*", ap if isinstance(ap, dict) else {})
    elif k == "array":
        walk(f"{path}[]", node.get("items", {}))

walk("", schema)
assert all(any(l.startswith(d + " ") for l in lines) for d in DURATIONS), "a duration path is not in the CRD"
print(f"# Every key of the k0s ClusterConfig and its type, from k0sproject/k0s @ {commit}")
print("# static/_crds/k0s/k0s.k0sproject.io_clusterconfigs.yaml (written by make-schema.py beside this file).")
print("# PATH TYPE; '.*' is any key of a map, '[]' an array item; any = not checked (metadata, preserve-unknown-fields);")
print("# duration = a Go duration (metav1.Duration, a string in the CRD).")
for line in lines:
    print(line)
