#!/usr/bin/env bash
# How long `k0sconfig validate` of a typical k0s.yaml takes, end to end, next to a hello-world console app on the same
# machine, measured side by side: the commands alternate, RUNS times each, and the medians are compared.
# See docs/performance.md.
#
#   bench/CliStartup/measure.sh [RUNS] [FILE]
#
# Measured:
# - dotnet hello.dll: a hello-world console app (net8.0, rolled forward to the installed runtime, as the tool is);
# - the .NET tool as `dotnet tool install` runs it: dotnet K0sConfig.Cli.dll validate FILE;
# - the native executable (README, "One native executable"), when clang is installed (Native AOT links with it):
#   dotnet publish src/K0sConfig.Cli -c Release -r <rid> -p:K0sConfigNative=true.
# Each is built Release into a temporary folder; the tool must exit 0 on FILE before it is timed.
set -euo pipefail
runs=${1:-30}
file=$(realpath "${2:-samples/yaml/k0s.yaml}")
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/hello"
cat > "$work/hello/hello.csproj" <<'PROJ'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net8.0</TargetFramework><RollForward>Major</RollForward></PropertyGroup>
</Project>
PROJ
echo 'System.Console.WriteLine("Hello, World!");' > "$work/hello/Program.cs"
build() { # build LOG ARGS...
  local log=$1; shift
  "$@" --nologo -v q > "$work/$log" 2>&1 || { cat "$work/$log"; exit 1; }
}
build hello.log dotnet publish "$work/hello/hello.csproj" -c Release -o "$work/hello/out"
build tool.log dotnet publish "$repo/src/K0sConfig.Cli/K0sConfig.Cli.csproj" -c Release -o "$work/tool"

names=("dotnet hello.dll" "dotnet K0sConfig.Cli.dll validate $(basename "$file")")
commands=("dotnet $work/hello/out/hello.dll" "dotnet $work/tool/K0sConfig.Cli.dll validate $file")
if command -v clang > /dev/null; then
  rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
  build native.log dotnet publish "$repo/src/K0sConfig.Cli/K0sConfig.Cli.csproj" -c Release -r "$rid" -p:K0sConfigNative=true -o "$work/native"
  names+=("native K0sConfig.Cli validate $(basename "$file") ($rid)")
  commands+=("$work/native/K0sConfig.Cli validate $file")

  # The native executable must say exactly what the .NET tool says, exit code included, on every YAML file of the
  # samples and the tests, in every format.
  differ=0; compared=0
  for yaml in "$repo"/samples/yaml/*.yaml "$repo"/tests/K0sConfig.Tests/YamlData/*.yaml "$repo"/tests/K0sConfig.Tests/YamlData/corpus/*.yaml; do
    for format in text json sarif; do
      a=$("$work/native/K0sConfig.Cli" validate --format "$format" "$yaml" 2>&1; echo "exit $?")
      b=$(dotnet "$work/tool/K0sConfig.Cli.dll" validate --format "$format" "$yaml" 2>&1; echo "exit $?")
      compared=$((compared + 1))
      [[ "$a" == "$b" ]] || { differ=$((differ + 1)); echo "differs: --format $format $yaml" >&2; }
    done
  done
  echo "native and .NET tool: $((compared - differ)) of $compared validations give the same output and exit code"
  (( differ == 0 )) || exit 1
else
  echo "clang is not installed: the native executable is not measured." >&2
fi

for i in "${!commands[@]}"; do
  ${commands[$i]} > /dev/null   # exit 0 required (set -e); also warms the disk cache
  : > "$work/$i.ms"
done
for _ in $(seq 1 "$runs"); do
  for i in "${!commands[@]}"; do
    s=$(date +%s%N); ${commands[$i]} > /dev/null; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 )) >> "$work/$i.ms"
  done
done

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
range() { sort -n "$1" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }
hello=$(median "$work/0.ms")
echo "| command | runs | median ms | range ms | ratio to hello world |"
echo "|---|---|---|---|---|"
for i in "${!commands[@]}"; do
  m=$(median "$work/$i.ms")
  awk -v n="${names[$i]}" -v r="$runs" -v m="$m" -v g="$(range "$work/$i.ms")" -v h="$hello" 'BEGIN { printf "| %s | %s | %s | %s | %.2f |\n", n, r, m, g, m / h }'
done
