#!/usr/bin/env bash
# Crash check of the ledger (issue 5): runs Resolute on PostgreSQL, posts from CLIENTS concurrent clients, kills the
# JVM with kill -9 in the middle of the load, restarts it, and checks that every posting the API acknowledged
# (201 or replay 200) is in the journal, that kept balances equal their entries, and that the chain verifies.
#
#   benchmarks/ledger-crash.sh          # PostgreSQL at localhost:5432/resolute_test, resolute/resolute
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-resolute_test}
export PGUSER=${PGUSER:-resolute} PGPASSWORD=${PGPASSWORD:-resolute}
SCHEMA=${SCHEMA:-crash_ledger}
PORT=${PORT:-18083}
CLIENTS=${CLIENTS:-8}
LOAD_SECONDS=${LOAD_SECONDS:-8}
base="http://localhost:$PORT"
JAR=${JAR:-target/resolute.jar}
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; psql -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1; rm -rf "$work"' EXIT
psql -q -v ON_ERROR_STOP=1 -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA" >/dev/null
start_app() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$SCHEMA" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
    SPRING_FLYWAY_SCHEMAS="$SCHEMA" SPRING_FLYWAY_DEFAULT_SCHEMA="$SCHEMA" \
    java -XX:+UseSerialGC -jar "$JAR" --server.port="$PORT" >>"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 1
  done
  tail -40 "$work/app.log"
  exit 1
}
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
    -d '{"name": "crash check"}' "$base/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
start_app
token=$(token_for fundmanager)
auditor=$(token_for auditor)
for i in 0 1 2 3; do
  curl -fs -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"fund\": \"CRASH\", \"kind\": \"BANK\", \"party\": \"C$i\", \"currency\": \"USD\"}" "$base/api/v1/ledger/accounts"
done
for c in $(seq 1 "$CLIENTS"); do
  (
    n=0
    while true; do
      n=$((n + 1))
      key="crash-$c-$n"
      a=$(( (c + n) % 4 )); b=$(( (a + 1 + n % 3) % 4 ))
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H "Idempotency-Key: $key" \
        -H 'Content-Type: application/json' -d "{\"valueDate\": \"2020-10-05\", \"description\": \"crash load\",
        \"lines\": [{\"account\": \"CRASH:BANK:C$a:USD\", \"side\": \"DEBIT\", \"amount\": 1, \"currency\": \"USD\"},
                    {\"account\": \"CRASH:BANK:C$b:USD\", \"side\": \"CREDIT\", \"amount\": 1, \"currency\": \"USD\"}]}" \
        "$base/api/v1/ledger/postings" || true)
      if [ "$code" = "201" ] || [ "$code" = "200" ]; then echo "$key" >> "$work/acked-$c"; fi
      [ "$code" = "000" ] && break
    done
  ) &
done
sleep "$LOAD_SECONDS"
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
sleep 2
wait || true
acked=$(cat "$work"/acked-* | wc -l)
start_app
cat "$work"/acked-* | sort > "$work/acked"
psql -At -c "SELECT idempotency_key FROM $SCHEMA.funding_posting WHERE idempotency_key LIKE 'crash-%'" | sort > "$work/stored"
missing=$(comm -23 "$work/acked" "$work/stored" | wc -l)
stored=$(wc -l < "$work/stored")
discrepancies=$(psql -At -c "SELECT COUNT(*) FROM $SCHEMA.funding_account_balance b LEFT JOIN (SELECT account_id,
  SUM(CASE WHEN side = 'DEBIT' THEN amount ELSE -amount END) AS total, COUNT(*) AS n FROM $SCHEMA.funding_entry
  GROUP BY account_id) e ON e.account_id = b.account_id WHERE b.balance <> COALESCE(e.total, 0)
  OR b.entries <> COALESCE(e.n, 0)")
verification=$(curl -fs -H "Authorization: Bearer $auditor" "$base/api/v1/ledger/verification")
echo "acknowledged $acked, stored $stored, acknowledged but missing $missing, balance discrepancies $discrepancies"
echo "verification after restart: $verification"
[ "$missing" = "0" ] && [ "$discrepancies" = "0" ] && echo "$verification" | grep -q '"valid":true'
