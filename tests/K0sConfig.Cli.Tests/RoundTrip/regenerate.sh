#!/usr/bin/env bash
# Regenerates the round-trip data RoundTripTests checks: out/*.yaml (what import → build → ToYaml gives for each file k0s
# accepts in ../OracleVerdicts/verdicts.jsonl) and dumps.tsv (whether k0s loads each output to the same configuration as the
# original: the k0s-validate oracle's --dump of both, compared by samedump.py). Needs the oracle built (its build.sh head),
# the .NET SDK and python3.
#   K0S_VALIDATE=/path/to/bin/k0s-validate ./regenerate.sh
set -euo pipefail
ORACLE=${K0S_VALIDATE:-/work/shared/oracles/k0s-validate/bin/k0s-validate}
HERE=$(cd "$(dirname "$0")" && pwd)
TESTS=$(cd "$HERE/../.." && pwd)
rm -rf "$HERE"/out
K0SCONFIG_WRITE_ROUNDTRIP=1 dotnet test "$TESTS/K0sConfig.Cli.Tests" --filter "FullyQualifiedName~RoundTripTests.Import_then_build" >/dev/null
cd "$TESTS"
{
	find "$HERE/out" -name '*.yaml' | while read -r out; do
		original=${out#"$HERE"/out/}
		case "$original" in
			OracleVerdicts/*) path=K0sConfig.Cli.Tests/$original ;;
			*) path=K0sConfig.Tests/$original ;;
		esac
		printf '%s\t%s\n' "$original" "$(python3 "$HERE/samedump.py" <("$ORACLE" --dump "$path") <("$ORACLE" --dump "$out"))"
	done
} | LC_ALL=C sort >"$HERE/dumps.tsv"
echo "$(grep -c $'\tsame$' "$HERE/dumps.tsv") of $(wc -l <"$HERE/dumps.tsv") round trips load to the same configuration" >&2
