-- Each place's latest report in each month, per marking: the strength charts' timeline reads these (a few
-- hundred rows a month) instead of every daily report, and stays fast over ten years of daily reports. Kept up to
-- date by every write of reports; derived data, rebuilt here from the reports.
CREATE TABLE force_strength_month (
    nation            CHAR(3)      NOT NULL,
    command_code      VARCHAR(20)  NOT NULL,
    location_code     VARCHAR(20)  NOT NULL,
    classification    VARCHAR(20)  NOT NULL,
    releasable_to     VARCHAR(400) NOT NULL,
    year_month        INTEGER      NOT NULL,
    id                UUID         NOT NULL, -- the report's id
    report_date       DATE         NOT NULL,
    troops            INTEGER      NOT NULL,
    source            VARCHAR(200) NOT NULL,
    as_of             DATE,
    provenance_status VARCHAR(20)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (nation, command_code, location_code, classification, releasable_to, year_month)
);

INSERT INTO force_strength_month (nation, command_code, location_code, classification, releasable_to, year_month,
    id, report_date, troops, source, as_of, provenance_status, created_at)
SELECT nation, command_code, location_code, classification, releasable_to, year_month, id, report_date, troops,
    source, as_of, provenance_status, created_at
FROM (SELECT r.*,
        CAST(EXTRACT(YEAR FROM r.report_date) AS INTEGER) * 100 + CAST(EXTRACT(MONTH FROM r.report_date) AS INTEGER)
            AS year_month,
        ROW_NUMBER() OVER (PARTITION BY r.nation, r.command_code, r.location_code, r.classification,
            r.releasable_to, EXTRACT(YEAR FROM r.report_date), EXTRACT(MONTH FROM r.report_date)
            ORDER BY r.report_date DESC) AS latest
      FROM force_strength_report r) ranked
WHERE latest = 1;
