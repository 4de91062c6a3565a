-- One row per month that has been posted into or closed: the lock that keeps postings out of a month being
-- closed. A posting holds its month's row in share mode (FOR SHARE; FOR UPDATE where the database has no share
-- lock) until it commits; closing takes the row exclusively, so it waits for postings in flight, and postings
-- that come after it see the month closed.
CREATE TABLE funding_period (
    period_month DATE PRIMARY KEY
);

INSERT INTO funding_period (period_month) SELECT period_month FROM funding_closed_period;
