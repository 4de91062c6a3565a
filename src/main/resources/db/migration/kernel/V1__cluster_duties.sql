-- Work that must run once per period across all the nodes on this database (sealing, session clean-up): a node
-- runs a duty only when it takes the duty's lease, which lasts one period and is timed by the database's clock, so
-- nodes whose clocks differ still take turns. The row records who ran it last and when, for the operator.
CREATE TABLE cluster_duty (
    name        VARCHAR(100) PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    lease_until TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_at TIMESTAMP WITH TIME ZONE NOT NULL,
    runs        BIGINT       NOT NULL DEFAULT 0
);

-- The start-up row: a node holds its lock from the end of its start to readiness, while it loads the reference and
-- demo data, so that nodes started together on an empty database load it once, one after the other.
INSERT INTO cluster_duty (name, holder, lease_until, last_run_at, runs)
VALUES ('start-up', '-', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
