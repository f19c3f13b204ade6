package org.openhall.disclosure.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored request for information: every field of its snapshot, the reply and an Art. 35
 * deferral embedded under their prefixes, lists in child tables. The audit trail is appended to
 * its own table, never rewritten with the row.
 */
@Table("disclosure_request")
record DisclosureRequestRow(
        @Id UUID id,
        String number,
        String requesterKind,
        String requesterName,
        String requesterIdNumber,
        String requesterCreditCode,
        boolean requesterCreditCodeWaived,
        String requesterIdentifier,
        String requesterPhone,
        String requesterAddress,
        String description,
        String channel,
        Instant submittedAt,
        LocalDate submittedOn,
        LocalDate receivedOn,
        String status,
        LocalDate correctionIssuedOn,
        LocalDate correctionDueOn,
        String correctionIssuedBy,
        @MappedCollection(idColumn = "request_id", keyColumn = "position") List<CorrectionPointRow> correctionPoints,
        LocalDate correctedOn,
        LocalDate clockDay0,
        Integer clockLimitAmount,
        @MappedCollection(idColumn = "request_id", keyColumn = "position") List<RequestPauseRow> pauses,
        Integer extensionDays,
        String extensionApprovedBy,
        String extensionReason,
        LocalDate extensionApprovedOn,
        LocalDate extensionNotifiedOn,
        @MappedCollection(idColumn = "request_id", keyColumn = "position") List<ConsultationRow> consultations,
        String feeScale,
        Integer feeBasis,
        BigDecimal feeAmount,
        LocalDate feeAssessedOn,
        @Embedded.Nullable(prefix = "deferral_") ReplyRow deferral,
        LocalDate deferredOn,
        @Embedded.Nullable(prefix = "reply_") ReplyRow reply,
        LocalDate repliedOn,
        String repliedBy,
        boolean repliedLate,
        String withdrawal,
        LocalDate withdrawnOn,
        String withdrawalReason,
        @MappedCollection(idColumn = "request_id", keyColumn = "position") List<ChallengeRow> challenges,
        int auditCount,
        @Version long version) {
}
