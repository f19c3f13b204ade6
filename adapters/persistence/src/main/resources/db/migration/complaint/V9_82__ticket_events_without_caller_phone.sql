-- The ticket follow-up event (TicketFollowedUp) used to carry the caller's phone, and the event
-- publication registry stores events as JSON text: the phone sat there in clear. The event no longer
-- has the field; this removes it from the publications stored before. The text is edited rather than
-- re-rendered as jsonb, so that it stays exactly what the event serialises to now (the registry finds
-- a publication by that text to mark it completed). On a new installation the table comes later
-- (V10_2) and holds nothing to clean.
DO $$
BEGIN
    IF to_regclass('event_publication') IS NOT NULL THEN
        UPDATE event_publication
        SET serialized_event = regexp_replace(serialized_event, '"callerPhone":("[^"]*"|null),', '', 'g')
        WHERE event_type = 'org.openhall.complaint.domain.event.TicketFollowedUp'
          AND serialized_event LIKE '%"callerPhone":%';
    END IF;
END
$$;
