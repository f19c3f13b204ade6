package org.openhall.supervision.adapter.out.feed;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedLog;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feed log in {@code supervision_feed_log}: one row per delivered event, holding the CloudEvent as
 * sent, appended by its own statement and never updated.
 */
public class SupervisionFeedLogAdapter implements SupervisionFeedLog {

    private final JdbcClient jdbc;
    private final CloudEventsJson cloudEvents;
    private final Clock clock;

    public SupervisionFeedLogAdapter(JdbcClient jdbc, CloudEventsJson cloudEvents, Clock clock) {
        this.jdbc = jdbc;
        this.cloudEvents = cloudEvents;
        this.clock = clock;
    }

    @Override
    public void record(SupervisionFeedEvent event) {
        jdbc.sql("""
                insert into supervision_feed_log (id, case_id, sequence, type, happened_at, delivered_at, cloud_event)
                values (:id, :caseId, :sequence, :type, :happenedAt, :deliveredAt, cast(:cloudEvent as jsonb))
                on conflict (id) do nothing""")
                .param("id", event.id())
                .param("caseId", event.caseId())
                .param("sequence", event.sequence())
                .param("type", event.type())
                .param("happenedAt", Timestamp.from(event.time().toInstant()))
                .param("deliveredAt", Timestamp.from(clock.instant()))
                .param("cloudEvent", cloudEvents.write(event))
                .update();
    }

    @Override
    public List<SupervisionFeedEvent> happenedBetween(Instant from, Instant to) {
        return jdbc.sql("""
                select cast(cloud_event as text) from supervision_feed_log
                 where happened_at >= ? and happened_at < ?
                 order by happened_at, case_id, sequence nulls last, id""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(String.class).list().stream().map(cloudEvents::read).toList();
    }
}
