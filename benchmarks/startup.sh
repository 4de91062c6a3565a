#!/usr/bin/env bash
# Start-up benchmark (issue 18; DESIGN.md section 9): ready (readiness UP and the sign-in page served) within
# 10 s on a 2-core machine with the demo data, resident memory at most 512 MB. From launching Resolute on the
# embedded H2 database with the demo profile it records: the time to readiness UP, the time to the sign-in page
# (200), the time until the demo data (loaded in the background once ready) has finished loading, and the
# resident memory once it has. Each launch mode is measured on a first start (empty ./data: schema, reference
# data, demo accounts and the whole demo dataset are created) and a second start (data reused), on a quiet
# machine and under a parallel CPU load of 2 busy threads, RUNS times; a dated table is appended to
# docs/benchmarks.md.
#
# Launch modes:
#   jar      java -jar target/resolute.jar, as the README tells a user to run the packaged application
#   lean     the extracted jar (java -Djarmode=tools -jar resolute.jar extract) with -XX:+UseSerialGC
#            -XX:TieredStopAtLevel=1, as ./mvnw spring-boot:run starts it
#   cds      lean plus a class-data-sharing archive made by one training run (-XX:ArchiveClassesAtExit)
#
#   benchmarks/startup.sh                 # 3 runs of each mode, start and load
#   RUNS=5 MODES="jar" LOADS="quiet busy" benchmarks/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
RUNS=${RUNS:-3}
PORT=${PORT:-18080}
MODES=${MODES:-jar lean cds}
LOADS=${LOADS:-quiet busy}
LEAN="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
[ -f target/resolute.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
pid=""
busy=()
stop_busy() { for b in "${busy[@]:-}"; do [ -n "$b" ] && kill "$b" 2>/dev/null || true; done; busy=(); }
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; stop_busy; rm -rf "$work"' EXIT

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

millis_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

start_once() {
  local started ready signin loaded rss
  started=$(date +%s%N)
  (cd "$work" && exec $(command_for "$1") --server.port="$PORT" >"$work/app.log" 2>&1) &
  pid=$!
  until curl -fs "http://localhost:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the application died:" >&2; cat "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(millis_since "$started")
  until curl -fs -o /dev/null "http://localhost:$PORT/login"; do sleep 0.05; done
  signin=$(millis_since "$started")
  until grep -q "Demo dataset loaded" "$work/app.log"; do
    kill -0 "$pid" 2>/dev/null || { echo "the application died:" >&2; cat "$work/app.log" >&2; exit 1; }
    sleep 0.1
  done
  loaded=$(millis_since "$started")
  sleep 2
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=""
  printf '%s %s %s %s\n' "$ready" "$signin" "$loaded" "$(( rss / 1024 ))"
}

rows=""
for load in $LOADS; do
  if [ "$load" = busy ]; then
    for _ in 1 2; do (while :; do :; done) & busy+=($!); done
  fi
  for mode in $MODES; do
    for kind in first second; do
      for run in $(seq 1 "$RUNS"); do
        if [ "$kind" = first ]; then rm -rf "$work/data"; fi
        read -r ready signin loaded rss <<<"$(start_once "$mode")"
        echo "$load, $mode, $kind start, run $run: ready ${ready} ms, sign-in ${signin} ms, demo data ${loaded} ms, ${rss} MB"
        rows+="| $load | $mode | $kind | $run | $ready | $signin | $loaded | $rss |"$'\n'
      done
    done
  done
  stop_busy
done

{
  echo
  echo "## Start-up, $(date -u +%Y-%m-%d) ($(nproc) cores, $(java -version 2>&1 | head -n 1))"
  echo
  echo "Command: \`RUNS=$RUNS MODES=\"$MODES\" LOADS=\"$LOADS\" benchmarks/startup.sh\`. Target: readiness UP and the"
  echo "sign-in page served within 10,000 ms (aim: 5,000), resident memory at most 512 MB. \`busy\` = two busy threads"
  echo "running beside it. The demo data loads in the background once the application is ready."
  echo "Modes: \`jar\` = \`java -jar\` with the JVM's defaults; \`lean\` = extracted jar with \`$LEAN\`;"
  echo "\`cds\` = lean plus a class-data-sharing archive from a training run."
  echo
  echo "| machine | mode | start | run | ms to ready | ms to sign-in page | ms to demo data loaded | resident MB |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
} >> docs/benchmarks.md
echo "appended to docs/benchmarks.md"
