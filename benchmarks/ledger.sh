#!/usr/bin/env bash
# Ledger benchmark (DESIGN.md section 9; issue 5). Runs Resolute (demo profile) on PostgreSQL in a schema of its
# own and measures, each against a plain-SQL pgbench script doing the same inserts and balance updates on the
# same PostgreSQL in the same run:
#   - one posting per API request (POST /api/v1/ledger/postings, Idempotency-Key), CLIENTS clients, against one
#     transaction per transfer in pgbench with CLIENTS clients
#   - BATCH postings per request (POST /api/v1/ledger/postings/batch) against a set-based SQL transaction of BATCH
#     transfers
#   - bulk import (IATI file of IMPORT_ROWS incoming funds, POST /api/v1/iati/import) against COPY of as many rows
# then checks the invariants (kept balances equal the entries, one posting per key, chain verifies) and appends a
# dated section to docs/benchmarks.md.
#
#   benchmarks/ledger.sh                                  # PostgreSQL at localhost:5432/resolute_test
#   CLIENTS=16 REQUESTS=200 BATCH=100 BATCHES=20 IMPORT_ROWS=500 benchmarks/ledger.sh
#   JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/ledger.jfr benchmarks/ledger.sh   # profile the application
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-resolute_test}
export PGUSER=${PGUSER:-resolute} PGPASSWORD=${PGPASSWORD:-resolute}
SCHEMA=${SCHEMA:-bench_ledger}
PORT=${PORT:-18082}
CLIENTS=${CLIENTS:-16}
REQUESTS=${REQUESTS:-100}
BATCH=${BATCH:-100}
BATCHES=${BATCHES:-20}
IMPORT_ROWS=${IMPORT_ROWS:-500}
ACCOUNTS=${ACCOUNTS:-8}
base="http://localhost:$PORT"
JAR=${JAR:-target/resolute.jar}
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; psql -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1; rm -rf "$work"' EXIT

psql -q -v ON_ERROR_STOP=1 -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA" >/dev/null
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$SCHEMA" \
  SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
  SPRING_FLYWAY_SCHEMAS="$SCHEMA" SPRING_FLYWAY_DEFAULT_SCHEMA="$SCHEMA" \
  SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=$((CLIENTS + 4)) \
  RESOLUTE_SECURITY_MAX_REQUEST_BYTES=200000000 \
  java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$base/actuator/health/readiness" >/dev/null || { tail -40 "$work/app.log"; exit 1; }

