package org.openhall.supervision.adapter.out.feed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openhall.supervision.application.port.out.SupervisionFeedBacklog;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the feed's backlog straight from Spring Modulith's event publication registry
 * ({@code event_publication}): the incomplete publications of the feed's listener. A case event's
 * serialized form carries its {@code caseId} and {@code sequence}, which order a case's events.
 */
public class SupervisionFeedBacklogAdapter implements SupervisionFeedBacklog {

    /** The listener methods of the feed; Modulith names a publication's target after its method. */
    static final String LISTENER = "org.openhall.supervision.application.service.SupervisionFeedService%";
    static final String CASE_EVENT = "org.openhall.servicecase.domain.event.%";

    private final JdbcClient jdbc;

    public SupervisionFeedBacklogAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasEarlierUndelivered(String caseId, int sequence) {
        return jdbc.sql("""
                select exists (select 1 from event_publication
                 where completion_date is null and listener_id like :listener and event_type like :caseEvent
                   and cast(serialized_event as jsonb) ->> 'caseId' = :caseId
                   and cast(cast(serialized_event as jsonb) ->> 'sequence' as integer) < :sequence)""")
                .param("listener", LISTENER).param("caseEvent", CASE_EVENT)
                .param("caseId", caseId).param("sequence", sequence)
                .query(Boolean.class).single();
    }

    /** How many events are still undelivered. */
    public long undelivered() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like ?")
                .param(LISTENER).query(Long.class).single();
    }

    /** When the oldest undelivered event was published, if any is. */
    public Optional<Instant> oldestUndelivered() {
        return jdbc.sql("""
                select min(publication_date) from event_publication
                 where completion_date is null and listener_id like ?""")
                .param(LISTENER).query((row, n) -> Optional.ofNullable(row.getTimestamp(1))).single()
                .map(Timestamp::toInstant);
    }

    /**
     * The undelivered publications published before {@code before} (any time when null) that may go now: warnings, and for
     * each case its undelivered event with the lowest sequence.
     */
    public List<UUID> deliverableBefore(Instant before) {
        return jdbc.sql("""
                select p.id from event_publication p
                 where p.completion_date is null and p.listener_id like :listener and (cast(:before as timestamptz) is null or p.publication_date < :before)
                   and not (p.event_type like :caseEvent and exists (
                       select 1 from event_publication q
                        where q.completion_date is null and q.listener_id like :listener
                          and q.event_type like :caseEvent
                          and cast(q.serialized_event as jsonb) ->> 'caseId'
                              = cast(p.serialized_event as jsonb) ->> 'caseId'
                          and cast(cast(q.serialized_event as jsonb) ->> 'sequence' as integer)
                              < cast(cast(p.serialized_event as jsonb) ->> 'sequence' as integer)))""")
                .param("listener", LISTENER).param("caseEvent", CASE_EVENT)
                .param("before", before == null ? null : Timestamp.from(before))
                .query(UUID.class).list();
    }
}
