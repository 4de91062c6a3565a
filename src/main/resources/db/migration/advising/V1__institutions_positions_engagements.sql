-- Advising: host institutions, functional areas, roadmap pillars, advisor positions and the people in them,
-- engagement reports and capability assessments. Engagements and assessments are marked records, read only
-- through kernel.MarkedRecords.
CREATE TABLE advising_institution (
    code          VARCHAR(40)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    parent_code   VARCHAR(40)  REFERENCES advising_institution (code),
    command_code  VARCHAR(20)  NOT NULL,
    location_code VARCHAR(20)  NOT NULL,
    source        VARCHAR(200) NOT NULL,
    sort_order    INTEGER      NOT NULL
);

CREATE TABLE advising_functional_area (
    code       VARCHAR(20)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    short_name VARCHAR(40)  NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    source     VARCHAR(200) NOT NULL,
    sort_order INTEGER      NOT NULL
);

CREATE TABLE advising_pillar (
    code       VARCHAR(20)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    source     VARCHAR(200) NOT NULL,
    sort_order INTEGER      NOT NULL
);

-- who may approve a command's engagements: its configured leads
CREATE TABLE advising_approver (
    command_code VARCHAR(20)  NOT NULL,
    username     VARCHAR(100) NOT NULL,
    PRIMARY KEY (command_code, username)
);

