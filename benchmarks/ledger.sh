#!/usr/bin/env bash
# Ledger benchmark (DESIGN.md section 9; issue 5). Runs Resolute (demo profile) on PostgreSQL in a schema of its
# own and measures, each against a plain-SQL pgbench script doing the same inserts and balance updates on the
# same PostgreSQL in the same run:
#   - one posting per API request (POST /api/v1/ledger/postings, Idempotency-Key), CLIENTS clients, against one
#     transaction per transfer in pgbench with CLIENTS clients, PAIRS (default 3) times in turn, PHASE_SECONDS
#     (default 15) each, the API load from wrk (ledger_single.lua)
#   - BATCH postings per request (POST /api/v1/ledger/postings/batch) against a set-based SQL transaction of BATCH
#     transfers
#   - bulk import (IATI file of IMPORT_ROWS incoming funds, POST /api/v1/iati/import) against COPY of the rows the
#     import writes (per transaction a posting, its four entries and a receipt)
# The baselines write the application's rows (with a posting's audit entry, and a batch's) into copies of its
# tables with the same indexes and foreign keys. The API loads run unmeasured first, for at least WARM_UP_SECONDS
# (default 120) and until the single-posting rate has levelled off (JIT warm-up; see ledger_load.py). Every
# measured phase, the baselines' too, starts when the sealers have chained what came before. The script then checks
# the invariants (kept balances equal the entries, one posting per key, chain verifies) and appends a dated section
# to docs/benchmarks.md.
#
#   benchmarks/ledger.sh                                  # PostgreSQL at localhost:5432/resolute_test
#   CLIENTS=16 REQUESTS=1000 BATCH=100 BATCHES=20 IMPORT_ROWS=20000 PAIRS=3 PHASE_SECONDS=15 benchmarks/ledger.sh
#   JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/ledger.jfr benchmarks/ledger.sh   # profile the application
#   KEEP=1 benchmarks/ledger.sh                            # keep the schema afterwards, for inspection
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-resolute_test}
export PGUSER=${PGUSER:-resolute} PGPASSWORD=${PGPASSWORD:-resolute}
SCHEMA=${SCHEMA:-bench_ledger}
PORT=${PORT:-18082}
CLIENTS=${CLIENTS:-16}
REQUESTS=${REQUESTS:-1000}
BATCH=${BATCH:-100}
BATCHES=${BATCHES:-20}
IMPORT_ROWS=${IMPORT_ROWS:-20000}
PHASE_SECONDS=${PHASE_SECONDS:-15}
command -v wrk >/dev/null || { echo "benchmarks/ledger.sh needs wrk (Debian: apt-get install wrk) and pgbench"; exit 1; }
ACCOUNTS=${ACCOUNTS:-8}
base="http://localhost:$PORT"
JAR=${JAR:-target/resolute.jar}
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ "${KEEP:-0}" = 1 ] || psql -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1; rm -rf "$work"' EXIT

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

RUN=$(python3 -c 'import uuid; print(uuid.uuid4().hex[:8])')
load() { # one phase of the HTTP load (ledger_load.py), its output appended to api.txt
  local phase=$1
  shift
  python3 benchmarks/ledger_load.py "$phase" "$base" "$token" "$CLIENTS" "$REQUESTS" "$BATCH" "$BATCHES" \
    "$IMPORT_ROWS" "$ACCOUNTS" "$RUN" "$SCHEMA" "$@" | tee -a "$work/api.txt"
}
load accounts

