package org.openhall.servicecase.application.port.in;

import java.time.LocalDate;

import org.openhall.servicecase.domain.CaseStatus;

/**
 * One open case of an applicant, as another context may show it (e.g. the hotline's screen-pop):
 * what the case is and how far it has come, with the applicant's name masked (张*) and no identity
 * number or phone.
 *
 * @param department  the department's code
 * @param promisedDue 承诺办结期限, {@code null} before acceptance
 */
public record ApplicantCaseView(String id, String number, String itemName, String department, CaseStatus status,
        String applicantName, LocalDate receivedOn, LocalDate promisedDue) {
}
