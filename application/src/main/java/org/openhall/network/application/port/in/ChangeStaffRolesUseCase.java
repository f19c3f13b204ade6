package org.openhall.network.application.port.in;

import java.util.Set;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;

/**
 * The security administrator (安全管理员) grants and revokes a colleague's roles (授权), within the
 * separation of duties. A change counts from the colleague's next request. Granting a role held, or
 * revoking one not held, changes nothing.
 */
@PrimaryPort
public interface ChangeStaffRolesUseCase {

    /**
     * @return the roles the account holds afterwards
     * @throws StaffAccountNotFound when there is no such account
     * @throws StaffAdministrationNotAllowed when {@code securityAdministrator} is not one, or it is their own account
     * @throws org.openhall.network.domain.RolesConflict when the roles would break the separation of duties
     */
    Set<Role> grant(Actor securityAdministrator, String username, Role role);

    /**
     * @return the roles the account holds afterwards
     * @throws StaffAccountNotFound when there is no such account
     * @throws StaffAdministrationNotAllowed when {@code securityAdministrator} is not one, or it is their own account
     * @throws LastRoleNotRevocable when it is the account's only role
     */
    Set<Role> revoke(Actor securityAdministrator, String username, Role role);
}
