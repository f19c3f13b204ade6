package org.openhall.network.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;

/**
 * The security administrator (安全管理员) resets a colleague's second factor — a lost phone —
 * so that the colleague enrols a new one with their password. Ends the colleague's sessions.
 */
@PrimaryPort
public interface ResetSecondFactorUseCase {

    /**
     * @throws StaffAccountNotFound when there is no such account
     * @throws SecondFactorResetNotAllowed when {@code securityAdministrator} is not one
     */
    void reset(Actor securityAdministrator, String username);
}
