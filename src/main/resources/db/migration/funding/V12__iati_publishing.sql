-- What publishing a fund as an IATI activity needs beyond the books (issue 20): the organisation that reports the
-- fund's activity (its name, an identifier whose prefix is in the org-id register, its IATI organisation type),
-- the fund's DAC 5-digit sector, and each project's name, sector and receiving organisation; and when each of these
-- last changed, so that an activity's last-updated-datetime is when its data changed, never the export's time.
-- The values come from funding/iati-funds.csv and funding/projects.csv (IatiReferenceData); the columns stay empty
-- until then.
ALTER TABLE funding_fund ADD COLUMN reporting_org_name VARCHAR(200);
ALTER TABLE funding_fund ADD COLUMN reporting_org_ref VARCHAR(100);
ALTER TABLE funding_fund ADD COLUMN reporting_org_type VARCHAR(2);
ALTER TABLE funding_fund ADD COLUMN sector CHAR(5);
ALTER TABLE funding_fund ADD COLUMN iati_changed_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE funding_project (
    code          VARCHAR(40)  PRIMARY KEY,
    fund          VARCHAR(10)  NOT NULL REFERENCES funding_fund (code),
    name          VARCHAR(200) NOT NULL,
    sector        CHAR(5)      NOT NULL,
    receiver_name VARCHAR(200) NOT NULL,
    receiver_ref  VARCHAR(100),
    receiver_type VARCHAR(2)   NOT NULL,
    source        VARCHAR(400) NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- When a pledge was last written (announced, confirmed, cancelled, or moved on by the money received); empty for the
-- pledges written before this column existed, whose time is not known.
ALTER TABLE funding_pledge ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
