package org.openhall.servicecase.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openhall.servicecase.domain.CaseStatus;

/**
 * A case as staff see it. Personal data is masked (张*, 138****1234); full data needs a separate,
 * audited reveal.
 *
 * @param statutoryDue        {@code null} before acceptance
 * @param remainingWorkingDays against the promised limit, as of today; {@code null} unless accepted
 */
public record CaseView(String id, String number, String itemCode, int itemVersion, String itemName,
        String department, String applicantName, String applicantIdNumber, String applicantPhone, CaseStatus status,
        Instant receivedAt, LocalDate receivedOn, String receivedBy, int submissionRound,
        Set<String> providedMaterials, List<NoticeView> notices, LocalDate noticeDeadline, LocalDate acceptedOn,
        LocalDate statutoryDue, LocalDate promisedDue, boolean provisional, String provisionalReason,
        Integer remainingWorkingDays, boolean overdue, LocalDate completedOn, long version) {

    /** A one-time notice as issued. */
    public record NoticeView(int submissionRound, LocalDate issuedOn, String issuedBy, List<NoticeLine> items) {
    }

    /** One material the notice asks for; {@code defect} is null when it is simply missing. */
    public record NoticeLine(String code, String name, String defect) {
    }
}
