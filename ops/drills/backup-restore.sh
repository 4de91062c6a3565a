#!/usr/bin/env bash
# Backup and restore drill (issue 18, point 7). On a fresh database of a PostgreSQL cluster of the drill's own, a
# `production` node takes CLIENTS clients' postings; after LOAD_SECONDS, while they go on, a backup is taken with
# pg_dump in one snapshot that is also the one the chain heads are read in:
#   1. a psql session opens a REPEATABLE READ transaction, exports its snapshot (pg_export_snapshot()) and reads the
#      ledger's chain head (funding_journal_seal: last sealed position and hash) and the audit trail's (audit_seal),
#      and the postings' count, in that snapshot;
#   2. pg_dump --snapshot=<that snapshot> -Fc dumps the database as the session sees it, so the recorded heads are
#      exactly those in the dump (no write needs to stop: entries written but not yet sealed at that instant are in
#      the dump unsealed, as they were in the database);
#   3. the session ends.
# The load stops, the dump is restored with pg_restore into a new database, and, before any node touches it, its
# chain heads must equal the recorded ones and it must hold the recorded number of postings. The original node is
# stopped, a node started on the restored database, and then: it seals the entries the dump held unsealed, both
# chains verify through the API, and the entry at the recorded head position still has the recorded hash (the
# restored chain extends the recorded one). Exits 1 when a condition fails.
#
#   ops/drills/backup-restore.sh                          # cluster on port 5434, nodes on ports 8093 and 8094
#   CLIENTS=8 LOAD_SECONDS=10 PG_PORT=5434 PORT=8093 KEEP=1 ops/drills/backup-restore.sh
source "$(dirname "$0")/lib.sh"
CLIENTS=${CLIENTS:-8}
ACCOUNTS=${ACCOUNTS:-8}
PG_PORT=${PG_PORT:-5434}
PORT=${PORT:-8093}
LOAD_SECONDS=${LOAD_SECONDS:-10}
SEAL_SECONDS=${SEAL_SECONDS:-60}
READY_SECONDS=${READY_SECONDS:-180}
export JAVA_OPTS=${JAVA_OPTS:-}
base="http://127.0.0.1:$PORT"
restored_base="http://127.0.0.1:$((PORT + 1))"
PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -X -q -At -F ' ' -v ON_ERROR_STOP=1)

cluster_create backup "$PG_PORT"
sql "$PG_PORT" postgres "CREATE DATABASE drill"
node_start backup-1 "$PORT" "jdbc:postgresql://localhost:$PG_PORT/drill"
wait_ready "$PORT" "$READY_SECONDS"
python3 "$DRILL" operator "$base" "$work/backup-1.log" "$work"
token=$(cat "$work/token")
python3 "$DRILL" accounts "$base" "$token" "$ACCOUNTS" b
python3 "$DRILL" load "$base" "$token" "$CLIENTS" "$ACCOUNTS" b "$work" "$work/stop" >"$work/load.txt" &
loader=$!
sleep "$LOAD_SECONDS"

# 1. the snapshot, and the chain heads read in it
mkfifo "$work/snapshot.in"
"${PSQL[@]}" -d drill <"$work/snapshot.in" >"$work/snapshot.out" &
holder=$!
exec 3>"$work/snapshot.in"
cat >&3 <<SQL
BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;
SELECT pg_export_snapshot();
SELECT 'ledger', last_position, last_hash FROM funding_journal_seal WHERE id = 1;
SELECT 'audit', last_position, last_hash FROM audit_seal;
SELECT 'postings', COUNT(*), COUNT(*) FILTER (WHERE chain_position IS NULL) FROM funding_posting p
  LEFT JOIN LATERAL (SELECT chain_position FROM funding_entry e WHERE e.posting_id = p.id ORDER BY line LIMIT 1) e ON TRUE;
