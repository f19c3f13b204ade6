package org.openhall.servicecase.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openhall.servicecase.application.port.in.PreApplicationStatusView.AppointmentView;
import org.openhall.servicecase.application.port.in.PreApplicationStatusView.CorrectionView;
import org.openhall.servicecase.domain.preapplication.PreApplicationState;

/**
 * A pre-application as staff see it; the applicant's data is masked.
 *
 * @param reviewOverdue whether the pre-review is past its due day, as of today
 */
public record PreApplicationView(String id, String reference, String itemCode, int itemVersion, String department,
        String applicantName, String applicantIdNumber, String applicantPhone, List<String> materials, String note,
        PreApplicationState state, int round, Instant submittedAt, LocalDate submittedOn, LocalDate reviewDue,
        boolean reviewOverdue, List<CorrectionView> corrections, AppointmentView appointment, String caseId,
        String caseNumber, long version) {
}
