CREATE TABLE governance_meeting (
    id                UUID          PRIMARY KEY,
    kind              VARCHAR(30)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    starts_on         DATE          NOT NULL,
    ends_on           DATE          NOT NULL,
    place             VARCHAR(200)  NOT NULL,
    summary           VARCHAR(1000) NOT NULL DEFAULT '',
    source            VARCHAR(200)  NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)   NOT NULL,
    classification    VARCHAR(20)   NOT NULL,
    releasable_to     VARCHAR(400)  NOT NULL DEFAULT '',
    version           BIGINT        NOT NULL,
    CONSTRAINT governance_meeting_dates_ordered CHECK (ends_on >= starts_on)
);

CREATE INDEX governance_meeting_by_start ON governance_meeting (starts_on);

-- A reaffirmation points at the commitment it reaffirms (always the first one), so a commitment's history is
-- the commitment and every decision that points at it.
CREATE TABLE governance_decision (
    id                UUID          PRIMARY KEY,
    meeting           UUID          REFERENCES governance_meeting (id),
    kind              VARCHAR(20)   NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    text              VARCHAR(2000) NOT NULL,
    decided_on        DATE          NOT NULL,
    effective_from    DATE,
    effective_until   DATE,
    reaffirms         UUID          REFERENCES governance_decision (id),
    source            VARCHAR(200)  NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)   NOT NULL,
    classification    VARCHAR(20)   NOT NULL,
    releasable_to     VARCHAR(400)  NOT NULL DEFAULT '',
    version           BIGINT        NOT NULL,
    CONSTRAINT governance_decision_effective_ordered
        CHECK (effective_until IS NULL OR effective_from IS NULL OR effective_until >= effective_from)
);

CREATE INDEX governance_decision_by_day ON governance_decision (decided_on);
CREATE INDEX governance_decision_by_reaffirmed ON governance_decision (reaffirms);

-- What a decision changed: a record another module keeps (a troop ceiling, a mission phase, a legal
-- instrument), named by that module's id, or a change no module records yet, in words.
CREATE TABLE governance_decision_effect (
    id          UUID                     PRIMARY KEY,
    decision    UUID                     NOT NULL REFERENCES governance_decision (id),
    kind        VARCHAR(30)              NOT NULL,
    record_ref  VARCHAR(120),
    summary     VARCHAR(400)             NOT NULL,
    recorded_by VARCHAR(100)             NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX governance_decision_effect_by_decision ON governance_decision_effect (decision);
CREATE INDEX governance_decision_effect_by_record ON governance_decision_effect (kind, record_ref);

CREATE TABLE governance_conditions_review (
    id                UUID          PRIMARY KEY,
    reviewed_on       DATE          NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    meeting           UUID          REFERENCES governance_meeting (id),
    assessment        VARCHAR(2000) NOT NULL,
    decision          UUID          REFERENCES governance_decision (id),
    source            VARCHAR(200)  NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)   NOT NULL,
    classification    VARCHAR(20)   NOT NULL,
    releasable_to     VARCHAR(400)  NOT NULL DEFAULT '',
    version           BIGINT        NOT NULL
);

-- Indicator values carry their review's marking, so that they are read through the same filter.
CREATE TABLE governance_indicator_value (
    id                UUID           PRIMARY KEY,
    review            UUID           NOT NULL REFERENCES governance_conditions_review (id),
    line_no           INTEGER        NOT NULL,
    kind              VARCHAR(30)    NOT NULL,
    name              VARCHAR(200)   NOT NULL,
    value_text        VARCHAR(400)   NOT NULL,
    figure            NUMERIC(19,4),
    source            VARCHAR(400)   NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)    NOT NULL,
    classification    VARCHAR(20)    NOT NULL,
    releasable_to     VARCHAR(400)   NOT NULL DEFAULT '',
    CONSTRAINT governance_indicator_line_unique UNIQUE (review, line_no)
);
