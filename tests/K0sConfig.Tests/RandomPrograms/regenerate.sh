#!/usr/bin/env bash
# Regenerates the data RandomProgramTests checks: out/*.yaml (what the seeded random builder programs write when Build()
# accepts them) and verdicts.jsonl (k0s's own verdict on each: the k0s-validate oracle, k0s's loading and Validate() built
# as a program; see its NOTES.md). A program whose configuration Build() warns about with K0S205 (single-stack IPv6 needs the
# IPv6SingleStack feature gate, a controller flag) is put to k0s with that gate. Needs the oracle built (its build.sh head),
# the .NET SDK and jq.
# A program that chooses a k0s version (ForK0s) is put to that minor's k0s (bin/k0s-validate-1.NN, its newest patch; a
# version before 1.27 to 1.27's, after 1.36 to the newest), the others to the newest k0s (bin/k0s-validate).
#   K0S_VALIDATE=/path/to/bin/k0s-validate ./regenerate.sh
set -euo pipefail
ORACLE=${K0S_VALIDATE:-/work/shared/oracles/k0s-validate/bin/k0s-validate}
HERE=$(cd "$(dirname "$0")" && pwd)
K0SCONFIG_WRITE_RANDOM=1 dotnet test "$HERE/.." --filter "FullyQualifiedName~RandomProgramTests.The_programs_write" >/dev/null
cd "$HERE"
for file in out/*.yaml; do
	oracle=$ORACLE
	minor=$(grep -o 'ForK0s([^)]*)' "$file" | tail -1 | grep -o '1\.[0-9][0-9]*' | head -1 | cut -d. -f2 || true)
	if [ -n "$minor" ]; then
		[ "$minor" -lt 27 ] && minor=27
		[ "$minor" -le 36 ] && oracle="$(dirname "$ORACLE")/k0s-validate-1.$minor"
	fi
	gate=()
	if grep -q '^# Build() warns: K0S205 ' "$file"; then gate=(--feature-gates IPv6SingleStack=true); fi
	"$oracle" "${gate[@]}" --jsonl "$file"
done | jq -c '.file |= sub("^out/"; "") | {file, ok, panic, decodeError, errors}' | LC_ALL=C sort >verdicts.jsonl
echo "$(wc -l <verdicts.jsonl) programs, $(grep -c '"ok":true' verdicts.jsonl) accepted by k0s" >&2
