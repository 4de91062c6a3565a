CREATE TABLE app_user (
    id                   UUID PRIMARY KEY,
    username             VARCHAR(40)  NOT NULL UNIQUE,
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    nation               CHAR(3),
    clearance            VARCHAR(20)  NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_logins        INTEGER      NOT NULL,
    locked_until         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL
);

CREATE TABLE user_role (
    app_user UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role     VARCHAR(40) NOT NULL,
    PRIMARY KEY (app_user, role)
);

CREATE TABLE api_token (
    id         UUID PRIMARY KEY,
    owner      UUID         NOT NULL REFERENCES app_user (id),
    name       VARCHAR(80)  NOT NULL,
    token_hash CHAR(64)     NOT NULL UNIQUE,
    hint       VARCHAR(8)   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    version    BIGINT       NOT NULL
);

CREATE INDEX api_token_by_owner ON api_token (owner);
