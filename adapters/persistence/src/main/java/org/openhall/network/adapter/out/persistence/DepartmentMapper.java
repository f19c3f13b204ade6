package org.openhall.network.adapter.out.persistence;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.network.domain.Department;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.domain.access.DepartmentCode;

/** Maps a department to its row; the way back goes through the domain factory. */
@Mapper(config = PersistenceMapperConfig.class)
interface DepartmentMapper {

    @Mapping(target = "code", expression = "java(department.code().value())")
    @Mapping(target = "name", expression = "java(department.name())")
    @Mapping(target = "stationed", expression = "java(department.stationed())")
    DepartmentRow toRow(Department department);

    default Department toDomain(DepartmentRow row) {
        return Department.of(new DepartmentCode(row.code()), row.name(), row.stationed());
    }
}
