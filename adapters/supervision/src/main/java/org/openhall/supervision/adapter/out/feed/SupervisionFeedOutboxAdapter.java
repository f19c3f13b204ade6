package org.openhall.supervision.adapter.out.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedOutbox;
import org.openhall.supervision.domain.event.WarningRaised;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * The feed's outbox in two tables: {@code supervision_feed_log}, a row per event inserted with the change
 * that caused it as the CloudEvent it goes out as ({@code position} from a sequence) and never updated,
 * and {@code supervision_feed_pending}, the positions still owed, inserted by the same statement and
 * deleted when delivered. A delivery thus writes only the small queue, not the big row and its indexes.
 *
 * <p>A row an installation still owed when it was upgraded holds the event itself ({@code event_type},
 * {@code event}) instead: it is read back as such, and once sent it keeps the CloudEvent it was sent as,
 * the one update of a log row there is.
 */
public class SupervisionFeedOutboxAdapter implements SupervisionFeedOutbox {

    /** The advisory lock of the relay's turn; any constant that no other lock of the database uses. */
    static final String RELAY_LOCK = "openhall.supervision-feed.relay";

    private final JdbcClient jdbc;
    private final JsonMapper events;
    private final CloudEventsJson cloudEvents;

    /**
     * @param events the application's JSON mapper, which reads the domain events of rows of the old form
     *               (the same one the event publication registry uses)
     */
    public SupervisionFeedOutboxAdapter(JdbcClient jdbc, JsonMapper events, CloudEventsJson cloudEvents) {
        this.jdbc = jdbc;
        this.events = events;
        this.cloudEvents = cloudEvents;
    }

    @Override
    public void append(SupervisionFeedEvent event) {
        // One statement: the queue gets the position the log row got, and nothing when the id was there.
        jdbc.sql("""
                with appended as (
                    insert into supervision_feed_log (id, case_id, sequence, happened_at, type, cloud_event)
                    values (:id, :caseId, :sequence, :happenedAt, :type, cast(:cloudEvent as jsonb))
                    on conflict (id) do nothing
                    returning position, id)
                insert into supervision_feed_pending (position, id) select position, id from appended""")
                .param("id", event.id())
                .param("caseId", event.caseId())
                .param("sequence", event.sequence())
                .param("happenedAt", Timestamp.from(event.time().toInstant()))
                .param("type", event.type())
                .param("cloudEvent", cloudEvents.write(event))
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
                select p.position, cast(l.cloud_event as text) as cloud_event, l.event_type,
                       cast(l.event as text) as event
                  from supervision_feed_pending p join supervision_feed_log l on l.id = p.id
                 order by p.position limit :limit""")
                .param("limit", limit)
                .query((row, n) -> pending(row))
                .list();
    }

    /** A queued row: its CloudEvent as appended, or the event itself for a row of the old form. */
    private PendingFeedEntry pending(ResultSet row) throws SQLException {
        long position = row.getLong("position");
        String cloudEvent = row.getString("cloud_event");
        if (cloudEvent != null) {
            return new PendingFeedEntry.Mapped(position, cloudEvents.read(cloudEvent));
        }
        return new PendingFeedEntry.Unmapped(position, read(row.getString("event_type"), row.getString("event")));
    }

    @Override
    public void markDelivered(List<DeliveredFeedEntry> delivered) {
        List<Long> positions = new ArrayList<>(delivered.size());
        List<Map<String, Object>> oldForm = new ArrayList<>();
        for (DeliveredFeedEntry d : delivered) {
            positions.add(d.entry().position());
            if (d.entry() instanceof PendingFeedEntry.Unmapped) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("position", d.entry().position());
                row.put("type", d.sent().type());
                row.put("cloud_event", cloudEvents.write(d.sent()));
                oldForm.add(row);
            }
        }
        if (!oldForm.isEmpty()) {
            // Only rows appended before the log held CloudEvents: they keep what was sent, for replay.
            jdbc.sql("""
                    update supervision_feed_log l
                       set type = d.type, cloud_event = cast(d.cloud_event as jsonb), event_type = null, event = null
                      from jsonb_to_recordset(cast(:rows as jsonb)) as d(position bigint, type text, cloud_event text)
                      join supervision_feed_pending p on p.position = d.position
                     where l.id = p.id""")
                    .param("rows", events.writeValueAsString(oldForm))
                    .update();
        }
        jdbc.sql("delete from supervision_feed_pending where position in (:positions)")
                .param("positions", positions)
                .update();
    }

    @Override
    public List<SupervisionFeedEvent> deliveredBetween(Instant from, Instant to) {
        return jdbc.sql("""
                select cast(cloud_event as text) from supervision_feed_log l
                 where happened_at >= ? and happened_at < ?
                   and not exists (select 1 from supervision_feed_pending p where p.id = l.id)
                 order by happened_at, case_id, sequence nulls last, id""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(String.class).list().stream().map(cloudEvents::read).toList();
    }

    /** How many events are still undelivered. */
    public long undelivered() {
        return jdbc.sql("select count(*) from supervision_feed_pending").query(Long.class).single();
    }

    /** When the oldest undelivered event happened, if any is undelivered. */
    public Optional<Instant> oldestUndelivered() {
        return jdbc.sql("""
                select l.happened_at from supervision_feed_pending p join supervision_feed_log l on l.id = p.id
                 order by p.position limit 1""")
                .query((row, n) -> row.getTimestamp(1).toInstant()).optional();
    }

    /**
     * The event of a row of the old form. Only the two kinds the feed appended are read back: a class name
     * from the database never picks what gets instantiated beyond them.
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
