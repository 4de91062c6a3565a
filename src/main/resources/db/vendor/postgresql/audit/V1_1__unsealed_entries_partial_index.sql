-- PostgreSQL only (H2 has no partial indexes): the sealer's look-up of the audit entries not yet chained
-- (chain_position IS NULL, in id order) and the count of them read a partial index of just those entries, which
-- stays as small as the backlog; sealing an entry adds nothing to it.
CREATE INDEX audit_entry_unsealed ON audit_entry (id) WHERE chain_position IS NULL;
