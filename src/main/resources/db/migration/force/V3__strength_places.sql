-- The places (nation, command, location, marking) that have strength reports: a few hundred rows. The as-of read
-- starts from them and looks up each one's latest report on or before the date through the index
-- force_strength_report_latest, instead of scanning every report up to the date.
CREATE TABLE force_strength_place (
    nation         CHAR(3)      NOT NULL,
    command_code   VARCHAR(20)  NOT NULL,
    location_code  VARCHAR(20)  NOT NULL,
    classification VARCHAR(20)  NOT NULL,
    releasable_to  VARCHAR(400) NOT NULL,
    PRIMARY KEY (nation, command_code, location_code, classification, releasable_to)
);

INSERT INTO force_strength_place (nation, command_code, location_code, classification, releasable_to)
SELECT DISTINCT nation, command_code, location_code, classification, releasable_to FROM force_strength_report;
