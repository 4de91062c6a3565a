-- Each journal entry carries the marking of the record it books (a receipt, a movement), so that a figure read
-- from the journal (fund status, contributions by year) is computed through the viewer's marking filter, from the
-- entries of the records the viewer may list. A posting of the ledger's own (entered through the ledger API) is
-- MISSION, as the ledger's records are.
ALTER TABLE funding_entry ADD COLUMN classification VARCHAR(20) DEFAULT 'MISSION' NOT NULL;
ALTER TABLE funding_entry ADD COLUMN releasable_to VARCHAR(400) DEFAULT '' NOT NULL;

-- Existing entries take the marking of their receipt or movement; a reversal's entries that of the posting it
-- reverses.
UPDATE funding_entry SET
    classification = (SELECT r.classification FROM funding_posting p
                      JOIN funding_receipt r ON r.posting_id = COALESCE(p.reverses, p.id)
                      WHERE p.id = funding_entry.posting_id),
    releasable_to = (SELECT r.releasable_to FROM funding_posting p
                     JOIN funding_receipt r ON r.posting_id = COALESCE(p.reverses, p.id)
                     WHERE p.id = funding_entry.posting_id)
WHERE posting_id IN (SELECT p.id FROM funding_posting p
                     JOIN funding_receipt r ON r.posting_id = COALESCE(p.reverses, p.id));

UPDATE funding_entry SET
    classification = (SELECT m.classification FROM funding_posting p
                      JOIN funding_movement m ON m.posting_id = COALESCE(p.reverses, p.id)
                      WHERE p.id = funding_entry.posting_id),
    releasable_to = (SELECT m.releasable_to FROM funding_posting p
                     JOIN funding_movement m ON m.posting_id = COALESCE(p.reverses, p.id)
                     WHERE p.id = funding_entry.posting_id)
WHERE posting_id IN (SELECT p.id FROM funding_posting p
                     JOIN funding_movement m ON m.posting_id = COALESCE(p.reverses, p.id));

-- From now on every writer states the classification.
ALTER TABLE funding_entry ALTER COLUMN classification DROP DEFAULT;

-- The journal's chain covers each entry's marking as well (link text version 3), so a marking altered in the
-- database, which would change who counts the entry, is found by the verification. A journal sealed under version 2
-- is sealed again from its start: verify it with the earlier release before upgrading.
UPDATE funding_entry SET chain_position = NULL, previous_hash = NULL, entry_hash = NULL;
UPDATE funding_journal_seal
SET last_position = 0, last_hash = '0000000000000000000000000000000000000000000000000000000000000000'
WHERE id = 1;
