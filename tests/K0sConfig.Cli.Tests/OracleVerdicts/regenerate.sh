#!/usr/bin/env bash
# Regenerates verdicts.jsonl: k0s's own verdict (the k0s-validate oracle, k0s's ConfigFromBytes + Validate built as a
# program; see its NOTES.md) on every file OracleVerdictTests checks. Needs the oracle built (its build.sh head) and jq.
#   K0S_VALIDATE=/path/to/bin/k0s-validate ./regenerate.sh
set -euo pipefail
ORACLE=${K0S_VALIDATE:-/work/shared/oracles/k0s-validate/bin/k0s-validate}
cd "$(dirname "$0")/../.."   # tests/
"$ORACLE" --jsonl K0sConfig.Cli.Tests/OracleVerdicts/cases K0sConfig.Cli.Tests/OracleVerdicts/mutants K0sConfig.Tests/YamlData K0sConfig.Tests/Golden |
	jq -c '.file |= (sub("^K0sConfig.Cli.Tests/"; "") | sub("^K0sConfig.Tests/"; "")) | {file, ok, panic, decodeError, errors}' |
	LC_ALL=C sort >K0sConfig.Cli.Tests/OracleVerdicts/verdicts.jsonl
echo "$(wc -l <K0sConfig.Cli.Tests/OracleVerdicts/verdicts.jsonl) verdicts" >&2
