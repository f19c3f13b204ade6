package org.openhall.network.application.port.in;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;

/**
 * A staff member as a county pack or an export describes them; never with a password.
 *
 * @param department their department; {@code null} for supervisors and administrators without one
 * @param hall where they work; {@code null} when nowhere in particular
 */
public record StaffDefinition(StaffUsername username, String displayName, Set<Role> roles, DepartmentCode department,
        HallCode hall) {

    public StaffDefinition {
        // In the roles' own order, so that exports and logs list them the same way every time.
        roles = roles == null || roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
}
