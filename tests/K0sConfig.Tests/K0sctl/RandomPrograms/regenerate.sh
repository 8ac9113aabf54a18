#!/usr/bin/env bash
# Regenerates the data K0sctlRandomProgramTests checks: out/*.yaml (what the seeded random k0sctl builder programs write when
# Build() accepts them) and verdicts.jsonl (k0sctl's own verdict on each: the k0sctl-validate oracle, k0sctl's reading,
# defaulting and Validate() built as a program). Run with a fixed environment, as the oracle's NOTES.md says (k0sctl
# substitutes environment variables into the file). Needs the oracle built, the .NET SDK and jq.
#   K0SCTL_VALIDATE=/path/to/bin/k0sctl-validate ./regenerate.sh
set -euo pipefail
ORACLE=${K0SCTL_VALIDATE:-/work/shared/oracles/k0sctl-validate/bin/k0sctl-validate}
HERE=$(cd "$(dirname "$0")" && pwd)
K0SCONFIG_WRITE_RANDOM=1 dotnet test "$HERE/../.." --filter "FullyQualifiedName~K0sctlRandomProgramTests.The_programs_write" >/dev/null
cd "$HERE"
env -i HOME=/home/oracle "$ORACLE" --jsonl out \
	| jq -c --arg here "$HERE/" '.file |= sub("^out/"; "") | .message |= (if . == null then null else gsub($here; "") end) | {file, ok, message}' \
	| LC_ALL=C sort >verdicts.jsonl
echo "$(wc -l <verdicts.jsonl) programs, $(grep -c '"ok":true' verdicts.jsonl) accepted by k0sctl" >&2
