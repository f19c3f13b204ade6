package org.openhall.servicecase.adapter.in.web;

import java.time.LocalDate;

import org.openhall.servicecase.domain.CaseStatus;

/** One line of a case list; {@code promisedDue} is null until the case is accepted. */
public record CaseSummaryResponse(String id, String number, String itemCode, String itemName, String department,
        String applicantName, CaseStatus status, LocalDate receivedOn, LocalDate promisedDue, long version) {
}
