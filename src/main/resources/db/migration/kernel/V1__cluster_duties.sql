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
