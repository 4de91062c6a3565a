#!/usr/bin/env bash
# Advising benchmark (DESIGN.md section 9: search and heatmap over 1 million engagements, p95 at most 100 ms).
# Runs Resolute (demo profile) on PostgreSQL in a schema of its own, adds ENGAGEMENTS generated engagements (with
# their functional-area and pillar rows) by COPY, then times, as the demo lead (cleared RESTRICTED) through the API:
#   - searches with the filters people use (a month; an institution over a year; a functional area over a quarter;
#     a pillar over a quarter; a word over a year; a rare phrase (a topic and a title's number) over all dates;
#     status SUBMITTED over a year; RESTRICTED over a month; an advisor nation over a quarter), p50 / p95 per kind
#     and over all of them
#   - one of the first 50 pages of an unfiltered search (its total counted up to 1,000 rows), p50 / p95
#   - the coverage heatmap (GET /api/v1/advising/coverage, 90 days, random dates), p50 / p95
#   - the plain-SQL baseline of the heatmap's query (pgbench), p50 / p95
# and appends a dated section to docs/benchmarks.md.
#
#   benchmarks/advising-search.sh                        # PostgreSQL at localhost:5432/resolute_test
#   SAMPLES=40 ENGAGEMENTS=1000000 benchmarks/advising-search.sh
#   KEEP=1 benchmarks/advising-search.sh                 # leave the schema and its rows for a later run or psql
#   REUSE=1 benchmarks/advising-search.sh                # time again on the rows a KEEP=1 run left (no COPY);
#                                                        # the application migrates the schema to the jar's version
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-resolute_test}
export PGUSER=${PGUSER:-resolute} PGPASSWORD=${PGPASSWORD:-resolute}
SCHEMA=${SCHEMA:-bench_advising}
PORT=${PORT:-18082}
SAMPLES=${SAMPLES:-30}
ENGAGEMENTS=${ENGAGEMENTS:-1000000}
KEEP=${KEEP:-0}
REUSE=${REUSE:-0}
base="http://localhost:$PORT"
JAR=${JAR:-target/resolute.jar}
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  [ "$KEEP" = 1 ] || [ "$REUSE" = 1 ] || psql -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

loaded=0
if [ "$REUSE" = 1 ]; then
  loaded=$(psql -At -c "SELECT COUNT(*) FROM $SCHEMA.advising_engagement" 2>/dev/null || echo 0)
  [ "$loaded" -ge "$ENGAGEMENTS" ] || { echo "REUSE=1: schema $SCHEMA has $loaded engagements, not $ENGAGEMENTS" >&2; exit 1; }
else
  psql -q -v ON_ERROR_STOP=1 -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA" >/dev/null
fi
if curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1; then
  echo "port $PORT already answers: another application runs there; set PORT" >&2
  exit 1
fi
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$SCHEMA" \
  SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
  SPRING_FLYWAY_SCHEMAS="$SCHEMA" SPRING_FLYWAY_DEFAULT_SCHEMA="$SCHEMA" \
  java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$base/actuator/health/readiness" >/dev/null && kill -0 "$pid" 2>/dev/null || { tail -40 "$work/app.log"; exit 1; }

copy_ms=""
if [ "$REUSE" != 1 ]; then
# ENGAGEMENTS engagements from 2015 to 2021 over the demo's institutions and functional areas
institutions=$(psql -At -c "SELECT string_agg(code || ':' || command_code, ' ') FROM $SCHEMA.advising_institution")
areas=$(psql -At -c "SELECT string_agg(code, ' ') FROM $SCHEMA.advising_functional_area")
python3 - "$work" "$ENGAGEMENTS" "$institutions" "$areas" <<'PY'
import sys, uuid, datetime, random
work, count = sys.argv[1], int(sys.argv[2])
institutions = [pair.split(':') for pair in sys.argv[3].split()]
areas = sys.argv[4].split()
pillars = ['LEAD', 'FIGHT', 'UNITY', 'CORR']
nations = ['USA', 'DEU', 'ITA', 'TUR', 'GBR', 'ROU', 'POL', 'GEO']
modes = ['PERSISTENT', 'EXPEDITIONARY', 'REMOTE', 'FLY_TO_ADVISE']
topics = ['budget execution', 'recruiting plan', 'fuel accountability', 'maintenance backlog', 'promotion board',
          'operations order', 'inspector general', 'biometric pay', 'ammunition forecast', 'intelligence fusion']
