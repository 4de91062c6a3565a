#!/usr/bin/env bash
# Database failover drill (issue 18, point 6). A primary cluster (port PRIMARY_PORT) and a streaming replica made
# from it with pg_basebackup (REPLICA_PORT), synchronous replication on (the primary's synchronous_standby_names
# names the replica, synchronous_commit on: a commit is acknowledged once the replica has flushed it). NODES
# `production` nodes (ports PORT, PORT+1, ...) are started with ONE JDBC URL naming both hosts with
# targetServerType=primary (PgJDBC multi-host), so each connection goes to whichever host is the primary now.
# CLIENTS clients post through the nodes (each request under an Idempotency-Key, a failed request sent again under
# the same key); after LOAD_SECONDS the primary is stopped (pg_ctl -m immediate: a crash), PROMOTE_AFTER seconds
# later the replica is promoted (pg_ctl promote), and the load goes on for AFTER_SECONDS. Then:
#   - unavailability: seconds from the first request that failed to the first that succeeded after it (and until
#     every client had succeeded again), printed,
#   - every acknowledged posting is in the books of the new primary under its key with the id answered (0 lost),
#     no kept balance differs from its entries, no key has two postings,
#   - the nodes seal every entry (the sealers reconnect too) and both chains verify through the API,
#   - a request that failed for want of the database was answered 503 (Retry-After: it may have been saved), no
#     other 5xx.
# Exits 1 when a condition fails.
#
#   ops/drills/failover.sh
#   NODES=2 CLIENTS=16 PRIMARY_PORT=5435 REPLICA_PORT=5436 PORT=8093 PROMOTE_AFTER=1 KEEP=1 ops/drills/failover.sh
source "$(dirname "$0")/lib.sh"
NODES=${NODES:-2}
CLIENTS=${CLIENTS:-16}
ACCOUNTS=${ACCOUNTS:-8}
PRIMARY_PORT=${PRIMARY_PORT:-5435}
REPLICA_PORT=${REPLICA_PORT:-5436}
PORT=${PORT:-8093}
LOAD_SECONDS=${LOAD_SECONDS:-15}
PROMOTE_AFTER=${PROMOTE_AFTER:-1}
AFTER_SECONDS=${AFTER_SECONDS:-30}
SEAL_SECONDS=${SEAL_SECONDS:-60}
READY_SECONDS=${READY_SECONDS:-180}
# How the nodes find the primary again quickly: PgJDBC re-checks a host's role every hostRecheckSeconds (10 by
# default) and gives up a host after connectTimeout; Hikari waits at most its connection-timeout for a connection
# (a request then fails instead of queueing for 30 s) and validates an idle connection before lending it.
JDBC_OPTIONS=${JDBC_OPTIONS:-targetServerType=primary&hostRecheckSeconds=1&connectTimeout=2&socketTimeout=60}
export SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT=${SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT:-3000}
export SPRING_DATASOURCE_HIKARI_VALIDATION_TIMEOUT=${SPRING_DATASOURCE_HIKARI_VALIDATION_TIMEOUT:-1000}
export SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=${SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE:-$((CLIENTS / NODES + 4))}
export JAVA_OPTS=${JAVA_OPTS:-}
url="jdbc:postgresql://localhost:$PRIMARY_PORT,localhost:$REPLICA_PORT/drill?$JDBC_OPTIONS"

cluster_create primary "$PRIMARY_PORT"
sql "$PRIMARY_PORT" postgres "CREATE DATABASE drill"
runuser -u postgres -- "$PG_BIN/pg_basebackup" -d "host=localhost port=$PRIMARY_PORT user=postgres" \
  -D "$work/replica" -X stream -R -c fast
