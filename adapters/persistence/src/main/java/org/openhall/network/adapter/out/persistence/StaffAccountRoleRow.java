package org.openhall.network.adapter.out.persistence;

import org.openhall.shared.domain.access.Role;
import org.springframework.data.relational.core.mapping.Table;

/** One role granted to a stored staff account. */
@Table("staff_account_role")
record StaffAccountRoleRow(Role role) {
}
