#!/usr/bin/env bash
# Planner benchmark (DESIGN.md section 9: no hard constraint broken, within 1% of the optimum for up to 2,000 advisor
# teams at 30 s; issue 7: the demo posture's drawdown to 11,000 feasible within 10 s). Not a test.
#   - generated drawdowns (GeneratedInstances, seeded) of TEAMS teams to CEILING_SHARE of their troops: Timefold's best
#     after TIMEFOLD_SECONDS against OR-Tools CP-SAT's best and bound on the same model (ExactDeployment) after
#     CPSAT_SECONDS (one limit per size, in the order of TEAMS) with CPSAT_PARAMETERS (protobuf text); with
#     HINTED=true, the default, CP-SAT starts from Timefold's best and spends its time improving it and the bound
#   - the demo posture of 2020-10-31 (about 16,000 troops) to 11,000: time to the first feasible solution and the score
#     after DEMO_SECONDS (Resolute started in the same JVM on an in-memory H2 database with the demo data)
# Prints Markdown table rows; with APPEND=1 also appends them to docs/benchmarks.md in a new dated "Planner" section.
#
#   benchmarks/planner.sh
#   TEAMS=500 TIMEFOLD_SECONDS=30 CPSAT_SECONDS=60 DEMO=0 benchmarks/planner.sh
#   CPSAT_LOG=1 ... shows CP-SAT's search log (bound and best as they move).
# The benchmark's own sources (src/benchmark/java) and OR-Tools (Maven profile "benchmark") are compiled here into
# target/benchmark-classes: they are in neither the application's jar nor the tests' classpath.
set -euo pipefail
cd "$(dirname "$0")/.."
TEAMS=${TEAMS:-500,2000}
TIMEFOLD_SECONDS=${TIMEFOLD_SECONDS:-30}
CPSAT_SECONDS=${CPSAT_SECONDS:-300,900}
CPSAT_PARAMETERS=${CPSAT_PARAMETERS:-num_workers:8 linearization_level:2}
SEED=${SEED:-7}
CEILING_SHARE=${CEILING_SHARE:-0.7}
HINTED=${HINTED:-true}
DEMO_SECONDS=${DEMO_SECONDS:-10}
./mvnw -B -q -Pbenchmark test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
  -Dmdep.includeScope=runtime
cp="target/classes:target/test-classes:$(cat target/benchmark.classpath)"
rm -rf target/benchmark-classes
javac -nowarn -d target/benchmark-classes -cp "$cp" $(find src/benchmark/java -name "*.java")
cp="target/benchmark-classes:$cp"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
java -Xmx3g -cp "$cp" org.resolute.planning.domain.PlannerBenchmark "$TEAMS" "$TIMEFOLD_SECONDS" "$CPSAT_SECONDS" \
  "$SEED" "$CEILING_SHARE" "$HINTED" "$CPSAT_PARAMETERS" 2>/dev/null \
  | { if [ -n "${CPSAT_LOG:-}" ]; then tee /dev/stderr; else cat; fi; } | grep '^|' | tee "$out"
if [ "${DEMO:-1}" = 1 ]; then
echo | tee -a "$out"
echo "| demo drawdown | reading the plan's input | first feasible solution | score after ${DEMO_SECONDS} s |" | tee -a "$out"
echo "|---|---|---|---|" | tee -a "$out"
java -Xmx1g -cp "$cp" org.resolute.planning.domain.DemoDrawdown "$DEMO_SECONDS" 2>/dev/null | grep '^|' | tee -a "$out"
fi
if [ "${APPEND:-0}" = 1 ]; then
  {
    echo
    echo "## Planner, $(date -u +%Y-%m-%d) ($(nproc) cores, shared; $(java -version 2>&1 | head -1))"
    echo
    echo "\`TEAMS=$TEAMS TIMEFOLD_SECONDS=$TIMEFOLD_SECONDS CPSAT_SECONDS=$CPSAT_SECONDS CPSAT_PARAMETERS='$CPSAT_PARAMETERS' SEED=$SEED CEILING_SHARE=$CEILING_SHARE HINTED=$HINTED DEMO_SECONDS=$DEMO_SECONDS benchmarks/planner.sh\`"
    echo
    cat "$out"
  } >> docs/benchmarks.md
fi
