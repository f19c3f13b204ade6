package org.openhall.network.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Staff sign in with a password and a second factor (双因素登录) and get a session. */
@PrimaryPort
public interface SignInUseCase {

    /**
     * Opens a session.
     *
     * @throws SignInRefused when the password, the code or the account does not allow it
     * @throws SignInThrottled when too many attempts failed lately
     */
    SignedIn signIn(SignInCommand command);
}
