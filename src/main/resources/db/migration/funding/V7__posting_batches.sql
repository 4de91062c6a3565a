-- A posting written in a batch names its batch: the batch is audited as one change with a digest of its postings
-- (docs/adr/0005), and the batch id is part of each posting's header, which the journal's chain covers.
ALTER TABLE funding_posting ADD COLUMN batch_id UUID;

CREATE INDEX funding_posting_by_batch ON funding_posting (batch_id);
