#!/usr/bin/env bash
# Samples the K0sConfig analyzer's CPU time inside a warm compiler server, for builds of the analyzer compared round by
# round in one server. csc's own account (/reportanalyzer, what csc-direct.sh prints) is wall time around each analyzer
# callback, so a garbage collection or a tier-up that happens to land in a callback counts in full: on this 2-core machine
# that moves Heavy's K0sConfig seconds by ±30 % between rounds of the same build. This script asks a profiler instead.
#
#   bench/AnalyzerCost/trace-server.sh OUT PROJECT ROUNDS DIR[,DIR...]
#
# Each DIR holds a build of K0sConfig.Analyzers.dll, K0sConfig.Rules.dll and K0sConfig.Yaml.dll, as for csc-direct.sh's
# PROJECT@DIR. One compiler server of its own compiles PROJECT with each build in turn, WARMUP rounds (default 3) to warm
# it; then dotnet-trace samples the server (every millisecond) while it compiles ROUNDS more rounds, each compile
# followed by four idle seconds, by which the samples are told apart compile by compile. Per build, median over its
# compiles of:
#   - the sampled time with a K0sConfig method on the stack (the analyzer's callbacks and everything they call,
#     Roslyn's binding included);
#   - of it, native code (collections, JIT) and threads stopped at a GC poll (for a collection, or for the profiler's
#     own stack walks);
#   - the rest: the analyzer's own work, the figure to compare;
#   - csc's own K0sConfig seconds.
# Needs dotnet-trace (`dotnet tool install -g dotnet-trace`, or DOTNET_TRACE=path) and python3. Run it in both orders.
# OUT is the --out folder of `dotnet run -c Release --project bench/AnalyzerCost -- all --out OUT`. KEEP=DIR keeps the
# trace there (DIR/trace.speedscope.json) for trace-compare.py, and DIR/trace.nettrace for bench/ServerTrace (collections,
# tiers). PROFILE=gc-verbose samples allocations instead of CPU time, for `ServerTrace alloc` (with KEEP; no summary);
# PROVIDERS=Microsoft-Windows-DotNETRuntime:0x11:5 records the JIT's and the collector's events, for `ServerTrace jit`.
set -euo pipefail
out=${1:?usage: trace-server.sh OUT PROJECT ROUNDS DIR[,DIR...]}
project=${2:?project}
rounds=${3:?rounds}
IFS=, read -r -a builds <<< "${4:?DIR[,DIR...]}"
trace=${DOTNET_TRACE:-dotnet-trace}
here=$(cd "$(dirname "$0")" && pwd)
if [[ -n ${KEEP:-} ]]; then
  mkdir -p "$KEEP"
  work=$(cd "$KEEP" && pwd)
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

line=$(grep -m1 -E '^ +/.*/csc /noconfig ' "$out/logs/$project-csc-1.log" | sed -E 's/^ +//')
csc=${line%% *}
pipe="k0strace-$$"
cd "$out/$project"
for b in "${!builds[@]}"; do
  dir=$(cd "${builds[$b]}" && pwd)
  tr ' ' '\n' <<< "${line#* }" | sed -E "s#^/out:.*#/out:$work/$b.dll#; /^\/refout:/d" \
    | sed -E "s#^/analyzer:.*/(K0sConfig\.(Analyzers|Rules|Yaml)\.dll)\$#/analyzer:$dir/\1#" > "$work/$b.rsp"
  : > "$work/$b.csc"
done
compile() { "$csc" "/shared:$pipe" "@$work/$1.rsp" /parallel- /reportanalyzer | awk '/K0sConfig\.Analyzers, Version/ && !seen++ { print $1 }'; }

for _ in $(seq 1 "${WARMUP:-3}"); do
  for b in "${!builds[@]}"; do compile "$b" > /dev/null; done
done
server=$(pgrep -f -- "-pipename:$pipe" | head -1)
if [[ -n ${PROVIDERS:-} ]]; then
  "$trace" collect -p "$server" --providers "$PROVIDERS" -o "$work/trace.nettrace" > "$work/trace.log" 2>&1 &
elif [[ -n ${PROFILE:-} ]]; then
  "$trace" collect -p "$server" --profile "$PROFILE" -o "$work/trace.nettrace" > "$work/trace.log" 2>&1 &
else
  "$trace" collect -p "$server" --format Speedscope -o "$work/trace.nettrace" > "$work/trace.log" 2>&1 &
fi
tracer=$!
sleep 5
for _ in $(seq 1 "$rounds"); do
  for b in "${!builds[@]}"; do
    compile "$b" >> "$work/$b.csc"
    sleep 4
  done
done
# The trace ends when the server does.
"$(dirname "$csc")/VBCSCompiler" -shutdown "-pipename:$pipe" > /dev/null 2>&1 || true
wait "$tracer" || true
if [[ -n ${PROFILE:-}${PROVIDERS:-} ]]; then
  for b in "${!builds[@]}"; do echo "${builds[$b]}: csc's K0sConfig seconds $(tr '\n' ' ' < "$work/$b.csc")"; done
  exit 0
fi
args=()
for b in "${!builds[@]}"; do args+=("${builds[$b]}" "$work/$b.csc"); done
python3 "$here/trace-summary.py" "$work/trace.speedscope.json" "${args[@]}"
