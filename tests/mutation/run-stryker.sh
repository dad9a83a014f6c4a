#!/usr/bin/env bash
# Mutation testing of the sandbox's second wall (issue #15), by hand, never in CI: see README.md beside this file.
# Installs dotnet-stryker from the repository's tool manifest (.config/dotnet-tools.json), mutates only the files
# named in stryker-config.json and runs the engine's tests against each mutant. Takes 20-40 minutes on 2 cores.
#
#   tests/mutation/run-stryker.sh                 # reports go to tests/mutation/StrykerOutput/<timestamp>/ (ignored by git)
#   tests/mutation/run-stryker.sh -O /tmp/mut     # any other dotnet-stryker option is passed on
#   nohup tests/mutation/run-stryker.sh > /tmp/stryker.log 2>&1 &   # in the background, then: tail -f /tmp/stryker.log
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cd "$root"
dotnet tool restore

# Stryker runs from the test project; the config names the project it mutates.
cd "$root/tests/RunnerStrength.Engine.Tests"
has_output=false
for arg in "$@"; do
  case "$arg" in -O|--output|--output=*) has_output=true ;; esac
done
output=()
if [ "$has_output" = false ]; then
  output=(--output "$here/StrykerOutput/$(date -u +%Y-%m-%dT%H-%M-%SZ)")
fi

exec dotnet stryker --config-file "$here/stryker-config.json" --skip-version-check "${output[@]}" "$@"
