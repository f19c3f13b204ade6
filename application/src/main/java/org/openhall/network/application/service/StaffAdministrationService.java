package org.openhall.network.application.service;

import java.util.EnumSet;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.network.application.port.in.ChangeStaffRolesUseCase;
import org.openhall.network.application.port.in.LastRoleNotRevocable;
import org.openhall.network.application.port.in.StaffAccountNotFound;
import org.openhall.network.application.port.in.StaffAdministrationNotAllowed;
import org.openhall.network.application.port.in.UnlockStaffAccountUseCase;
import org.openhall.network.application.port.out.SignInFailureStore;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.domain.SeparationOfDuties;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security administrator's (安全管理员) tools besides the second-factor reset: unlocking an
 * account and granting or revoking roles. Role changes lock the account row, so two administrators
 * granting at once cannot together reach a combination each alone was refused.
 */
@Application
public class StaffAdministrationService implements UnlockStaffAccountUseCase, ChangeStaffRolesUseCase {

    private final StaffAccountRepository accounts;
    private final SignInFailureStore failures;

    public StaffAdministrationService(StaffAccountRepository accounts, SignInFailureStore failures) {
        this.accounts = accounts;
        this.failures = failures;
    }

    @Override
    public void unlock(Actor securityAdministrator, String username) {
        if (!securityAdministrator.has(Role.SECURITY_ADMINISTRATOR)) {
            throw new StaffAdministrationNotAllowed(securityAdministrator.username());
        }
        StaffAccount account = find(username, false);
        failures.clearAllOf(account.username().value());
    }

    @Override
    @Transactional
    public Set<Role> grant(Actor securityAdministrator, String username, Role role) {
        StaffAccount account = lockedForChange(securityAdministrator, username);
        Set<Role> roles = EnumSet.copyOf(account.roles());
        if (!roles.add(role)) {
            return account.roles();
        }
        SeparationOfDuties.check(roles);
        return changed(account, roles);
    }

    @Override
    @Transactional
    public Set<Role> revoke(Actor securityAdministrator, String username, Role role) {
        StaffAccount account = lockedForChange(securityAdministrator, username);
        Set<Role> roles = EnumSet.copyOf(account.roles());
        if (!roles.remove(role)) {
            return account.roles();
        }
        if (roles.isEmpty()) {
            throw new LastRoleNotRevocable(username, role.name());
        }
        return changed(account, roles);
    }

    private StaffAccount lockedForChange(Actor securityAdministrator, String username) {
        if (!securityAdministrator.has(Role.SECURITY_ADMINISTRATOR)
                || securityAdministrator.username().equals(username)) {
            throw new StaffAdministrationNotAllowed(securityAdministrator.username());
        }
        return find(username, true);
    }

    private Set<Role> changed(StaffAccount account, Set<Role> roles) {
        // A department-bound role without a department is refused by the account itself.
        StaffAccount changed = account.withProfile(account.displayName(), roles, account.department(), account.hall());
        accounts.save(changed);
        return changed.roles();
    }

    private StaffAccount find(String username, boolean forUpdate) {
        StaffUsername name;
        try {
            name = new StaffUsername(username);
        } catch (DomainProblem malformed) {
            throw new StaffAccountNotFound(username);
        }
        return (forUpdate ? accounts.findByUsernameForUpdate(name) : accounts.findByUsername(name))
                .orElseThrow(() -> new StaffAccountNotFound(username));
    }
}
