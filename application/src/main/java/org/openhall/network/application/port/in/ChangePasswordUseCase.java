package org.openhall.network.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Changing one's own password under the installation's password profile. */
@PrimaryPort
public interface ChangePasswordUseCase {

    /**
     * Replaces the password and ends every session of the account.
     *
     * @throws SignInRefused for wrong credentials
     * @throws org.openhall.network.domain.signin.WeakPassword when the profile refuses the new password
     * @throws org.openhall.network.domain.signin.PasswordReused when it was used lately
     */
    void change(ChangePasswordCommand command);
}
