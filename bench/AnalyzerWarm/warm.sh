#!/usr/bin/env bash
# Compares builds of the K0sConfig analyzer on one generated project, file by file in one process (Program.cs says how).
#
#   bench/AnalyzerWarm/warm.sh OUT PROJECT ROUNDS DIR[,DIR...]
#
# OUT: the --out folder of bench/AnalyzerCost (`generate`, then `measure --runs 1`, which writes the csc logs).
# DIR: a folder with K0sConfig.Analyzers.dll, K0sConfig.Rules.dll and System.Net.IPNetwork.dll, for instance a copy of
# src/K0sConfig.Analyzers/bin/Release/netstandard2.0 plus IPNetwork2's net10.0 dll. Call counting is turned off so that
# the analyzer's code stays at tier 0, as it does through a compile (docs/performance.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/bin"
dotnet build -c Release "$here" -v q -nologo > "$here/bin/build.log" 2>&1 || { cat "$here/bin/build.log"; exit 1; }
DOTNET_TC_CallCounting=0 dotnet "$here/bin/Release/net10.0/AnalyzerWarm.dll" "$@"
