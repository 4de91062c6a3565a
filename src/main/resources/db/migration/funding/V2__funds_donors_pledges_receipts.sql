-- Funds, donors, Board meetings, pledges, exchange rates, receipts and movements (allocations, disbursements,
-- expenditure). Pledges, receipts and movements are marked records, read only through kernel.MarkedRecords; each
-- receipt and movement points to the one balanced posting that put it in the books.
CREATE TABLE funding_fund (
    code            VARCHAR(10)   PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    administrator   VARCHAR(200)  NOT NULL,
    purpose         VARCHAR(1000) NOT NULL,
    windows         VARCHAR(1000) NOT NULL,
    fiscal_calendar VARCHAR(200)  NOT NULL,
    established     DATE,
    iati_identifier VARCHAR(100)  NOT NULL,
    source          VARCHAR(200)  NOT NULL
);

CREATE TABLE funding_donor (
    code            VARCHAR(20)  PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    nation          CHAR(3),
    iati_identifier VARCHAR(100) NOT NULL,
    CONSTRAINT funding_donor_iati UNIQUE (iati_identifier)
);

CREATE TABLE funding_board_meeting (
    id      UUID         PRIMARY KEY,
    fund    VARCHAR(10)  NOT NULL REFERENCES funding_fund (code),
    held_on DATE         NOT NULL,
    title   VARCHAR(200) NOT NULL,
    source  VARCHAR(200) NOT NULL
);

CREATE TABLE funding_pledge (
    id                UUID           PRIMARY KEY,
    donor             VARCHAR(20)    NOT NULL REFERENCES funding_donor (code),
    fund              VARCHAR(10)    NOT NULL REFERENCES funding_fund (code),
    first_year        INTEGER        NOT NULL,
    last_year         INTEGER        NOT NULL,
    amount            NUMERIC(19, 4) NOT NULL CHECK (amount > 0),
    currency          CHAR(3)        NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    announced_on      DATE           NOT NULL,
    board_meeting_id  UUID           REFERENCES funding_board_meeting (id),
    source            VARCHAR(200)   NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)    NOT NULL,
    classification    VARCHAR(20)    NOT NULL,
    releasable_to     VARCHAR(400)   NOT NULL DEFAULT '',
    version           BIGINT         NOT NULL,
    CONSTRAINT funding_pledge_years CHECK (last_year >= first_year)
);

CREATE INDEX funding_pledge_by_donor ON funding_pledge (donor, fund, first_year);

CREATE TABLE funding_exchange_rate (
    currency     CHAR(3)        NOT NULL,
    rate_date    DATE           NOT NULL,
    source       VARCHAR(60)    NOT NULL,
    usd_per_unit NUMERIC(19, 8) NOT NULL CHECK (usd_per_unit > 0),
    provenance   VARCHAR(400)   NOT NULL,
    PRIMARY KEY (currency, source, rate_date)
);

CREATE TABLE funding_receipt (
    id                UUID           PRIMARY KEY,
    donor             VARCHAR(20)    NOT NULL REFERENCES funding_donor (code),
    fund              VARCHAR(10)    NOT NULL REFERENCES funding_fund (code),
    pledge_id         UUID           REFERENCES funding_pledge (id),
    pledge_year       INTEGER        NOT NULL,
    amount            NUMERIC(19, 4) NOT NULL CHECK (amount > 0),
    currency          CHAR(3)        NOT NULL,
    value_date        DATE           NOT NULL,
    bank_reference    VARCHAR(100)   NOT NULL,
    usd_amount        NUMERIC(19, 4) NOT NULL,
    usd_per_unit      NUMERIC(19, 8) NOT NULL,
    rate_source       VARCHAR(60)    NOT NULL,
    rate_date         DATE           NOT NULL,
    posting_id        UUID           NOT NULL,
    source            VARCHAR(200)   NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)    NOT NULL,
    classification    VARCHAR(20)    NOT NULL,
    releasable_to     VARCHAR(400)   NOT NULL DEFAULT '',
    CONSTRAINT funding_receipt_posting UNIQUE (posting_id)
);

CREATE INDEX funding_receipt_by_donor ON funding_receipt (donor, fund, pledge_year);
CREATE INDEX funding_receipt_by_date ON funding_receipt (fund, value_date);

CREATE TABLE funding_movement (
    id                UUID           PRIMARY KEY,
    fund              VARCHAR(10)    NOT NULL REFERENCES funding_fund (code),
    kind              VARCHAR(20)    NOT NULL,
    project           VARCHAR(40)    NOT NULL,
    amount            NUMERIC(19, 4) NOT NULL CHECK (amount > 0),
    value_date        DATE           NOT NULL,
    description       VARCHAR(400)   NOT NULL,
    posting_id        UUID           NOT NULL,
    source            VARCHAR(200)   NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)    NOT NULL,
    classification    VARCHAR(20)    NOT NULL,
    releasable_to     VARCHAR(400)   NOT NULL DEFAULT '',
    CONSTRAINT funding_movement_posting UNIQUE (posting_id)
);

CREATE INDEX funding_movement_by_fund ON funding_movement (fund, kind, value_date);

-- Published figures from funding_facts.csv, with their source and status: what the demo's illustrative detail
-- is made consistent with, and what the host government committed to.
CREATE TABLE funding_published_figure (
    id          INTEGER        PRIMARY KEY,
    fund        VARCHAR(60)    NOT NULL,
    scope       VARCHAR(100)   NOT NULL,
    metric      VARCHAR(200)   NOT NULL,
    period      VARCHAR(100)   NOT NULL,
    amount      NUMERIC(19, 4),
    currency    CHAR(3)        NOT NULL,
    status      VARCHAR(40)    NOT NULL,
    source      VARCHAR(20)    NOT NULL,
    note        VARCHAR(400)   NOT NULL
);
