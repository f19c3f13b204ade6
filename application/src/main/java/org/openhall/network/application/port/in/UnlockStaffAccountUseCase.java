package org.openhall.network.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;

/**
 * The security administrator (安全管理员) unlocks an account that failed sign-ins locked or slowed
 * down (解除锁定): the colleague called, the failures were theirs. Forgets every failure counted
 * against the account, from every address.
 */
@PrimaryPort
public interface UnlockStaffAccountUseCase {

    /**
     * @throws StaffAccountNotFound when there is no such account
     * @throws StaffAdministrationNotAllowed when {@code securityAdministrator} is not one
     */
    void unlock(Actor securityAdministrator, String username);
}
