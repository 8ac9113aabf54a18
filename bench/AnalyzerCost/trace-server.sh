#!/usr/bin/env bash
# Samples the K0sConfig analyzer's CPU time inside a warm compiler server, for one project and one or more builds of the
# analyzer. csc's own account (/reportanalyzer, what csc-direct.sh prints) is wall time around each analyzer callback, so
# a garbage collection or a tier-up that happens to land in a callback counts in full: on this 2-core machine that moves
# Heavy's K0sConfig seconds by ±30 % between rounds of the same build. This script asks a profiler instead.
#
#   bench/AnalyzerCost/trace-server.sh OUT PROJECT ROUNDS DIR[,DIR...]
#
# For each DIR (a folder with a build of K0sConfig.Analyzers.dll, K0sConfig.Rules.dll and K0sConfig.Yaml.dll, as for
# csc-direct.sh's PROJECT@DIR), in the order given: starts a compiler server of its own, compiles PROJECT WARMUP times (3) to warm
# it, then traces the server (dotnet-trace, CPU sampling every millisecond) while it compiles PROJECT ROUNDS more times
# with /parallel- and /reportanalyzer, and prints per round:
#   - "K0sConfig on stack": sampled time with a K0sConfig method on the stack (the analyzer's callbacks and everything
#     they call, Roslyn's binding included), split into managed code and native code (collections, JIT, waits);
#   - csc's own K0sConfig seconds, median of the rounds.
# Needs dotnet-trace (`dotnet tool install -g dotnet-trace`, or DOTNET_TRACE=path) and python3. Run each build in both
# orders. OUT is the --out folder of `dotnet run -c Release --project bench/AnalyzerCost -- all --out OUT`.
set -euo pipefail
out=${1:?usage: trace-server.sh OUT PROJECT ROUNDS DIR[,DIR...]}
project=${2:?project}
rounds=${3:?rounds}
IFS=, read -r -a builds <<< "${4:?DIR[,DIR...]}"
trace=${DOTNET_TRACE:-dotnet-trace}
here=$(cd "$(dirname "$0")" && pwd)
# KEEP=DIR keeps each build's trace there (DIR/N.speedscope.json, N the build's place in the list) for trace-compare.py.
if [[ -n ${KEEP:-} ]]; then
  mkdir -p "$KEEP"
  work=$(cd "$KEEP" && pwd)
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

line=$(grep -m1 -E '^ +/.*/csc /noconfig ' "$out/logs/$project-csc-1.log" | sed -E 's/^ +//')
csc=${line%% *}
cd "$out/$project"
for b in "${!builds[@]}"; do
  dir=$(cd "${builds[$b]}" && pwd)
  tr ' ' '\n' <<< "${line#* }" | sed -E "s#^/out:.*#/out:$work/$b.dll#; /^\/refout:/d" \
    | sed -E "s#^/analyzer:.*/(K0sConfig\.(Analyzers|Rules|Yaml)\.dll)\$#/analyzer:$dir/\1#" > "$work/$b.rsp"
  pipe="k0strace-$$-$b"
  compile() { "$csc" "/shared:$pipe" "@$work/$b.rsp" /parallel- /reportanalyzer | awk '/K0sConfig\.Analyzers, Version/ && !seen++ { print $1 }'; }
  for _ in $(seq 1 "${WARMUP:-3}"); do compile > /dev/null; done
  server=$(pgrep -f -- "-pipename:$pipe" | head -1)
  "$trace" collect -p "$server" --format Speedscope -o "$work/$b.nettrace" > "$work/$b.trace.log" 2>&1 &
  tracer=$!
  sleep 5
  for _ in $(seq 1 "$rounds"); do compile; done > "$work/$b.csc"
  # The trace ends when the server does.
  "$(dirname "$csc")/VBCSCompiler" -shutdown "-pipename:$pipe" > /dev/null 2>&1 || true
  wait "$tracer" || true
  python3 "$here/trace-summary.py" "$work/$b.speedscope.json" "$rounds" "${builds[$b]}" "$work/$b.csc"
done