cat >>"$work/replica/postgresql.conf" <<CONF
port = $REPLICA_PORT
CONF
cat >>"$work/replica/postgresql.auto.conf" <<CONF
primary_conninfo = 'host=localhost port=$PRIMARY_PORT user=postgres application_name=replica'
CONF
cluster_start replica
# synchronous replication, set on the primary only (after the base backup, so the promoted replica does not wait
# for a standby of its own)
sql "$PRIMARY_PORT" postgres "ALTER SYSTEM SET synchronous_standby_names = 'replica'" "SELECT pg_reload_conf()" >/dev/null
for _ in $(seq 1 60); do
  [ "$(sql "$PRIMARY_PORT" postgres "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'replica'")" = sync ] && break
  sleep 0.5
done
replication=$(sql "$PRIMARY_PORT" postgres "SELECT application_name, state, sync_state FROM pg_stat_replication")
echo "replication: $replication; synchronous_commit $(sql "$PRIMARY_PORT" postgres 'SHOW synchronous_commit')"
[ "$(echo "$replication" | awk '{print $3}')" = sync ] || { echo "the replica is not synchronous"; exit 1; }

bases=()
for n in $(seq 1 "$NODES"); do
  node_start "failover-$n" $((PORT + n - 1)) "$url"
  wait_ready $((PORT + n - 1)) "$READY_SECONDS"   # one after the other: the first creates the administrator
  bases+=("http://127.0.0.1:$((PORT + n - 1))")
done
base=${bases[0]}
python3 "$DRILL" operator "$base" "$work/failover-1.log" "$work"
token=$(cat "$work/token")
python3 "$DRILL" accounts "$base" "$token" "$ACCOUNTS" f

all=$(IFS=,; echo "${bases[*]}")
python3 "$DRILL" load "$all" "$token" "$CLIENTS" "$ACCOUNTS" f "$work" "$work/stop" >"$work/load.txt" &
loader=$!
sleep "$LOAD_SECONDS"
stopped=$(now)
cluster_stop primary immediate
sleep "$PROMOTE_AFTER"
promoting=$(now)
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$work/replica" -w promote >/dev/null
promoted=$(now)
sleep "$AFTER_SECONDS"
touch "$work/stop"
wait "$loader"

outage=$(python3 "$DRILL" outage "$work" "$stopped")
acknowledged=$(wc -l <"$work/acknowledged")
after=$(awk -v t="$promoted" '$1 >= t && $4 ~ /^2/' "$work/requests" | wc -l)
found=$(acknowledged_found "$REPLICA_PORT" drill "$work/acknowledged")
differing=$(discrepancies "$REPLICA_PORT" drill)
duplicate=$(duplicates "$REPLICA_PORT" drill)
verified=0
python3 "$DRILL" verify "$base" "$token" "$SEAL_SECONDS" >"$work/verification.txt" && verified=1
ready=0
for b in "${bases[@]}"; do curl -fs "$b/actuator/health/readiness" >/dev/null && ready=$((ready + 1)); done
statuses=$(awk -v t="$stopped" '$2 >= t && $4 !~ /^2/ {print $4}' "$work/requests" | sort | uniq -c | awk '{printf "%s%s:%s", (NR > 1 ? "," : ""), $2, $1}')
echo "load: $(cat "$work/load.txt")"
echo "primary stopped at $stopped, promotion $(python3 -c "print(f'{$promoted - $promoting:.2f}')") s from $promoting"
echo "$outage"
echo "failed requests after the stop by outcome: ${statuses:-none}"
echo "acknowledged $acknowledged found-on-new-primary $found lost $((acknowledged - found)) acknowledged-after-promotion $after"
echo "balances-differing $differing duplicate-keys $duplicate nodes-ready-after $ready/$NODES"
cat "$work/verification.txt"
if [ "$found" != "$acknowledged" ] || [ "$differing" != 0 ] || [ "$duplicate" != 0 ] || [ "$verified" != 1 ] \
    || [ "$after" = 0 ] || [ "$ready" != "$NODES" ] || grep -q '^[0-9.]* [0-9.]* [0-9]* 5[0-9][0-9]$' <(
      awk '$4 != 503' "$work/requests"); then
  echo "failover drill FAILED"
  exit 1
fi
echo "failover drill passed"
