-- How far a fund's financial support is committed (e.g. through 2024), each horizon set by a decision recorded
-- in governance, which links to it; the fund pages show the decision.
CREATE TABLE funding_horizon (
    id           UUID         PRIMARY KEY,
    fund         VARCHAR(20)  NOT NULL,
    through_year INTEGER      NOT NULL,
    basis        VARCHAR(400) NOT NULL,
    decision_ref VARCHAR(200) NOT NULL,
    source       VARCHAR(200) NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX funding_horizon_by_fund ON funding_horizon (fund, through_year);
