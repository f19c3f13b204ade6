package org.openhall.servicecase.application.port.in;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * How another context reaches the applicant of a case (申请人联系方式), e.g. to send an SMS notice.
 * Case events carry no personal data on purpose; this is the one door to it, and it hands out the
 * name only masked (张*).
 */
@PrimaryPort
public interface ApplicantContactQuery {

    /** The contact of the case's applicant, or empty when there is no such case. */
    Optional<ApplicantContactView> contactOf(String caseId);
}
