#!/usr/bin/env python3
"""Compares two k0s-validate --dump results: prints "same" when k0s loaded both files to the same configuration, else the
first differing paths (at most three) with both values. apiVersion and kind are not compared: k0s reads them into the
object and checks neither (a file with kind: Cluster configures the same cluster as one with kind: ClusterConfig).
The dump is taken before Validate(), which fills in one default the loading does not: an empty
controlPlaneLoadBalancing.type becomes Keepalived (k0s pkg/apis/k0s/v1beta1/cplb.go, Validate); both sides get it."""
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        result = json.load(f)
    if not result.get("ok") or "config" not in result:
        return None, result.get("panic") or result.get("decodeError") or "; ".join(result.get("errors") or []) or "no config"
    config = result["config"]
    config.pop("apiVersion", None)
    config.pop("kind", None)
    cplb = ((config.get("spec") or {}).get("network") or {}).get("controlPlaneLoadBalancing")
    if isinstance(cplb, dict) and not cplb.get("type"):
        cplb["type"] = "Keepalived"
    return config, None


def diff(a, b, path, out):
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            diff(a.get(key), b.get(key), path + "." + key if path else key, out)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            diff(x, y, "%s[%d]" % (path, i), out)
    elif a != b:
        out.append("%s: %s in the original, %s in the round trip" % (path, json.dumps(a), json.dumps(b)))


original, error = load(sys.argv[1])
if error:
    print("the original does not load: " + error.replace("\n", " "))
    sys.exit(0)
roundtrip, error = load(sys.argv[2])
if error:
    print("k0s refuses the round trip: " + error.replace("\n", " "))
    sys.exit(0)
differences = []
diff(original, roundtrip, "", differences)
print("same" if not differences else "; ".join(differences[:3]) + ("; ..." if len(differences) > 3 else ""))
