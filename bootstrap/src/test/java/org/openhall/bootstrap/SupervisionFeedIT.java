package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.openhall.supervision.application.service.SupervisionFeedService;
import org.openhall.supervision.domain.event.WarningRaised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The monitoring feed over HTTP: real cases through the REST API reach a real HTTP receiver as
 * CloudEvents; a receiver that is down for a while loses nothing and still gets each case's events in
 * order; a period can be sent again.
 */
// Its relay would keep running on its own database after the class: close it when the class is done.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = SupervisionFeedIT.OwnDatabase.class)
@TestPropertySource(properties = {
        "openhall.supervision-feed.transport=http",
        "openhall.supervision-feed.source=urn:openhall:centre:heshan",
        "openhall.supervision-feed.http.attempts=2",
        "openhall.supervision-feed.http.initial-backoff=PT0.02S" })
class SupervisionFeedIT extends OpenHallIT {

    // The feed's health counts every undelivered event of the database: these tests count only their
    // own, on a database of their own.
    private static final RunningDatabase OWN_DATABASE = SeparateDatabase.start("feed");

    static final class OwnDatabase extends SeparateDatabase {

        @Override
        RunningDatabase database() {
            return OWN_DATABASE;
        }
    }


    static final SupervisionFeedPeer PEER = SupervisionFeedPeer.start();

    @Autowired
    SupervisionFeedService feedService;

    @Autowired
    TransactionTemplate transactions;
    static final String ADMIN = "admin:demo-Admin-2026";

    @DynamicPropertySource
    static void receiver(DynamicPropertyRegistry registry) {
        registry.add("openhall.supervision-feed.http.endpoint", PEER::url);
        registry.add("openhall.supervision-feed.relay.interval", () -> "PT0.5S");
    }

