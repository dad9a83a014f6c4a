#!/usr/bin/env bash
# Mutation testing of the sandbox's second wall (issue #15), by hand, never in CI: see README.md beside this file.
# Installs dotnet-stryker from the repository's tool manifest (.config/dotnet-tools.json), mutates only the files
# named in stryker-config.json and runs the engine's tests against each mutant.
#
#   tests/mutation/run-stryker.sh verifier        # SafetyVerifier.cs against the verifier's own tests (about 70 minutes on 2 busy cores)
#   tests/mutation/run-stryker.sh policy-budgets  # the other files against the policy, name-list and budget tests (about 85 minutes)
#   tests/mutation/run-stryker.sh                 # every file against the whole suite but its slowest tests (2 minutes a mutant on a busy machine: hours)
#   tests/mutation/run-stryker.sh verifier -O /tmp/mut -L  # any other dotnet-stryker option is passed on
#   nohup tests/mutation/run-stryker.sh verifier > /tmp/stryker.log 2>&1 &   # in the background; -L logs each mutant
#
# Reports go to tests/mutation/StrykerOutput/<timestamp>/ (ignored by git) unless -O names a folder.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tests="FullyQualifiedName~RunnerStrength.Engine.Tests"
scope=()
case "${1:-}" in
  verifier)
    shift
    # The walk tested on its own: hand-built trees only, none of them through the binder.
    scope=(--mutate "**/Emit/SafetyVerifier.cs" --test-case-filter "$tests.Safety.SafetyVerifier")
    ;;
  policy-budgets)
    shift
    # Every file of the config but the walk, against the tests written for them (the walk's tests read members too).
    filter="($tests.Safety.MemberPolicyTests|$tests.Safety.SafetyVerifier|$tests.Evaluation.MemberAndCallTests"
    filter+="|$tests.Binding.BindingDiagnosticTests|$tests.Safety.StepBudgetBoundaryTests|$tests.Safety.SequenceStepTests"
    filter+="|$tests.Safety.MemoryBudgetTests|$tests.Safety.EvaluationLimitTests|$tests.Safety.EvaluationFrameTests"
    filter+="|$tests.Safety.TextAndListBudgetTests|$tests.Safety.SequenceLoopsTests|$tests.Evaluation.LambdaArgumentTests|$tests.Evaluation.ValueFormattingTests"
    filter+="|$tests.Safety.InlinedLoopBudgetTests|$tests.Evaluation.FusedAllocationTests)"
    filter+="&FullyQualifiedName!~a_million_lambda_calls&FullyQualifiedName!~Nested_list_methods_without_a_lambda"
    scope=(--test-case-filter "$filter")
    while IFS= read -r pattern; do
      scope+=(--mutate "$pattern")
    done < <(sed -n 's/^ *"\(\*\*\/[^"]*\)",\{0,1\}$/\1/p' "$here/stryker-config.json" | grep -v 'SafetyVerifier')
    ;;
esac

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

exec dotnet stryker --config-file "$here/stryker-config.json" --skip-version-check "${scope[@]}" "${output[@]}" "$@"
