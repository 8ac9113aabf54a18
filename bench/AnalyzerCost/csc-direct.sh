#!/usr/bin/env bash
# Runs the compiler directly, one thread (/parallel-), on the projects that `measure` built, and prints csc's own
# account of the K0sConfig analyzer's time next to the compile's wall and CPU time. One thread, because csc sums each
# analyzer's time over the threads it runs on: in a parallel build on a busy 2-core machine that sum is inflated by
# every thread waiting for a core. See docs/performance.md.
#
#   bench/AnalyzerCost/csc-direct.sh OUT [ROUNDS] [PROJECTS]
#   SHARED=3 bench/AnalyzerCost/csc-direct.sh OUT [ROUNDS] [PROJECTS]
#   SHARED=2 bench/AnalyzerCost/csc-direct.sh OUT 10 Composed@DIR_A,Composed@DIR_B
#
# With SHARED=N every compile goes through one compiler server of its own (csc /shared, as `dotnet build` compiles by
# default), after N rounds that warm it up and are not reported: the analyzer's cost once its code is loaded and
# compiled, as in every build after the server's first. Without SHARED each compile is a fresh csc process, as the first
# build after the server starts (or one with UseSharedCompilation=false) pays it.
#
# OUT is the --out folder of `dotnet run -c Release --project bench/AnalyzerCost -- all --out OUT` (or of `generate`
# followed by `measure --runs 1`): its logs/<project>-csc-1.log hold csc's command lines. HeavyNoAnalyzer is Heavy's
# command line without the K0sConfig analyzer, the rule engine, the YAML reader and IPNetwork2 as analyzers. PROJECTS is a
# comma-separated list, by default Heavy,HeavyNoAnalyzer,PlainRef,Plain,Composed,ChainsOnly; each round compiles them
# in that order. PROJECT@DIR compiles PROJECT with the K0sConfig.Analyzers.dll, K0sConfig.Rules.dll and K0sConfig.Yaml.dll in DIR instead
# of the measured build's: two builds of the analyzer compared round by round (run it with the two swapped as well,
# and once with two copies of one build to see the noise).
set -euo pipefail
out=${1:?usage: csc-direct.sh OUT [ROUNDS] [PROJECTS]}
rounds=${2:-3}
IFS=, read -r -a projects <<< "${3:-Heavy,HeavyNoAnalyzer,PlainRef,Plain,Composed,ChainsOnly}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command_line() { # the Csc task's command line in a measured build's log
  grep -m1 -E '^ +/.*/csc /noconfig ' "$out/logs/$1-csc-1.log" | sed -E 's/^ +//'
}

for i in "${!projects[@]}"; do
  project=${projects[$i]%%@*}
  analyzers=${projects[$i]#"$project"}
  analyzers=${analyzers#@}
  measured=${project%NoAnalyzer}
  line=$(command_line "$measured")
  echo "${line%% *}" > "$work/csc"
  # Everything after the compiler's path, one argument a line, written somewhere harmless; for a *NoAnalyzer
  # project, without the K0sConfig analyzer and its dependencies; for PROJECT@DIR, with DIR's analyzer.
  tr ' ' '\n' <<< "${line#* }" | sed -E "s#^/out:.*#/out:$work/$i.dll#; /^\/refout:/d" \
    | if [[ $project != "$measured" ]]; then grep -v -E '^/analyzer:.*/(K0sConfig\.Analyzers|K0sConfig\.Rules|K0sConfig\.Yaml|System\.Net\.IPNetwork)\.dll$';
      elif [[ -n $analyzers ]]; then sed -E "s#^/analyzer:.*/(K0sConfig\.(Analyzers|Rules|Yaml)\.dll)\$#/analyzer:$analyzers/\1#";
      else cat; fi \
    > "$work/$i.rsp"
done
csc=$(cat "$work/csc")
warmup=${SHARED:-0}
shared=()
if [[ -n ${SHARED:-} ]]; then
  pipe="k0sbench-$$"
  shared=("/shared:$pipe")
  trap '"$(dirname "$csc")/VBCSCompiler" -shutdown -pipename:"$pipe" > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
fi

echo "| round | project | wall s | CPU s (user+sys) | K0sConfig s | K0sConfig share of wall | all analyzers s | K0S warnings |"
echo "|---|---|---|---|---|---|---|---|"
for round in $(seq $((1 - warmup)) "$rounds"); do
  for i in "${!projects[@]}"; do
    project=${projects[$i]}
    # Source paths in the command line are relative to the project folder that `measure` compiled.
    dir="$out/${project%%@*}"
    dir=${dir%NoAnalyzer}
    rsp="$work/$i.rsp"
    start=$(date +%s.%N)
    times=$( { cd "$dir" && TIMEFORMAT='%U %S' && time "$csc" "${shared[@]}" "@$rsp" /parallel- /reportanalyzer > "$work/$i.out"; } 2>&1 )
    end=$(date +%s.%N)
    if grep -q -E 'error (CS|K0S)' "$work/$i.out"; then
      echo "csc reported errors for $project; see its output:" >&2
      grep -E 'error ' "$work/$i.out" | head >&2
      exit 1
    fi
    if (( round < 1 )); then
      continue
    fi
    k0s=$(awk '/K0sConfig\.Analyzers, Version/ { print $1; exit }' "$work/$i.out")
    all=$(awk '/Total analyzer execution time/ { print $5; exit }' "$work/$i.out")
    warnings=$(grep -c -E ': warning K0S[0-9]+' "$work/$i.out" || true)
    # Through the server the compile's CPU time is the server's, not this process's: not shown.
    awk -v r="$round" -v p="$project" -v s="$start" -v e="$end" -v t="$times" -v k="${k0s:-}" -v a="${all:-}" -v w="$warnings" -v server="${SHARED:-}" 'BEGIN {
      split(t, u, " "); wall = e - s
      cpu = (server == "") ? sprintf("%.1f", u[1] + u[2]) : "–"
      share = (k == "") ? "–" : sprintf("%.2f %%", 100 * k / wall)
      printf "| %s | %s | %.1f | %s | %s | %s | %s | %s |\n", r, p, wall, cpu, (k == "" ? "–" : k), share, a, w
    }'
  done
done

echo
echo "K0S warnings by rule (last round):"
for i in "${!projects[@]}"; do
  project=${projects[$i]}
  echo "- $project: $(grep -o -E ': warning K0S[0-9]+' "$work/$i.out" | sed 's/: warning //' | sort | uniq -c | awk '{ printf "%s%s×%s", (NR > 1 ? ", " : ""), $2, $1 }')"
done
