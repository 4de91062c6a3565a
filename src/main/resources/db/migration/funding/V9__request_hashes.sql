-- What each request sent with an Idempotency-Key asked for (kernel.RequestHash: SHA-256 over the operation and
-- its normalised fields), kept with the key: a replay is answered only to a request with the same hash, a different
-- request under a used key is refused. Keys stored before this column answer replays as they did (no hash).
ALTER TABLE funding_posting ADD COLUMN request_hash CHAR(64);
ALTER TABLE funding_iati_import ADD COLUMN request_hash CHAR(64);
