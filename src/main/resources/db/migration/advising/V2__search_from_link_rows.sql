-- A search by functional area or roadmap pillar starts from the link rows of that code. Like the area rows, each
-- pillar row now repeats what a search filters on: the engagement's date, institution, status and marking (written
-- with the engagement, in the same transaction). Each link table has one index that starts with the code and
-- the date and holds every repeated column, so a search's count under the viewer's marking filter reads only that
-- index, and its first page reads it in date order and stops after the page's rows.
ALTER TABLE advising_engagement_pillar ADD COLUMN institution_code VARCHAR(40);
ALTER TABLE advising_engagement_pillar ADD COLUMN engagement_date DATE;
ALTER TABLE advising_engagement_pillar ADD COLUMN status VARCHAR(20);
ALTER TABLE advising_engagement_pillar ADD COLUMN classification VARCHAR(20);
ALTER TABLE advising_engagement_pillar ADD COLUMN releasable_to VARCHAR(400) DEFAULT '' NOT NULL;

UPDATE advising_engagement_pillar p SET
    institution_code = (SELECT e.institution_code FROM advising_engagement e WHERE e.id = p.engagement_id),
    engagement_date = (SELECT e.engagement_date FROM advising_engagement e WHERE e.id = p.engagement_id),
    status = (SELECT e.status FROM advising_engagement e WHERE e.id = p.engagement_id),
    classification = (SELECT e.classification FROM advising_engagement e WHERE e.id = p.engagement_id),
    releasable_to = (SELECT e.releasable_to FROM advising_engagement e WHERE e.id = p.engagement_id);

ALTER TABLE advising_engagement_pillar ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE advising_engagement_pillar ALTER COLUMN engagement_date SET NOT NULL;
ALTER TABLE advising_engagement_pillar ALTER COLUMN status SET NOT NULL;
ALTER TABLE advising_engagement_pillar ALTER COLUMN classification SET NOT NULL;

DROP INDEX advising_engagement_pillar_by_pillar;
CREATE INDEX advising_engagement_pillar_search ON advising_engagement_pillar
    (pillar_code, engagement_date, engagement_id, classification, releasable_to, status, institution_code);

DROP INDEX advising_engagement_area_by_area;
CREATE INDEX advising_engagement_area_search ON advising_engagement_area
    (area_code, engagement_date, engagement_id, classification, releasable_to, status, institution_code);
