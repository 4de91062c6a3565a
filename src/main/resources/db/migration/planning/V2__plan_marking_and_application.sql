-- A plan carries the marking of the inputs it was built from (it is read only through the marking filter), and the
-- date from which its application took effect.
ALTER TABLE plan ADD COLUMN classification VARCHAR(20) NOT NULL DEFAULT 'MISSION';
ALTER TABLE plan ADD COLUMN releasable_to VARCHAR(400) NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN applied_on DATE;