# Plain-SQL baselines: the rows the application writes, into copies of its tables with the same indexes, checks
# and foreign keys (to the same accounts, donors and funds), in the same database: a posting, its entries and its
# audit entry, then the kept balances; a batch's audit entry is one per batch; an import's rows are its postings,
# their entries and its receipts. The entries' marking (funding V11) is the column default, MISSION.
account="'BENCH:BANK:$RUN' ||"
audit_json="'{\"description\":\"benchmark transfer\",\"id\":\"01a246ea-0f92-7c20-b92d-a120a288d805\",\"idempotencyKey\":\"c5d2519d-s-0-0\",\"lines\":[{\"account\":\"BENCH:BANK:c5d2519d0:USD\",\"amount\":{\"amount\":1.0000,\"currency\":\"USD\"},\"side\":\"DEBIT\"},{\"account\":\"BENCH:BANK:c5d2519d1:USD\",\"amount\":{\"amount\":1.0000,\"currency\":\"USD\"},\"side\":\"CREDIT\"}],\"postedAt\":\"2026-12-05T15:54:34.258942Z\",\"postedBy\":\"fundmanager\",\"reverses\":null,\"sourceRef\":\"\",\"valueDate\":\"2020-10-05\"}'"
psql -q -v ON_ERROR_STOP=1 -c "SET search_path TO $SCHEMA" \
  -c "CREATE TABLE bl_posting (LIKE funding_posting INCLUDING ALL)" \
  -c "CREATE TABLE bl_entry (LIKE funding_entry INCLUDING ALL)" \
  -c "ALTER TABLE bl_entry ALTER COLUMN classification SET DEFAULT 'MISSION'" \
  -c "ALTER TABLE bl_entry ADD FOREIGN KEY (posting_id) REFERENCES bl_posting (id),
        ADD FOREIGN KEY (account_id) REFERENCES funding_account (id)" \
  -c "CREATE TABLE bl_audit (LIKE audit_entry INCLUDING ALL)" \
  -c "CREATE TABLE bl_balance (LIKE funding_account_balance INCLUDING ALL)" \
  -c "ALTER TABLE bl_balance ADD FOREIGN KEY (account_id) REFERENCES funding_account (id)" \
  -c "INSERT INTO bl_balance SELECT account_id, 0, 0 FROM funding_account_balance WHERE account_id LIKE 'BENCH:BANK:$RUN%'" \
  -c "CREATE TABLE bl_receipt (LIKE funding_receipt INCLUDING ALL)" \
  -c "ALTER TABLE bl_receipt ADD FOREIGN KEY (donor) REFERENCES funding_donor (code),
        ADD FOREIGN KEY (fund) REFERENCES funding_fund (code), ADD FOREIGN KEY (pledge_id) REFERENCES funding_pledge (id)" \
  >/dev/null
cat > "$work/single.sql" <<SQL
\\set a random(0, $ACCOUNTS - 1)
\\set d random(1, $ACCOUNTS - 1)
\\set b (:a + :d) % $ACCOUNTS
BEGIN;
WITH p AS (
  INSERT INTO $SCHEMA.bl_posting (id, idempotency_key, fingerprint, value_date, description, source_ref, posted_at, posted_by)
  VALUES (gen_random_uuid(), gen_random_uuid()::text, repeat('0', 64), DATE '2020-10-05', 'benchmark transfer', '', now(), 'pgbench')
  RETURNING id)
INSERT INTO $SCHEMA.bl_entry (posting_id, line, account_id, side, amount, currency, value_date)
  SELECT p.id, l.line, $account l.n || ':USD', l.side, 1, 'USD', DATE '2020-10-05'
  FROM p, (VALUES (1, :a, 'DEBIT'), (2, :b, 'CREDIT')) AS l (line, n, side);
INSERT INTO $SCHEMA.bl_audit (occurred_at, actor, module, record_type, record_id, action, after_state, classification, releasable_to)
  VALUES (now(), 'pgbench', 'funding', 'Posting', gen_random_uuid()::text, 'CREATED', $audit_json, 'MISSION', '');
UPDATE $SCHEMA.bl_balance SET balance = balance + CASE WHEN :a < :b THEN 1 ELSE -1 END, entries = entries + 1
  WHERE account_id = $account LEAST(:a, :b) || ':USD';
UPDATE $SCHEMA.bl_balance SET balance = balance + CASE WHEN :a < :b THEN -1 ELSE 1 END, entries = entries + 1
  WHERE account_id = $account GREATEST(:a, :b) || ':USD';
COMMIT;
SQL
# the balances are locked in account order first, as the application does, so concurrent batches never deadlock
cat > "$work/batch.sql" <<SQL
BEGIN;
SELECT account_id FROM $SCHEMA.bl_balance ORDER BY account_id FOR UPDATE;
WITH ids AS MATERIALIZED (SELECT gen_random_uuid() AS id, g FROM generate_series(1, $BATCH) g),
     p AS (INSERT INTO $SCHEMA.bl_posting (id, idempotency_key, fingerprint, value_date, description, source_ref, posted_at, posted_by)
           SELECT id, gen_random_uuid()::text, repeat('0', 64), DATE '2020-10-05', 'benchmark transfer', '', now(), 'pgbench' FROM ids)
INSERT INTO $SCHEMA.bl_entry (posting_id, line, account_id, side, amount, currency, value_date)
  SELECT ids.id, s, $account ((ids.g + s) % $ACCOUNTS) || ':USD', CASE WHEN s = 1 THEN 'DEBIT' ELSE 'CREDIT' END, 1, 'USD', DATE '2020-10-05'
  FROM ids, generate_series(1, 2) s;
INSERT INTO $SCHEMA.bl_audit (occurred_at, actor, module, record_type, record_id, action, after_state, classification, releasable_to)
  VALUES (now(), 'pgbench', 'funding', 'PostingBatch', gen_random_uuid()::text, 'CREATED', $audit_json, 'MISSION', '');
