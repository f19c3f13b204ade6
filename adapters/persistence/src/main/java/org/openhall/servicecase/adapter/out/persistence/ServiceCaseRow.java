package org.openhall.servicecase.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openhall.servicecase.domain.CaseStatus;
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
        @Version long version) {
}
