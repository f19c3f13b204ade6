package org.openhall.supervision.adapter.out.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.UnansweredServiceCaseQuery;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.event.CaseAccepted;
import org.openhall.servicecase.domain.event.CaseClockPaused;
import org.openhall.servicecase.domain.event.CaseClockResumed;
import org.openhall.servicecase.domain.event.CaseCompleted;
import org.openhall.servicecase.domain.event.CaseDeadlineExtended;
import org.openhall.servicecase.domain.event.CaseRefused;
import org.openhall.servicecase.domain.event.CaseStepCompleted;
import org.openhall.servicecase.domain.event.CaseStepStarted;
import org.openhall.servicecase.domain.event.CaseSubmitted;
import org.openhall.servicecase.domain.event.CaseWithdrawn;
import org.openhall.servicecase.domain.event.CertificateDelivered;
import org.openhall.servicecase.domain.event.CertificateIssued;
import org.openhall.servicecase.domain.event.FeeCollected;
import org.openhall.servicecase.domain.event.FeeRefunded;
import org.openhall.servicecase.domain.event.FeeWaived;
import org.openhall.servicecase.domain.event.MaterialsSupplied;
import org.openhall.servicecase.domain.event.SupplementRequested;
import org.openhall.shared.domain.access.Actor;
import org.openhall.supervision.application.port.out.InMemorySupervisionFeedOutbox;
import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedPort;
import org.openhall.supervision.application.service.SupervisionFeedRelay;
import org.openhall.supervision.application.service.SupervisionFeedService;
import org.openhall.supervision.domain.event.WarningRaised;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event the feed carries, appended by its listener from a real event record and mapped with a case
 * view, sent by its relay and written as a CloudEvent, is valid against the schema receivers get.
 */
class SupervisionFeedSchemaTest {

    static final String CASE = "0f8fad5b-d9cb-469f-a165-70867728950e";
    static final String NUMBER = "450000-20260302-0001";
    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static final Schema SCHEMA;

