#!/usr/bin/env bash
# Start-up benchmark (DESIGN.md section 9): from launching the packaged jar on the embedded H2 database with the
# demo profile to a ready application (/actuator/health/readiness UP), and the resident memory after start.
# Runs a first start (empty ./data: schema and demo dataset are created) and a second start (data reused),
# RUNS times each, and appends a dated table to docs/benchmarks.md.
#
#   benchmarks/startup.sh            # 3 runs of each
#   RUNS=5 benchmarks/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PORT=${PORT:-18080}
JAR=target/resolute.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

start_once() {
  local started ready rss
  started=$(date +%s%N)
  (cd "$work" && exec java -jar "$OLDPWD/$JAR" --server.port="$PORT" >"$work/app.log" 2>&1) &
  pid=$!
  until curl -fs "http://localhost:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the application died; see $work/app.log" >&2; cat "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(date +%s%N)
  sleep 2
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$(pgrep -P "$pid" java || echo "$pid")/status" 2>/dev/null || awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%s %s\n' "$(( (ready - started) / 1000000 ))" "$(( rss / 1024 ))"
}

rows=""
for kind in first second; do
  for run in $(seq 1 "$RUNS"); do
    if [ "$kind" = first ]; then rm -rf "$work/data"; else [ -d "$work/data" ] || start_once >/dev/null; fi
    read -r millis rss <<<"$(start_once)"
    echo "$kind start, run $run: ready in ${millis} ms, resident memory ${rss} MB"
    rows+="| $kind start (run $run) | $millis | $rss |"$'\n'
  done
done

{
  echo
  echo "### Start-up, $(date -u +%Y-%m-%d) ($(nproc) cores, $(java -version 2>&1 | head -n 1))"
  echo
  echo "Command: \`benchmarks/startup.sh\` (RUNS=$RUNS). Target: ready within 10,000 ms, resident memory at most 512 MB."
  echo
  echo "| start | ms to ready | resident MB |"
  echo "|---|---|---|"
  printf '%s' "$rows"
} >> docs/benchmarks.md
echo "appended to docs/benchmarks.md"
