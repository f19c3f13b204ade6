package org.openhall.network.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Gives a new account a known, confirmed second factor: how a county pack's demo accounts can sign
 * in at once. Never replaces a factor the account already has.
 */
@PrimaryPort
public interface ProvisionSecondFactorUseCase {

    /**
     * Sets {@code base32Secret} as the confirmed second factor of {@code username} if it has none.
     *
     * @return whether it was set
     */
    boolean provisionIfAbsent(String username, String base32Secret);
}
