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
#   packaged  the README's command for the packaged application: target/app (the jar extracted by ./mvnw package)
#             with its class-data-sharing archive, C1 only, the serial collector and a 256 MB heap
#   jar       java -jar target/resolute.jar with the JVM's defaults, for comparison
#   run       ./mvnw spring-boot:run, timed from the end of the build (Maven starting the run goal): the first start
#             in a clean checkout compiles first, which is not counted here
#
#   benchmarks/startup.sh                 # 3 runs of each mode, start and load
#   RUNS=5 MODES="packaged" LOADS="quiet busy" benchmarks/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
RUNS=${RUNS:-3}
PORT=${PORT:-18080}
MODES=${MODES:-packaged jar run}
LOADS=${LOADS:-quiet busy}
PACKAGED="java -XX:SharedArchiveFile=target/app/resolute.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -jar target/app/resolute.jar"
[ -f target/app/resolute.jsa ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
pid=""
busy=()
stop_busy() { for b in "${busy[@]:-}"; do [ -n "$b" ] && kill "$b" 2>/dev/null || true; done; busy=(); }
# the application's JVM: the launched process itself, or the one Maven forks for spring-boot:run
app_jvm() { pgrep -f "ResoluteApplication --server.port=$PORT" || echo "$pid"; }
stop_app() {
  if [ -n "$pid" ]; then
    kill "$(app_jvm)" 2>/dev/null || true
    pkill -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
}
trap 'stop_app; stop_busy; rm -rf "$work"' EXIT

# Each launch runs in $work, so its ./data is $work/data; the packaged and run modes name paths from the project
# folder, as the README does, and are told where to keep their data.
h2="jdbc:h2:file:$work/data/resolute;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
launch() {
  case "$1" in
    packaged) cd "$root" && exec $PACKAGED --server.port="$PORT" --spring.datasource.url="$h2" ;;
    jar) cd "$work" && exec java -jar "$root/target/resolute.jar" --server.port="$PORT" ;;
    run) cd "$root" && exec ./mvnw -o -B spring-boot:run -Dspring-boot.run.workingDirectory="$work" \
            -Dspring-boot.run.arguments="--server.port=$PORT" ;;
  esac
}

millis_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

start_once() {
  local started ready signin loaded rss jvm
  started=$(date +%s%N)
  (launch "$1") >"$work/app.log" 2>&1 &
  pid=$!
  if [ "$1" = run ]; then
    # Maven names the goal once before building (">>> spring-boot:...:run") and once as it starts the application
    until grep -q -- "--- spring-boot:[0-9.]*:run" "$work/app.log"; do
      kill -0 "$pid" 2>/dev/null || { echo "the build failed:" >&2; tail -50 "$work/app.log" >&2; exit 1; }
      sleep 0.05
    done
    started=$(date +%s%N)
  fi
  until curl -fs "http://localhost:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the application died:" >&2; tail -50 "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(millis_since "$started")
  until curl -fs -o /dev/null "http://localhost:$PORT/login"; do sleep 0.05; done
  signin=$(millis_since "$started")
  until grep -q "Demo dataset loaded" "$work/app.log"; do
    kill -0 "$pid" 2>/dev/null || { echo "the application died:" >&2; tail -50 "$work/app.log" >&2; exit 1; }
    sleep 0.1
  done
  loaded=$(millis_since "$started")
  sleep 2
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$(app_jvm)/status")
  stop_app
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
        echo "$load, $mode, $kind start, run $run: ready ${ready} ms, sign-in ${signin} ms, demo data ${loaded} ms, ${rss} MB (load $(cut -d' ' -f1 /proc/loadavg))"
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
  echo "Modes: \`packaged\` = the README's command, \`$PACKAGED\` (made by \`./mvnw package\`);"
  echo "\`jar\` = \`java -jar target/resolute.jar\` with the JVM's defaults; \`run\` = \`./mvnw spring-boot:run\`, timed"
  echo "from the end of the build. Load average (1 min) when the runs ended: $(cut -d' ' -f1 /proc/loadavg)."
  echo
  echo "| machine | mode | start | run | ms to ready | ms to sign-in page | ms to demo data loaded | resident MB |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
} >> docs/benchmarks.md
echo "appended to docs/benchmarks.md"
