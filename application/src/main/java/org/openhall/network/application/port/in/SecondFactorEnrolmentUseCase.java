package org.openhall.network.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Setting up a staff member's authenticator app. Proving the password is enough to begin, but
 * only for an account that has no confirmed second factor yet (a new account, or one whose factor
 * the security administrator reset); once confirmed, nobody can replace it with the password alone.
 */
@PrimaryPort
public interface SecondFactorEnrolmentUseCase {

    /**
     * Generates a new secret (replacing an unconfirmed one).
     *
     * @throws SignInRefused for wrong credentials
     * @throws SecondFactorAlreadyEnrolled when a confirmed factor exists
     */
    Enrolment begin(String username, String password, String source);

    /** Confirms the new secret with a code from the app; from then on sign-in needs it. */
    void confirm(String username, String password, String code, String source);
}
