#!/bin/sh
# Fuzzes every target of FuzzTargetsTest (examples/src/test/java/.../fuzz) one after the other,
# each for the @FuzzTest's maxDuration (2 minutes) unless JAZZER_MAX_DURATION says otherwise
# (such as 10m). A finding is written next to the committed inputs, under
# examples/src/test/resources/ca/cma/wellness/sessions/examples/fuzz/FuzzTargetsTestInputs/<target>/,
# and from then on replayed by every `mvn verify`. Run from anywhere; needs the dependencies in
# the local Maven repository (run `mvn -B verify` once first).
set -eu
cd "$(dirname "$0")/.."
for target in emailAddress icsImport reply feed builders; do
  echo "== fuzzing $target"
  JAZZER_FUZZ=1 mvn -B -ntp -o -pl examples -am -Dtest="FuzzTargetsTest#$target" \
      -Dsurefire.failIfNoSpecifiedTests=false test
done
