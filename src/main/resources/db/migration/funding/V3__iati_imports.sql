-- Each IATI import sent with an Idempotency-Key and what it stored; the key is unique, so a replay or a
-- concurrent second request answers the first import's result.
CREATE TABLE funding_iati_import (
    idempotency_key VARCHAR(200) PRIMARY KEY,
    requested_by    VARCHAR(100) NOT NULL,
    pledges         INTEGER      NOT NULL,
    receipts        INTEGER      NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
