-- What the strength data is at: raised in the transaction of every write of reports, so a copy computed from the
-- reports (the public placemat page, served from memory) can tell on any node whether it is still current.
ALTER TABLE force_strength_write_lock ADD COLUMN data_version BIGINT NOT NULL DEFAULT 0;
