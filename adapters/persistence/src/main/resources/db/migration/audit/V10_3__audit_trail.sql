-- The audit trail (实时留痕): one row per audited action, chained by hash. The application may only
-- append and read: UPDATE, DELETE and TRUNCATE are revoked, so only the owner could rewrite a
-- record, and the verifier would show it.
CREATE TABLE audit_record
(
    sequence       BIGINT PRIMARY KEY CHECK (sequence > 0),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    utc_offset     TEXT                     NOT NULL,
    actor          TEXT                     NOT NULL,
    source_address TEXT                     NOT NULL,
    action         TEXT                     NOT NULL,
    object         TEXT                     NOT NULL,
    result         TEXT                     NOT NULL,
    algorithm      TEXT                     NOT NULL,
    previous_hash  TEXT                     NOT NULL,
    hash           TEXT                     NOT NULL
);
-- The reading API filters by actor and period, newest first.
CREATE INDEX audit_record_by_actor ON audit_record (actor, occurred_at DESC);
CREATE INDEX audit_record_by_time ON audit_record (occurred_at DESC);

-- The published daily chain heads (每日链头): one per day, never replaced.
CREATE TABLE audit_chain_head
(
    day           DATE PRIMARY KEY,
    last_sequence BIGINT                   NOT NULL,
    head_hash     TEXT                     NOT NULL,
    algorithm     TEXT                     NOT NULL,
    computed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

REVOKE UPDATE, DELETE, TRUNCATE ON audit_record, audit_chain_head FROM openhall_app;
GRANT SELECT, INSERT ON audit_record, audit_chain_head TO openhall_app;