UPDATE $SCHEMA.bl_balance b SET balance = b.balance + d.delta, entries = b.entries + d.n
  FROM (SELECT $account ((g + s) % $ACCOUNTS) || ':USD' AS account_id, SUM(CASE WHEN s = 1 THEN 1 ELSE -1 END) AS delta, COUNT(*) AS n
        FROM generate_series(1, $BATCH) g, generate_series(1, 2) s GROUP BY 1 ORDER BY 1) d
  WHERE b.account_id = d.account_id;
COMMIT;
SQL
tps() { grep -o 'tps = [0-9.]*' | head -1 | cut -d' ' -f3; }
# as before each API load: the baselines start when the sealers have chained every entry written so far (the
# import's are chained after its response), so that no baseline shares the machine with the application's work
settle() {
  benchmarks/ledger_settle.sh "$SCHEMA" >> "$work/settle.txt"
}
load warmup >&2
read -r _ warm_rounds warm_seconds warm_state warm_rates < <(grep '^warmup' "$work/api.txt")
# the single posting, PAIRS times in turn with its baseline, each for PHASE_SECONDS, so that both sides see the same
# states of the database (its checkpoints come every 40 s or so under this load); the ratio is of the mean rates.
# Both loads come from C clients (wrk, pgbench): the Python client cost 0.2 ms of CPU per request, on the same two
# cores as the application and PostgreSQL.
for pair in $(seq 1 "${PAIRS:-3}"); do
  settle
  phase=$(wrk -t 2 -c "$CLIENTS" -d "${PHASE_SECONDS}s" --timeout 60s -s benchmarks/ledger_single.lua "$base" -- \
    "$token" "$RUN" "$ACCOUNTS" "${RUN}s$pair" | grep '^single')
  read -r _ rate replayed failed sent <<< "$phase"
  [ "$failed" = 0 ] || { echo "$failed of $sent single postings failed"; exit 1; }
  ended=$(date +%s%3N)
  settle
  lag=$(( $(date +%s%3N) - ended ))
  sql_rate=$(pgbench -n -c "$CLIENTS" -j 2 -T "$PHASE_SECONDS" -f "$work/single.sql" 2>/dev/null | tps)
  echo "$rate $sql_rate $replayed $lag" >> "$work/pairs.txt"
done
read -r api_single sql_single replays < <(awk '{a += $1; b += $2; r += $3} END {printf "%.1f %.1f %d\n", a / NR, b / NR, r}' "$work/pairs.txt")
single_pairs=$(awk '{printf "%s%.1f / %.1f = %.3f", (NR > 1 ? "; " : ""), $1, $2, $1 / $2}' "$work/pairs.txt")
sealing_lags=$(awk '{printf "%s%.1f s", (NR > 1 ? ", " : ""), $4 / 1000}' "$work/pairs.txt")
phase=$(load batch)
read -r _ api_batch <<< "$phase"
settle
sql_batch_tps=$(pgbench -n -c "$CLIENTS" -j 2 -t "$BATCHES" -f "$work/batch.sql" 2>/dev/null | tps)
sql_batch=$(python3 -c "print(round($sql_batch_tps * $BATCH, 1))")
phase=$(load import)
read -r _ api_import <<< "$phase"
settle
# the import's rows: per incoming EUR transaction a posting of four entries (bank and exchange in EUR, exchange
# and the donor's contribution in USD) and a receipt, on the accounts the import itself used
# (and the pledge the import found for them, whose foreign key each receipt's row checks)
receipt="SELECT posting_id, pledge_id FROM $SCHEMA.funding_receipt WHERE bank_reference LIKE 'IATI XM-NATO-ANATF #%' LIMIT 1"
psql -At -c "SELECT account_id FROM $SCHEMA.funding_entry WHERE posting_id = (SELECT posting_id FROM ($receipt) r)
  ORDER BY line" > "$work/accounts.txt"
[ "$(wc -l < "$work/accounts.txt")" = 4 ] || { echo "the import's postings are not of four entries"; exit 1; }
pledge=$(psql -At -c "SELECT COALESCE(CAST(pledge_id AS TEXT), '') FROM ($receipt) r")
python3 - "$work" "$IMPORT_ROWS" "$pledge" <<'PY'
import sys, uuid
work, rows, pledge = sys.argv[1], int(sys.argv[2]), sys.argv[3]
accounts = open(f'{work}/accounts.txt').read().split()
sides = ['DEBIT', 'CREDIT', 'DEBIT', 'CREDIT']
with open(f'{work}/postings.csv', 'w') as postings, open(f'{work}/entries.csv', 'w') as entries, \
        open(f'{work}/receipts.csv', 'w') as receipts:
    for i in range(rows):
        posting = uuid.uuid4()
        postings.write(f'{posting},receipt:iati:bench:{i},{"0" * 64},2021-03-10,Receipt from GBR to ANATF '
                       f'(IATI XM-NATO-ANATF #{i}),Receipt:{uuid.uuid4()},,2026-12-05T00:00:00Z,fundmanager,\n')
        for line in range(4):
            amount = 1000 + i if line < 2 else 1180 + i
            currency = 'EUR' if line < 2 else 'USD'
            entries.write(f'{posting},{line + 1},{accounts[line]},{sides[line]},{amount},{currency},2021-03-10\n')
        receipts.write(f'{uuid.uuid4()},GBR,ANATF,{pledge},2021,{1000 + i},EUR,2021-03-10,BENCH-{i},{1180 + i},1.18,DEMO,'
                       f'2021-01-01,{posting},bench,2021-03-10,EXACT,MISSION,GBR\n')
