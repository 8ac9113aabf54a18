#!/usr/bin/env bash
# Regenerates the data RandomProgramTests checks: out/*.yaml (what the seeded random builder programs write when Build()
# accepts them) and verdicts.jsonl (k0s's own verdict on each: the k0s-validate oracle, k0s's loading and Validate() built
# as a program; see its NOTES.md). A program whose configuration Build() warns about with K0S205 (single-stack IPv6 needs the
# IPv6SingleStack feature gate, a controller flag) is put to k0s with that gate. Needs the oracle built (its build.sh head),
# the .NET SDK and jq.
#   K0S_VALIDATE=/path/to/bin/k0s-validate ./regenerate.sh
set -euo pipefail
ORACLE=${K0S_VALIDATE:-/work/shared/oracles/k0s-validate/bin/k0s-validate}
HERE=$(cd "$(dirname "$0")" && pwd)
K0SCONFIG_WRITE_RANDOM=1 dotnet test "$HERE/.." --filter "FullyQualifiedName~RandomProgramTests.The_programs_write" >/dev/null
cd "$HERE"
gated=$(grep -l '^# Build() warns: K0S205 ' out/*.yaml || true)
plain=$(grep -L '^# Build() warns: K0S205 ' out/*.yaml || true)
{
	[ -z "$plain" ] || "$ORACLE" --jsonl $plain
	[ -z "$gated" ] || "$ORACLE" --feature-gates IPv6SingleStack=true --jsonl $gated
} | jq -c '.file |= sub("^out/"; "") | {file, ok, panic, decodeError, errors}' | LC_ALL=C sort >verdicts.jsonl
echo "$(wc -l <verdicts.jsonl) programs, $(grep -c '"ok":true' verdicts.jsonl) accepted by k0s" >&2
