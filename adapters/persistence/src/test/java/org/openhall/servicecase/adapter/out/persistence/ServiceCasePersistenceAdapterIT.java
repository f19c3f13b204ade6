package org.openhall.servicecase.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.ID_CARD;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.number;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.received;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.servicecase.application.port.out.ServiceCaseFixtures;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.application.port.out.ServiceCaseRepositoryContract;
import org.openhall.servicecase.domain.DecisionOutcome;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.SpecialProcedure;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.money.Money;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@PersistenceAdapterTest
class ServiceCasePersistenceAdapterIT extends ServiceCaseRepositoryContract {

    @Autowired
    ServiceCaseRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private static final ApprovalItem ITEM = ServiceCaseFixtures.FULL_ITEM;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Override
    protected ServiceCaseRepository emptyRepository() {
        ServiceCaseTables.truncate(jdbc);
        return adapter;
    }

    @Test
    void aCaseReceivedAtANanosecondInstantReadsBackAsSaveReturnedIt() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        ServiceCase fresh = received(ID_CARD, number(day, 1), day.atTime(9, 30, 15, 123_456_789));

        ServiceCase stored = adapter.save(fresh);

        assertThat(adapter.findById(fresh.getId()).orElseThrow().snapshot()).isEqualTo(stored.snapshot());
        assertThat(adapter.history(fresh.getId()).getFirst().at()).isEqualTo(stored.snapshot().receivedAt());
    }

    @Test
    void completingAStepUpdatesThatStepsRowAndTheCaseRowAndWritesNothingElseButItsTransition() {
        ServiceCaseId id = walkToLastStep();

        CaseTableWrites writes = transition(id, c -> c.completeStep(3, "核查合格", approver(), ServiceCaseFixtures.CALENDAR,
                ServiceCaseFixtures.at(DAY.plusDays(4).atTime(10, 0))));

        assertOnlyStepCaseAndTransitionWritten(writes, 1, 1);
    }

    @Test
    void completingTheWindowStepUpdatesItAndTheStepItStartsAndAppendsBothTransitionsInOneBatch() {
        ServiceCase fresh = received(ITEM, number(DAY, 2), DAY.atTime(9, 0), Set.of("form", "layout", "hukou"));
        adapter.save(fresh);
        transition(fresh.getId(), c -> c.accept(ITEM, clerk(), ServiceCaseFixtures.CALENDAR,
                ServiceCaseFixtures.at(DAY.atTime(10, 0))));

        CaseTableWrites writes = transition(fresh.getId(), c -> c.completeStep(1, "材料齐全", clerk(),
                ServiceCaseFixtures.CALENDAR, ServiceCaseFixtures.at(DAY.plusDays(1).atTime(10, 0))));

        assertOnlyStepCaseAndTransitionWritten(writes, 2, 2);
        assertThat(adapter.history(fresh.getId())).hasSize(adapter.findById(fresh.getId()).orElseThrow().snapshot()
                .transitionCount());
    }

    @Test
    void aCaseLoadedInAnEarlierTransactionIsStillWrittenMinimally() {
        ServiceCaseId id = walkToLastStep();
        ServiceCase loadedEarlier = adapter.findById(id).orElseThrow();
        loadedEarlier.completeStep(3, "核查合格", approver(), ServiceCaseFixtures.CALENDAR,
                ServiceCaseFixtures.at(DAY.plusDays(4).atTime(10, 0)));

        CaseTableWrites writes = inTransaction(() -> adapter.save(loadedEarlier));

        assertOnlyStepCaseAndTransitionWritten(writes, 1, 1);
        assertThat(adapter.findById(id).orElseThrow().snapshot()).isEqualTo(loadedEarlier.snapshot().withVersion(5));
    }

    @Test
    void aStaleSaveInsideAUseCasesTransactionIsRefusedBeforeItWritesAnything() {
        ServiceCaseId id = walkToLastStep();
        RuntimeException[] failure = new RuntimeException[1];

        CaseTableWrites writes = new TransactionTemplate(transactionManager).execute(status -> {
            ServiceCase mine = adapter.findById(id).orElseThrow();
            // Another clerk's change commits between this transaction's load and its save.
            ServiceCase theirs = adapter.findById(id).orElseThrow();
            theirs.pause(SpecialProcedure.EXPERT_REVIEW, "合市监告〔2026〕7号", DAY.plusDays(3), approver(),
                    ServiceCaseFixtures.CALENDAR, ServiceCaseFixtures.at(DAY.plusDays(3).atTime(9, 0)));
            new TransactionTemplate(transactionManager, new DefaultTransactionDefinition(
                    TransactionDefinition.PROPAGATION_REQUIRES_NEW)).executeWithoutResult(other -> adapter.save(theirs));
            mine.completeStep(3, "核查合格", approver(), ServiceCaseFixtures.CALENDAR,
                    ServiceCaseFixtures.at(DAY.plusDays(4).atTime(10, 0)));
            CaseTableWrites attempt = CaseTableWrites.of(jdbc, () -> {
                try {
                    adapter.save(mine);
                } catch (RuntimeException e) {
                    failure[0] = e;
                }
            });
            status.setRollbackOnly();
            return attempt;
        });

        assertThat(failure[0]).isInstanceOf(ConcurrentUpdate.class);
        assertThat(writes.byTable().values()).as("written by the stale save:%n%s", writes)
                .containsOnly(CaseTableWrites.Writes.NONE);
        ServiceCase now = adapter.findById(id).orElseThrow();
        assertThat(now.snapshot().pauses()).hasSize(1);
        assertThat(now.snapshot().steps().get(2).completed()).as("the stale completion").isFalse();
        assertThat(adapter.history(id)).hasSize(now.snapshot().transitionCount());
    }

    private void assertOnlyStepCaseAndTransitionWritten(CaseTableWrites writes, int stepRowsUpdated,
            int transitionsAppended) {
        assertThat(writes.of("case_step")).as("case_step").isEqualTo(new CaseTableWrites.Writes(0, stepRowsUpdated, 0));
        assertThat(writes.of("service_case")).as("service_case").isEqualTo(new CaseTableWrites.Writes(0, 1, 0));
        assertThat(writes.of("case_transition")).as("case_transition").isEqualTo(
                new CaseTableWrites.Writes(transitionsAppended, 0, 0));
        assertThat(writes.byTable()).as("nothing else is written:%n%s", writes)
                .allSatisfy((table, w) -> {
                    if (!Set.of("case_step", "service_case", "case_transition").contains(table)) {
                        assertThat(w).as(table).isEqualTo(CaseTableWrites.Writes.NONE);
                    }
                });
    }

    @Test
    void aCaseWalkedFromReceiptToDecisionWritesEachChildRowOnlyWhenItChanges() {
        CaseTableWrites total = CaseTableWrites.none();
        ServiceCase fresh = received(ITEM, number(DAY, 1), DAY.atTime(9, 0), Set.of("form", "layout", "hukou"));
        total = total.plus(inTransaction(() -> adapter.save(fresh)));
        ServiceCaseId id = fresh.getId();
        total = total.plus(transition(id, c -> c.accept(ITEM, clerk(), ServiceCaseFixtures.CALENDAR,
                ServiceCaseFixtures.at(DAY.atTime(10, 0)))));
        total = total.plus(transition(id, c -> c.completeStep(1, "材料齐全", clerk(), ServiceCaseFixtures.CALENDAR,
                ServiceCaseFixtures.at(DAY.plusDays(1).atTime(10, 0)))));
        total = total.plus(transition(id, c -> c.collectFees("HS-PJ-0001", Map.of("工本费", Money.yuan("10.00")),
                clerk(), ServiceCaseFixtures.at(DAY.plusDays(1).atTime(11, 0)))));
        total = total.plus(transition(id, c -> c.completeStep(2, "符合条件", approver(), ServiceCaseFixtures.CALENDAR,
                ServiceCaseFixtures.at(DAY.plusDays(2).atTime(10, 0)))));
        total = total.plus(transition(id, c -> c.completeStep(3, "核查合格", approver(), ServiceCaseFixtures.CALENDAR,
                ServiceCaseFixtures.at(DAY.plusDays(3).atTime(10, 0)))));
        total = total.plus(transition(id, c -> c.decide(DecisionOutcome.APPROVED, null, "准予许可", approver(),
                ServiceCaseFixtures.CALENDAR, ServiceCaseFixtures.at(DAY.plusDays(3).atTime(15, 0)))));
        System.out.printf("Rows written by a case from receipt to decision:%n%s", total);

        assertThat(total.of("service_case")).isEqualTo(new CaseTableWrites.Writes(1, 6, 0));
        assertThat(total.of("service_case_material")).as("materials, written once at receipt")
                .isEqualTo(new CaseTableWrites.Writes(3, 0, 0));
        assertThat(total.of("case_step")).as("three steps inserted, each started and completed once")
                .isEqualTo(new CaseTableWrites.Writes(3, 5, 0));
        assertThat(total.of("case_fee_line")).as("the fee line, written once at receipt")
                .isEqualTo(new CaseTableWrites.Writes(1, 0, 0));
        assertThat(total.of("case_transition")).as("each transition appended once")
                .isEqualTo(new CaseTableWrites.Writes(adapter.history(id).size(), 0, 0));
        assertThat(total.byTable().values()).extracting(CaseTableWrites.Writes::deleted).containsOnly(0L);
        assertThat(adapter.findById(id).orElseThrow().snapshot().steps())
                .allSatisfy(step -> assertThat(step.completed()).isTrue());
    }

    @Test
    void refusedAndWithdrawnCasesReadBackFieldByField() {
        ServiceCase refused = adapter.save(received(ITEM, number(DAY, 1), DAY.atTime(9, 0)));
        refused.refuse("《行政许可法》第三十二条", "不属于本机关职权范围", clerk(), ServiceCaseFixtures.at(DAY.atTime(9, 30)));
        ServiceCase withdrawn = adapter.save(received(ITEM, number(DAY, 2), DAY.atTime(9, 0)));
        withdrawn.withdraw("申请人主动撤回", clerk(), ServiceCaseFixtures.at(DAY.atTime(9, 45)));

        ServiceCase storedRefusal = adapter.save(refused);
        ServiceCase storedWithdrawal = adapter.save(withdrawn);

        ServiceCase refusal = adapter.findById(refused.getId()).orElseThrow();
        assertThat(refusal.snapshot()).isEqualTo(storedRefusal.snapshot());
        assertThat(refusal.snapshot().refusal().legalBasis()).isEqualTo("《行政许可法》第三十二条");
        assertThat(refusal.snapshot().refusal().reason()).isEqualTo("不属于本机关职权范围");
        assertThat(refusal.snapshot().refusal().refusedOn()).isEqualTo(DAY);
        ServiceCase withdrawal = adapter.findById(withdrawn.getId()).orElseThrow();
        assertThat(withdrawal.snapshot()).isEqualTo(storedWithdrawal.snapshot());
        assertThat(withdrawal.snapshot().withdrawal().reason()).isEqualTo("申请人主动撤回");
        assertThat(withdrawal.snapshot().withdrawal().recordedBy()).isEqualTo(clerk().username());
    }

    /** Receipt, acceptance and the first two steps, each in a transaction of its own: version 4. */
    private ServiceCaseId walkToLastStep() {
        ServiceCase fresh = received(ITEM, number(DAY, 1), DAY.atTime(9, 0), Set.of("form", "layout", "hukou"));
        adapter.save(fresh);
        transition(fresh.getId(), c -> c.accept(ITEM, clerk(), ServiceCaseFixtures.CALENDAR,
                ServiceCaseFixtures.at(DAY.atTime(10, 0))));
        transition(fresh.getId(), c -> c.completeStep(1, "材料齐全", clerk(), ServiceCaseFixtures.CALENDAR,
                ServiceCaseFixtures.at(DAY.plusDays(1).atTime(10, 0))));
        transition(fresh.getId(), c -> c.completeStep(2, "符合条件", approver(), ServiceCaseFixtures.CALENDAR,
                ServiceCaseFixtures.at(DAY.plusDays(2).atTime(10, 0))));
        return fresh.getId();
    }

    /** Loads the case, changes it and stores it in one transaction, as a use case does; returns what it wrote. */
    private CaseTableWrites transition(ServiceCaseId id, Consumer<ServiceCase> change) {
        return inTransaction(() -> {
            ServiceCase serviceCase = adapter.findById(id).orElseThrow();
            change.accept(serviceCase);
            adapter.save(serviceCase);
        });
    }

    private CaseTableWrites inTransaction(Runnable work) {
        return new TransactionTemplate(transactionManager).execute(status -> CaseTableWrites.of(jdbc, work));
    }

    private static Actor clerk() {
        return ServiceCaseFixtures.clerkOf(ITEM.department());
    }

    private static Actor approver() {
        return ServiceCaseFixtures.approverOf(ITEM.department());
    }
}
