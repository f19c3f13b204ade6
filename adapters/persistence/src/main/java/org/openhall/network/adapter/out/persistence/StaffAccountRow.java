package org.openhall.network.adapter.out.persistence;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A stored staff account with its roles and the hall its holder works at. */
@Table("staff_account")
record StaffAccountRow(@Id String username, String displayName, String passwordHash, String department,
        boolean enabled, String hall,
        @MappedCollection(idColumn = "username") Set<StaffAccountRoleRow> roles) {
}
