-- The feed's log becomes its outbox too (ADR 0006): a row is inserted, undelivered, in the
-- transaction of the change that caused the event, and completed in place when the relay delivered
-- it. Nothing about an event is written twice.
--
-- position orders the rows. A case's later event is always inserted by a later transaction, one that
-- began after the earlier one committed (the case's version check fails a concurrent change of the
-- same case), or later in the same transaction; so among committed rows position order keeps each
-- case's order. Rows of different cases may commit out of position order; the relay reads every
-- undelivered row each round and skips none.
ALTER TABLE supervision_feed_log ADD COLUMN position bigserial;

-- Until delivered, a row holds the event itself (its class and its JSON); once delivered, the
-- CloudEvent as sent, its type and when it went, and no longer the event.
ALTER TABLE supervision_feed_log ADD COLUMN event_type text;
ALTER TABLE supervision_feed_log ADD COLUMN event jsonb;
ALTER TABLE supervision_feed_log ALTER COLUMN type DROP NOT NULL;
ALTER TABLE supervision_feed_log ALTER COLUMN delivered_at DROP NOT NULL;
ALTER TABLE supervision_feed_log ALTER COLUMN cloud_event DROP NOT NULL;
ALTER TABLE supervision_feed_log ADD CONSTRAINT supervision_feed_log_delivered_or_owed CHECK (
    CASE WHEN delivered_at IS NULL THEN event IS NOT NULL AND event_type IS NOT NULL
         ELSE cloud_event IS NOT NULL AND type IS NOT NULL END);

-- The relay's read, and the backlog's count: only the undelivered rows, in order.
CREATE INDEX supervision_feed_log_undelivered ON supervision_feed_log (position) WHERE delivered_at IS NULL;

-- An installation upgraded with feed events still owed by the event publication registry (the feed
-- was a Modulith listener before) moves them into the outbox, in the order they were published, and
-- drops their publications, whose listener no longer exists. A new database has no registry yet.
DO $$
BEGIN
    IF to_regclass('event_publication') IS NOT NULL THEN
        INSERT INTO supervision_feed_log (id, case_id, sequence, happened_at, event_type, event)
        SELECT CASE WHEN p.event_type LIKE 'org.openhall.servicecase.domain.event.%'
                    THEN 'case:' || (e ->> 'caseId') || ':' || (e ->> 'sequence')
                    ELSE 'warning:' || (e ->> 'warningId') END,
               e ->> 'caseId',
               CASE WHEN p.event_type LIKE 'org.openhall.servicecase.domain.event.%'
                    THEN (e ->> 'sequence')::integer END,
               CASE WHEN jsonb_typeof(e -> 'occurredAt') = 'string'
                    THEN (e ->> 'occurredAt')::timestamptz ELSE p.publication_date END,
               p.event_type,
               e
          FROM event_publication p
         CROSS JOIN LATERAL (SELECT p.serialized_event::jsonb AS e) j
         WHERE p.completion_date IS NULL
           AND p.listener_id LIKE 'org.openhall.supervision.application.service.SupervisionFeedService%'
         ORDER BY p.publication_date, (e ->> 'sequence')::integer NULLS LAST
        ON CONFLICT (id) DO NOTHING;
        DELETE FROM event_publication
         WHERE completion_date IS NULL
           AND listener_id LIKE 'org.openhall.supervision.application.service.SupervisionFeedService%';
    END IF;
END
$$;
