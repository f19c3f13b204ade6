package org.openhall.servicecase.domain.preapplication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * Everything a pre-application holds, for storing and rebuilding it.
 *
 * @param round        1 for the first submission, +1 per resubmission
 * @param submittedOn  the day the current round was submitted: day 0 of its pre-review limit
 * @param reviewDue    the last working day of the pre-review limit for the current round
 * @param corrections  the latest request for corrections; empty if none
 * @param appointment  {@code null} unless invited
 * @param caseId       {@code null} unless received
 */
public record PreApplicationSnapshot(PreApplicationId id, PreApplicationReference reference, ApprovalItemCode itemCode,
        int itemVersion, DepartmentCode department, Applicant applicant, Set<String> materials, String note,
        PreApplicationState state, int round, Instant submittedAt, LocalDate submittedOn, LocalDate reviewDue,
        List<Correction> corrections, Appointment appointment, String caseId, String caseNumber,
        int transitionCount, long version) {

    public PreApplicationSnapshot {
        materials = Collections.unmodifiableSortedSet(new TreeSet<>(materials));
        corrections = List.copyOf(corrections);
    }
}
