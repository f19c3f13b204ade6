package org.openhall.network.domain;

import java.util.EnumSet;
import java.util.Set;

import org.openhall.shared.domain.access.Role;

/**
 * Separation of duties (职责分离, 三员分立; GB/T 22239 §8.1.4.2 c/d): which roles one person may hold
 * together. The three separated administrators — system, security, audit — check each other, so
 * nobody holds two of them; and an administrator handles no cases, so nobody holds one of them
 * together with a role that reaches cases. Other combinations (e.g. clerk and approver of a small
 * department) are the centre's choice.
 */
public final class SeparationOfDuties {

    /** 三员: the three separated administrator roles. */
    public static final Set<Role> ADMINISTRATORS = Set.copyOf(
            EnumSet.of(Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR, Role.AUDIT_ADMINISTRATOR));

    /** The roles that reach cases (办件): those that receive, decide or oversee them. */
    public static final Set<Role> CASE_HANDLING = Set.copyOf(
            EnumSet.of(Role.CLERK, Role.DEPARTMENT_APPROVER, Role.SUPERVISOR));

    private SeparationOfDuties() {
    }

    /**
     * Checks that one person may hold all of {@code roles}.
     *
     * @throws RolesConflict naming the first two roles that must not meet
     */
    public static void check(Set<Role> roles) {
        Role administrator = null;
        // In the enum's order, so that the same roles always name the same conflict.
        for (Role role : Role.values()) {
            if (roles.contains(role) && ADMINISTRATORS.contains(role)) {
                if (administrator != null) {
                    throw new RolesConflict(administrator, role);
                }
                administrator = role;
            }
        }
        for (Role role : Role.values()) {
            if (administrator != null && roles.contains(role) && CASE_HANDLING.contains(role)) {
                throw new RolesConflict(administrator, role);
            }
        }
    }
}
