package org.openhall.servicecase.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.servicecase.domain.DecisionOutcome;

/**
 * The parts of a case stored as groups of columns of the case row under a prefix; each group is
 * empty (all its columns null) until that part happens.
 */
final class CaseOutcomeRows {

    private CaseOutcomeRows() {
    }

    /** {@code agent_*}: the village agent (代办). */
    record AgentRow(String name, String idNumber, String phone, String stationCode) {
    }

    /** {@code deferred_*}: 容缺受理; materials separated by commas. */
    record DeferredRow(String materials, String commitment, LocalDate supplyBy, LocalDate suppliedOn) {
    }

    /** {@code refusal_*}: 不予受理. */
    record RefusalRow(String legalBasis, String reason, LocalDate refusedOn, String refusedBy) {
    }

    /** {@code withdrawal_*}: 撤回. */
    record WithdrawalRow(LocalDate withdrawnOn, String reason, String recordedBy) {
    }

    /** {@code extension_*}: 延期. */
    record ExtensionRow(Integer workingDays, String approvedBy, String reason, LocalDate approvedOn,
            LocalDate applicantToldOn, Boolean joint) {
    }

    /** {@code decision_*}: 办结. */
    record DecisionRow(DecisionOutcome outcome, String legalBasis, String reason, LocalDate decidedOn,
            String decidedBy, LocalDate certificateDueDate) {
    }

    /** {@code certificate_*}: 制证. */
    record CertificateRow(String number, LocalDate issuedOn, String issuedBy, LocalDate serveBy,
            Boolean withinLimit) {
    }

    /** {@code delivery_*}: 送达. */
    record DeliveryRow(DeliveryMethod method, LocalDate deliveredOn, String recordedBy, String collectedBy,
            Boolean idChecked, Boolean byApplicant, String carrier, String trackingNumber) {
    }

    /** {@code fee_*}: 一票制收费; fee names separated by U+001F. */
    record FeeCollectionRow(String receiptNumber, BigDecimal amount, BigDecimal catalogAmount, String feeNames,
            LocalDate collectedOn, String collectedBy) {
    }

    /** {@code refund_*}: 退费. */
    record RefundRow(BigDecimal amount, String reason, LocalDate refundedOn, String refundedBy) {
    }
}
