CREATE TABLE mission_record (
    code                   VARCHAR(20)   PRIMARY KEY,
    name                   VARCHAR(120)  NOT NULL,
    nature                 VARCHAR(200)  NOT NULL,
    purpose                VARCHAR(1000) NOT NULL,
    host_nation            CHAR(3)       NOT NULL,
    invitation             VARCHAR(400)  NOT NULL,
    basis_source           VARCHAR(200)  NOT NULL,
    basis_status           VARCHAR(20)   NOT NULL,
    launched_on            DATE          NOT NULL,
    launch_source          VARCHAR(200)  NOT NULL,
    launch_status          VARCHAR(20)   NOT NULL,
    predecessor            VARCHAR(200),
    predecessor_ended_on   DATE,
    predecessor_source     VARCHAR(200),
    predecessor_status     VARCHAR(20),
    ended_on               DATE,
    end_note               VARCHAR(600)  NOT NULL DEFAULT '',
    end_source             VARCHAR(200),
    end_status             VARCHAR(20)
);

CREATE TABLE mission_legal_instrument (
    id                UUID          PRIMARY KEY,
    mission           VARCHAR(20)   NOT NULL REFERENCES mission_record (code),
    kind              VARCHAR(20)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    parties           VARCHAR(400)  NOT NULL,
    signed_on         DATE,
    ratified_on       DATE,
    adopted_on        DATE,
    expires_on        DATE,
    note              VARCHAR(600)  NOT NULL DEFAULT '',
    source            VARCHAR(200)  NOT NULL,
    provenance_status VARCHAR(20)   NOT NULL,
    CONSTRAINT mission_instrument_ratified_after_signed
        CHECK (ratified_on IS NULL OR signed_on IS NULL OR ratified_on >= signed_on)
);

CREATE TABLE mission_instrument_provision (
    instrument UUID         NOT NULL REFERENCES mission_legal_instrument (id),
    line_no    INTEGER      NOT NULL,
    sets       VARCHAR(600) NOT NULL,
    PRIMARY KEY (instrument, line_no)
);

CREATE TABLE mission_phase (
    id                UUID          PRIMARY KEY,
    mission           VARCHAR(20)   NOT NULL REFERENCES mission_record (code),
    name              VARCHAR(120)  NOT NULL,
    from_date         DATE          NOT NULL,
    until_date        DATE,
    description       VARCHAR(600)  NOT NULL,
    source            VARCHAR(200)  NOT NULL,
    provenance_status VARCHAR(20)   NOT NULL,
    CONSTRAINT mission_phase_dates_ordered CHECK (until_date IS NULL OR until_date >= from_date)
);

-- A ceiling's link to the decision that set it: free text until the governance module owns decisions.
ALTER TABLE mission_troop_ceiling ADD COLUMN decision_ref VARCHAR(120);

-- One ceiling per scope (the mission, or one nation's cap) and start day, enforced by the database too.
ALTER TABLE mission_troop_ceiling ADD COLUMN scope VARCHAR(30);
UPDATE mission_troop_ceiling SET scope = kind || ':' || COALESCE(TRIM(nation), '');
ALTER TABLE mission_troop_ceiling ALTER COLUMN scope SET NOT NULL;
CREATE UNIQUE INDEX mission_troop_ceiling_one_per_scope_and_day ON mission_troop_ceiling (scope, from_date);
ALTER TABLE mission_troop_ceiling ADD CONSTRAINT mission_troop_ceiling_dates_ordered
    CHECK (until_date IS NULL OR until_date >= from_date);
