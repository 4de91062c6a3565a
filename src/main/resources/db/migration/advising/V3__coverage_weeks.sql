-- The coverage heatmap's weekly summary: approved engagements per ISO week (week_start is its Monday),
-- institution, functional area, provenance and marking. A heatmap window reads the whole weeks it covers here
-- (a few hundred rows a week) and only the days before its first and after its last whole week from the area
-- rows, instead of every area row of the window. Kept up to date by every write of engagements (in the same
-- transaction); derived data, built here from the area rows.
CREATE TABLE advising_coverage_week (
    week_start        DATE         NOT NULL,
    institution_code  VARCHAR(40)  NOT NULL,
    area_code         VARCHAR(20)  NOT NULL,
    provenance_status VARCHAR(20)  NOT NULL,
    classification    VARCHAR(20)  NOT NULL,
    releasable_to     VARCHAR(400) NOT NULL,
    engagements       INTEGER      NOT NULL,
    PRIMARY KEY (week_start, institution_code, area_code, provenance_status, classification, releasable_to)
);

INSERT INTO advising_coverage_week (week_start, institution_code, area_code, provenance_status, classification,
    releasable_to, engagements)
SELECT week_start, institution_code, area_code, provenance_status, classification, releasable_to, COUNT(*)
FROM (SELECT a.engagement_date - CAST(EXTRACT(ISODOW FROM a.engagement_date) AS INTEGER) + 1 AS week_start,
             a.institution_code, a.area_code, a.provenance_status, a.classification, a.releasable_to
      FROM advising_engagement_area a
      WHERE a.status = 'APPROVED') approved
GROUP BY week_start, institution_code, area_code, provenance_status, classification, releasable_to;
