package org.openhall.network.domain;

import java.util.EnumSet;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;

/**
 * A staff member's account (工作人员): who may sign in, in which roles, for which department, and
 * at which hall they work.
 *
 * <p>Invariant: clerks and department approvers belong to a department — that department is the
 * scope of everything they see and do. The password is only ever held as a one-way hash. The hall
 * is optional: supervisors and administrators, for instance, work at none in particular.
 */
public final class StaffAccount implements AggregateRoot<StaffAccount, StaffUsername> {

    private final StaffUsername username;
    private final String displayName;
    private final String passwordHash;
    private final Set<Role> roles;
    private final DepartmentCode department;
    private final boolean enabled;
    private final HallCode hall;

    private StaffAccount(StaffUsername username, String displayName, String passwordHash, Set<Role> roles,
            DepartmentCode department, boolean enabled, HallCode hall) {
        if (username == null) {
            throw new InvalidValue("username", "must not be blank");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidValue("displayName", "must not be blank");
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new InvalidValue("password", "must not be blank");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidValue("roles", "at least one role");
        }
        boolean departmental = roles.contains(Role.CLERK) || roles.contains(Role.DEPARTMENT_APPROVER);
        if (departmental && department == null) {
            throw new InvalidValue("department", "clerks and approvers belong to a department");
        }
        this.username = username;
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(EnumSet.copyOf(roles));
        this.department = department;
        this.enabled = enabled;
        this.hall = hall;
    }

    public static StaffAccount open(StaffUsername username, String displayName, String passwordHash, Set<Role> roles,
            DepartmentCode department) {
        return new StaffAccount(username, displayName, passwordHash, roles, department, true, null);
    }

    /** Opens an account for somebody who works at {@code hall} (may be {@code null}). */
    public static StaffAccount open(StaffUsername username, String displayName, String passwordHash, Set<Role> roles,
            DepartmentCode department, HallCode hall) {
        return new StaffAccount(username, displayName, passwordHash, roles, department, true, hall);
    }

    public static StaffAccount restore(StaffUsername username, String displayName, String passwordHash,
            Set<Role> roles, DepartmentCode department, boolean enabled) {
        return new StaffAccount(username, displayName, passwordHash, roles, department, enabled, null);
    }

    public static StaffAccount restore(StaffUsername username, String displayName, String passwordHash,
            Set<Role> roles, DepartmentCode department, boolean enabled, HallCode hall) {
        return new StaffAccount(username, displayName, passwordHash, roles, department, enabled, hall);
    }

    /**
     * The same account with a new name, roles, department and hall: what re-applying a staff
     * definition changes. Password and whether the account is enabled stay as they are — those
     * belong to the person and the administrators, not to the definition.
     */
    public StaffAccount withProfile(String newDisplayName, Set<Role> newRoles, DepartmentCode newDepartment,
            HallCode newHall) {
        return new StaffAccount(username, newDisplayName, passwordHash, newRoles, newDepartment, enabled, newHall);
    }

    /** The account as the actor of a step: what the audit trail records. */
    public Actor asActor() {
        return new Actor(username.value(), roles, department, displayName);
    }

    @Override
    public StaffUsername getId() {
        return username;
    }

    public StaffUsername username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles;
    }

    public DepartmentCode department() {
        return department;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The hall the staff member works at, or {@code null}. */
    public HallCode hall() {
        return hall;
    }
}
