package org.openhall.servicecase.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.openhall.servicecase.domain.preapplication.PreApplicationState;

/**
 * A pre-application as its applicant sees it without signing in: no personal data beyond the
 * masked name.
 *
 * @param corrections  what to correct, while corrections are requested; else empty
 * @param appointment  {@code null} unless invited or received
 * @param caseNumber   {@code null} unless received
 */
public record PreApplicationStatusView(String reference, String itemCode, String department, String applicantName,
        PreApplicationState state, int round, LocalDate submittedOn, LocalDate reviewDue, List<String> materials,
        List<CorrectionView> corrections, AppointmentView appointment, String caseNumber) {

    /** One point of a request for corrections. */
    public record CorrectionView(String materialCode, String what) {
    }

    /** An appointment at a window. */
    public record AppointmentView(LocalDate date, String timeSlot, String window) {
    }
}
