CREATE TABLE mission_location (
    code              VARCHAR(20)  PRIMARY KEY,
    name              VARCHAR(120) NOT NULL,
    region            VARCHAR(40)  NOT NULL,
    latitude          NUMERIC(9,6) NOT NULL,
    longitude         NUMERIC(9,6) NOT NULL,
    capacity          INTEGER,
    source            VARCHAR(200) NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)  NOT NULL
);

CREATE TABLE mission_command (
    code          VARCHAR(20)  PRIMARY KEY,
    name          VARCHAR(120) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    region        VARCHAR(40)  NOT NULL,
    location      VARCHAR(20)  NOT NULL REFERENCES mission_location (code),
    lead_nation   CHAR(3)      NOT NULL,
    partner_units VARCHAR(400) NOT NULL,
    sources       VARCHAR(200) NOT NULL
);

CREATE TABLE mission_troop_ceiling (
    id                UUID PRIMARY KEY,
    kind              VARCHAR(20)  NOT NULL,
    nation            CHAR(3),
    troops            INTEGER      NOT NULL CHECK (troops > 0),
    from_date         DATE         NOT NULL,
    until_date        DATE,
    basis             VARCHAR(400) NOT NULL,
    source            VARCHAR(200) NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)  NOT NULL,
    version           BIGINT       NOT NULL
);

CREATE INDEX mission_troop_ceiling_by_scope ON mission_troop_ceiling (kind, nation, from_date);
