#!/usr/bin/env bash
# Public reads at scale (issue 18, point 9; DESIGN.md section 9): the public placemat page at least 1,000
# requests/s with p99 at most 100 ms, 16 connections, wrk on the same machine, and no session stored for an
# anonymous visitor. Starts the packaged application as the README runs it (target/app, class-data sharing, the
# demo profile) on PostgreSQL in a schema of its own, waits until the demo data has loaded, then measures with wrk
# (DURATION seconds each, after a warm-up of the same length):
#   - the public placemat page, /placemat
#   - the placemat API, /api/v1/placemat (JSON)
#   - funding transparency, /transparency
#   - the placemat page revalidated with If-None-Match (each answered 304 without a body)
# each as requests/s, p50 and p99 latency and non-2xx/3xx answers, with the rows of spring_session before and
# after (they must not grow), and appends a dated section to docs/benchmarks.md.
#
#   benchmarks/public-reads.sh                      # PostgreSQL at localhost:5432/resolute_test, resolute/resolute
#   DURATION=30 CONNECTIONS=16 benchmarks/public-reads.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-resolute_test}
export PGUSER=${PGUSER:-resolute} PGPASSWORD=${PGPASSWORD:-resolute}
SCHEMA=${SCHEMA:-bench_public_reads}
PORT=${PORT:-8092}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
base="http://localhost:$PORT"
[ -f target/app/resolute.jsa ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; psql -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1; rm -rf "$work"' EXIT

psql -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA"
# the README's command for the packaged application, on PostgreSQL
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$SCHEMA" \
SPRING_DATASOURCE_USERNAME=$PGUSER SPRING_DATASOURCE_PASSWORD=$PGPASSWORD \
SPRING_FLYWAY_SCHEMAS=$SCHEMA SPRING_FLYWAY_DEFAULT_SCHEMA=$SCHEMA \
  java -XX:SharedArchiveFile=target/app/resolute.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m \
  -jar target/app/resolute.jar --server.port="$PORT" >"$work/app.log" 2>&1 &
pid=$!
until grep -q "Demo dataset loaded" "$work/app.log"; do
  kill -0 "$pid" 2>/dev/null || { echo "the application died:" >&2; tail -50 "$work/app.log" >&2; exit 1; }
  sleep 0.5
done

sessions() { psql -At -c "SELECT COUNT(*) FROM $SCHEMA.spring_session"; }
# one wrk run: requests/s, p50, p99, answers other than 2xx/3xx
measure() {
  local url=$1; shift
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "$@" "$url" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url" >"$work/wrk.txt"
  awk '/Requests\/sec/ {rps=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} /Non-2xx or 3xx/ {bad=$NF}
       END {printf "%s %s %s %s\n", rps, p50, p99, (bad == "" ? 0 : bad)}' "$work/wrk.txt"
}

before=$(sessions)
load_before=$(cut -d' ' -f1 /proc/loadavg)
rows=""
for path in /placemat /api/v1/placemat /transparency; do
  read -r rps p50 p99 bad <<<"$(measure "$base$path")"
  echo "$path: $rps requests/s, p50 $p50, p99 $p99, $bad non-2xx/3xx"
  rows+="| \`$path\` | $rps | $p50 | $p99 | $bad |"$'\n'
done
etag=$(curl -fs -D - -o /dev/null "$base/placemat" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base/placemat")
[ "$status" = 304 ] || { echo "revalidation answered $status, not 304" >&2; exit 1; }
read -r rps p50 p99 bad <<<"$(measure "$base/placemat" -H "If-None-Match: $etag")"
echo "/placemat with If-None-Match: $rps requests/s, p50 $p50, p99 $p99 (answered $status)"
rows+="| \`/placemat\`, \`If-None-Match\` (answered $status) | $rps | $p50 | $p99 | $bad |"$'\n'
after=$(sessions)
load_after=$(cut -d' ' -f1 /proc/loadavg)
rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
echo "spring_session rows: $before before, $after after; resident $rss MB; load $load_before / $load_after"

{
  echo
  echo "## Public reads, $(date -u +%Y-%m-%d) ($(nproc) cores, $(java -version 2>&1 | head -n 1))"
  echo
  echo "Command: \`DURATION=$DURATION CONNECTIONS=$CONNECTIONS benchmarks/public-reads.sh\`: the packaged application as"
  echo "the README runs it, demo data, PostgreSQL; wrk with $CONNECTIONS connections on the same machine, anonymous,"
  echo "${DURATION} s after a warm-up of ${DURATION} s. Target: \`/placemat\` at least 1,000 requests/s with p99 at most 100 ms;"
  echo "the session table does not grow. Load average (1 min) $load_before before, $load_after after."
  echo
  echo "| read | requests/s | p50 | p99 | non-2xx/3xx |"
  echo "|---|---|---|---|---|"
  printf '%s' "$rows"
  echo
  echo "\`spring_session\` rows: $before before, $after after. Resident memory after: $rss MB."
} >> docs/benchmarks.md
echo "appended to docs/benchmarks.md"
