-- The feed's log row is written once (ADR 0007): it is inserted with the CloudEvent as it will be sent,
-- and never updated. What is still owed is a small queue of its own, which the relay empties by deleting
-- what it sent; the partial index of the undelivered rows, whose column the delivery mark changed (so
-- that no mark could be a HOT update and every index of the big row got a new entry), goes.
--
-- A pending row names its log row by id, the log's primary key, so the relay's join needs no index on
-- the log's position. No foreign key: checking it would lock, and so write, the log row at each append.
CREATE TABLE supervision_feed_pending (
    position bigint PRIMARY KEY,
    id       text   NOT NULL
);

-- Rows an installation still owed when it was upgraded hold the event itself, not the CloudEvent: they
-- wait in the queue in their order, and the relay maps them as it sends them, as it did before.
INSERT INTO supervision_feed_pending (position, id)
SELECT position, id FROM supervision_feed_log WHERE delivered_at IS NULL ORDER BY position;

DROP INDEX supervision_feed_log_undelivered;
ALTER TABLE supervision_feed_log DROP CONSTRAINT supervision_feed_log_delivered_or_owed;

-- Delivered now means no longer pending; when it went is not kept (the transports' counters and the
-- log of the log transport tell when events went out).
ALTER TABLE supervision_feed_log DROP COLUMN delivered_at;

-- A row holds the CloudEvent as sent or to be sent, or, until the relay sent it, an event of the old form.
ALTER TABLE supervision_feed_log ADD CONSTRAINT supervision_feed_log_cloud_event_or_old_form CHECK (
    cloud_event IS NOT NULL AND type IS NOT NULL OR event IS NOT NULL AND event_type IS NOT NULL);
