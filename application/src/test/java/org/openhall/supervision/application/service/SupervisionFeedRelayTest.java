package org.openhall.supervision.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.UnansweredServiceCaseQuery;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.event.MaterialsSupplied;
import org.openhall.shared.domain.access.Actor;
import org.openhall.supervision.application.port.in.SupervisionFeedRelayRound;
import org.openhall.supervision.application.port.out.DeliveredFeedEntry;
import org.openhall.supervision.application.port.out.InMemorySupervisionFeedOutbox;
import org.openhall.supervision.application.port.out.PendingFeedEntry;
import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedPort;
import org.openhall.supervision.application.port.out.SupervisionFeedUnavailable;
import org.openhall.supervision.domain.event.WarningRaised;

/**
 * The relay sends the outbox in position order a batch at a time, each case's events in their order, and
 * stops at the first event the receiver does not take, which then goes out first in a later round. An
 * entry an upgraded installation still owed in the old form goes out in its place, mapped as it is sent.
 */
class SupervisionFeedRelayTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final String A = UUID.randomUUID().toString();
    private static final String B = UUID.randomUUID().toString();

    private final InMemorySupervisionFeedOutbox outbox = new InMemorySupervisionFeedOutbox();
    private final Receiver receiver = new Receiver();
    private final CountingCases cases = new CountingCases();
    private final SupervisionFeedService feed = new SupervisionFeedService(outbox, receiver, cases, () -> {
    }, ZONE);
    private final SupervisionFeedRelay relay = new SupervisionFeedRelay(outbox, receiver, cases, ZONE);

    @Test
    void sendsEveryCaseInItsOrderAcrossBatchesAsAppendedWithoutReadingTheCasesAgain() {
        for (int sequence = 1; sequence <= 4; sequence++) {
            feed.on(event(A, sequence));
            feed.on(event(B, sequence));
        }
        feed.on(warning(A));
        cases.reads.clear();

        List<SupervisionFeedRelayRound> rounds = new ArrayList<>();
        SupervisionFeedRelayRound round;
        do {
            round = relay.relay(3);
            rounds.add(round);
        } while (round.moreWaiting());

        assertThat(outbox.batchesRead).containsExactly(3, 3, 3, 0);
        assertThat(rounds).extracting(SupervisionFeedRelayRound::sent).containsExactly(3, 3, 3, 0);
        assertThat(receiver.ids).containsExactly(
                "case:" + A + ":1", "case:" + B + ":1", "case:" + A + ":2",
                "case:" + B + ":2", "case:" + A + ":3", "case:" + B + ":3",
                "case:" + A + ":4", "case:" + B + ":4", "warning:w-" + A);
        assertThat(outbox.pending).isEmpty();
        assertThat(outbox.markStatements).as("one mark per batch that sent something").isEqualTo(3);
        assertThat(outbox.delivered).extracting(d -> d.entry().position()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L,
                7L, 8L, 9L);
        assertThat(cases.reads).as("the events were mapped when appended").isEmpty();
    }

    @Test
    void anEntryOfTheOldFormGoesOutInItsPlaceMappedAsItIsSentWithItsCaseReadOncePerBatch() {
        // Owed when the installation was upgraded: the events themselves, ahead of what came since.
        outbox.appendUnmapped(event(A, 1));
        outbox.appendUnmapped(warning(A));
        outbox.appendUnmapped(event(B, 1));
        feed.on(event(A, 2));
        cases.reads.clear();

        SupervisionFeedRelayRound round = relay.relay(10);

        assertThat(round.sent()).isEqualTo(4);
        assertThat(receiver.ids).containsExactly("case:" + A + ":1", "warning:w-" + A, "case:" + B + ":1",
                "case:" + A + ":2");
        assertThat(receiver.sent.get(1).type()).isEqualTo("cn.gov.openhall.warning.raised");
        assertThat(outbox.delivered).extracting(DeliveredFeedEntry::sent).as("each keeps what was sent")
                .containsExactlyElementsOf(receiver.sent);
        assertThat(cases.reads).as("each case of the old entries once, none for the one appended mapped")
                .isEqualTo(Map.of(A, 1, B, 1));
    }

    @Test
    void aReceiverFailingMidBatchGetsTheRestLaterInOrderAndNothingTwice() {
        for (int sequence = 1; sequence <= 5; sequence++) {
            feed.on(event(A, sequence));
        }
        receiver.refuse("case:" + A + ":3");

        SupervisionFeedRelayRound first = relay.relay(10);

        assertThat(first.sent()).isEqualTo(2);
        assertThat(first.stopped()).isTrue();
        assertThat(first.moreWaiting()).as("a stopped round waits for the interval").isFalse();
        assertThat(receiver.ids).containsExactly("case:" + A + ":1", "case:" + A + ":2");
        assertThat(outbox.pending).extracting(p -> ((PendingFeedEntry.Mapped) p).event().sequence())
                .containsExactly(3, 4, 5);

        receiver.refuse(null);
        SupervisionFeedRelayRound second = relay.relay(10);

        assertThat(second.sent()).isEqualTo(3);
        assertThat(receiver.ids).containsExactly("case:" + A + ":1", "case:" + A + ":2", "case:" + A + ":3",
                "case:" + A + ":4", "case:" + A + ":5");
        assertThat(outbox.delivered).extracting(d -> d.sent().id()).doesNotHaveDuplicates().hasSize(5);
        assertThat(receiver.attempts).as("only the refused event was offered twice")
                .containsExactly("case:" + A + ":1", "case:" + A + ":2", "case:" + A + ":3", "case:" + A + ":3",
                        "case:" + A + ":4", "case:" + A + ":5");
    }

    @Test
    void aRelayThatDoesNotGetTheTurnSendsNothing() {
        feed.on(event(A, 1));
        outbox.turnHeldElsewhere = true;

        SupervisionFeedRelayRound round = relay.relay(10);

        assertThat(round.turnTaken()).isFalse();
        assertThat(round.moreWaiting()).isFalse();
        assertThat(receiver.attempts).isEmpty();
        assertThat(outbox.pending).hasSize(1);
    }

    private static MaterialsSupplied event(String caseId, int sequence) {
        return new MaterialsSupplied(caseId, "HS-" + caseId.substring(0, 4), "SCJG", sequence, "clerk.scjg",
                AT.plusSeconds(sequence), 1, List.of("LAYOUT"));
    }

    private static WarningRaised warning(String caseId) {
        return new WarningRaised("w-" + caseId, caseId, "HS-" + caseId.substring(0, 4), "SCJG",
                "STEP_OVERDUE", "WARNING", null, java.time.LocalDate.of(2026, 3, 2), AT);
    }

    /** The supervision system: takes every event but the one it is told to refuse. */
    static final class Receiver implements SupervisionFeedPort {

        final List<String> attempts = new ArrayList<>();
        final List<String> ids = new ArrayList<>();
        final List<SupervisionFeedEvent> sent = new ArrayList<>();
        private String refused;

        void refuse(String id) {
            refused = id;
        }

        @Override
        public void send(SupervisionFeedEvent event) {
            attempts.add(event.id());
            if (event.id().equals(refused)) {
                throw new SupervisionFeedUnavailable("503 from the supervision system");
            }
            ids.add(event.id());
            sent.add(event);
        }

        @Override
        public String transport() {
            return "test";
        }
    }

    /** Counts how often each case is read; knows none, so events go out with their own fields. */
    static final class CountingCases extends UnansweredServiceCaseQuery {

        final Map<String, Integer> reads = new HashMap<>();

        @Override
        public CaseView get(Actor actor, ServiceCaseId id) {
            throw new AssertionError("the feed reads cases with find: get fails the caller's transaction");
        }

        @Override
        public Optional<CaseView> find(Actor actor, ServiceCaseId id) {
            reads.merge(id.toString(), 1, Integer::sum);
            return Optional.empty();
        }
    }
}
