# Shared by the drills (sourced, not run): PostgreSQL clusters of their own in a temporary directory, Resolute nodes
# from the packaged jar, and a clean-up that runs on every exit (kills the nodes, stops the clusters, removes the
# directory; KEEP=1 keeps the directory, with the nodes' and clusters' logs, for inspection).
# Everything listens on loopback only. The clusters trust local connections (user postgres, no password): they
# live only as long as the drill, in a directory only root and postgres can enter.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
JAR=${JAR:-target/resolute.jar}
DRILL=ops/drills/drill.py
[ "$(id -u)" = 0 ] || { echo "run the drills as root: they make PostgreSQL clusters as the user postgres"; exit 2; }
[ -f "$JAR" ] || ./mvnw -o -q -B package -DskipTests
work=$(mktemp -d /tmp/resolute-drill.XXXXXX)
chmod 770 "$work" && chgrp postgres "$work"
nodes=()      # pids of the running nodes
clusters=()   # data directories of the running clusters

cleanup() {
  local status=$?
  for pid in "${nodes[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  for data in "${clusters[@]}"; do
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
  done
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# cluster_create NAME PORT [extra postgresql.conf lines]: a new cluster in $work/NAME, started
cluster_create() {
  local data="$work/$1" port=$2
  runuser -u postgres -- "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >"$work/$1.initdb.log"
  cat >>"$data/postgresql.conf" <<CONF
port = $port
listen_addresses = 'localhost'
unix_socket_directories = '$work'
shared_buffers = 64MB
max_connections = 60
${3:-}
CONF
  cluster_start "$1"
}

cluster_start() {
  local data="$work/$1"
  clusters+=("$data")
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$data" -l "$work/$1.pg.log" -w start >/dev/null
}

# cluster_stop NAME [fast|immediate]
cluster_stop() {
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$work/$1" -m "${2:-fast}" -w stop >/dev/null
}

# sql PORT DATABASE STATEMENT...: each statement's rows, unaligned, fields separated by a space
sql() {
  local port=$1 database=$2
  shift 2
  local args=()
  for statement in "$@"; do args+=(-c "$statement"); done
  psql -h localhost -p "$port" -U postgres -d "$database" -X -q -At -F ' ' -v ON_ERROR_STOP=1 "${args[@]}"
}

# node_start NAME PORT JDBC_URL [PROFILE]: a Resolute node from the jar, its log in $work/NAME.log; sets node_pid
node_start() {
  local name=$1 port=$2 url=$3 profile=${4:-production}
  SPRING_PROFILES_ACTIVE=$profile SPRING_DATASOURCE_URL="$url" \
    SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    RESOLUTE_NODE_ID="$name" LOGGING_STRUCTURED_FORMAT_CONSOLE= \
    java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$port" --server.address=127.0.0.1 >>"$work/$name.log" 2>&1 &
  node_pid=$!
  nodes+=("$node_pid")
}

# wait_ready PORT SECONDS: until the node answers readiness UP; fails after SECONDS
wait_ready() {
  local deadline=$((SECONDS + $2))
  until curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || { echo "node on port $1 not ready within $2 s" >&2; return 1; }
    sleep 0.5
  done
}

# seconds since the epoch, with milliseconds
now() { date +%s.%3N; }

# acknowledged_found PORT DATABASE FILE: how many of the acknowledged postings (key,id lines) are in the journal
# under their key with the id answered
acknowledged_found() {
  psql -h localhost -p "$1" -U postgres -d "$2" -X -q -At -v ON_ERROR_STOP=1 \
    -c "CREATE TEMPORARY TABLE acknowledged (key VARCHAR(200), id UUID)" \
    -c "\\copy acknowledged FROM '$3' CSV" \
    -c "SELECT COUNT(*) FROM acknowledged a JOIN funding_posting p ON p.idempotency_key = a.key AND p.id = a.id"
}

# discrepancies PORT DATABASE: kept balances that differ from the sum of their entries
discrepancies() {
  sql "$1" "$2" "SELECT COUNT(*) FROM funding_account_balance b LEFT JOIN (SELECT account_id,
    SUM(CASE WHEN side = 'DEBIT' THEN amount ELSE -amount END) AS total FROM funding_entry GROUP BY account_id) e
    ON e.account_id = b.account_id WHERE b.balance <> COALESCE(e.total, 0)"
}

# duplicates PORT DATABASE: postings sharing an idempotency key beyond the first (the unique constraint says 0)
duplicates() {
  sql "$1" "$2" "SELECT COUNT(*) - COUNT(DISTINCT idempotency_key) FROM funding_posting"
}

unsealed() {
  sql "$1" "$2" "SELECT COUNT(*) FROM funding_entry WHERE chain_position IS NULL"
}
