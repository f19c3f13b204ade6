package org.openhall.network.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Opens a staff account, or leaves an existing one with that name as it is. */
@PrimaryPort
public interface OpenStaffAccountUseCase {

    /** @return {@code true} if the account was created, {@code false} if it existed already */
    boolean openIfAbsent(OpenStaffAccountCommand command);
}
