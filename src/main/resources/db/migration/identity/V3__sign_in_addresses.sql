-- Failed sign-ins per client address, whatever the account (identity.domain.SignInThrottle): past the attempts
-- allowed, each failure makes the address wait longer before its next attempt (up to a longest delay); its
-- failures are forgotten after a quiet while. The account's own count stays on app_user (failed_logins,
-- locked_until as the end of its current wait).
CREATE TABLE sign_in_address (
    address         VARCHAR(64)  PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE
);