    static {
        try (InputStream in = CloudEventsJson.class.getClassLoader().getResourceAsStream(CloudEventsJson.SCHEMA_RESOURCE)) {
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final List<SupervisionFeedEvent> sent = new ArrayList<>();
    private final CloudEventsJson cloudEvents = new CloudEventsJson(URI.create("urn:openhall:centre:450000"));
    private final InMemorySupervisionFeedOutbox outbox = new InMemorySupervisionFeedOutbox();
    private final SupervisionFeedService feed = new SupervisionFeedService(outbox, new Collecting(sent), new OneCase(),
            () -> {
            }, java.time.ZoneId.of("Asia/Shanghai"));
    private final SupervisionFeedRelay relay = new SupervisionFeedRelay(outbox, new Collecting(sent), new OneCase(),
            java.time.ZoneId.of("Asia/Shanghai"));

    static Stream<Object> everyEventType() {
        return Stream.of(
                new CaseSubmitted(CASE, NUMBER, "SCJG", 1, "clerk.scjg", AT, "SCJG-001", 1, DAY, "WINDOW", "W01", true),
                new SupplementRequested(CASE, NUMBER, "SCJG", 2, "clerk.scjg", AT, 1, List.of("LAYOUT"), DAY),
                new MaterialsSupplied(CASE, NUMBER, "SCJG", 3, "clerk.scjg", AT, 2, List.of("LAYOUT")),
                new CaseAccepted(CASE, NUMBER, "SCJG", 4, "clerk.scjg", AT, DAY, DAY.plusDays(28), DAY.plusDays(14),
                        false, false, List.of(), null),
                new CaseRefused(CASE, NUMBER, "SCJG", 5, "clerk.scjg", AT, DAY, "行政许可法第三十二条", "不属于本机关职权范围"),
                new CaseWithdrawn(CASE, NUMBER, "SCJG", 6, "clerk.scjg", AT, DAY, "申请人撤回"),
                new CaseStepStarted(CASE, NUMBER, "SCJG", 7, "approver.scjg", AT, 2, "审核", "DEPARTMENT_APPROVER", DAY,
                        DAY.plusDays(3)),
                new CaseStepCompleted(CASE, NUMBER, "SCJG", 8, "approver.scjg", AT, 2, "审核", "DEPARTMENT_APPROVER", DAY,
                        DAY.plusDays(1), DAY.plusDays(3), "同意"),
                new CaseClockPaused(CASE, NUMBER, "SCJG", 9, "approver.scjg", AT, "EXPERT_REVIEW", DAY, "告知书-001"),
                new CaseClockResumed(CASE, NUMBER, "SCJG", 10, "approver.scjg", AT, "EXPERT_REVIEW", DAY,
                        DAY.plusDays(5), DAY.plusDays(35), DAY.plusDays(20)),
                new CaseDeadlineExtended(CASE, NUMBER, "SCJG", 11, "approver.scjg", AT, 10, "director.scjg", "现场核查",
                        DAY.plusDays(45), DAY.plusDays(20)),
                new CaseCompleted(CASE, NUMBER, "SCJG", 12, "approver.scjg", AT, DAY, "APPROVED", null, null, true, true,
                        DAY.plusDays(14)),
                new CertificateIssued(CASE, NUMBER, "SCJG", 13, "clerk.scjg", AT, "JY14501000001", DAY, DAY.plusDays(14),
                        true),
                new CertificateDelivered(CASE, NUMBER, "SCJG", 14, "clerk.scjg", AT, "MAIL", DAY, "EMS", "1234567890"),
                new FeeCollected(CASE, NUMBER, "SCJG", 15, "clerk.scjg", AT, "R-0001", new BigDecimal("10.00"),
                        new BigDecimal("10.00"), List.of("工本费")),
                new FeeRefunded(CASE, NUMBER, "SCJG", 16, "clerk.scjg", AT, "R-0001", new BigDecimal("10.00"), "多收"),
                new FeeWaived(CASE, NUMBER, "SCJG", 17, "clerk.scjg", AT, "工本费", new BigDecimal("10.00"), "低保户"),
                new WarningRaised("w-1", CASE, NUMBER, "SCJG", "PROMISED_DUE_APPROACHING", "WARNING", DAY.plusDays(14),
                        DAY.plusDays(13), AT));
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void everyEventTypeIsAValidCloudEventOfTheSchema(Object event) {
        relayed(event);
        SupervisionFeedEvent feedEvent = sent.getFirst();
        String json = cloudEvents.write(feedEvent);

        List<Error> errors = SCHEMA.validate(JsonMapper.builder().build().readTree(json));
        assertThat(errors).as(json).isEmpty();

        JsonNode node = JsonMapper.builder().build().readTree(json);
        assertThat(node.path("time").asString()).isEqualTo("2026-03-02T10:00:00.000+08:00");
        assertThat(node.path("subject").asString()).isEqualTo(NUMBER);
        assertThat(node.path("data").path("applicantName").asString()).isEqualTo("张*");
        assertThat(node.path("data").path("applicantIdNumber").asString()).isEqualTo("1101**********002X");
        assertThat(node.path("type").asString()).doesNotContain("case.case");
        assertThat(cloudEvents.read(json)).as("the feed log reads back what was sent").isEqualTo(feedEvent);
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void idsAreStableAndTellCasesFromWarnings(Object event) {
        relayed(event);
        if (event instanceof WarningRaised) {
            assertThat(sent.getFirst().id()).isEqualTo("warning:w-1");
        } else {
            var caseEvent = (org.openhall.servicecase.domain.event.CaseEvent) event;
            assertThat(sent.getFirst().id()).isEqualTo("case:" + CASE + ":" + caseEvent.sequence());
        }
    }

    @org.junit.jupiter.api.Test
    void aWarningAboutSomethingTheCaseContextDoesNotKnowStillGoesOutWithItsOwnFields() {
        SupervisionFeedService feedOfNoCases = new SupervisionFeedService(outbox, new Collecting(sent), new NoCase(),
                () -> {
                }, java.time.ZoneId.of("Asia/Shanghai"));
        // A proactive-disclosure entry published late: its index number stands where a case number would.
        feedOfNoCases.on(new WarningRaised("w-2", "0c9d2b0e-4f7a-4a52-9d55-7d2f3c1e9a10", "HSSZF-2026-0007", "ZJJ",
                "PUBLICATION_OVERDUE", "YELLOW_CARD", DAY, DAY.plusDays(1), AT));
        relay.relay(10);

        JsonNode node = JsonMapper.builder().build().readTree(cloudEvents.write(sent.getFirst()));
        assertThat(SCHEMA.validate(node)).isEmpty();
        assertThat(node.path("subject").asString()).isEqualTo("HSSZF-2026-0007");
        assertThat(node.path("data").path("warning").path("rule").asString()).isEqualTo("PUBLICATION_OVERDUE");
        assertThat(node.path("data").has("itemCode")).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aSchemaViolationIsReported() {
        relayed(everyEventType().skip(3).findFirst().orElseThrow());
        JsonNode node = JsonMapper.builder().build().readTree(cloudEvents.write(sent.getFirst()));
        ((tools.jackson.databind.node.ObjectNode) node.path("data")).remove("promisedDueDate");
        assertThat(SCHEMA.validate(node)).isNotEmpty();

        JsonNode withoutItem = JsonMapper.builder().build().readTree(cloudEvents.write(sent.getFirst()));
        ((tools.jackson.databind.node.ObjectNode) withoutItem.path("data")).remove("itemCode");
        assertThat(SCHEMA.validate(withoutItem)).as("a case event names its item").isNotEmpty();
    }

    record Collecting(List<SupervisionFeedEvent> sent) implements SupervisionFeedPort {

        @Override
        public void send(SupervisionFeedEvent event) {
            sent.add(event);
        }

        @Override
        public String transport() {
            return "test";
        }
    }

    /** Appends the event as its listener does, then relays it. */
    private void relayed(Object event) {
        if (event instanceof WarningRaised warning) {
            feed.on(warning);
        } else {
            feed.on((org.openhall.servicecase.domain.event.CaseEvent) event);
        }
        relay.relay(10);
    }

    /** The servicecase context's query when it knows no case under the id asked for. */
    static final class NoCase extends OneCase {

        @Override
        public CaseView get(Actor actor, ServiceCaseId id) {
            throw new org.openhall.shared.application.problem.ResourceNotFound("case", id.toString());
        }

        @Override
        public Optional<CaseView> find(Actor actor, ServiceCaseId id) {
            return Optional.empty();
        }
    }

    /** The servicecase context's query, answering for the one case of these tests. */
    static class OneCase extends UnansweredServiceCaseQuery {

        @Override
        public CaseView get(Actor actor, ServiceCaseId id) {
            return new CaseView(CASE, NUMBER, "SCJG-001", 1, "食品经营许可", "SCJG", "张*", "1101**********002X",
                    "138****8000", CaseStatus.values()[0], AT, DAY, "clerk.scjg", 1, Set.of("APP"), List.of(), null,
                    DAY, DAY.plusDays(28), DAY.plusDays(14), false, null, 10, false, null, 3);
        }

        @Override
        public Optional<CaseView> find(Actor actor, ServiceCaseId id) {
            return Optional.of(get(actor, id));
        }
    }
}
