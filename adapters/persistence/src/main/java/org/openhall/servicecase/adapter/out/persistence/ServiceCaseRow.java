package org.openhall.servicecase.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.AgentRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.CertificateRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.DecisionRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.DeferredRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.DeliveryRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.ExtensionRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.FeeCollectionRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.RefundRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.RefusalRow;
import org.openhall.servicecase.adapter.out.persistence.CaseOutcomeRows.WithdrawalRow;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.SubmissionChannel;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored case: every field of the aggregate's snapshot. The transitions are deliberately not
 * here: Spring Data rewrites child collections on every save, and the audit trail must only ever
 * grow, so it is appended to its own table instead.
 *
 * @param version the optimistic lock: an update only succeeds against the version that was read
 * @param promisedDueOn the derived columns from here on are kept for the work queues and the
 *        supervision sweep, which read them through their indexes; the case is never rebuilt from them
 * @param hallCode the hall that holds the case ({@code null} only for the city centre), and
 *        {@code hallLevel} its level: whose staff act on the case
 */
@Table("service_case")
record ServiceCaseRow(
        @Id UUID id,
        String number,
        String itemCode,
        int itemVersion,
        String itemName,
        String department,
        String applicantName,
        String applicantIdNumber,
        String applicantPhone,
        String applicantIdNumberIndex,
        String applicantPhoneIndex,
        CaseStatus status,
        Instant receivedAt,
        LocalDate receivedOn,
        String receivedBy,
        String windowCode,
        int submissionRound,
        LocalDate roundReceivedOn,
        @MappedCollection(idColumn = "case_id") Set<ProvidedMaterialRow> providedMaterials,
        @MappedCollection(idColumn = "case_id", keyColumn = "notice_position") List<OneTimeNoticeRow> notices,
        LocalDate acceptedOn,
        @Embedded.Nullable(prefix = "statutory_") CaseClockRow statutoryClock,
        @Embedded.Nullable(prefix = "promised_") CaseClockRow promisedClock,
        @MappedCollection(idColumn = "case_id", keyColumn = "position") List<ClockPauseRow> clockPauses,
        @MappedCollection(idColumn = "case_id", keyColumn = "position") List<ClockExtensionRow> clockExtensions,
        LocalDate completedOn,
        int transitionCount,
        @Version long version,
        SubmissionChannel channel,
        @Embedded.Nullable(prefix = "agent_") AgentRow agent,
        String preApplicationReference,
        boolean deemed,
        @Embedded.Nullable(prefix = "deferred_") DeferredRow deferredSupply,
        @Embedded.Nullable(prefix = "refusal_") RefusalRow refusal,
        @Embedded.Nullable(prefix = "withdrawal_") WithdrawalRow withdrawal,
        @MappedCollection(idColumn = "case_id", keyColumn = "position") List<CaseStepRow> steps,
        @MappedCollection(idColumn = "case_id", keyColumn = "position") List<CasePauseRow> pauses,
        @Embedded.Nullable(prefix = "extension_") ExtensionRow extension,
        @Embedded.Nullable(prefix = "decision_") DecisionRow decision,
        @Embedded.Nullable(prefix = "certificate_") CertificateRow certificate,
        @Embedded.Nullable(prefix = "delivery_") DeliveryRow delivery,
        @MappedCollection(idColumn = "case_id", keyColumn = "position") List<FeeLineRow> feeLines,
        @Embedded.Nullable(prefix = "fee_") FeeCollectionRow feeCollection,
        @Embedded.Nullable(prefix = "refund_") RefundRow feeRefund,
        LocalDate promisedDueOn,
        LocalDate statutoryDueOn,
        Integer currentStepPosition,
        LocalDate currentStepDueOn,
        Role currentStepRole,
        String hallCode,
        AdministrativeLevel hallLevel) {
}