-- advisors and counterparts; a provisional one was typed in by an advisor and waits for a lead to merge it
CREATE TABLE advising_person (
    id               UUID         PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    nation           CHAR(3),
    institution_code VARCHAR(40)  REFERENCES advising_institution (code),
    provisional      BOOLEAN      NOT NULL,
    merged_into      UUID         REFERENCES advising_person (id),
    entered_by       VARCHAR(100) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX advising_person_by_name ON advising_person (kind, name);

-- where engagements are held: a mission location, a host site, or a provisional place awaiting a merge
CREATE TABLE advising_place (
    id            UUID         PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    location_code VARCHAR(20),
    provisional   BOOLEAN      NOT NULL,
    merged_into   UUID         REFERENCES advising_place (id),
    entered_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX advising_place_by_name ON advising_place (name);

-- positions survive rotations; people are assigned to them over time
CREATE TABLE advising_position (
    id               UUID         PRIMARY KEY,
    title            VARCHAR(200) NOT NULL,
    nation           CHAR(3)      NOT NULL,
    command_code     VARCHAR(20)  NOT NULL,
    location_code    VARCHAR(20)  NOT NULL,
    area_code        VARCHAR(20)  NOT NULL REFERENCES advising_functional_area (code),
    institution_code VARCHAR(40)  NOT NULL REFERENCES advising_institution (code),
    version          BIGINT       NOT NULL
);

CREATE TABLE advising_counterpart_position (
    position_id      UUID         NOT NULL REFERENCES advising_position (id),
    title            VARCHAR(200) NOT NULL,
    institution_code VARCHAR(40)  NOT NULL REFERENCES advising_institution (code),
    PRIMARY KEY (position_id, title)
);

CREATE TABLE advising_assignment (
    id          UUID    PRIMARY KEY,
    position_id UUID    NOT NULL REFERENCES advising_position (id),
    person_id   UUID    NOT NULL REFERENCES advising_person (id),
    from_date   DATE    NOT NULL,
    until_date  DATE,
    CONSTRAINT advising_assignment_period CHECK (until_date IS NULL OR until_date >= from_date)
);
CREATE INDEX advising_assignment_by_position ON advising_assignment (position_id, from_date);

CREATE TABLE advising_engagement (
    id                UUID          PRIMARY KEY,
    title             VARCHAR(200)  NOT NULL,
    command_code      VARCHAR(20)   NOT NULL,
    institution_code  VARCHAR(40)   NOT NULL REFERENCES advising_institution (code),
    engagement_date   DATE          NOT NULL,
    duration_minutes  INTEGER       NOT NULL CHECK (duration_minutes > 0),
    place_id          UUID          REFERENCES advising_place (id),
    place_name        VARCHAR(200)  NOT NULL,
    held              BOOLEAN       NOT NULL,
    mode              VARCHAR(20)   NOT NULL,
    atmosphere        VARCHAR(20),
    key_outcomes      VARCHAR(4000) NOT NULL DEFAULT '',
    next_steps        VARCHAR(4000) NOT NULL DEFAULT '',
    details           VARCHAR(8000) NOT NULL DEFAULT '',
    advisor_nation    CHAR(3)       NOT NULL,
    areas             VARCHAR(200)  NOT NULL,
    pillars           VARCHAR(200)  NOT NULL DEFAULT '',
    advisors          VARCHAR(2000) NOT NULL DEFAULT '',
    counterparts      VARCHAR(2000) NOT NULL DEFAULT '',
    status            VARCHAR(20)   NOT NULL,
    status_note       VARCHAR(2000) NOT NULL DEFAULT '',
    author            VARCHAR(100)  NOT NULL,
    decided_by        VARCHAR(100),
    decided_at        TIMESTAMP WITH TIME ZONE,
    search_text       VARCHAR(8000) NOT NULL,
    source            VARCHAR(200)  NOT NULL,
    provenance_status VARCHAR(20)   NOT NULL,
    classification    VARCHAR(20)   NOT NULL,
    releasable_to     VARCHAR(400)  NOT NULL DEFAULT '',
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL
);
-- each search index ends in the marking columns, so that counts under the viewer's filter are index-only
CREATE INDEX advising_engagement_by_date ON advising_engagement (engagement_date, id, classification, releasable_to);
CREATE INDEX advising_engagement_by_institution ON advising_engagement
    (institution_code, engagement_date, classification, releasable_to);
CREATE INDEX advising_engagement_by_command ON advising_engagement (command_code, status, engagement_date);
CREATE INDEX advising_engagement_by_status ON advising_engagement
    (status, engagement_date, classification, releasable_to);
CREATE INDEX advising_engagement_by_nation ON advising_engagement
    (advisor_nation, engagement_date, classification, releasable_to);

-- one row per engagement and functional area, with what the coverage heatmap groups and filters by
CREATE TABLE advising_engagement_area (
    engagement_id    UUID         NOT NULL REFERENCES advising_engagement (id),
    area_code        VARCHAR(20)  NOT NULL REFERENCES advising_functional_area (code),
    institution_code VARCHAR(40)  NOT NULL,
    engagement_date  DATE         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    provenance_status VARCHAR(20) NOT NULL,
    classification   VARCHAR(20)  NOT NULL,
    releasable_to    VARCHAR(400) NOT NULL DEFAULT '',
    PRIMARY KEY (engagement_id, area_code)
);
CREATE INDEX advising_engagement_area_coverage ON advising_engagement_area
    (status, engagement_date, institution_code, area_code, classification, releasable_to, provenance_status);
CREATE INDEX advising_engagement_area_by_area ON advising_engagement_area (area_code, engagement_date, engagement_id);

CREATE TABLE advising_engagement_pillar (
    engagement_id UUID        NOT NULL REFERENCES advising_engagement (id),
    pillar_code   VARCHAR(20) NOT NULL REFERENCES advising_pillar (code),
    PRIMARY KEY (engagement_id, pillar_code)
);
CREATE INDEX advising_engagement_pillar_by_pillar ON advising_engagement_pillar (pillar_code, engagement_id);

CREATE TABLE advising_attendee (
    engagement_id UUID        NOT NULL REFERENCES advising_engagement (id),
    person_id     UUID        NOT NULL REFERENCES advising_person (id),
    role          VARCHAR(20) NOT NULL,
    PRIMARY KEY (engagement_id, person_id)
);
CREATE INDEX advising_attendee_by_person ON advising_attendee (person_id);

CREATE TABLE advising_assessment (
    id                UUID          PRIMARY KEY,
    institution_code  VARCHAR(40)   NOT NULL REFERENCES advising_institution (code),
    area_code         VARCHAR(20)   NOT NULL REFERENCES advising_functional_area (code),
    rating            INTEGER       NOT NULL CHECK (rating BETWEEN 1 AND 5),
    assessed_on       DATE          NOT NULL,
    assessor          VARCHAR(100)  NOT NULL,
    rationale         VARCHAR(4000) NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    source            VARCHAR(200)  NOT NULL,
    provenance_status VARCHAR(20)   NOT NULL,
    classification    VARCHAR(20)   NOT NULL,
    releasable_to     VARCHAR(400)  NOT NULL DEFAULT ''
);
CREATE INDEX advising_assessment_by_cell ON advising_assessment (institution_code, area_code, assessed_on);

CREATE TABLE advising_evidence (
    assessment_id UUID NOT NULL REFERENCES advising_assessment (id),
    engagement_id UUID NOT NULL REFERENCES advising_engagement (id),
    PRIMARY KEY (assessment_id, engagement_id)
);
CREATE INDEX advising_evidence_by_engagement ON advising_evidence (engagement_id);