SQL
for _ in $(seq 1 100); do [ "$(wc -l <"$work/snapshot.out")" -ge 4 ] && break; sleep 0.1; done
snapshot=$(sed -n 1p "$work/snapshot.out")
read -r _ ledger_position ledger_hash < <(grep '^ledger ' "$work/snapshot.out")
read -r _ audit_position audit_hash < <(grep '^audit ' "$work/snapshot.out")
read -r _ postings unsealed_postings < <(grep '^postings ' "$work/snapshot.out")
# 2. the dump, in that snapshot, while the load goes on
dump_started=$(now)
pg_dump -h localhost -p "$PG_PORT" -U postgres --snapshot="$snapshot" -Fc -f "$work/drill.dump" drill
dump_ended=$(now)
# 3. the session ends
echo "COMMIT;" >&3
exec 3>&-
wait "$holder"
sleep 2
touch "$work/stop"
wait "$loader"
during=$(awk -v s="$dump_started" -v e="$dump_ended" '$2 >= s && $1 <= e && $4 ~ /^2/' "$work/requests" | wc -l)
in_source=$(sql "$PG_PORT" drill "SELECT COUNT(*) FROM funding_posting")

# restore into a new database; its heads, before any node starts on it
sql "$PG_PORT" postgres "CREATE DATABASE drill_restored"
pg_restore -h localhost -p "$PG_PORT" -U postgres -d drill_restored --no-owner --exit-on-error "$work/drill.dump"
read -r restored_position restored_hash < <(sql "$PG_PORT" drill_restored \
  "SELECT last_position, last_hash FROM funding_journal_seal WHERE id = 1")
read -r restored_audit_position restored_audit_hash < <(sql "$PG_PORT" drill_restored \
  "SELECT last_position, last_hash FROM audit_seal")
restored_postings=$(sql "$PG_PORT" drill_restored "SELECT COUNT(*) FROM funding_posting")

kill "$node_pid"
node_start backup-restored $((PORT + 1)) "jdbc:postgresql://localhost:$PG_PORT/drill_restored"
wait_ready $((PORT + 1)) "$READY_SECONDS"
verified=0
python3 "$DRILL" verify "$restored_base" "$token" "$SEAL_SECONDS" >"$work/verification.txt" && verified=1
kept_hash=$(sql "$PG_PORT" drill_restored "SELECT entry_hash FROM funding_entry WHERE chain_position = $ledger_position")
kept_audit_hash=$(sql "$PG_PORT" drill_restored "SELECT entry_hash FROM audit_entry WHERE chain_position = $audit_position")
read -r head_position head_hash < <(sql "$PG_PORT" drill_restored \
  "SELECT last_position, last_hash FROM funding_journal_seal WHERE id = 1")
differing=$(discrepancies "$PG_PORT" drill_restored)

echo "load: $(cat "$work/load.txt")"
echo "dump: $(python3 -c "print(f'{$dump_ended - $dump_started:.2f}')") s, $(du -k "$work/drill.dump" | cut -f1) kB, $during postings acknowledged while it ran; the source database held $in_source postings when the load stopped"
echo "recorded in the dump's snapshot: ledger head $ledger_position $ledger_hash; audit head $audit_position $audit_hash; $postings postings ($unsealed_postings not yet sealed)"
echo "restored, before a node started: ledger head $restored_position $restored_hash; audit head $restored_audit_position $restored_audit_hash; $restored_postings postings"
echo "after the restored node sealed: ledger head $head_position $head_hash; entry at the recorded position $ledger_position: $kept_hash; audit entry at $audit_position: $kept_audit_hash; balances differing $differing"
cat "$work/verification.txt"
if [ "$restored_position $restored_hash" != "$ledger_position $ledger_hash" ] \
    || [ "$restored_audit_position $restored_audit_hash" != "$audit_position $audit_hash" ] \
    || [ "$restored_postings" != "$postings" ] || [ "$verified" != 1 ] || [ "$differing" != 0 ] \
    || { [ "$ledger_position" != 0 ] && [ "$kept_hash" != "$ledger_hash" ]; } \
    || { [ "$audit_position" != 0 ] && [ "$kept_audit_hash" != "$audit_hash" ]; } || [ "$ledger_position" = 0 ]; then
  echo "backup and restore drill FAILED"
  exit 1
fi
echo "backup and restore drill passed: the restored chain verifies and its head at the dump is $ledger_position $ledger_hash"
