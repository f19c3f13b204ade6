package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.servicecase.application.port.in.CaseListFilter;
import org.openhall.servicecase.application.port.in.CaseSummaryView;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.DeadlineKind;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.application.port.in.TransitionView;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.event.MaterialsSupplied;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.time.DeadlineExplanation;
import org.openhall.supervision.adapter.out.feed.CloudEventsJson;
import org.openhall.supervision.adapter.out.feed.SupervisionFeedOutboxAdapter;
import org.openhall.supervision.application.port.out.SupervisionFeedData;
import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedPort;
import org.openhall.supervision.application.service.SupervisionFeedRelay;
import org.openhall.supervision.application.service.SupervisionFeedService;
import org.openhall.supervision.domain.event.WarningRaised;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * An installation upgraded while the feed still owed events in the old form (the event itself, no
 * CloudEvent) sends them once, in their order and ahead of what came since, mapped as they go with the
 * case as it is then; afterwards they hold the CloudEvent that was sent, and a period replays as sent,
 * an event delivered before the upgrade included. Runs the feed's migrations in a schema of its own on
 * the test database.
 */
class SupervisionFeedUpgradeIT {

    private static final String SCHEMA = "feed_upgrade_test";
    private static final String LOCATION = "db/migration/supervision-feed";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final String CASE = UUID.randomUUID().toString();

    private final SingleConnectionDataSource connection = connection();
    private final JdbcClient jdbc = JdbcClient.create(connection);
    private final JsonMapper events = JsonMapper.builder().build();
    private final CloudEventsJson cloudEvents = new CloudEventsJson(URI.create("urn:openhall:centre:450000"));
    private final List<SupervisionFeedEvent> sent = new ArrayList<>();
    private final SupervisionFeedPort receiver = new SupervisionFeedPort() {
        @Override
        public void send(SupervisionFeedEvent event) {
            sent.add(event);
        }

        @Override
        public String transport() {
            return "test";
        }
    };

    @TempDir
    Path before;

