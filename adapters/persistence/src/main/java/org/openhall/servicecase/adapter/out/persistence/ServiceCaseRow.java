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

/**
 * A stored case: every field of the aggregate's snapshot, as the columns of {@code service_case}
 * ({@link ServiceCaseColumns}; a part such as {@code agent} is a group of columns under a prefix,
 * all null until it happens) and the rows of its child tables ({@link CaseChildTable}; a list's
 * index is its position). The transitions are deliberately not here: the audit trail only ever
 * grows, so it is appended to its own table by its own statement.
 *
 * @param version the optimistic lock: an update only succeeds against the version that was read
 * @param promisedDueOn the derived columns from here on are kept for the work queues and the
 *        supervision sweep, which read them through their indexes; the case is never rebuilt from them
 * @param hallCode the hall that holds the case ({@code null} only for the city centre), and
 *        {@code hallLevel} its level: whose staff act on the case
 */
record ServiceCaseRow(
        UUID id,
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
        Set<ProvidedMaterialRow> providedMaterials,
        List<OneTimeNoticeRow> notices,
        LocalDate acceptedOn,
        CaseClockRow statutoryClock,
        CaseClockRow promisedClock,
        List<ClockPauseRow> clockPauses,
        List<ClockExtensionRow> clockExtensions,
        LocalDate completedOn,
        int transitionCount,
        long version,
        SubmissionChannel channel,
        AgentRow agent,
        String preApplicationReference,
        boolean deemed,
        DeferredRow deferredSupply,
        RefusalRow refusal,
        WithdrawalRow withdrawal,
        List<CaseStepRow> steps,
        List<CasePauseRow> pauses,
        ExtensionRow extension,
        DecisionRow decision,
        CertificateRow certificate,
        DeliveryRow delivery,
        List<FeeLineRow> feeLines,
        FeeCollectionRow feeCollection,
        RefundRow feeRefund,
        LocalDate promisedDueOn,
        LocalDate statutoryDueOn,
        Integer currentStepPosition,
        LocalDate currentStepDueOn,
        Role currentStepRole,
        String hallCode,
        AdministrativeLevel hallLevel) {
}
