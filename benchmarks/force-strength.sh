#!/usr/bin/env bash
# Strength-report benchmark (DESIGN.md section 9: reports on 10 years of daily strength reports for 40 nations,
# p95 at most 100 ms; CSV import at least 0.5x COPY). Runs Resolute (demo profile) on PostgreSQL in a schema of
# its own, loads 10 years x 40 nations x 10 places of daily reports (about 1.46 million rows) with COPY, then:
#   - the placemat API (GET /api/v1/placemat?date=..., anonymous, JSON) on random dates: p50 / p95
#   - the totals API (GET /api/v1/strength/totals?date=..., as the demo planner): p50 / p95
#   - the plain-SQL baseline of the same as-of read (pgbench, same random dates): p50 / p95
#   - the posture pages as the planner sees them: p50 / p95
#   - CSV import of IMPORT_ROWS new reports through POST /api/v1/strength-reports/import against COPY of the same
#     rows into the same table, rolled back (after one warm-up import, the median of three files; COPY into an
#     empty copy of the table is shown too)
# and appends a dated section to docs/benchmarks.md.
#
#   benchmarks/force-strength.sh                       # PostgreSQL at localhost:5432/resolute_test, resolute/resolute
#   SAMPLES=100 IMPORT_ROWS=20000 benchmarks/force-strength.sh
#   JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/force.jfr benchmarks/force-strength.sh   # with a profile
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-resolute_test}
export PGUSER=${PGUSER:-resolute} PGPASSWORD=${PGPASSWORD:-resolute}
SCHEMA=${SCHEMA:-bench_force}
PORT=${PORT:-18081}
SAMPLES=${SAMPLES:-50}
IMPORT_ROWS=${IMPORT_ROWS:-20000}
base="http://localhost:$PORT"
[ -f target/resolute.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; psql -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1; rm -rf "$work"' EXIT

psql -q -v ON_ERROR_STOP=1 -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA" >/dev/null
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$SCHEMA" \
  SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
  SPRING_FLYWAY_SCHEMAS="$SCHEMA" SPRING_FLYWAY_DEFAULT_SCHEMA="$SCHEMA" \
  RESOLUTE_SECURITY_MAX_REQUEST_BYTES=200000000 \
  java ${JAVA_OPTS:-} -jar target/resolute.jar --server.port="$PORT" >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$base/actuator/health/readiness" >/dev/null || { tail -40 "$work/app.log"; exit 1; }

# 40 nations x 10 places (each command at its headquarters' location) x 3650 days from 2011-01-01
nations="ALB ARM AUS AUT AZE BEL BIH BGR HRV CZE DNK EST FIN GEO DEU GRC HUN ISL ITA LVA LTU LUX MKD MNG MNE NLD NZL NOR POL PRT ROU SVK SVN ESP SWE TUR UKR GBR USA CAN"
places="RSHQ:KABUL TAAC-N:MAZAR TAAC-W:HERAT TAAC-S:KANDAHAR TAAC-E:LAGHMAN TAAC-C:KABUL TAAC-AIR:KABUL TF-SW:HELMAND TF-SE:GARDEZ KSF:KABUL"
python3 - "$work" "$IMPORT_ROWS" $nations -- $places <<'PY'
import sys, uuid, datetime, random
work, import_rows = sys.argv[1], int(sys.argv[2])
split = sys.argv.index('--')
nations, places = sys.argv[3:split], [p.split(':') for p in sys.argv[split + 1:]]
random.seed(7)
start = datetime.date(2011, 1, 1)
with open(f'{work}/copy.csv', 'w') as out:
    for day in range(3650):
        date = start + datetime.timedelta(days=day)
        for nation in nations:
            for command, location in places:
                out.write(f'{uuid.uuid4()},{nation},{command},{location},{date},{random.randint(0, 400)},'
                          f'bench,{date},ILLUSTRATIVE,PUBLIC,"",2026-01-01 00:00:00+00,0\n')
header = 'nation,command,location,report_date,troops,source,as_of,provenance_status,classification,releasable_to\r\n'
# a warm-up file and three measured files, each on days of its own after the history
for run, first_day, rows_wanted in (('warmup', 0, 2000), ('1', 100, import_rows), ('2', 500, import_rows),
                                    ('3', 900, import_rows)):
    with open(f'{work}/import-{run}.csv', 'w', newline='') as api, open(f'{work}/import-copy-{run}.csv', 'w') as copy:
        api.write(header)
        rows = 0
        day = first_day
        while rows < rows_wanted:
            date = datetime.date(2022, 1, 1) + datetime.timedelta(days=day)
            for nation in nations:
                for command, location in places:
                    if rows < rows_wanted:
                        troops = random.randint(0, 400)
                        api.write(f'{nation},{command},{location},{date},{troops},bench,{date},ILLUSTRATIVE,PUBLIC,\r\n')
                        copy.write(f'{uuid.uuid4()},{nation},{command},{location},{date},{troops},bench,{date},'
                                   f'ILLUSTRATIVE,PUBLIC,"",2026-01-01 00:00:00+00,0\n')
                        rows += 1
            day += 1
PY
columns="id,nation,command_code,location_code,report_date,troops,source,as_of,provenance_status,classification,releasable_to,created_at,version"
now_ms() { date +%s%3N; }
# the benchmark's reports replace the demo ones (which would collide with them on their dates)
psql -q -c "DELETE FROM $SCHEMA.force_strength_report" -c "DELETE FROM $SCHEMA.force_strength_place"
t0=$(now_ms)
psql -q -v ON_ERROR_STOP=1 -c "SET search_path TO $SCHEMA" -c "\\copy force_strength_report ($columns) FROM '$work/copy.csv' CSV"
copy_ms=$(( $(now_ms) - t0 ))
# COPY bypasses the application, so fill the places table as its writes would
psql -q -c "INSERT INTO $SCHEMA.force_strength_place SELECT DISTINCT nation, command_code, location_code,
  classification, releasable_to FROM $SCHEMA.force_strength_report"
psql -q -c "ANALYZE $SCHEMA.force_strength_report" -c "ANALYZE $SCHEMA.force_strength_place"
rows=$(psql -At -c "SELECT COUNT(*) FROM $SCHEMA.force_strength_report")

dates=$(python3 -c "
import random, datetime
random.seed(11)
print(' '.join(str(datetime.date(2011, 1, 1) + datetime.timedelta(days=random.randrange(3650))) for _ in range($SAMPLES)))")
percentiles() { sort -n | awk '{a[NR]=$1} END {p50=a[int(NR*0.5+0.5)]; p95=a[int(NR*0.95+0.5)]; printf "%d %d\n", p50, p95}'; }
time_get() { # url-prefix, then curl options
  local prefix=$1; shift
  for d in $dates; do curl -fs "$@" "$prefix$d" >/dev/null; done # warm-up: each request once
  for d in $dates; do curl -fs -o /dev/null -w '%{time_total}\n' "$@" "$prefix$d"; done \
    | awk '{printf "%d\n", $1 * 1000}' | percentiles
}
placemat=$(time_get "$base/api/v1/placemat?date=" -H 'Accept: application/json')

# sign in as the demo planner (a session and its CSRF token)
curl -fs -c "$work/cookies" "$base/login" -o "$work/login.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$work/login.html" | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -b "$work/cookies" -c "$work/cookies" -o /dev/null \
  --data-urlencode "username=planner" --data-urlencode "password=resolute-demo" --data-urlencode "_csrf=$csrf" "$base/login"
curl -fs -b "$work/cookies" -c "$work/cookies" "$base/" -o "$work/home.html"
csrf=$(grep -o 'name="_csrf" content="[^"]*"' "$work/home.html" | head -1 | sed 's/.*content="//; s/"$//')
totals=$(time_get "$base/api/v1/strength/totals?date=" -b "$work/cookies")
# the posture pages, as the planner sees them (the same request SAMPLES times; the placemat page on random dates)
time_same() { # url, then curl options
  local url=$1; shift
  for _ in $dates; do curl -fs "$@" -o /dev/null "$url"; done # warm-up: as many requests as are timed
  for _ in $dates; do curl -fs -o /dev/null -w '%{time_total}\n' "$@" "$url"; done \
    | awk '{printf "%d\n", $1 * 1000}' | percentiles
}
placemat_page=$(time_get "$base/placemat?date=" -b "$work/cookies")
strength_page=$(time_same "$base/force/strength" -b "$work/cookies")
strength_filtered=$(time_same "$base/force/strength?nation=GBR&from=2020-01-01&to=2020-03-31" -b "$work/cookies")
nation_page=$(time_same "$base/force/strength/nations/GBR" -b "$work/cookies")
charts_data=$(time_same "$base/force/strength/charts/data" -b "$work/cookies")
commands_page=$(time_same "$base/mission/commands" -b "$work/cookies")
ceilings_page=$(time_same "$base/mission/ceilings" -b "$work/cookies")

# the plain-SQL baseline: the same as-of read, with the public viewer's marking filter
for d in $dates; do echo "$d"; done > "$work/dates"
cat > "$work/asof.sql" <<SQL
\\set n random(0, 3649)
SELECT r.nation, SUM(r.troops) FROM $SCHEMA.force_strength_report r
WHERE r.classification IN ('PUBLIC')
  AND (r.nation, r.command_code, r.location_code, r.classification, r.releasable_to, r.report_date) IN (
    SELECT p.nation, p.command_code, p.location_code, p.classification, p.releasable_to,
      (SELECT MAX(n.report_date) FROM $SCHEMA.force_strength_report n WHERE n.nation = p.nation
        AND n.command_code = p.command_code AND n.location_code = p.location_code
        AND n.classification = p.classification AND n.releasable_to = p.releasable_to
        AND n.report_date <= DATE '2011-01-01' + :n)
    FROM $SCHEMA.force_strength_place p)
GROUP BY r.nation;
SQL
(cd "$work" && pgbench -n -f asof.sql -t "$SAMPLES" -l --log-prefix=asof >/dev/null 2>&1)
baseline=$(cat "$work"/asof.* | awk '{printf "%d\n", $3 / 1000}' | percentiles)

# the import, warmed up once (the first request of a code path runs interpreted), then three files, each timed
# against COPY of the same rows into a fresh copy of the table (with the same indexes); the medians are reported
import_file() { # run
  curl -s -o "$work/import-$1.json" -w '%{http_code}' -b "$work/cookies" -H "X-CSRF-TOKEN: $csrf" \
    -H 'Content-Type: text/csv' --data-binary "@$work/import-$1.csv" "$base/api/v1/strength-reports/import"
}
import_status=$(import_file warmup)
import_times=""
copy_times=""
empty_times=""
for run in 1 2 3; do
  # COPY of the same rows into the reports table itself (its 1.46 million rows and indexes), rolled back
  t0=$(now_ms)
  psql -q -v ON_ERROR_STOP=1 -c "SET search_path TO $SCHEMA" -c "BEGIN" \
    -c "\\copy force_strength_report ($columns) FROM '$work/import-copy-$run.csv' CSV" -c "ROLLBACK"
  copy_times="$copy_times $(( $(now_ms) - t0 ))"
  t0=$(now_ms)
  status=$(import_file "$run")
  [ "$status" = 200 ] || import_status=$status
  import_times="$import_times $(( $(now_ms) - t0 ))"
  # and, for comparison, into an empty copy of the table with the same indexes
  psql -q -c "DROP TABLE IF EXISTS $SCHEMA.copy_target" \
    -c "CREATE TABLE $SCHEMA.copy_target (LIKE $SCHEMA.force_strength_report INCLUDING ALL)"
  t0=$(now_ms)
  psql -q -v ON_ERROR_STOP=1 -c "SET search_path TO $SCHEMA" \
    -c "\\copy copy_target ($columns) FROM '$work/import-copy-$run.csv' CSV"
  empty_times="$empty_times $(( $(now_ms) - t0 ))"
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | sed -n 2p; }
import_ms=$(echo "$import_times" | median)
import_copy_ms=$(echo "$copy_times" | median)
empty_copy_ms=$(echo "$empty_times" | median)

read -r placemat50 placemat95 <<<"$placemat"
read -r totals50 totals95 <<<"$totals"
read -r base50 base95 <<<"$baseline"
{
  echo
  echo "## Strength reports, $(date -u +%F) ($(nproc) cores, $(java -version 2>&1 | head -1))"
  echo
  echo "Command: \`SAMPLES=$SAMPLES IMPORT_ROWS=$IMPORT_ROWS benchmarks/force-strength.sh\`. $rows daily strength reports"
  echo "(10 years x 40 nations x 10 places) loaded by COPY in $copy_ms ms, PostgreSQL $(psql -At -c 'SHOW server_version'),"
  echo "$SAMPLES random dates. Target: p95 at most 100 ms; CSV import at least 0.5x COPY."
  echo
  echo "| measure | p50 ms | p95 ms |"
  echo "|---|---|---|"
  echo "| placemat API, anonymous (JSON) | $placemat50 | $placemat95 |"
  echo "| totals API, planner | $totals50 | $totals95 |"
  for row in "placemat page (HTML), planner:$placemat_page" "strength reports page, planner:$strength_page" \
      "strength reports page, one nation and quarter:$strength_filtered" "a nation's history page:$nation_page" \
      "strength charts data (JSON):$charts_data" "commands and locations page:$commands_page" \
      "troop ceilings page:$ceilings_page"; do
    read -r p50 p95 <<<"${row#*:}"
    echo "| ${row%%:*} | $p50 | $p95 |"
  done
  echo "| plain-SQL as-of baseline (pgbench) | $base50 | $base95 |"
  echo
  echo "| import of $IMPORT_ROWS reports (median of 3, after a warm-up) | ms | rows/s |"
  echo "|---|---|---|"
  echo "| CSV import through the API (HTTP $import_status) | $import_ms | $(( IMPORT_ROWS * 1000 / (import_ms > 0 ? import_ms : 1) )) |"
  echo "| COPY of the same rows into the reports table (rolled back): the baseline | $import_copy_ms | $(( IMPORT_ROWS * 1000 / (import_copy_ms > 0 ? import_copy_ms : 1) )) |"
  echo "| COPY of the same rows into an empty copy of the table | $empty_copy_ms | $(( IMPORT_ROWS * 1000 / (empty_copy_ms > 0 ? empty_copy_ms : 1) )) |"
  echo
  echo "Import runs (ms):$import_times; COPY runs (ms):$copy_times (into an empty table:$empty_times); ratio (COPY ms / import ms): $(awk -v c="$import_copy_ms" -v i="$import_ms" 'BEGIN {printf "%.2f", c / i}')."
} | tee -a docs/benchmarks.md
