package org.openhall.servicecase.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.domain.identity.PhoneNumber;

/** Finds cases by their applicant's phone number, straight from the stored rows. */
@SecondaryPort
public interface ApplicantCasesPort {

    /**
     * Cases in one of {@code statuses} whose applicant phone is {@code phone} (as stored: the
     * {@link PhoneNumber}'s normal form), newest receipt first, at most {@code limit}.
     */
    List<CaseOfApplicant> casesOf(PhoneNumber phone, Set<CaseStatus> statuses, int limit);

    /**
     * @param applicantName unmasked: the caller masks it
     * @param promisedDueOn {@code null} before acceptance
     */
    record CaseOfApplicant(String id, String number, String itemName, String department, CaseStatus status,
            String applicantName, LocalDate receivedOn, LocalDate promisedDueOn) {
    }
}
