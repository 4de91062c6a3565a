-- What each IATI import did, per activity (imported and skipped, with the reason), as answered to the caller:
-- a replay under the same Idempotency-Key answers the same report. Empty for imports stored before.
ALTER TABLE funding_iati_import ADD COLUMN report TEXT;
