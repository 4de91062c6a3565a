-- The journal's chain now covers each posting's header as well as its lines (link text version 2). A journal
-- sealed under version 1 is sealed again from its start: verify it with the earlier release before upgrading.
UPDATE funding_entry SET chain_position = NULL, previous_hash = NULL, entry_hash = NULL;
UPDATE funding_journal_seal
SET last_position = 0, last_hash = '0000000000000000000000000000000000000000000000000000000000000000'
WHERE id = 1;
