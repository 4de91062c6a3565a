-- PostgreSQL only (H2 has no partial indexes and keeps the index of V1): the sealer's look-up of the entries not
-- yet chained (chain_position IS NULL, in id order) reads a partial index of just those entries. The full index it
-- replaces took a new entry for every sealed row version as well, so that it grew with the journal and each seal
-- wrote into it; the partial one holds only what waits to be sealed, and sealing an entry adds nothing to it.
DROP INDEX funding_entry_unsealed;
CREATE INDEX funding_entry_unsealed ON funding_entry (id) WHERE chain_position IS NULL;