# personal access tokens of the demo fund manager and auditor (session sign-in once, then bearer requests)
token_for() {
  rm -f "$work/cookies"
  curl -fs -c "$work/cookies" "$base/login" -o "$work/login.html"
  local csrf
  csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$work/login.html" | head -1 | sed 's/.*value="//; s/"$//')
  curl -fs -b "$work/cookies" -c "$work/cookies" -o /dev/null \
    --data-urlencode "username=$1" --data-urlencode "password=resolute-demo" --data-urlencode "_csrf=$csrf" "$base/login"
  curl -fs -b "$work/cookies" -c "$work/cookies" "$base/" -o "$work/home.html"
  csrf=$(grep -o 'name="_csrf" content="[^"]*"' "$work/home.html" | head -1 | sed 's/.*content="//; s/"$//')
  curl -fs -b "$work/cookies" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
    -d '{"name": "ledger benchmark"}' "$base/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
token=$(token_for fundmanager)
auditor=$(token_for auditor)

python3 benchmarks/ledger_load.py "$base" "$token" "$work" "$CLIENTS" "$REQUESTS" "$BATCH" "$BATCHES" \
  "$IMPORT_ROWS" "$ACCOUNTS" > "$work/api.txt"
api_single=$(grep '^single' "$work/api.txt" | cut -d' ' -f2)
api_batch=$(grep '^batch' "$work/api.txt" | cut -d' ' -f2)
api_import=$(grep '^import' "$work/api.txt" | cut -d' ' -f2)
replays=$(grep '^replays' "$work/api.txt" | cut -d' ' -f2)

# plain-SQL baselines on copies of the ledger's tables, same schema, same database
psql -q -v ON_ERROR_STOP=1 -c "SET search_path TO $SCHEMA" \
  -c "CREATE TABLE bl_posting (LIKE funding_posting INCLUDING ALL)" \
  -c "CREATE TABLE bl_entry (LIKE funding_entry INCLUDING ALL)" \
  -c "CREATE TABLE bl_balance (account_id INTEGER PRIMARY KEY, balance NUMERIC(19,4) NOT NULL, entries BIGINT NOT NULL)" \
  -c "INSERT INTO bl_balance SELECT g, 0, 0 FROM generate_series(1, $ACCOUNTS) g" \
  -c "CREATE TABLE bl_receipt (LIKE funding_receipt INCLUDING ALL)" >/dev/null
cat > "$work/single.sql" <<SQL
\\set a random(1, $ACCOUNTS)
\\set b random(1, $ACCOUNTS - 1)
BEGIN;
INSERT INTO $SCHEMA.bl_posting (id, idempotency_key, fingerprint, value_date, description, source_ref, posted_at, posted_by)
  VALUES (gen_random_uuid(), gen_random_uuid()::text, repeat('0', 64), DATE '2020-10-05', 'transfer', '', now(), 'pgbench');
INSERT INTO $SCHEMA.bl_entry (posting_id, line, account_id, side, amount, currency, value_date)
  VALUES (gen_random_uuid(), 1, 'A' || :a, 'DEBIT', 1, 'USD', DATE '2020-10-05'),
         (gen_random_uuid(), 2, 'A' || :b, 'CREDIT', 1, 'USD', DATE '2020-10-05');
UPDATE $SCHEMA.bl_balance SET balance = balance + 1, entries = entries + 1 WHERE account_id = LEAST(:a, :b + (:b >= :a)::int);
UPDATE $SCHEMA.bl_balance SET balance = balance - 1, entries = entries + 1 WHERE account_id = GREATEST(:a, :b + (:b >= :a)::int);
COMMIT;
SQL
# the balances are locked in account order first, as the application does, so concurrent batches never deadlock
cat > "$work/batch.sql" <<SQL
BEGIN;
SELECT account_id FROM $SCHEMA.bl_balance ORDER BY account_id FOR UPDATE;
INSERT INTO $SCHEMA.bl_posting (id, idempotency_key, fingerprint, value_date, description, source_ref, posted_at, posted_by)
  SELECT gen_random_uuid(), gen_random_uuid()::text, repeat('0', 64), DATE '2020-10-05', 'transfer', '', now(), 'pgbench'
  FROM generate_series(1, $BATCH);
INSERT INTO $SCHEMA.bl_entry (posting_id, line, account_id, side, amount, currency, value_date)
  SELECT gen_random_uuid(), s, 'A' || (1 + (g + s) % $ACCOUNTS), CASE WHEN s = 1 THEN 'DEBIT' ELSE 'CREDIT' END, 1, 'USD', DATE '2020-10-05'
  FROM generate_series(1, $BATCH) g, generate_series(1, 2) s;
UPDATE $SCHEMA.bl_balance b SET balance = b.balance + d.delta, entries = b.entries + d.n
  FROM (SELECT 1 + (g + s) % $ACCOUNTS AS account_id, SUM(CASE WHEN s = 1 THEN 1 ELSE -1 END) AS delta, COUNT(*) AS n
        FROM generate_series(1, $BATCH) g, generate_series(1, 2) s GROUP BY 1 ORDER BY 1) d
  WHERE b.account_id = d.account_id;
COMMIT;
SQL
tps() { grep -o 'tps = [0-9.]*' | head -1 | cut -d' ' -f3; }
sql_single=$(pgbench -n -c "$CLIENTS" -j 2 -t "$REQUESTS" -f "$work/single.sql" 2>/dev/null | tps)
sql_batch_tps=$(pgbench -n -c "$CLIENTS" -j 2 -t "$BATCHES" -f "$work/batch.sql" 2>/dev/null | tps)
sql_batch=$(python3 -c "print(round($sql_batch_tps * $BATCH, 1))")
python3 - "$work" "$IMPORT_ROWS" <<'PY'
import sys, uuid
work, rows = sys.argv[1], int(sys.argv[2])
with open(f'{work}/receipts.csv', 'w') as out:
    for i in range(rows):
        out.write(f'{uuid.uuid4()},GBR,ANATF,,2021,{1000 + i},EUR,2021-03-10,BENCH-{i},{1180 + i},1.18,DEMO,'
                  f'2021-01-01,{uuid.uuid4()},bench,2021-03-10,EXACT,MISSION,GBR\n')
PY
t0=$(date +%s%3N)
psql -q -v ON_ERROR_STOP=1 -c "SET search_path TO $SCHEMA" -c "\\copy bl_receipt FROM '$work/receipts.csv' CSV"
copy_ms=$(( $(date +%s%3N) - t0 ))
sql_import=$(python3 -c "print(round($IMPORT_ROWS * 1000 / max($copy_ms, 1), 1))")

verification=$(curl -fs -H "Authorization: Bearer $auditor" "$base/api/v1/ledger/verification")
discrepancies=$(psql -At -c "SELECT COUNT(*) FROM $SCHEMA.funding_account_balance b LEFT JOIN (SELECT account_id,
  SUM(CASE WHEN side = 'DEBIT' THEN amount ELSE -amount END) AS total FROM $SCHEMA.funding_entry GROUP BY account_id) e
  ON e.account_id = b.account_id WHERE b.balance <> COALESCE(e.total, 0)")
duplicates=$(psql -At -c "SELECT COUNT(*) - COUNT(DISTINCT idempotency_key) FROM $SCHEMA.funding_posting")
deadlocks=$(grep -c -i 'deadlock' "$work/app.log" || true)
ratio() { python3 -c "print(round($1 / $2, 2))"; }
{
  echo
  echo "## Ledger, $(date -u +%F) ($(nproc) cores, $(java -version 2>&1 | head -1))"
  echo
  echo "Command: \`CLIENTS=$CLIENTS REQUESTS=$REQUESTS BATCH=$BATCH BATCHES=$BATCHES IMPORT_ROWS=$IMPORT_ROWS benchmarks/ledger.sh\`,"
  echo "PostgreSQL $(psql -At -c 'SHOW server_version'), $ACCOUNTS accounts shared by all clients. Targets: each ratio at least 0.5."
  echo
  echo "| measure | Resolute (postings/s) | plain SQL (postings/s) | ratio |"
  echo "|---|---|---|---|"
  echo "| one posting per API request, $CLIENTS clients (with $replays replays) | $api_single | $sql_single (pgbench, one transaction per transfer) | $(ratio "$api_single" "$sql_single") |"
  echo "| $BATCH postings per API request, $CLIENTS clients | $api_batch | $sql_batch (pgbench, set-based, $BATCH per transaction) | $(ratio "$api_batch" "$sql_batch") |"
  echo "| bulk import, IATI file of $IMPORT_ROWS incoming funds (rows/s) | $api_import | $sql_import (COPY) | $(ratio "$api_import" "$sql_import") |"
  echo
  echo "After the run: $discrepancies kept balances differing from their entries, $duplicates keys with more than one"
  echo "posting, $deadlocks deadlocks in the log; chain verification (auditor): \`$verification\`."
} >> docs/benchmarks.md
tail -14 docs/benchmarks.md
