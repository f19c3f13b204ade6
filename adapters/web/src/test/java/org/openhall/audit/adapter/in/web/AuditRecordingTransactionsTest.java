package org.openhall.audit.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.audit.domain.AuditEntry;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The record rides on the request's first committed read-write transaction, once: not on a
 * rolled-back one, not on a read-only one, not twice when the request commits twice, not on work
 * before the request reached its controller; and a record that cannot be written fails the commit.
 */
class AuditRecordingTransactionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:15:30Z"), ZoneId.of("Asia/Shanghai"));

    private final List<AuditEntry> written = new ArrayList<>();
    private boolean storeRefuses;
    private final Transactions transactions = new Transactions();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/cases/42/acceptance");
    private AuditedRequest audited;

    /** Begins, commits and rolls back nothing: only the synchronizations and listeners run. */
    private static final class Transactions extends AbstractPlatformTransactionManager {
        int commits;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return false;
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            commits++;
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    @BeforeEach
    void requestAtItsController() {
        transactions.setTransactionExecutionListeners(List.of(new AuditRecordingTransactions(() -> entry -> {
            if (storeRefuses) {
                throw new IllegalStateException("store refuses");
            }
            written.add(entry);
        })));
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/v1/cases/{id}/acceptance");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", "42"));
        audited = AuditedRequest.open(request, CLOCK);
    }

    @AfterEach
    void close() {
        audited.close();
    }

    private void commit(boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(readOnly);
        template.executeWithoutResult(status -> {
        });
    }

    @Test
    void theFirstCommitCarriesTheRecordAndASecondCommitAddsNothing() {
        commit(false);
        commit(false);

        assertThat(written).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("POST /api/v1/cases/{id}/acceptance");
            assertThat(entry.object()).isEqualTo("id=42");
            assertThat(entry.result()).isEqualTo("success");
            assertThat(entry.occurredAt()).isEqualTo(CLOCK.instant());
        });
        assertThat(audited.written()).isTrue();
    }

    @Test
    void aRolledBackTransactionLeavesTheRecordToTheNextCommit() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            throw new IllegalStateException("conflict");
        })).hasMessage("conflict");
        assertThat(audited.written()).isFalse();

        commit(false);
        assertThat(written).hasSize(1);
    }

    @Test
    void readOnlyTransactionsAndWorkBeforeTheControllerCarryNothing() {
        commit(true);
        assertThat(written).isEmpty();

        request.removeAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        commit(false);
        assertThat(written).as("e.g. the security chain checking a session").isEmpty();
        assertThat(audited.written()).isFalse();
    }

    @Test
    void aTransactionBegunAfterTheRequestClosedIsNotTheRequests() {
        audited.close();
        commit(false);
        assertThat(written).isEmpty();
        audited = AuditedRequest.open(request, CLOCK);
    }

    @Test
    void aRecordThatCannotBeWrittenFailsTheCommit() {
        storeRefuses = true;

        assertThatThrownBy(() -> commit(false)).isInstanceOf(AuditRecordNotWritten.class)
                .hasRootCauseMessage("store refuses");
        assertThat(transactions.commits).as("nothing committed").isZero();
        assertThat(audited.written()).isFalse();
    }
}
