#!/usr/bin/env bash
# Start-up benchmark (DESIGN.md section 9, target: ready within 10 s, resident memory at most 512 MB): from
# launching Resolute on the embedded H2 database with the demo profile to /actuator/health/readiness UP, and the
# resident memory 2 s after. Each launch mode is measured on a first start (empty ./data: schema, reference data
# and demo accounts are created) and a second start (data reused), RUNS times, and a dated table is appended to
# docs/benchmarks.md.
#
# Launch modes:
#   jar      java -jar target/resolute.jar, the JVM's defaults (G1, heap up to a quarter of RAM)
#   lean     the extracted jar (java -Djarmode=tools -jar resolute.jar extract) with -XX:+UseSerialGC
#            -XX:TieredStopAtLevel=1, as ./mvnw spring-boot:run starts it
#   cds      lean plus a class-data-sharing archive made by one training run (-XX:ArchiveClassesAtExit)
#
#   benchmarks/startup.sh            # 3 runs of each
#   RUNS=5 benchmarks/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
RUNS=${RUNS:-3}
PORT=${PORT:-18080}
LEAN="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
[ -f target/resolute.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

java -Djarmode=tools -jar target/resolute.jar extract --destination "$work/app" >/dev/null
(cd "$work" && java $LEAN -XX:ArchiveClassesAtExit="$work/app/resolute.jsa" -Dspring.context.exit=onRefresh \
  -jar "$work/app/resolute.jar" --server.port="$PORT" >"$work/training.log" 2>&1)
rm -rf "$work/data"

command_for() {
  case "$1" in
    jar) echo "java -jar $root/target/resolute.jar" ;;
    lean) echo "java $LEAN -jar $work/app/resolute.jar" ;;
    cds) echo "java $LEAN -XX:SharedArchiveFile=$work/app/resolute.jsa -jar $work/app/resolute.jar" ;;
  esac
}

start_once() {
  local started ready rss
  started=$(date +%s%N)
  (cd "$work" && exec $(command_for "$1") --server.port="$PORT" >"$work/app.log" 2>&1) &
  pid=$!
  until curl -fs "http://localhost:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the application died:" >&2; cat "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(date +%s%N)
  sleep 2
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=""
  printf '%s %s\n' "$(( (ready - started) / 1000000 ))" "$(( rss / 1024 ))"
}

rows=""
for mode in jar lean cds; do
  for kind in first second; do
    for run in $(seq 1 "$RUNS"); do
      if [ "$kind" = first ]; then rm -rf "$work/data"; fi
      read -r millis rss <<<"$(start_once "$mode")"
      echo "$mode, $kind start, run $run: ready in ${millis} ms, resident memory ${rss} MB"
      rows+="| $mode | $kind | $run | $millis | $rss |"$'\n'
    done
  done
done

{
  echo
  echo "## Start-up, $(date -u +%Y-%m-%d) ($(nproc) cores, $(java -version 2>&1 | head -n 1))"
  echo
  echo "Command: \`RUNS=$RUNS benchmarks/startup.sh\`. Target: ready within 10,000 ms, resident memory at most 512 MB."
  echo "Modes: \`jar\` = \`java -jar\` with the JVM's defaults; \`lean\` = extracted jar with \`$LEAN\`;"
  echo "\`cds\` = lean plus a class-data-sharing archive from a training run."
  echo
  echo "| mode | start | run | ms to ready | resident MB |"
  echo "|---|---|---|---|---|"
  printf '%s' "$rows"
} >> docs/benchmarks.md
echo "appended to docs/benchmarks.md"
