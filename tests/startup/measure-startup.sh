#!/usr/bin/env bash
# Start-up of the runner-strength tool as users install it, against a do-nothing .NET console app, in the same run.
#
#   tests/startup/measure-startup.sh [RUNS]        (default 15 runs of each command)
#
# It packs the tool (dotnet pack, the package for this machine's platform, which dotnet tool install picks), installs it
# into a temporary tool path, builds an empty console app (Main returns 0) the same way, then runs every command RUNS
# times, interleaved (one run of each per round, so a busy moment hits them all alike), from a folder with no rules in
# it, so the tool uses the rule set it ships with. Each command runs once first, which fills the schema cache as a
# user's first run does. It prints the median, the fastest and the slowest wall time of each, and the median's ratio to
# the console app's. NATIVE_AOT=1 packs the linux-x64 package with Native AOT (-p:NativeAot=true, see the tool's project
# file); with it, R2R=1 also installs the ReadyToRun package of the platform and times it beside it; ANY=1 adds the
# portable package (compiled as it runs).
# Nothing in the repository is written: sources are packed from a copy, and everything lives in a temporary folder.
set -euo pipefail

runs=${1:-15}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rs-startup.XXXXXX")
# KEEP=1 leaves the folder (the installed tools, the console app) for further measurements.
[ "${KEEP:-0}" = 1 ] && echo "keeping $work" >&2 || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 NO_COLOR=1
export RUNNERSTRENGTH_CACHE="$work/cache"
unset RUNNERSTRENGTH_RULES RUNNERSTRENGTH_WEEKS RUNNERSTRENGTH_FORMAT
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
case "$rid" in linux-musl-*|linux-*|osx-*|win-*) ;; *) rid=linux-x64 ;; esac

echo "packing and installing the tool for $rid (with NATIVE_AOT=1, several minutes)..." >&2
mkdir -p "$work/source"
(cd "$repo" && tar -cf - --exclude=bin --exclude=obj \
  global.json Directory.Build.props Directory.Packages.props .editorconfig README.md src tools rules schemas) | tar -xf - -C "$work/source"
pack() { # $1: a folder of packages made before, or empty; $2: the platforms to pack for; $3: the tool path to install
  # into; then more properties for dotnet pack
  local packages=$1 platforms=$2 path=$3
  shift 3
  if [ -z "$packages" ]; then
    packages="$work/packages-$(basename "$path")"
    rm -rf "$work/source/tools/RunnerStrength.Tools/obj" "$work/source/tools/RunnerStrength.Tools/bin"
    dotnet pack "$work/source/tools/RunnerStrength.Tools" -o "$packages" -p:ToolPackageRuntimeIdentifiers="$platforms" "$@" --nologo -v quiet >/dev/null
  fi
  dotnet tool install --tool-path "$path" --add-source "$packages" runner-strength >/dev/null
}
# PACKAGES=DIR (R2R_PACKAGES=DIR, ANY_PACKAGES=DIR) installs packages packed before by the same dotnet pack instead.
pack "${PACKAGES:-}" "$rid" "$work/tool" "-p:NativeAot=${NATIVE_AOT:-0}"
[ "${R2R:-0}" = 1 ] && pack "${R2R_PACKAGES:-}" "$rid" "$work/tool-r2r" -p:PublishAot=false
[ "${ANY:-0}" = 1 ] && pack "${ANY_PACKAGES:-}" any "$work/tool-any"

echo "building the do-nothing console app..." >&2
mkdir -p "$work/hello"
cat > "$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
XML
echo 'return 0;' > "$work/hello/Program.cs"
dotnet publish "$work/hello" -c Release -o "$work/hello/out" --nologo -v quiet >/dev/null

athlete="$work/athlete.json"
cp "$repo/rules/examples/athletes/advanced-gym-marathon.json" "$athlete"
cd "$(mktemp -d "$work/elsewhere.XXXXXX")"
tool="$work/tool/runner-strength"
names=() commands=()
add() { names+=("$1"); commands+=("$2"); }
add "do-nothing console app (apphost)" "$work/hello/out/hello"
add "do-nothing console app (dotnet hello.dll)" "dotnet $work/hello/out/hello.dll"
add "runner-strength --version" "$tool --version"
add "runner-strength eval --expr '1 + 2'" "$tool eval --expr 1+2"
add "runner-strength eval --athlete FILE" "$tool eval --expr athlete.sessionMinutes --athlete $athlete"
add "runner-strength validate (shipped rules)" "$tool validate"
add "runner-strength plan --athlete FILE (20 weeks)" "$tool plan --athlete $athlete --start 2026-11-23"
add "the same plan, schema cache off" "env RUNNERSTRENGTH_CACHE=off $tool plan --athlete $athlete --start 2026-11-23"
if [ "${R2R:-0}" = 1 ]; then
  add "ReadyToRun package: eval --expr '1 + 2'" "$work/tool-r2r/runner-strength eval --expr 1+2"
  add "ReadyToRun package: validate" "$work/tool-r2r/runner-strength validate"
  add "ReadyToRun package: plan --athlete FILE" "$work/tool-r2r/runner-strength plan --athlete $athlete --start 2026-11-23"
fi
if [ "${ANY:-0}" = 1 ]; then
  add "portable package: eval --expr '1 + 2'" "$work/tool-any/runner-strength eval --expr 1+2"
  add "portable package: validate" "$work/tool-any/runner-strength validate"
  add "portable package: plan --athlete FILE" "$work/tool-any/runner-strength plan --athlete $athlete --start 2026-11-23"
fi

for i in "${!commands[@]}"; do # the first run of each fills the schema cache and the disk cache of the files
  ${commands[$i]} >/dev/null 2>&1 || { echo "failed: ${commands[$i]}" >&2; exit 1; }
done
for round in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    ${commands[$i]} >/dev/null 2>&1
    end=$(date +%s%N)
    echo "$i $(( (end - start) / 1000 ))" >> "$work/times"
  done
done

printf '\n%s runs each, interleaved, on %s (%s cores, load average %s)\n\n' "$runs" "$rid" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| command | median | fastest | slowest | median / console app (apphost) |\n| --- | ---: | ---: | ---: | ---: |\n'
awk '{ n[$1]++; v[$1, n[$1]] = $2 }
  END {
    for (i = 0; i in n; i++) {
      c = n[i]
      for (a = 1; a <= c; a++) s[a] = v[i, a]
      for (a = 2; a <= c; a++) { x = s[a]; for (b = a - 1; b >= 1 && s[b] > x; b--) s[b + 1] = s[b]; s[b + 1] = x }
      m = (c % 2) ? s[(c + 1) / 2] : (s[c / 2] + s[c / 2 + 1]) / 2
      if (i == 0) base = m
      printf "%d %.0f %.0f %.0f %.2f\n", i, m / 1000, s[1] / 1000, s[c] / 1000, m / base
    }
  }' "$work/times" | while read -r i median low high ratio; do
  printf '| %s | %s ms | %s ms | %s ms | %sx |\n' "${names[$i]}" "$median" "$low" "$high" "$ratio"
done
