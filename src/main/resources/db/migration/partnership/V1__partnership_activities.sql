CREATE TABLE partnership_record (
    code                VARCHAR(20)   PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    purpose             VARCHAR(1000) NOT NULL,
    goal                VARCHAR(600)  NOT NULL,
    set_up_on           DATE          NOT NULL,
    set_up_at           VARCHAR(200)  NOT NULL,
    set_up_source       VARCHAR(200)  NOT NULL,
    set_up_status       VARCHAR(20)   NOT NULL,
    strengthened_on     DATE,
    strengthened_at     VARCHAR(200),
    strengthened_how    VARCHAR(600),
    strengthened_source VARCHAR(200),
    strengthened_status VARCHAR(20)
);

CREATE TABLE partnership_activity (
    id                UUID          PRIMARY KEY,
    kind              VARCHAR(30)   NOT NULL,
    track             VARCHAR(30)   NOT NULL,
    theme             VARCHAR(30)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    starts_on         DATE          NOT NULL,
    ends_on           DATE          NOT NULL,
    place             VARCHAR(200)  NOT NULL,
    organisers        VARCHAR(400)  NOT NULL,
    objectives        VARCHAR(2000) NOT NULL,
    outcomes          VARCHAR(2000) NOT NULL DEFAULT '',
    source            VARCHAR(200)  NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)   NOT NULL,
    classification    VARCHAR(20)   NOT NULL,
    releasable_to     VARCHAR(400)  NOT NULL DEFAULT '',
    version           BIGINT        NOT NULL,
    CONSTRAINT partnership_activity_dates_ordered CHECK (ends_on >= starts_on)
);

CREATE INDEX partnership_activity_by_start ON partnership_activity (starts_on);

-- Participants, follow-ups and attachments carry their activity's marking, so that they too are read through
-- the one filter for the viewer.
CREATE TABLE partnership_participant (
    id             UUID         PRIMARY KEY,
    activity       UUID         NOT NULL REFERENCES partnership_activity (id),
    kind           VARCHAR(20)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    nation         VARCHAR(3),
    role           VARCHAR(200) NOT NULL DEFAULT '',
    headcount      INTEGER      NOT NULL CHECK (headcount > 0),
    classification VARCHAR(20)  NOT NULL,
    releasable_to  VARCHAR(400) NOT NULL DEFAULT ''
);

CREATE INDEX partnership_participant_by_activity ON partnership_participant (activity);

CREATE TABLE partnership_follow_up (
    id             UUID         PRIMARY KEY,
    activity       UUID         NOT NULL REFERENCES partnership_activity (id),
    action         VARCHAR(600) NOT NULL,
    owner          VARCHAR(200) NOT NULL,
    due_on         DATE         NOT NULL,
    closed_on      DATE,
    closing_note   VARCHAR(600) NOT NULL DEFAULT '',
    classification VARCHAR(20)  NOT NULL,
    releasable_to  VARCHAR(400) NOT NULL DEFAULT '',
    version        BIGINT       NOT NULL
);

CREATE INDEX partnership_follow_up_by_activity ON partnership_follow_up (activity);

CREATE TABLE partnership_attachment (
    id             UUID                     PRIMARY KEY,
    activity       UUID                     NOT NULL REFERENCES partnership_activity (id),
    kind           VARCHAR(20)              NOT NULL,
    file_name      VARCHAR(200)             NOT NULL,
    media_type     VARCHAR(100)             NOT NULL,
    size_bytes     BIGINT                   NOT NULL CHECK (size_bytes > 0),
    sha256         VARCHAR(64)              NOT NULL,
    content        BYTEA                    NOT NULL,
    uploaded_by    VARCHAR(100)             NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    classification VARCHAR(20)              NOT NULL,
    releasable_to  VARCHAR(400)             NOT NULL DEFAULT ''
);

CREATE INDEX partnership_attachment_by_activity ON partnership_attachment (activity);