random.seed(4)
start = datetime.date(2015, 1, 1)
span = (datetime.date(2021, 12, 31) - start).days
with open(f'{work}/engagements.csv', 'w') as e, open(f'{work}/areas.csv', 'w') as a, \
        open(f'{work}/pillars.csv', 'w') as p:
    for i in range(count):
        id = uuid.uuid4()
        date = start + datetime.timedelta(days=i * span // count)
        institution, command = random.choice(institutions)
        topic = random.choice(topics)
        status = random.choices(['APPROVED', 'SUBMITTED', 'DRAFT', 'RETURNED', 'CANCELLED', 'PLANNED'],
                                [85, 4, 3, 2, 3, 3])[0]
        roll = random.randrange(20)
        classification, releasable = ('RESTRICTED', '') if roll < 2 else ('MISSION', 'GBR') if roll == 2 else ('MISSION', '')
        cell = [random.choice(areas)] + ([random.choice(areas)] if random.randrange(3) == 0 else [])
        cell = list(dict.fromkeys(cell))
        pillar = [random.choice(pillars)] if random.randrange(2) == 0 else []
        nation = random.choice(nations)
        title = f'{institution}: {topic} {i}'
        outcomes = f'agreed next step on {topic}'
        search = f'{title} {institution} headquarters {outcomes} bench advisor {nation}'.lower()
        e.write(f'{id},"{title}",{command},{institution},{date},60,,{institution} headquarters,true,'
                f'{random.choice(modes)},POSITIVE,{outcomes},"","",{nation},"{",".join(cell)}",'
                f'"{",".join(pillar)}",Advisor {nation},"",{status},"",bench,,,"{search}",bench,ILLUSTRATIVE,'
                f'{classification},"{releasable}",2026-01-01 00:00:00+00,0\n')
        for area in cell:
            a.write(f'{id},{area},{institution},{date},{status},ILLUSTRATIVE,{classification},"{releasable}"\n')
        for code in pillar:
            p.write(f'{id},{code},{institution},{date},{status},{classification},"{releasable}"\n')
PY
now_ms() { date +%s%3N; }
t0=$(now_ms)
psql -q -v ON_ERROR_STOP=1 -c "SET search_path TO $SCHEMA" \
  -c "\\copy advising_engagement (id, title, command_code, institution_code, engagement_date, duration_minutes, place_id, place_name, held, mode, atmosphere, key_outcomes, next_steps, details, advisor_nation, areas, pillars, advisors, counterparts, status, status_note, author, decided_by, decided_at, search_text, source, provenance_status, classification, releasable_to, created_at, version) FROM '$work/engagements.csv' CSV" \
  -c "\\copy advising_engagement_area (engagement_id, area_code, institution_code, engagement_date, status, provenance_status, classification, releasable_to) FROM '$work/areas.csv' CSV" \
  -c "\\copy advising_engagement_pillar (engagement_id, pillar_code, institution_code, engagement_date, status, classification, releasable_to) FROM '$work/pillars.csv' CSV"
copy_ms=$(( $(now_ms) - t0 ))
# the heatmap's weekly summary, as the application keeps it on every write (same statement as its migration)
psql -q -v ON_ERROR_STOP=1 -c "SET search_path TO $SCHEMA" -c "
  INSERT INTO advising_coverage_week (week_start, institution_code, area_code, provenance_status, classification,
      releasable_to, engagements)
  SELECT a.engagement_date - CAST(EXTRACT(ISODOW FROM a.engagement_date) AS INTEGER) + 1, a.institution_code,
      a.area_code, a.provenance_status, a.classification, a.releasable_to, COUNT(*)
  FROM advising_engagement_area a WHERE a.status = 'APPROVED'
  GROUP BY 1, a.institution_code, a.area_code, a.provenance_status, a.classification, a.releasable_to
  ON CONFLICT (week_start, institution_code, area_code, provenance_status, classification, releasable_to)
  DO UPDATE SET engagements = EXCLUDED.engagements"
fi
# statistics and visibility maps after the load (or after the migrations of a reused schema)
for table in advising_engagement advising_engagement_area advising_engagement_pillar advising_coverage_week; do
  psql -q -c "VACUUM ANALYZE $SCHEMA.$table"
done
rows=$(psql -At -c "SELECT COUNT(*) FROM $SCHEMA.advising_engagement")
loaded_how="loaded by COPY in $copy_ms ms"
[ -n "$copy_ms" ] || loaded_how="reused from an earlier KEEP=1 run"

# sign in as the demo lead (cleared RESTRICTED, approver of every command)
curl -fs -c "$work/cookies" "$base/login" -o "$work/login.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$work/login.html" | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -b "$work/cookies" -c "$work/cookies" -o /dev/null \
  --data-urlencode "username=lead" --data-urlencode "password=resolute-demo" --data-urlencode "_csrf=$csrf" "$base/login"

python3 - "$work" "$SAMPLES" <<'PY'
import sys, random, datetime
work, samples = sys.argv[1], int(sys.argv[2])
random.seed(11)
def day():
    return datetime.date(2015, 3, 1) + datetime.timedelta(days=random.randrange(2400))
institutions = ['MOD', '201-CORPS', '205-CORPS', '209-CORPS', 'AAF', 'ASSF', '404-ZONE']
kinds = {
    'month': lambda d: f'from={d}&to={d + datetime.timedelta(days=30)}',
    'institution_year': lambda d: f'institution={random.choice(institutions)}&from={d}&to={d + datetime.timedelta(days=365)}',
    'area_quarter': lambda d: f'area=EF{random.randrange(1, 9)}&from={d}&to={d + datetime.timedelta(days=91)}',
    'pillar_quarter': lambda d: f'pillar=CORR&from={d}&to={d + datetime.timedelta(days=91)}',
    'text_year': lambda d: f'text=fuel&from={d}&to={d + datetime.timedelta(days=365)}',
    'text_rare_all_dates': lambda d: f'text=maintenance+backlog+{random.randrange(100000, 1000000)}',
    'submitted_year': lambda d: f'status=SUBMITTED&from={d}&to={d + datetime.timedelta(days=365)}',
    'restricted_month': lambda d: f'marking=RESTRICTED&from={d}&to={d + datetime.timedelta(days=30)}',
    'nation_quarter': lambda d: f'nation=DEU&from={d}&to={d + datetime.timedelta(days=91)}',
}
with open(f'{work}/search.urls', 'w') as out:
    for _ in range(samples):
        for kind, query in kinds.items():
            out.write(f'{kind} /api/v1/engagements?{query(day())}\n')
with open(f'{work}/unfiltered.urls', 'w') as out:
    for _ in range(samples):
        out.write(f'unfiltered /api/v1/engagements?page={random.randrange(50)}\n')
with open(f'{work}/floor.urls', 'w') as out:
    for _ in range(samples):
        out.write('floor /api/v1/me\n')
with open(f'{work}/coverage.urls', 'w') as out:
    for _ in range(samples):
        out.write(f'coverage /api/v1/advising/coverage?asOf={day()}&days=90\n')
with open(f'{work}/coverage.dates', 'w') as out:
    for _ in range(samples):
        out.write(f'{(day() - datetime.date(2015, 1, 1)).days}\n')
PY
percentiles() { sort -n | awk '{a[NR]=$1} END {p50=a[int(NR*0.5+0.5)]; p95=a[int(NR*0.95+0.5)]; printf "%d %d\n", p50, p95}'; }
timed() { # file of "kind path" lines -> "kind ms" lines
  while read -r kind path; do
    printf '%s %s\n' "$kind" "$(curl -fs -o /dev/null -w '%{time_total}' -b "$work/cookies" "$base$path" | awk '{printf "%d", $1 * 1000}')"
  done < "$1"
}
head -3 "$work/search.urls" | timed /dev/stdin >/dev/null # warm-up
load=$(cut -d' ' -f1-3 /proc/loadavg)
timed "$work/search.urls" > "$work/search.ms"
timed "$work/unfiltered.urls" > "$work/unfiltered.ms"
timed "$work/coverage.urls" > "$work/coverage.ms"
timed "$work/floor.urls" > "$work/floor.ms"

cat > "$work/coverage.sql" <<SQL
\\set n random(60, 2460)
SELECT a.institution_code, a.area_code, a.provenance_status, a.classification, a.releasable_to, COUNT(*)
FROM $SCHEMA.advising_engagement_area a
WHERE a.status = 'APPROVED' AND a.engagement_date > DATE '2015-01-01' + :n - 90
  AND a.engagement_date <= DATE '2015-01-01' + :n AND a.classification IN ('PUBLIC', 'MISSION', 'RESTRICTED')
GROUP BY a.institution_code, a.area_code, a.provenance_status, a.classification, a.releasable_to;
SQL
(cd "$work" && pgbench -n -f coverage.sql -t "$SAMPLES" -l --log-prefix=coverage >/dev/null 2>&1)
baseline=$(cat "$work"/coverage.[0-9]* | awk '{printf "%d\n", $3 / 1000}' | percentiles)
cat > "$work/month.sql" <<SQL
\\set n random(60, 2460)
SELECT COUNT(*) FROM $SCHEMA.advising_engagement e WHERE e.classification IN ('PUBLIC', 'MISSION', 'RESTRICTED')
  AND e.engagement_date >= DATE '2015-01-01' + :n AND e.engagement_date <= DATE '2015-01-01' + :n + 30;
SELECT e.* FROM $SCHEMA.advising_engagement e WHERE e.classification IN ('PUBLIC', 'MISSION', 'RESTRICTED')
  AND e.engagement_date >= DATE '2015-01-01' + :n AND e.engagement_date <= DATE '2015-01-01' + :n + 30
  ORDER BY e.engagement_date DESC, e.id LIMIT 20;
SQL
(cd "$work" && pgbench -n -f month.sql -t "$SAMPLES" -l --log-prefix=month >/dev/null 2>&1)
month_baseline=$(cat "$work"/month.[0-9]* | awk '{printf "%d\n", $3 / 1000}' | percentiles)

row() { # label, file, kind filter
  read -r p50 p95 <<<"$(awk -v k="$3" '$1 ~ k {print $2}' "$2" | percentiles)"
  echo "| $1 | $p50 | $p95 |"
}
{
  echo
  echo "## Advising search and coverage, $(date -u +%F) ($(nproc) cores, $(java -version 2>&1 | head -1))"
  echo
  echo "Command: \`SAMPLES=$SAMPLES ENGAGEMENTS=$ENGAGEMENTS benchmarks/advising-search.sh\`. $rows engagements (2015-2021,"
  echo "17 institutions, 14 functional areas, 10% RESTRICTED) $loaded_how, PostgreSQL"
  echo "$(psql -At -c 'SHOW server_version'), $SAMPLES samples per kind, through the API as the demo lead. Target: p95 at most 100 ms."
  echo "Load average when the timing started: $load."
  echo
  echo "| measure | p50 ms | p95 ms |"
  echo "|---|---|---|"
  for kind in month institution_year area_quarter pillar_quarter text_year text_rare_all_dates submitted_year restricted_month nation_quarter; do
    row "search: $kind" "$work/search.ms" "^$kind\$"
  done
  row "search: all filtered kinds together" "$work/search.ms" "."
  row "search: unfiltered, one of the first 50 pages (counted up to 1,000)" "$work/unfiltered.ms" "."
  row "coverage heatmap API, 90 days" "$work/coverage.ms" "."
  echo "| plain-SQL heatmap over every area row of the window (pgbench; the query before the weekly summary) | ${baseline% *} | ${baseline#* } |"
  echo "| plain-SQL month search baseline, count and first page (pgbench) | ${month_baseline% *} | ${month_baseline#* } |"
  row "HTTP floor: GET /api/v1/me as the lead" "$work/floor.ms" "."
} | tee -a docs/benchmarks.md
