-- What each import sent with an Idempotency-Key asked for (kernel.RequestHash over the file), kept with the key:
-- a replay is answered only to the same file, another file under a used key is refused.
ALTER TABLE force_strength_import ADD COLUMN request_hash CHAR(64);
