package org.openhall.supervision.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.UnansweredServiceCaseQuery;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.event.MaterialsSupplied;
import org.openhall.shared.domain.access.Actor;
import org.openhall.supervision.application.port.out.InMemorySupervisionFeedOutbox;
import org.openhall.supervision.application.port.out.PendingFeedEntry;
import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.domain.event.WarningRaised;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The feed appends each event as the CloudEvent it will be sent as, with the case as the change left it,
 * so that a late delivery still says what was true then; and it reads a case once per transaction however
 * many events a transition published, but again for the events of a later save of the same case.
 */
class SupervisionFeedServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final String A = UUID.randomUUID().toString();

    private final InMemorySupervisionFeedOutbox outbox = new InMemorySupervisionFeedOutbox();
    private final SupervisionFeedRelayTest.Receiver receiver = new SupervisionFeedRelayTest.Receiver();
    private final StoredCase cases = new StoredCase();
    private final AtomicInteger wakeUps = new AtomicInteger();
    private final SupervisionFeedService feed = new SupervisionFeedService(outbox, receiver, cases,
            wakeUps::incrementAndGet, ZONE);
    private final SupervisionFeedRelay relay = new SupervisionFeedRelay(outbox, receiver, cases, ZONE);

    @AfterEach
    void noTransactionLeftOpen() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aTransitionsEventsAndItsWarningReadTheCaseOnceAndALaterSaveOfItReadsItAgain() {
        inCommittedTransaction(() -> {
            cases.stored(CaseStatus.ACCEPTED, 5);
            feed.on(event(4));
            feed.on(event(5));
            feed.on(warning());
            assertThat(cases.reads).as("one read for the burst of one save").isEqualTo(1);

            // The same transaction saves the case again and publishes what that save recorded.
            cases.stored(CaseStatus.COMPLETED, 6);
            feed.on(event(6));
            assertThat(cases.reads).as("an event the remembered case does not show yet reads it again")
                    .isEqualTo(2);
        });
        assertThat(statusesAppended()).containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED", "COMPLETED");
        assertThat(wakeUps.get()).as("the relay woken after the commit").isPositive();

        inCommittedTransaction(() -> feed.on(warning()));
        assertThat(cases.reads).as("the memory ended with its transaction").isEqualTo(3);
    }

    @Test
    void outsideATransactionEveryEventReadsItsCase() {
        cases.stored(CaseStatus.ACCEPTED, 5);
        feed.on(event(4));
        feed.on(event(5));

        assertThat(cases.reads).isEqualTo(2);
    }

    @Test
    void aLateDeliveryAndAReplaySayWhatWasTrueWhenTheEventHappened() {
        inCommittedTransaction(() -> {
            cases.stored(CaseStatus.ACCEPTED, 4);
            feed.on(event(4));
        });
        cases.stored(CaseStatus.COMPLETED, 9);

        relay.relay(10);
        List<SupervisionFeedEvent> replayed = outbox.deliveredBetween(AT, AT.plusSeconds(3600));

        assertThat(receiver.sent).singleElement().satisfies(e -> assertThat(e.data().status()).isEqualTo("ACCEPTED"));
        assertThat(replayed).containsExactlyElementsOf(receiver.sent);
        assertThat(cases.reads).as("the relay sends what was appended without reading the case").isEqualTo(1);
    }

    /** Runs {@code body} as a transaction would, then completes it as a commit does. */
    private static void inCommittedTransaction(Runnable body) {
        TransactionSynchronizationManager.initSynchronization();
        List<TransactionSynchronization> synchronizations;
        try {
            body.run();
        } finally {
            synchronizations = TransactionSynchronizationManager.getSynchronizations();
            synchronizations.forEach(TransactionSynchronization::afterCommit);
            synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private List<String> statusesAppended() {
        return outbox.pending.stream().map(p -> ((PendingFeedEntry.Mapped) p).event().data().status()).toList();
    }

    private static MaterialsSupplied event(int sequence) {
        return new MaterialsSupplied(A, "HS-0001", "SCJG", sequence, "clerk.scjg", AT.plusSeconds(sequence), 1,
                List.of("LAYOUT"));
    }

    private static WarningRaised warning() {
        return new WarningRaised(UUID.randomUUID().toString(), A, "HS-0001", "SCJG", "STEP_OVERDUE", "WARNING", null,
                LocalDate.of(2026, 3, 2), AT);
    }

    /** The servicecase context's query for case A as last stored; counts how often it is read. */
    static final class StoredCase extends UnansweredServiceCaseQuery {

        int reads;
        private CaseView stored;

        void stored(CaseStatus status, int transitions) {
            CaseView b = new CaseView(A, "HS-0001", "SCJG-001", 1, "食品经营许可", "SCJG", "张*", "1101**********002X",
                    "138****8000", status, AT, LocalDate.of(2026, 3, 2), "clerk.scjg", 1, Set.of("APP"), List.of(),
                    null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 16), false, null,
                    10, false, null, transitions);
            stored = new CaseView(b.id(), b.number(), b.itemCode(), b.itemVersion(), b.itemName(), b.department(),
                    b.applicantName(), b.applicantIdNumber(), b.applicantPhone(), b.status(), b.receivedAt(),
                    b.receivedOn(), b.receivedBy(), b.submissionRound(), b.providedMaterials(), b.notices(),
                    b.noticeDeadline(), b.acceptedOn(), b.statutoryDue(), b.promisedDue(), b.provisional(),
                    b.provisionalReason(), b.remainingWorkingDays(), b.overdue(), b.completedOn(), b.version(),
                    b.channel(), b.agent(), b.preApplicationReference(), b.deemed(), b.deferredSupply(), b.refusal(),
                    b.withdrawal(), b.steps(), b.pauses(), b.paused(), b.extension(), b.decision(), b.certificate(),
                    b.delivery(), b.fees(), transitions);
        }

        @Override
        public CaseView get(Actor actor, ServiceCaseId id) {
            throw new AssertionError("the feed reads cases with find: get fails the caller's transaction");
        }

        @Override
        public Optional<CaseView> find(Actor actor, ServiceCaseId id) {
            reads++;
            return Optional.ofNullable(id.toString().equals(A) ? stored : null);
        }
    }
}
