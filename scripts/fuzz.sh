#!/usr/bin/env bash
# The long fuzz run (docs/reliability.md): each reader's fuzz test fuzzed for SECONDS with a random seed, one after
# another, starting from its checked-in inputs and the corpus earlier runs left in planner-cli/.cifuzz-corpus/.
#
#   scripts/fuzz.sh [SECONDS] [TEST...]     default: 600 s for each of the six fuzz tests
#
# A crash (an internal error, a stack trace, or an input problem without file:line:col) stops that test; Jazzer writes
# the input into the test's Inputs folder under planner-cli/src/test/resources, where every build then replays it.
# Prints, per test, the inputs tried and whether it found a crash; Maven's log is in planner-cli/target/fuzz-*.log,
# Jazzer's in planner-cli/target/surefire-reports/*FuzzTest-output.txt.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-600}"
shift || true
tests=("$@")
if [[ ${#tests[@]} -eq 0 ]]; then
  tests=(ScenarioFuzzTest PolicyFuzzTest SitesFuzzTest CatalogueOverrideFuzzTest VariantsFuzzTest RuleFileFuzzTest)
fi

cd "$here"
./mvnw -B -q -ntp -DskipTests install -pl planner-cli -am >/dev/null || { echo "fuzz: the build failed" >&2; exit 1; }
mkdir -p planner-cli/target
failed=0
for test in "${tests[@]}"; do
  log="planner-cli/target/fuzz-$test.log"
  ./mvnw -B -ntp -pl planner-cli surefire:test@short-fuzz -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dfuzz.runs=-1 -Dfuzz.seconds="$seconds" -Dfuzz.seed=0 >"$log" 2>&1
  status=$?
  # Jazzer's own log is in the test's output file (see planner-cli's pom), Maven's in $log
  output="planner-cli/target/surefire-reports/io.gigawatt.planner.cli.fuzz.$test-output.txt"
  runs="$(cat "$log" "$output" 2>/dev/null | grep -aoE '^Done [0-9]+ runs in [0-9]+ second' | tail -1)"
  if [[ $status -eq 0 ]]; then
    echo "$test: ${runs:-no fuzzing summary}, no crash"
  else
    failed=1
    echo "$test: ${runs:-stopped}, CRASH (see $output and the new input under planner-cli/src/test/resources)"
  fi
done
exit $failed
