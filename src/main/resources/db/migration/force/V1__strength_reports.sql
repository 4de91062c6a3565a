CREATE TABLE force_strength_report (
    id                UUID         PRIMARY KEY,
    nation            CHAR(3)      NOT NULL,
    command_code      VARCHAR(20)  NOT NULL,
    location_code     VARCHAR(20)  NOT NULL,
    report_date       DATE         NOT NULL,
    troops            INTEGER      NOT NULL CHECK (troops >= 0),
    source            VARCHAR(200) NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)  NOT NULL,
    classification    VARCHAR(20)  NOT NULL,
    releasable_to     VARCHAR(400) NOT NULL DEFAULT '',
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT force_strength_report_key UNIQUE (nation, command_code, location_code, report_date, classification)
);

-- the as-of read: the latest report on or before a date of each place and marking
CREATE INDEX force_strength_report_latest ON force_strength_report
    (nation, command_code, location_code, classification, releasable_to, report_date);
CREATE INDEX force_strength_report_by_date ON force_strength_report (report_date);

-- an import replayed with the same Idempotency-Key answers the first result
CREATE TABLE force_strength_import (
    idempotency_key VARCHAR(200) PRIMARY KEY,
    requested_by    VARCHAR(100) NOT NULL,
    stored          INTEGER      NOT NULL,
    unchanged       INTEGER      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
