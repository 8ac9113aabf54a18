#!/usr/bin/env bash
# Compares two builds of the analyzer on one measured project, in one warm compiler server, alternating A and B each
# round after two warm-up rounds that are not reported (with FRESH=1: a fresh csc process each compile, no warm-up). Prints, a line per compile: round, build, wall seconds, csc's
# K0sConfig time (/reportanalyzer, one thread), K0S warnings.
#
#   bench/AnalyzerCost/ab.sh OUT PROJECT ROUNDS DIR_A DIR_B
#   FRESH=1 bench/AnalyzerCost/ab.sh OUT PROJECT ROUNDS DIR_A DIR_B
#
# OUT is the --out folder of `generate` followed by `measure --runs 1` (its logs hold csc's command lines); DIR_A and
# DIR_B each hold a K0sConfig.Analyzers.dll and K0sConfig.Rules.dll (copies of two Release builds). Run it with A and B
# swapped as well: the order within a round can favour one. An A/A run (two copies of one build) shows the noise.
set -euo pipefail
out=${1:?usage: ab.sh OUT PROJECT ROUNDS DIR_A DIR_B}
project=${2:?}
rounds=${3:?}
A=${4:?}
B=${5:?}
line=$(grep -m1 -E '^ +/.*/csc /noconfig ' "$out/logs/$project-csc-1.log" | sed -E 's/^ +//')
csc=${line%% *}
work=$(mktemp -d)
for v in A B; do
  dir=${!v}
  tr ' ' '\n' <<< "${line#* }" | sed -E "s#^/out:.*#/out:$work/$v.dll#; /^\/refout:/d; s#^/analyzer:.*/(K0sConfig\.(Analyzers|Rules)\.dll)\$#/analyzer:$dir/\1#" > "$work/$v.rsp"
done
shared=()
first=1
if [[ -z ${FRESH:-} ]]; then
  pipe="k0sab-$$"
  shared=("/shared:$pipe")
  first=-1
  trap '"$(dirname "$csc")/VBCSCompiler" -shutdown -pipename:"$pipe" > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi
cd "$out/$project"
for round in $(seq "$first" "$rounds"); do
  for v in A B; do
    start=$(date +%s.%N)
    "$csc" "${shared[@]}" "@$work/$v.rsp" /parallel- /reportanalyzer > "$work/$v.out"
    end=$(date +%s.%N)
    if (( round >= 1 )); then
      k0s=$(awk '/K0sConfig\.Analyzers, Version/ { print $1; exit }' "$work/$v.out")
      warnings=$(grep -c -E ': warning K0S[0-9]+' "$work/$v.out" || true)
      awk -v r="$round" -v v="$v" -v s="$start" -v e="$end" -v k="${k0s:-–}" -v w="$warnings" 'BEGIN { printf "%s %s %.1f %s %s\n", r, v, e - s, k, w }'
    fi
  done
done
