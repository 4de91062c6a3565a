-- Plans are solver jobs: what was asked, the facts it was solved from, progress and the result, all stored so that
-- a plan survives a restart and can be compared and explained later.
CREATE TABLE plan (
    id                 UUID PRIMARY KEY,
    kind               VARCHAR(20)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    troop_ceiling      INTEGER      NOT NULL,
    seconds_limit      INTEGER      NOT NULL,
    as_of              DATE         NOT NULL,
    illustrative       BOOLEAN      NOT NULL,
    requested_by       VARCHAR(100) NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE,
    finished_at        TIMESTAMP WITH TIME ZONE,
    elapsed_ms         BIGINT       NOT NULL DEFAULT 0,
    hard_score         BIGINT,
    soft_score         BIGINT,
    posture_hard_score BIGINT,
    posture_soft_score BIGINT,
    troops_before      INTEGER,
    troops_after       INTEGER,
    coverage_before    NUMERIC(5, 1),
    coverage_after     NUMERIC(5, 1),
    moves              INTEGER,
    withdrawn          INTEGER,
    failure            VARCHAR(2000),
    input              TEXT         NOT NULL,
    result             TEXT,
    applied_at         TIMESTAMP WITH TIME ZONE,
    applied_by         VARCHAR(100),
    version            BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX plan_requested_at ON plan (requested_at);
CREATE INDEX plan_status ON plan (status);