    @Test
    void aCaseReceivedAcceptedAndCompletedReachesTheSupervisionSystem() {
        PEER.failing(false);
        today("2026-03-02T09:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);
        today("2026-03-04T15:30:00");
        walkFoodLicenceSteps(id);
        assertThat(post(APPROVER_SCJG, "/api/v1/cases/" + id + "/completion", "{\"note\":\"准予许可\"}").status())
                .isEqualTo(200);

        List<String> expected = eventIdsOf(id);
        await().atMost(Duration.ofSeconds(30)).until(() -> PEER.ofCase(id).size() == expected.size());
        List<JsonNode> events = PEER.ofCase(id);
        assertThat(events).extracting(e -> e.path("id").asString()).as("one event per audit-trail transition, in order")
                .containsExactlyElementsOf(expected);
        assertThat(events).extracting(e -> e.path("type").asString()).startsWith(
                "cn.gov.openhall.case.submitted", "cn.gov.openhall.case.accepted", "cn.gov.openhall.case.step-started")
                .contains("cn.gov.openhall.case.step-completed").endsWith("cn.gov.openhall.case.completed");
        JsonNode accepted = events.get(1);
        assertThat(accepted.path("specversion").asString()).isEqualTo("1.0");
        assertThat(accepted.path("source").asString()).isEqualTo("urn:openhall:centre:heshan");
        assertThat(accepted.path("time").asString()).isEqualTo("2026-03-02T09:00:00.000+08:00");
        JsonNode data = accepted.path("data");
        assertThat(accepted.path("subject").asString()).isEqualTo(data.path("caseNumber").asString());
        assertThat(data.path("itemCode").asString()).isEqualTo("SCJG-001");
        assertThat(data.path("applicantName").asString()).isEqualTo("张*");
        assertThat(data.path("applicantIdNumber").asString()).isEqualTo("1101**********002X");
        assertThat(data.path("acceptedOn").asString()).isEqualTo("2026-03-02");
        assertThat(data.path("promisedDueDate").asString()).isNotBlank();
        assertThat(data.path("statutoryDueDate").asString()).isNotBlank();
        assertThat(events.getLast().path("data").path("result").path("decidedOn").asString()).isEqualTo("2026-03-04");
    }

    @Test
    void aReceiverDownForAWhileGetsEveryEventAfterwardsInOrderPerCase() {
        // Whatever the other tests left in the outbox goes out first.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                get(ADMIN, "/actuator/health").json().path("components").path("supervisionFeed").path("details")
                        .path("undelivered").asString()).isEqualTo("0"));
        PEER.failing(true);
        today("2026-04-07T09:00:00");
        String first = submitFoodLicence("APP", "LICENCE");
        String second = submitFoodLicence("APP", "LICENCE");
        for (String id : List.of(first, second)) {
            assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/supplement-request", "{\"defects\":{}}").status())
                    .isEqualTo(200);
            assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/materials", "{\"materials\":[\"LAYOUT\",\"RULES\"]}")
                    .status()).isEqualTo(200);
            assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);
            walkFoodLicenceSteps(id);
            assertThat(post(APPROVER_SCJG, "/api/v1/cases/" + id + "/completion", "{\"note\":\"准予许可\"}").status())
                    .isEqualTo(200);
        }
        List<String> firstIds = eventIdsOf(first);
        List<String> secondIds = eventIdsOf(second);
        // The relay stops at the first event not taken and offers it again each round; nothing after it
        // goes out meanwhile, the other case's events neither. First in the outbox is the submission of
        // the first case, or the warning its projection raised in the same transaction.
        await().atMost(Duration.ofSeconds(30)).until(() -> PEER.refused().size() >= 3);
        String head = PEER.refused().getFirst();
        assertThat(head).isIn("case:" + first + ":1", warningIdOf(first));
        assertThat(PEER.refused()).as("only the head of the outbox was offered, round after round").containsOnly(head);
        assertThat(PEER.ofCase(first)).isEmpty();
        assertThat(PEER.ofCase(second)).isEmpty();
        assertThat(get(null, "/actuator/health").status()).isEqualTo(200);

        PEER.failing(false);

        await().atMost(Duration.ofSeconds(90)).until(
                () -> PEER.ofCase(first).size() == firstIds.size() && PEER.ofCase(second).size() == secondIds.size());
        assertThat(PEER.ofCase(first)).extracting(e -> e.path("id").asString()).containsExactlyElementsOf(firstIds);
        assertThat(PEER.ofCase(second)).extracting(e -> e.path("id").asString()).containsExactlyElementsOf(secondIds);
        // Every arrival of an event came after every first arrival of its case's earlier events.
        for (String id : List.of(first, second)) {
            List<JsonNode> arrivals = PEER.received().stream()
                    .filter(e -> e.path("caseid").asString().equals(id))
                    .filter(e -> e.path("id").asString().startsWith("case:")).toList();
            int highest = 0;
            for (JsonNode e : arrivals) {
                int sequence = Integer.parseInt(e.path("sequence").asString());
                assertThat(sequence).as("arrival order of case %s", id).isLessThanOrEqualTo(highest + 1);
                highest = Math.max(highest, sequence);
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                get(ADMIN, "/actuator/health").json().path("components").path("supervisionFeed").path("details")
                        .path("undelivered").asString()).isEqualTo("0"));
    }

    @Test
    void aWarningOfNoKnownCaseGoesOutOnceAndHoldsNothingBack() {
        PEER.failing(false);
        today("2026-05-11T09:00:00");
        // A warning whose case the servicecase context does not know (a disclosure entry's, a case of a
        // system that was replaced): it goes out with its own fields. Reading its case must not undo the
        // round, or the relay would send the same batch again and again.
        String unknownCase = UUID.randomUUID().toString();
        String warningId = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> feedService.on(new WarningRaised(warningId, unknownCase,
                "HS-UNKNOWN-1", "SCJG", "OVERDUE", "YELLOW_CARD", LocalDate.parse("2026-05-08"),
                LocalDate.parse("2026-05-11"), clock.instant())));
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);

        List<String> expected = eventIdsOf(id);
        await().atMost(Duration.ofSeconds(30)).until(() -> PEER.ofCase(id).size() == expected.size());
        // Rounds go on every half second: had one been undone, its events would arrive again meanwhile.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(PEER.received()).filteredOn(e -> e.path("id").asString().equals("warning:" + warningId))
                .singleElement().satisfies(w -> {
                    assertThat(w.path("caseid").asString()).isEqualTo(unknownCase);
                    assertThat(w.path("data").path("warning").path("rule").asString()).isEqualTo("OVERDUE");
                });
        assertThat(PEER.ofCase(id)).extracting(e -> e.path("id").asString()).as("each once, in order")
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aPeriodCanBeSentAgainUnderTheSameIds() {
        PEER.failing(false);
        today("2026-05-11T10:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);
        // Received, accepted, and its first step started.
        await().atMost(Duration.ofSeconds(30)).until(() -> PEER.ofCase(id).size() == 3);

        assertThat(post(CLERK_SCJG, "/api/v1/supervision-feed/replay", "{\"from\":\"2026-05-11\",\"to\":\"2026-05-11\"}")
                .status()).isEqualTo(403);
        List<Long> before = eventIdsOf(id).stream().map(PEER::timesReceived).toList();
        Reply replay = post(SUPERVISOR, "/api/v1/supervision-feed/replay",
                "{\"from\":\"2026-05-11\",\"to\":\"2026-05-11\"}");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().path("events").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(replay.json().path("transport").asString()).isEqualTo("http");

        // Delivery is at least once, so an event may have arrived more than once already; the replay
        // sends each of them exactly once more, under the same id.
        assertThat(eventIdsOf(id).stream().map(PEER::timesReceived).toList())
                .isEqualTo(before.stream().map(n -> n + 1L).toList());
        assertThat(PEER.ofCase(id)).hasSize(3);
        assertThat(post(SUPERVISOR, "/api/v1/supervision-feed/replay", "{\"from\":\"2026-05-12\",\"to\":\"2026-05-11\"}")
                .status()).isEqualTo(400);
    }

    @Test
    void aReplaySendsEachEventAsItWasStoredWhenItHappenedAfterTheCaseMovedOn() {
        PEER.failing(false);
        today("2026-06-02T09:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        await().atMost(Duration.ofSeconds(30)).until(() -> PEER.ofCase(id).size() == 1);
        JsonNode submitted = PEER.ofCase(id).getFirst();
        assertThat(submitted.path("data").path("status").asString())
                .as("the case as the change that caused the event left it").isEqualTo("SUBMITTED");
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> PEER.ofCase(id).size() == 3);
        List<JsonNode> delivered = PEER.ofCase(id);
        assertThat(delivered.get(1).path("data").path("status").asString()).isEqualTo("ACCEPTED");

        int before = PEER.received().size();
        assertThat(post(SUPERVISOR, "/api/v1/supervision-feed/replay", "{\"from\":\"2026-06-02\",\"to\":\"2026-06-02\"}")
                .status()).isEqualTo(200);

        List<JsonNode> replayed = PEER.received().subList(before, PEER.received().size()).stream()
                .filter(e -> e.path("caseid").asString().equals(id) && e.path("id").asString().startsWith("case:"))
                .toList();
        assertThat(replayed).as("sent again unchanged, the submission still saying SUBMITTED")
                .containsExactlyElementsOf(delivered);
    }

    @Test
    void theFeedShowsInHealthAndPrometheus() {
        Reply health = get(ADMIN, "/actuator/health");
        assertThat(health.json().path("components").path("supervisionFeed").path("details").path("transport")
                .asString()).as(health.body()).isEqualTo("http");
        Reply prometheus = get(ADMIN, "/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("openhall_supervision_feed_undelivered")
                .contains("openhall_supervision_feed_sent_total{transport=\"http\"}")
                .contains("openhall_supervision_feed_failed_total{transport=\"http\"}");
        assertThat(get(CLERK_SCJG, "/actuator/prometheus").status()).isEqualTo(403);
    }

    /** The feed id of the one warning of a case (an online item received at the window), if it has one. */
    private String warningIdOf(String caseId) {
        JsonNode warnings = get(SUPERVISOR, "/api/v1/supervision/warnings?caseId=" + caseId).json().path("content");
        return warnings.isEmpty() ? "none" : "warning:" + warnings.get(0).path("id").asString();
    }

    /** The feed ids of a case's events: one per transition of its audit trail, numbered in order. */
    private List<String> eventIdsOf(String caseId) {
        int transitions = get(SUPERVISOR, "/api/v1/cases/" + caseId + "/history").json().path("transitions").size();
        return IntStream.rangeClosed(1, transitions).mapToObj(n -> "case:" + caseId + ":" + n).toList();
    }
}
