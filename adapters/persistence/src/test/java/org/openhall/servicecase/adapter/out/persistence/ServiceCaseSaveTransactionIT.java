package org.openhall.servicecase.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.ID_CARD;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.number;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.received;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.servicecase.application.port.out.ServiceCaseFixtures;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.CaseTransition;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saving a case inside the use case's transaction: concurrent windows, and failures half-way
 * through a save, never leave a half-written case or a stray transition behind.
 */
@PersistenceAdapterTest
class ServiceCaseSaveTransactionIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDateTime MONDAY_MORNING = MONDAY.atTime(9, 30);

    @Autowired
    ServiceCaseRepository cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private TransactionTemplate inTransaction;

    @BeforeEach
    void emptyTables() {
        ServiceCaseTables.truncate(jdbc);
        inTransaction = new TransactionTemplate(transactionManager);
    }

    @Test
    void ofTwoWindowsSavingTheSameVersionAtOnceExactlyOneWinsAndOnlyItsTransitionIsWritten() throws Exception {
        ServiceCase stored = cases.save(received(ID_CARD, number(MONDAY, 1), MONDAY_MORNING, Set.of("form", "photo")));
        ServiceCase accepting = cases.findById(stored.getId()).orElseThrow();
        ServiceCase noticing = cases.findById(stored.getId()).orElseThrow();
        ServiceCaseFixtures.accept(accepting, ID_CARD, MONDAY.atTime(10, 0));
        ServiceCaseFixtures.requestSupplement(noticing, ID_CARD, MONDAY.atTime(10, 0));
        // Both transactions are open before either writes, so the second writer waits on the first.
        CyclicBarrier bothOpen = new CyclicBarrier(2);

        List<Future<ServiceCase>> saves = new ArrayList<>();
        try (ExecutorService windows = Executors.newFixedThreadPool(2)) {
            for (ServiceCase changed : List.of(accepting, noticing)) {
                saves.add(windows.submit(() -> inTransaction.execute(status -> {
                    await(bothOpen);
                    return cases.save(changed);
                })));
            }
        }

        List<ServiceCase> won = new ArrayList<>();
        List<Throwable> lost = new ArrayList<>();
        for (Future<ServiceCase> save : saves) {
            try {
                won.add(save.get(30, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                lost.add(e.getCause());
            }
        }
        assertThat(won).hasSize(1);
        assertThat(lost).singleElement().isInstanceOf(ConcurrentUpdate.class);
        ServiceCase winner = won.getFirst();
        assertThat(winner.version()).isEqualTo(2);
        ServiceCase now = cases.findById(stored.getId()).orElseThrow();
        assertThat(now.snapshot()).isEqualTo(winner.snapshot());
        CaseAction winningAction = winner.status() == CaseStatus.ACCEPTED ? CaseAction.ACCEPT
                : CaseAction.REQUEST_SUPPLEMENT;
        assertThat(cases.history(stored.getId())).extracting(CaseTransition::action)
                .containsExactly(CaseAction.SUBMIT, winningAction);
    }

    @Test
    void aSaveThatFailsHalfWayLeavesTheCaseAsItWasBefore() {
        ServiceCase stored = cases.save(received(ID_CARD, number(MONDAY, 1), MONDAY_MORNING, Set.of("form", "photo")));
        // A transition already recorded under the number the next step will take makes that step's insert fail
        // after the case row itself was updated.
        jdbc.sql("""
                INSERT INTO case_transition (case_id, sequence, action, from_status, to_status, actor, at)
                VALUES (:id, 2, 'ACCEPT', 'SUBMITTED', 'ACCEPTED', 'someone.else', :at)
                """).param("id", stored.getId().value())
                .param("at", OffsetDateTime.of(2026, 3, 2, 2, 0, 0, 0, ZoneOffset.UTC)).update();
        ServiceCase accepting = cases.findById(stored.getId()).orElseThrow();
        ServiceCaseFixtures.accept(accepting, ID_CARD, MONDAY.atTime(10, 0));

        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> cases.save(accepting)))
                .isInstanceOf(DuplicateKeyException.class);

        ServiceCase now = cases.findById(stored.getId()).orElseThrow();
        assertThat(now.snapshot()).isEqualTo(stored.snapshot());
        assertThat(now.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(now.statutoryClock()).isEmpty();
        assertThat(now.providedMaterials()).containsExactlyInAnyOrder("form", "photo");
    }

    @Test
    void theAuditTrailCannotBeRewrittenOrDeleted() {
        ServiceCase stored = cases.save(received(ID_CARD, number(MONDAY, 1), MONDAY_MORNING));

        assertThatThrownBy(() -> jdbc.sql("UPDATE case_transition SET note = 'tampered' WHERE case_id = :id")
                .param("id", stored.getId().value()).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM case_transition WHERE case_id = :id")
                .param("id", stored.getId().value()).update()).isInstanceOf(DataAccessException.class);
        assertThat(cases.history(stored.getId())).singleElement()
                .satisfies(t -> assertThat(t.note()).isEqualTo("1 material(s) received"));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
