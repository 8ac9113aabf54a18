#!/usr/bin/env bash
# Regenerates versions.jsonl: the verdict of k0s's own loading + validation code for each k0s minor 1.27 ... 1.36 (the
# k0s-validate oracle built per minor at its newest patch tag; its NOTES-versions.md) on every file OracleVerdictTests
# checks, one line per file and minor: {version, file, ok, panic, decodeError, errors}. Needs the per-minor oracles and jq.
#   K0S_VALIDATE_DIR=/path/to/k0s-validate/bin ./regenerate-versions.sh
set -euo pipefail
BIN=${K0S_VALIDATE_DIR:-/work/shared/oracles/k0s-validate/bin}
cd "$(dirname "$0")/../.."   # tests/
for minor in 27 28 29 30 31 32 33 34 35 36; do
	"$BIN/k0s-validate-1.$minor" --jsonl K0sConfig.Cli.Tests/OracleVerdicts/cases K0sConfig.Cli.Tests/OracleVerdicts/mutants K0sConfig.Tests/YamlData K0sConfig.Tests/Golden |
		jq -c --arg v "1.$minor" '.file |= (sub("^K0sConfig.Cli.Tests/"; "") | sub("^K0sConfig.Tests/"; "")) | {version: $v, file, ok, panic, decodeError, errors}'
done | LC_ALL=C sort -t'"' -k8,8 -k4,4V >K0sConfig.Cli.Tests/OracleVerdicts/versions.jsonl
echo "$(wc -l <K0sConfig.Cli.Tests/OracleVerdicts/versions.jsonl) verdicts" >&2