    @AfterEach
    void dropSchema() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        connection.destroy();
    }

    @Test
    void eventsOwedInTheOldFormGoOutOnceInOrderAheadOfNewOnesAndKeepWhatWasSent() throws IOException {
        copyMigrationsBefore("V7_902__");
        flyway("filesystem:" + before.toAbsolutePath()).migrate();
        useSchema();
        SupervisionFeedEvent deliveredBefore = new SupervisionFeedEvent("case:" + CASE + ":1",
                "cn.gov.openhall.case.materials-supplied", "HS-0001", AT.plusSeconds(1).atZone(ZONE).toOffsetDateTime(),
                CASE, 1, new SupervisionFeedData("HS-0001", CASE, "SCJG-001", 1, "食品经营许可", "SCJG", "张*",
                        "1101**********002X", "SUBMITTED", "clerk.scjg", null, LocalDate.of(2026, 3, 2), null, null,
                        null, null, null, null, null, new SupervisionFeedData.Supplement(1, List.of("LAYOUT"), null),
                        null, null, null, null));
        jdbc.sql("""
                INSERT INTO supervision_feed_log (id, case_id, sequence, happened_at, delivered_at, type, cloud_event)
                VALUES (:id, :caseId, 1, :at, :at, :type, cast(:cloudEvent AS jsonb))""")
                .param("id", deliveredBefore.id()).param("caseId", CASE)
                .param("at", Timestamp.from(deliveredBefore.time().toInstant()))
                .param("type", deliveredBefore.type()).param("cloudEvent", cloudEvents.write(deliveredBefore))
                .update();
        owedInTheOldForm(event(2));
        owedInTheOldForm(warning());

        int applied = flyway("classpath:" + LOCATION).migrate().migrationsExecuted;
        useSchema();
        assertThat(applied).isEqualTo(1);

        SupervisionFeedOutboxAdapter outbox = new SupervisionFeedOutboxAdapter(jdbc, events, cloudEvents);
        assertThat(outbox.undelivered()).as("the two owed events queued by the upgrade").isEqualTo(2);
        // The case's name changed since: the old entries go out with the case as it is when sent.
        OneCase renamed = new OneCase("食品经营许可（含网络经营）");
        new SupervisionFeedService(outbox, receiver, renamed, () -> {
        }, ZONE).on(event(3));
        SupervisionFeedRelay relay = new SupervisionFeedRelay(outbox, receiver, renamed, ZONE);

        relay.relay(10);
        relay.relay(10);

        assertThat(sent).extracting(SupervisionFeedEvent::id).as("each once, old ones first, in their order")
                .containsExactly("case:" + CASE + ":2", "warning:w-1", "case:" + CASE + ":3");
        assertThat(sent.get(0).data().itemName()).isEqualTo("食品经营许可（含网络经营）");
        assertThat(sent.get(1).data().warning().rule()).isEqualTo("STEP_OVERDUE");
        assertThat(outbox.undelivered()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_feed_log WHERE event IS NOT NULL OR cloud_event IS NULL")
                .query(Long.class).single()).as("no row left in the old form").isZero();
        List<SupervisionFeedEvent> replayed = outbox.deliveredBetween(AT.minusSeconds(60), AT.plusSeconds(3600));
        assertThat(replayed).extracting(SupervisionFeedEvent::id).containsExactly("case:" + CASE + ":1",
                "case:" + CASE + ":2", "case:" + CASE + ":3", "warning:w-1");
        assertThat(replayed.get(0)).as("delivered before the upgrade, replayed as it was").isEqualTo(deliveredBefore);
        assertThat(replayed.subList(1, 4)).containsExactlyInAnyOrderElementsOf(sent);
    }

    /** A row as the outbox appended it before the upgrade: the event's class and JSON, nothing sent yet. */
    private void owedInTheOldForm(Object event) {
        String id = event instanceof WarningRaised w ? "warning:" + w.warningId()
                : "case:" + CASE + ":" + ((MaterialsSupplied) event).sequence();
        Instant at = event instanceof WarningRaised w ? w.occurredAt() : ((MaterialsSupplied) event).occurredAt();
        Integer sequence = event instanceof MaterialsSupplied m ? m.sequence() : null;
        jdbc.sql("""
                INSERT INTO supervision_feed_log (id, case_id, sequence, happened_at, event_type, event)
                VALUES (:id, :caseId, :sequence, :at, :eventType, cast(:event AS jsonb))""")
                .param("id", id).param("caseId", CASE).param("sequence", sequence).param("at", Timestamp.from(at))
                .param("eventType", event.getClass().getName()).param("event", events.writeValueAsString(event))
                .update();
    }

    private static MaterialsSupplied event(int sequence) {
        return new MaterialsSupplied(CASE, "HS-0001", "SCJG", sequence, "clerk.scjg", AT.plusSeconds(sequence), 1,
                List.of("LAYOUT"));
    }

    private static WarningRaised warning() {
        return new WarningRaised("w-1", CASE, "HS-0001", "SCJG", "STEP_OVERDUE", "WARNING", null,
                LocalDate.of(2026, 3, 2), AT.plusSeconds(10));
    }

    /** The servicecase context's query, answering for the one case of this test under the item name given. */
    private record OneCase(String itemName) implements ServiceCaseQuery {

        @Override
        public CaseView get(Actor actor, ServiceCaseId id) {
            return find(actor, id).orElseThrow();
        }

        @Override
        public Optional<CaseView> find(Actor actor, ServiceCaseId id) {
            return Optional.of(new CaseView(CASE, "HS-0001", "SCJG-001", 1, itemName, "SCJG", "张*",
                    "1101**********002X", "138****8000", CaseStatus.SUBMITTED, AT, LocalDate.of(2026, 3, 2),
                    "clerk.scjg", 1, Set.of("APP"), List.of(), null, null, null, null, false, null, null, false, null,
                    1)).filter(c -> c.id().equals(id.toString()));
        }

        @Override
        public Page<CaseSummaryView> list(Actor actor, CaseListFilter filter, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DeadlineExplanation explainDeadline(Actor actor, ServiceCaseId id, DeadlineKind kind) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TransitionView> history(Actor actor, ServiceCaseId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<CaseSummaryView> queue(Actor actor, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }

    private void useSchema() {
        jdbc.sql("SET search_path TO " + SCHEMA).update();
    }

    private Flyway flyway(String location) {
        return Flyway.configure().dataSource(connection).schemas(SCHEMA).locations(location).load();
    }

    /** The feed's migrations as they were before {@code prefix}, in one folder. */
    private void copyMigrationsBefore(String prefix) throws IOException {
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:" + LOCATION + "/*.sql")) {
            String name = r.getFilename();
            if (name != null && name.compareTo(prefix) < 0) {
                try (InputStream in = r.getInputStream()) {
                    Files.copy(in, before.resolve(name));
                }
            }
        }
    }

    /** One connection, so that the schema Flyway sets as search path is the one the test reads. */
    private static SingleConnectionDataSource connection() {
        return PostgresTestDatabase.singleConnection();
    }
}
