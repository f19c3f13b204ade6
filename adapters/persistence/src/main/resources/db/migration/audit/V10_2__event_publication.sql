-- The event publication registry's table, as Spring Modulith's own PostgreSQL schema (v2) has it.
-- Modulith would create it at start-up, but the application's role may not create tables, so it
-- is created here by the owner; an installation where Modulith created it already keeps it.
CREATE TABLE IF NOT EXISTS event_publication
(
    id                     UUID                     NOT NULL,
    listener_id            TEXT                     NOT NULL,
    event_type             TEXT                     NOT NULL,
    serialized_event       TEXT                     NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Created before V10_1's default privileges on an installation that ran Modulith's own schema.
GRANT SELECT, INSERT, UPDATE, DELETE ON event_publication TO openhall_app;
