package org.openhall.network.application.port.in;

import java.util.Set;

import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;

/** A new staff account; the password arrives already hashed by the caller's encoder. */
public record OpenStaffAccountCommand(StaffUsername username, String displayName, String passwordHash,
        Set<Role> roles, DepartmentCode department) {
}
