package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Registers someone for a hearing, from its announcement to the closing day of registration
 * ({@code participation.hearing-registration-closed} otherwise).
 */
@PrimaryPort
public interface RegisterForHearingUseCase {

    RegistrationReceipt register(RegisterForHearingCommand command);
}
