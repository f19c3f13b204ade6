package org.openhall.servicecase.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.identity.PhoneNumber;

/**
 * The open cases (在办件) whose applicant gave a phone number: how the hotline finds what a caller
 * already has under way. The applicant is masked in every row.
 */
@PrimaryPort
public interface ApplicantCasesQuery {

    /** At most {@link #LIMIT} open cases whose applicant phone is {@code phone}, the newest first. */
    List<ApplicantCaseView> openCasesOf(PhoneNumber phone);

    /** A screen shows a handful; a number on hundreds of cases is an agent's, not a citizen's. */
    int LIMIT = 20;
}
