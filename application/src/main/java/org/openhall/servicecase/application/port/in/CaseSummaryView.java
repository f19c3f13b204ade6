package org.openhall.servicecase.application.port.in;

import java.time.LocalDate;

import org.openhall.servicecase.domain.CaseStatus;

/** One line of a case list. */
public record CaseSummaryView(String id, String number, String itemCode, String itemName, String department,
        String applicantName, CaseStatus status, LocalDate receivedOn, LocalDate promisedDue, long version) {
}
