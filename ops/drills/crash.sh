#!/usr/bin/env bash
# Crash drill (issue 18, point 5): a node is killed with SIGKILL while CLIENTS clients post through the API.
# Per round, on a fresh database of a PostgreSQL cluster of the drill's own: a `production` node starts, the operator
# account is set up (ops/drills/drill.py operator), ACCOUNTS accounts are opened, CLIENTS clients post single postings,
# each request under an Idempotency-Key of its own, recording every key answered 2xx with the posting id answered;
# after a random LOAD_SECONDS_MIN..LOAD_SECONDS_MAX seconds the node is killed with kill -9, the load stops, the node
# is started again on the same database. Then, each a condition of the drill:
#   - every acknowledged posting is in the journal under its key with the id answered (a request in flight at the
#     kill may be in the books without an answer: counted, allowed, since its client never heard of it),
#   - no kept balance differs from the sum of its entries, no key has two postings,
#   - the restarted node seals every entry left unsealed by the kill (within SEAL_SECONDS) and both chains (ledger,
#     audit trail) verify through the API.
# Prints one line of figures per round and exits 1 at the first round that fails.
#
#   ops/drills/crash.sh                       # 5 rounds, 16 clients, cluster on port 5434, node on port 8093
#   ROUNDS=10 CLIENTS=16 PG_PORT=5434 PORT=8093 KEEP=1 ops/drills/crash.sh
source "$(dirname "$0")/lib.sh"
ROUNDS=${ROUNDS:-5}
CLIENTS=${CLIENTS:-16}
ACCOUNTS=${ACCOUNTS:-8}
PG_PORT=${PG_PORT:-5434}
PORT=${PORT:-8093}
LOAD_SECONDS_MIN=${LOAD_SECONDS_MIN:-5}
LOAD_SECONDS_MAX=${LOAD_SECONDS_MAX:-15}
SEAL_SECONDS=${SEAL_SECONDS:-60}
READY_SECONDS=${READY_SECONDS:-180}
export JAVA_OPTS=${JAVA_OPTS:-}
base="http://127.0.0.1:$PORT"

cluster_create crash "$PG_PORT"
echo "round acknowledged found requests-not-acknowledged in-books-unacknowledged unsealed-after-kill sealed-after-restart balances-differing duplicate-keys ledger-valid audit-valid kill-after-s"
for round in $(seq 1 "$ROUNDS"); do
  database="drill_crash_$round"
  dir="$work/round$round"
  mkdir -p "$dir"
  sql "$PG_PORT" postgres "CREATE DATABASE $database"
  url="jdbc:postgresql://localhost:$PG_PORT/$database"
  node_start "crash-$round" "$PORT" "$url"
  wait_ready "$PORT" "$READY_SECONDS"
  python3 "$DRILL" operator "$base" "$work/crash-$round.log" "$dir"
  token=$(cat "$dir/token")
  run="r$round"
  python3 "$DRILL" accounts "$base" "$token" "$ACCOUNTS" "$run"

  python3 "$DRILL" load "$base" "$token" "$CLIENTS" "$ACCOUNTS" "$run" "$dir" "$dir/stop" >"$dir/load.txt" &
  loader=$!
  kill_after=$((LOAD_SECONDS_MIN + RANDOM % (LOAD_SECONDS_MAX - LOAD_SECONDS_MIN + 1)))
  sleep "$kill_after"
  kill -9 "$node_pid"
  wait "$node_pid" 2>/dev/null || true
  sleep 1   # the clients see the refused connections
  touch "$dir/stop"
  wait "$loader"
  unsealed_after_kill=$(unsealed "$PG_PORT" "$database")

  node_start "crash-$round" "$PORT" "$url"
  wait_ready "$PORT" "$READY_SECONDS"
  acknowledged=$(wc -l <"$dir/acknowledged")
  found=$(acknowledged_found "$PG_PORT" "$database" "$dir/acknowledged")
  in_books=$(sql "$PG_PORT" "$database" "SELECT COUNT(*) FROM funding_posting WHERE idempotency_key LIKE '$run-%'")
  differing=$(discrepancies "$PG_PORT" "$database")
  duplicate=$(duplicates "$PG_PORT" "$database")
  verified=0
  python3 "$DRILL" verify "$base" "$token" "$SEAL_SECONDS" >"$dir/verification.txt" && verified=1
  ledger_valid=$(grep -c '^ledger .*"valid":true' "$dir/verification.txt" || true)
  audit_valid=$(grep -c '^audit .*"valid":true' "$dir/verification.txt" || true)
  still_unsealed=$(unsealed "$PG_PORT" "$database")
  not_acknowledged=$(awk '{print $4}' "$dir/requests" | grep -vc '^2' || true)
  echo "$round $acknowledged $found $not_acknowledged $((in_books - found)) $unsealed_after_kill $((unsealed_after_kill - still_unsealed)) $differing $duplicate $ledger_valid $audit_valid $kill_after"
  echo "  load: $(cat "$dir/load.txt")"
  kill "$node_pid" && wait "$node_pid" 2>/dev/null || true
  if [ "$found" != "$acknowledged" ] || [ "$differing" != 0 ] || [ "$duplicate" != 0 ] || [ "$verified" != 1 ] \
      || [ "$acknowledged" = 0 ]; then
    echo "round $round FAILED"
    cat "$dir/verification.txt"
    exit 1
  fi
done
echo "crash drill passed: $ROUNDS rounds"
