package org.openhall.network.adapter.out.persistence;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;

/**
 * Maps a staff account to its rows. The way back goes through {@link StaffAccount#restore}, so a
 * stored account is held to the same invariants as a newly opened one.
 */
@Mapper(config = PersistenceMapperConfig.class)
interface StaffAccountMapper {

    // StaffAccount exposes fluent accessors, which MapStruct does not read as properties by itself.
    @Mapping(target = "username", expression = "java(account.username().value())")
    @Mapping(target = "displayName", expression = "java(account.displayName())")
    @Mapping(target = "passwordHash", expression = "java(account.passwordHash())")
    @Mapping(target = "department", expression = "java(departmentCode(account.department()))")
    @Mapping(target = "enabled", expression = "java(account.enabled())")
    @Mapping(target = "roles", expression = "java(roleRows(account.roles()))")
    @Mapping(target = "hall", expression = "java(account.hall() == null ? null : account.hall().value())")
    StaffAccountRow toRow(StaffAccount account);

    default StaffAccount toDomain(StaffAccountRow row) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        row.roles().forEach(r -> roles.add(r.role()));
        return StaffAccount.restore(new StaffUsername(row.username()), row.displayName(), row.passwordHash(), roles,
                row.department() == null ? null : new DepartmentCode(row.department()), row.enabled(),
                row.hall() == null ? null : new HallCode(row.hall()));
    }

    default String departmentCode(DepartmentCode department) {
        return department == null ? null : department.value();
    }

    default Set<StaffAccountRoleRow> roleRows(Set<Role> roles) {
        Set<StaffAccountRoleRow> rows = new LinkedHashSet<>();
        roles.forEach(role -> rows.add(new StaffAccountRoleRow(role)));
        return rows;
    }
}
