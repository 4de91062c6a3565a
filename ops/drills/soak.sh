#!/usr/bin/env bash
# Soak drill (issue 18, point 8): DURATION seconds (default 1800) of mixed load at a steady RATE (requests per second,
# default 8) on one demo node (the demo accounts and books, so that every page has data to show and the planner has a
# force to plan) on a fresh PostgreSQL cluster of the drill's own: every main page read signed in and every main API
# with a token, the public pages and APIs anonymously, postings, engagements, and a plan every PLAN_EVERY seconds
# (default 180), in the mix of ops/drills/soak_load.py. Every WINDOW seconds (default 300) it prints requests, errors,
# p50/p95/p99/max latency, the node's resident memory and the machine's load. The drill holds when there is no error,
# the last window's p95 is at most 1.5 times the first's and the RSS at the end of the last window is at most 10%
# above that at the end of the first; it exits 1 otherwise. JAVA_OPTS defaults to a fixed heap of 512 MB touched at
# start (-Xms512m -Xmx512m -XX:+AlwaysPreTouch): otherwise the RSS follows the collector growing and shrinking its
# heap (a first run with -Xmx512m alone read 638, 647, 831, 791 MB at the ends of its first four windows), which is
# no leak but would hide one; with the heap resident from the start, RSS growth is growth outside the heap, and the
# live heap after a full collection, printed per window, shows growth inside it.
#
#   ops/drills/soak.sh                                  # 30 minutes, cluster on port 5437, node on port 8096
#   DURATION=180 WINDOW=60 PLAN_EVERY=60 ops/drills/soak.sh      # a 3-minute trial
#   OUT=/tmp/soak.txt nohup ops/drills/soak.sh > /tmp/soak.log 2>&1 &
source "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-1800}
RATE=${RATE:-8}
WINDOW=${WINDOW:-300}
PLAN_EVERY=${PLAN_EVERY:-180}
PG_PORT=${PG_PORT:-5437}
PORT=${PORT:-8096}
OUT=${OUT:-$work/soak.txt}
READY_SECONDS=${READY_SECONDS:-300}
export JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m -XX:+AlwaysPreTouch}
base="http://127.0.0.1:$PORT"

cluster_create soak "$PG_PORT"
sql "$PG_PORT" postgres "CREATE DATABASE drill_soak"
node_start soak "$PORT" "jdbc:postgresql://localhost:$PG_PORT/drill_soak" demo
wait_ready "$PORT" "$READY_SECONDS"
# the demo data loads in the background after readiness: the soak starts once it has loaded whole
admin=$(python3 "$DRILL" session "$base" admin resolute-demo)   # the details are shown to ADMIN
deadline=$((SECONDS + READY_SECONDS))
until curl -fs -H "Cookie: $admin" "$base/actuator/health/readiness" | python3 -c '
import json, sys
details = json.load(sys.stdin)["components"]["demoData"]["details"]
sys.exit(0 if details["loaded"] == details["total"] and not details["failed"] else 1)'; do
  [ $SECONDS -lt $deadline ] || { echo "the demo data did not load within $READY_SECONDS s"; tail -30 "$work/soak.log"; exit 1; }
  sleep 2
done
echo "soak: $(date -u +%FT%TZ), DURATION=$DURATION RATE=$RATE WINDOW=$WINDOW PLAN_EVERY=$PLAN_EVERY JAVA_OPTS=$JAVA_OPTS, $(nproc) cores, uptime: $(uptime)"
status=0
python3 ops/drills/soak_load.py "$base" "$node_pid" "$DURATION" "$RATE" "$WINDOW" "$PLAN_EVERY" "$OUT" || status=$?
echo "soak: ended $(date -u +%FT%TZ), uptime: $(uptime)"
kill "$node_pid" 2>/dev/null || true
exit "$status"
