-- Every import that stores reports is one record: the file, who imported it and when, how many reports it
-- stored, and the SHA-256 digest of those reports as stored. The audit trail keeps one entry per import (with
-- the digest) instead of one per line, and each imported report names its import, so the reports can be checked
-- against the sealed digest at any time (docs/adr/0004).
CREATE TABLE force_strength_file (
    id             UUID         PRIMARY KEY,
    file_name      VARCHAR(200) NOT NULL,
    digest         CHAR(64)     NOT NULL,
    stored         INTEGER      NOT NULL,
    unchanged      INTEGER      NOT NULL,
    first_date     DATE         NOT NULL,
    last_date      DATE         NOT NULL,
    imported_by    VARCHAR(100) NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    classification VARCHAR(20)  NOT NULL,
    releasable_to  VARCHAR(400) NOT NULL DEFAULT ''
);

ALTER TABLE force_strength_report ADD COLUMN import_id UUID;
ALTER TABLE force_strength_import ADD COLUMN import_id UUID;
