-- Sign-in (身份鉴别): second factors, sessions, failed attempts, password history.

-- When the password was last set; MLPS rotation counts from here. Existing and newly opened
-- accounts start counting when their row is written.
ALTER TABLE staff_account ADD COLUMN password_changed_at timestamptz NOT NULL DEFAULT now();

-- The authenticator-app secret (动态口令密钥) of an account, Base32; confirmed once its holder
-- proved with a code that the app has it.
CREATE TABLE staff_second_factor (
    username     varchar(32) PRIMARY KEY REFERENCES staff_account (username) ON DELETE CASCADE,
    secret       varchar(128) NOT NULL,
    confirmed_at timestamptz
);

-- The time steps whose codes were used, so that a code works once (RFC 6238 §5.2). Old steps
-- are deleted as new ones are claimed.
CREATE TABLE staff_second_factor_use (
    username varchar(32) NOT NULL REFERENCES staff_account (username) ON DELETE CASCADE,
    step     bigint      NOT NULL,
    PRIMARY KEY (username, step)
);

-- Signed-in sessions, by the SHA-256 of their token: a copy of this table opens no session.
CREATE TABLE staff_session (
    token_hash   bytea       PRIMARY KEY,
    username     varchar(32) NOT NULL REFERENCES staff_account (username) ON DELETE CASCADE,
    signed_in_at timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL
);
CREATE INDEX staff_session_by_username ON staff_session (username);

-- Failed sign-ins per (name as typed, source address), and per name alone under source '*'.
-- Names are counted whether an account has them or not, so no foreign key.
CREATE TABLE sign_in_failure (
    username        varchar(64) NOT NULL,
    source          varchar(64) NOT NULL,
    failures        integer     NOT NULL,
    last_failure_at timestamptz NOT NULL,
    PRIMARY KEY (username, source)
);

-- Hashes of earlier passwords, for "not one of the last five" (MLPS profile).
CREATE TABLE staff_password_history (
    username      varchar(32) NOT NULL REFERENCES staff_account (username) ON DELETE CASCADE,
    password_hash text        NOT NULL,
    replaced_at   timestamptz NOT NULL
);
CREATE INDEX staff_password_history_by_username ON staff_password_history (username, replaced_at DESC);
