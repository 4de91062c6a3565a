#!/usr/bin/env bash
# Waits until the sealers have chained every journal and audit entry written so far in the schema given (psql,
# PG* variables), for at most two minutes, and prints how many 0.2-s steps it waited. ledger.sh and ledger_load.py
# run it before every measured phase, so that no phase shares the machine with the sealing of the one before.
set -euo pipefail
schema=$1
waited=0
until [ "$(psql -At -c "SELECT (SELECT COUNT(*) FROM $schema.funding_entry WHERE chain_position IS NULL)
    + (SELECT COUNT(*) FROM $schema.audit_entry WHERE chain_position IS NULL)")" = 0 ]; do
  sleep 0.2
  waited=$((waited + 1))
  [ "$waited" -lt 600 ] || { echo "the sealers did not catch up within two minutes" >&2; exit 1; }
done
echo "$waited"