PY
t0=$(date +%s%3N)
psql -q -v ON_ERROR_STOP=1 -c "SET search_path TO $SCHEMA" -c "BEGIN" \
  -c "\\copy bl_posting (id, idempotency_key, fingerprint, value_date, description, source_ref, reverses, posted_at, posted_by, batch_id) FROM '$work/postings.csv' CSV" \
  -c "\\copy bl_entry (posting_id, line, account_id, side, amount, currency, value_date) FROM '$work/entries.csv' CSV" \
  -c "\\copy bl_receipt FROM '$work/receipts.csv' CSV" -c "COMMIT"
copy_ms=$(( $(date +%s%3N) - t0 ))
sql_import=$(python3 -c "print(round($IMPORT_ROWS * 1000 / max($copy_ms, 1), 1))")

echo "before the baselines, waited for the sealers: $(tr '\n' ' ' < "$work/settle.txt")(in 0.2 s steps)" >&2
verification=$(curl -fs -H "Authorization: Bearer $auditor" "$base/api/v1/ledger/verification")
discrepancies=$(psql -At -c "SELECT COUNT(*) FROM $SCHEMA.funding_account_balance b LEFT JOIN (SELECT account_id,
  SUM(CASE WHEN side = 'DEBIT' THEN amount ELSE -amount END) AS total FROM $SCHEMA.funding_entry GROUP BY account_id) e
  ON e.account_id = b.account_id WHERE b.balance <> COALESCE(e.total, 0)")
duplicates=$(psql -At -c "SELECT COUNT(*) - COUNT(DISTINCT idempotency_key) FROM $SCHEMA.funding_posting")
deadlocks=$(grep -c -i 'deadlock' "$work/app.log" || true)
ratio() { python3 -c "print(f'{$1 / $2:.3f}')"; }
{
  echo
  echo "## Ledger, $(date -u +%F) ($(nproc) cores, $(java -version 2>&1 | head -1))"
  echo
  echo "Command: \`CLIENTS=$CLIENTS REQUESTS=$REQUESTS BATCH=$BATCH BATCHES=$BATCHES IMPORT_ROWS=$IMPORT_ROWS PAIRS=${PAIRS:-3} PHASE_SECONDS=$PHASE_SECONDS WARM_UP_SECONDS=${WARM_UP_SECONDS:-120} benchmarks/ledger.sh\`,"
  echo "PostgreSQL $(psql -At -c 'SHOW server_version'), $ACCOUNTS accounts shared by all clients. Targets: each ratio at least 0.5."
  echo
  echo "| measure | Resolute (postings/s) | plain SQL (postings/s) | ratio |"
  echo "|---|---|---|---|"
  echo "| one posting per API request, $CLIENTS clients (wrk), ${PAIRS:-3} phases of $PHASE_SECONDS s in turn with pgbench (with $replays replays) | $api_single | $sql_single (pgbench, one transaction per transfer) | $(ratio "$api_single" "$sql_single") |"
  echo "| $BATCH postings per API request, $CLIENTS clients | $api_batch | $sql_batch (pgbench, set-based, $BATCH per transaction) | $(ratio "$api_batch" "$sql_batch") |"
  echo "| bulk import, IATI file of $IMPORT_ROWS incoming funds (transactions/s) | $api_import | $sql_import (COPY of each transaction's posting, 4 entries and receipt) | $(ratio "$api_import" "$sql_import") |"
  echo
  echo "One posting per request, each phase (Resolute / pgbench = ratio): $single_pairs. The sealers had chained each"
  echo "Resolute phase's entries $sealing_lags after it ended (the chain is written behind the writers; the baseline writes none)."
  echo "Warm-up (unmeasured): $warm_rounds rounds in $warm_seconds s, $warm_state; single postings/s by round: $warm_rates."
  echo "Each measured phase, the baselines too, started once the sealers had chained every entry written before it."
  echo
  echo "After the run: $discrepancies kept balances differing from their entries, $duplicates keys with more than one"
  echo "posting, $deadlocks deadlocks in the log; chain verification (auditor): \`$verification\`."
} >> docs/benchmarks.md
tail -14 docs/benchmarks.md
