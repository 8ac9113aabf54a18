#!/usr/bin/env bash
# Regenerates verdicts.jsonl: k0sctl's own verdict (the k0sctl-validate oracle: k0sctl v0.32.2's reading, defaults and
# validation built as a program; see its NOTES.md) on every file K0sctlVerdictTests checks, with the file's absolute path
# in k0sctl's messages replaced by <file> and its folder's by <dir> (k0sctl names the upload sources it looks for there:
# the u-*.yaml cases and cases/uploads/). Run with an empty environment, as k0sctl substitutes environment variables.
# Needs the oracle built and jq.   K0SCTL_VALIDATE=/path/to/bin/k0sctl-validate ./regenerate.sh
set -euo pipefail
ORACLE=${K0SCTL_VALIDATE:-/work/oracles/k0sctl-validate/bin/k0sctl-validate}
cd "$(dirname "$0")/../.."   # tests/
{
	for f in K0sConfig.Cli.Tests/K0sctlVerdicts/cases/*.yaml K0sConfig.Tests/YamlData/docs-airgap-install.k0sctl.yaml K0sConfig.Tests/YamlData/docs-cplb-k0sctl-config.yaml K0sConfig.Tests/K0sctl/Golden/*.yaml ../samples/yaml/k0sctl.yaml; do
		abs=$(realpath "$f")
		dir=$(dirname "$abs")
		rel=$(echo "$f" | sed -e 's|^K0sConfig.Cli.Tests/||' -e 's|^K0sConfig.Tests/K0sctl/Golden/|K0sctlGolden/|' -e 's|^K0sConfig.Tests/||' -e 's|^\.\./samples/yaml/|samples/|')
		env -i HOME=/home/oracle "$ORACLE" "$f" | jq -c --arg abs "$abs" --arg dir "$dir" --arg rel "$rel" \
			'{file: $rel, ok, stage: (.stage // null), message: (if .message then (.message | split($abs) | join("<file>") | split($dir + "/") | join("<dir>/")) elif .panic then ("panic: " + .panic) else null end)}' || true
	done
} | LC_ALL=C sort >K0sConfig.Cli.Tests/K0sctlVerdicts/verdicts.jsonl
echo "$(wc -l <K0sConfig.Cli.Tests/K0sctlVerdicts/verdicts.jsonl) verdicts" >&2
