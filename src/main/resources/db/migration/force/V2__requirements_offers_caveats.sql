-- Requirements (CJSOR lines) with their fill kept beside them, nations' offers against them, and national
-- caveats as structured rules. All three are marked records, read only through kernel.MarkedRecords.
CREATE TABLE force_requirement (
    id                UUID PRIMARY KEY,
    reference         VARCHAR(20)  NOT NULL,
    capability        VARCHAR(200) NOT NULL,
    activity          VARCHAR(40)  NOT NULL,
    quantity          INTEGER      NOT NULL CHECK (quantity > 0),
    command           VARCHAR(20)  NOT NULL,
    location          VARCHAR(20)  NOT NULL,
    from_date         DATE         NOT NULL,
    until_date        DATE         NOT NULL,
    priority          INTEGER      NOT NULL CHECK (priority BETWEEN 1 AND 5),
    accepted          INTEGER      NOT NULL DEFAULT 0,
    offered           INTEGER      NOT NULL DEFAULT 0,
    fill_state        VARCHAR(10)  NOT NULL,
    source            VARCHAR(200) NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)  NOT NULL,
    classification    VARCHAR(20)  NOT NULL,
    releasable_to     VARCHAR(400) NOT NULL DEFAULT '',
    version           BIGINT       NOT NULL,
    CONSTRAINT force_requirement_reference UNIQUE (reference),
    CONSTRAINT force_requirement_period CHECK (until_date >= from_date)
);

CREATE INDEX force_requirement_by_priority ON force_requirement (priority, reference);
CREATE INDEX force_requirement_by_fill ON force_requirement (fill_state, priority);

CREATE TABLE force_offer (
    id                UUID PRIMARY KEY,
    requirement_id    UUID         NOT NULL REFERENCES force_requirement (id),
    nation            CHAR(3)      NOT NULL,
    quantity          INTEGER      NOT NULL CHECK (quantity > 0),
    from_date         DATE         NOT NULL,
    until_date        DATE         NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    source            VARCHAR(200) NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)  NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    classification    VARCHAR(20)  NOT NULL,
    releasable_to     VARCHAR(400) NOT NULL DEFAULT '',
    version           BIGINT       NOT NULL,
    CONSTRAINT force_offer_period CHECK (until_date >= from_date)
);

CREATE INDEX force_offer_by_requirement ON force_offer (requirement_id);
CREATE INDEX force_offer_by_nation ON force_offer (nation, status);

CREATE TABLE force_caveat (
    id                UUID PRIMARY KEY,
    code              VARCHAR(20)  NOT NULL,
    nation            CHAR(3)      NOT NULL,
    kind              VARCHAR(30)  NOT NULL,
    rule_values       VARCHAR(400) NOT NULL DEFAULT '',
    rule_limit        INTEGER,
    description       VARCHAR(400) NOT NULL,
    source            VARCHAR(200) NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)  NOT NULL,
    classification    VARCHAR(20)  NOT NULL,
    releasable_to     VARCHAR(400) NOT NULL DEFAULT '',
    version           BIGINT       NOT NULL,
    CONSTRAINT force_caveat_code UNIQUE (code)
);

CREATE INDEX force_caveat_by_nation ON force_caveat (nation, code);
