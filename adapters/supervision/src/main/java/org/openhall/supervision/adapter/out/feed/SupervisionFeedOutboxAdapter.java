package org.openhall.supervision.adapter.out.feed;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jmolecules.event.types.DomainEvent;
import org.openhall.servicecase.domain.event.CaseEvent;
import org.openhall.supervision.application.port.out.DeliveredFeedEntry;
import org.openhall.supervision.application.port.out.PendingFeedEntry;
import org.openhall.supervision.application.port.out.SupervisionFeedEntry;
import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedOutbox;
import org.openhall.supervision.domain.event.WarningRaised;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * The feed's outbox in {@code supervision_feed_log}: a row per event, inserted with the change that
 * caused it ({@code position} from a sequence, the event as JSON), and completed in place once delivered
 * ({@code delivered_at}, the CloudEvent as sent; the event's JSON is then dropped). The undelivered rows
 * are found along a partial index that holds only them.
 */
public class SupervisionFeedOutboxAdapter implements SupervisionFeedOutbox {

    /** The advisory lock of the relay's turn; any constant that no other lock of the database uses. */
    static final String RELAY_LOCK = "openhall.supervision-feed.relay";

    private final JdbcClient jdbc;
    private final JsonMapper events;
    private final CloudEventsJson cloudEvents;
    private final Clock clock;

    /**
     * @param events the application's JSON mapper, which writes and reads the domain events (the same one
     *               the event publication registry uses)
     */
    public SupervisionFeedOutboxAdapter(JdbcClient jdbc, JsonMapper events, CloudEventsJson cloudEvents,
            Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.cloudEvents = cloudEvents;
        this.clock = clock;
    }

    @Override
    public void append(SupervisionFeedEntry entry) {
        jdbc.sql("""
                insert into supervision_feed_log (id, case_id, sequence, happened_at, event_type, event)
                values (:id, :caseId, :sequence, :happenedAt, :eventType, cast(:event as jsonb))
                on conflict (id) do nothing""")
                .param("id", entry.id())
                .param("caseId", entry.caseId())
                .param("sequence", entry.sequence())
                .param("happenedAt", Timestamp.from(entry.happenedAt()))
                .param("eventType", entry.event().getClass().getName())
                .param("event", events.writeValueAsString(entry.event()))
                .update();
    }

    @Override
    public boolean takeRelayTurn() {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(:lock, 0))").param("lock", RELAY_LOCK)
                .query(Boolean.class).single();
    }

    @Override
    public List<PendingFeedEntry> undelivered(int limit) {
        return jdbc.sql("""
                select position, event_type, cast(event as text) as event from supervision_feed_log
                 where delivered_at is null order by position limit :limit""")
                .param("limit", limit)
                .query((row, n) -> new PendingFeedEntry(row.getLong("position"),
                        read(row.getString("event_type"), row.getString("event"))))
                .list();
    }

    @Override
    public void markDelivered(List<DeliveredFeedEntry> delivered) {
        List<Map<String, Object>> rows = new ArrayList<>(delivered.size());
        for (DeliveredFeedEntry d : delivered) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("position", d.position());
            row.put("type", d.sent().type());
            row.put("cloud_event", cloudEvents.write(d.sent()));
            rows.add(row);
        }
        // One statement for the batch: the rows arrive as one JSON array.
        jdbc.sql("""
                update supervision_feed_log l
                   set delivered_at = :deliveredAt, type = d.type, cloud_event = cast(d.cloud_event as jsonb),
                       event_type = null, event = null
                  from jsonb_to_recordset(cast(:rows as jsonb)) as d(position bigint, type text, cloud_event text)
                 where l.position = d.position and l.delivered_at is null""")
                .param("deliveredAt", Timestamp.from(clock.instant()))
                .param("rows", events.writeValueAsString(rows))
                .update();
    }

    @Override
    public List<SupervisionFeedEvent> deliveredBetween(Instant from, Instant to) {
        return jdbc.sql("""
                select cast(cloud_event as text) from supervision_feed_log
                 where happened_at >= ? and happened_at < ? and delivered_at is not null
                 order by happened_at, case_id, sequence nulls last, id""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(String.class).list().stream().map(cloudEvents::read).toList();
    }

    /** How many events are still undelivered. */
    public long undelivered() {
        return jdbc.sql("select count(*) from supervision_feed_log where delivered_at is null")
                .query(Long.class).single();
    }

    /** When the oldest undelivered event happened, if any is undelivered. */
    public Optional<Instant> oldestUndelivered() {
        return jdbc.sql("""
                select happened_at from supervision_feed_log
                 where delivered_at is null order by position limit 1""")
                .query((row, n) -> row.getTimestamp(1).toInstant()).optional();
    }

    /**
     * The event of an outbox row. Only the two kinds the feed appends are read back: a class name from the
     * database never picks what gets instantiated beyond them.
     */
    private DomainEvent read(String eventType, String json) {
        Class<?> type;
        try {
            type = Class.forName(eventType, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Outbox event of unknown type " + eventType, e);
        }
        if (!CaseEvent.class.isAssignableFrom(type) && type != WarningRaised.class) {
            throw new IllegalStateException("Outbox event of a type the feed does not carry: " + eventType);
        }
        return (DomainEvent) events.readValue(json, type);
    }
}
