#!/usr/bin/env bash
# The Native AOT build of runner-strength against the JIT build: the same commands, the same output, byte for byte.
#
#   tests/startup/compare-aot.sh            (publishes both: the AOT one takes several minutes of CPU)
#   AOT=DIR JIT=DIR tests/startup/compare-aot.sh   (compares two folders published before)
#
# Not part of dotnet test: a Native AOT publish is too slow for it. It runs, from a folder without rules (so both use
# the rule set they ship with): eval of a literal, eval over each sample athlete, validate, and plan of every sample
# athlete in every format with a fixed start; then the same failures (a misspelt member, a schema violation), whose
# diagnostics must not change either. It prints each difference and exits 1 if there is any.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rs-compare-aot.XXXXXX")
[ "${KEEP:-0}" = 1 ] && echo "keeping $work" >&2 || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1 RUNNERSTRENGTH_CACHE=off
unset RUNNERSTRENGTH_RULES RUNNERSTRENGTH_WEEKS RUNNERSTRENGTH_FORMAT
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)

if [ -z "${JIT:-}" ]; then
  echo "publishing the JIT build..." >&2
  dotnet publish "$repo/tools/RunnerStrength.Tools" -c Release -r "$rid" -p:PublishAot=false -o "$work/jit" --nologo -v quiet >/dev/null
  JIT="$work/jit"
fi
if [ -z "${AOT:-}" ]; then
  echo "publishing the Native AOT build (several minutes)..." >&2
  dotnet publish "$repo/tools/RunnerStrength.Tools" -c Release -r "$rid" -p:PublishAot=true -o "$work/aot" --nologo -v quiet >/dev/null
  AOT="$work/aot"
fi

athletes="$repo/rules/examples/athletes"
bad="$work/bad"
mkdir -p "$bad"
sed 's/"level"/"levle"/' "$athletes/no-race.json" > "$bad/misspelt-member.json"
sed 's/"sessionMinutes": [0-9]*/"sessionMinutes": -5/' "$athletes/no-race.json" > "$bad/out-of-range.json"

commands=("eval --expr 1+2" "eval --expr 'athlete.level == \"advanced\"'" "validate" "validate $bad/misspelt-member.json")
for file in "$athletes"/*.json; do
  commands+=("eval --expr athlete.sessionMinutes --athlete $file")
  for format in text json markdown ics; do
    commands+=("plan --athlete $file --start 2026-11-23 --format $format")
  done
done
for file in "$bad"/*.json; do
  commands+=("plan --athlete $file --start 2026-11-23")
done

cd "$(mktemp -d "$work/elsewhere.XXXXXX")"
differences=0
for command in "${commands[@]}"; do
  for build in jit aot; do
    dir=$JIT
    [ "$build" = aot ] && dir=$AOT
    set +e
    eval "\"$dir/runner-strength\" $command" > "$work/$build.out" 2> "$work/$build.err"
    echo "exit $?" >> "$work/$build.out"
    # The shipped rules' paths name the folder of each build; a calendar's DTSTAMP and SEQUENCE are the time of writing.
    sed -i -e "s#$dir#TOOL#g" -e 's/^DTSTAMP:.*/DTSTAMP:now/' -e 's/^SEQUENCE:.*/SEQUENCE:now/' "$work/$build.out" "$work/$build.err"
    set -e
  done
  if ! cmp -s "$work/jit.out" "$work/aot.out" || ! cmp -s "$work/jit.err" "$work/aot.err"; then
    differences=$((differences + 1))
    echo "DIFFERENT: runner-strength $command"
    diff "$work/jit.out" "$work/aot.out" | head -20 || true
    diff "$work/jit.err" "$work/aot.err" | head -20 || true
  fi
done
echo "${#commands[@]} commands, $differences different"
[ "$differences" = 0 ]
