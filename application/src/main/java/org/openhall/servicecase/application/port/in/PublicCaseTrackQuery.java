package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Public case tracking (办件进度查询): anyone who holds the case number and can name a second
 * factor — the last four characters of the applicant's identity number or the last four digits of
 * the applicant's phone — may read how far the case has come, with personal data masked.
 *
 * <p>An unknown number and a wrong second factor are one and the same answer,
 * {@link CaseTrackNotFound}, so that the query cannot be used to find out which numbers exist.
 */
@PrimaryPort
public interface PublicCaseTrackQuery {

    /**
     * The case numbered {@code caseNumber}, if {@code check} matches its applicant.
     *
     * @param check four characters: digits, or three digits and {@code X} for an identity number
     * @throws CaseTrackNotFound when the number is unknown or malformed, or the check does not match
     */
    PublicCaseTrackView track(String caseNumber, String check);
}
