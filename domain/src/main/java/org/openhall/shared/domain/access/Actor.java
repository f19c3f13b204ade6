package org.openhall.shared.domain.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * A person acting in OpenHall (操作人员), as the domain needs to know them: who, in which
 * roles, for which department, at which hall.
 *
 * <p>Invariants: username and display name are not blank; at least one role; clerks and
 * department approvers belong to a department, since they act only for it; supervisors and
 * administrators may have none.
 *
 * @param username the login name, stable across renames
 * @param roles what the actor may do; an unmodifiable copy
 * @param department the actor's own department, or {@code null} for a supervisor or administrator without one
 * @param displayName how the actor is shown in case files
 * @param actingFor the user name of the colleague whose post this actor fills (B acting for A,
 *        A/B岗替补), or {@code null} when acting in their own right
 * @param place the hall the actor works at and its level (所在大厅), or {@code null} for staff tied
 *        to no hall; a clerk, approver or department head without one counts as city staff
 */
@ValueObject
public record Actor(String username, Set<Role> roles, DepartmentCode department, String displayName,
        String actingFor, HallScope place) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new InvalidValue("username", "must not be blank");
        }
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue("roles", "must hold at least one role, and only roles");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidValue("displayName", "must not be blank");
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        boolean departmental = roles.contains(Role.CLERK) || roles.contains(Role.DEPARTMENT_APPROVER);
        if (departmental && department == null) {
            throw new InvalidValue("department", "a clerk or department approver belongs to a department");
        }
        username = username.strip();
        displayName = displayName.strip();
        actingFor = actingFor == null || actingFor.isBlank() ? null : actingFor.strip();
    }

    /** An actor acting in their own right, tied to no hall (city staff of their department). */
    public Actor(String username, Set<Role> roles, DepartmentCode department, String displayName) {
        this(username, roles, department, displayName, null, null);
    }

    /** An actor possibly acting for a colleague, tied to no hall. */
    public Actor(String username, Set<Role> roles, DepartmentCode department, String displayName,
            String actingFor) {
        this(username, roles, department, displayName, actingFor, null);
    }

    /** The same person filling the post of {@code absentColleague} (B acting for A). */
    public Actor inPlaceOf(String absentColleague) {
        return new Actor(username, roles, department, displayName, absentColleague, place);
    }

    /** The same person working at {@code hall} ({@code null}: at none). */
    public Actor at(HallScope hall) {
        return new Actor(username, roles, department, displayName, actingFor, hall);
    }

    /** The hall the actor works at, the city centre when tied to none. */
    public HallScope placeOrCity() {
        return place == null ? HallScope.CITY : place;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the actor may act for {@code department}: supervisors and administrators for
     * any; clerks and approvers only for their own.
     */
    public boolean mayActFor(DepartmentCode department) {
        if (department == null) {
            return false;
        }
        for (Role role : roles) {
            if (role.spansDepartments()) {
                return true;
            }
        }
        return department.equals(this.department);
    }

    /**
     * Whether the actor may act on work held at {@code held} (三级分级办理): supervisors and
     * administrators at every level; everybody else only on what their own hall holds, city staff
     * on city work (see {@link HallScope#covers}). {@code null} is work held at the city centre.
     */
    public boolean mayActAt(HallScope held) {
        return spansLevels() || placeOrCity().covers(held);
    }

    /** Whether one of the actor's roles reaches work at every level ({@link Role#spansLevels}). */
    public boolean spansLevels() {
        for (Role role : roles) {
            if (role.spansLevels()) {
                return true;
            }
        }
        return false;
    }

    /** Both scopes at once: the department's work ({@link #mayActFor}) held at {@code held} ({@link #mayActAt}). */
    public boolean mayActOn(DepartmentCode department, HallScope held) {
        return mayActFor(department) && mayActAt(held);
    }
}
