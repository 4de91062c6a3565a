CREATE TABLE reference_source (
    id        VARCHAR(20)   PRIMARY KEY,
    title     VARCHAR(500)  NOT NULL,
    url       VARCHAR(1000) NOT NULL,
    date_text VARCHAR(200)  NOT NULL,
    kind      VARCHAR(100)  NOT NULL
);

CREATE TABLE reference_nation (
    code   CHAR(3)      PRIMARY KEY,
    alpha2 CHAR(2)      NOT NULL UNIQUE,
    name   VARCHAR(100) NOT NULL
);

CREATE TABLE reference_currency (
    code        CHAR(3)      PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    minor_units INTEGER
);

CREATE TABLE reference_membership (
    nation            CHAR(3)      NOT NULL REFERENCES reference_nation (code),
    kind              VARCHAR(30)  NOT NULL,
    since_date        DATE         NOT NULL,
    until_date        DATE,
    source_id         VARCHAR(20)  REFERENCES reference_source (id),
    provenance_status VARCHAR(30)  NOT NULL,
    status_note       VARCHAR(300) NOT NULL,
    note              VARCHAR(500) NOT NULL,
    PRIMARY KEY (nation, since_date),
    CHECK (until_date IS NULL OR until_date > since_date)
);

CREATE TABLE reference_contributing_nation (
    mission                VARCHAR(20)  NOT NULL,
    nation                 CHAR(3)      NOT NULL REFERENCES reference_nation (code),
    name_in_source         VARCHAR(100) NOT NULL,
    status_during_mission  VARCHAR(30)  NOT NULL,
    in_advisor_nation_list BOOLEAN      NOT NULL,
    source_id              VARCHAR(20)  REFERENCES reference_source (id),
    status_note            VARCHAR(300) NOT NULL,
    note                   VARCHAR(500) NOT NULL,
    PRIMARY KEY (mission, nation)
);
