-- Several nodes share the plan queue: a node claims a queued plan in the database and writes its id beside it;
-- while it solves, it renews the plan's lease, so a plan whose node died (lease run out) is taken over by another
-- node, and a node that starts leaves alone the plans other nodes are solving. A stop asked on any node is a flag
-- that the solving node reads.
ALTER TABLE plan ADD COLUMN solver_node VARCHAR(200);
ALTER TABLE plan ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE plan ADD COLUMN stop_requested BOOLEAN NOT NULL DEFAULT FALSE;
