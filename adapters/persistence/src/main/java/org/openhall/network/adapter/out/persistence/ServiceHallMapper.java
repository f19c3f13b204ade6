package org.openhall.network.adapter.out.persistence;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.network.domain.HallCode;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.network.domain.ServiceHall;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;

/** Maps a hall to its row; the way back goes through the domain factory and its invariants. */
@Mapper(config = PersistenceMapperConfig.class)
interface ServiceHallMapper {

    @Mapping(target = "code", expression = "java(hall.code().value())")
    @Mapping(target = "name", expression = "java(hall.name())")
    @Mapping(target = "level", expression = "java(hall.level().name())")
    @Mapping(target = "parent", expression = "java(hall.parent() == null ? null : hall.parent().value())")
    ServiceHallRow toRow(ServiceHall hall);

    default ServiceHall toDomain(ServiceHallRow row) {
        return ServiceHall.of(new HallCode(row.code()), row.name(), AdministrativeLevel.valueOf(row.level()),
                row.parent() == null ? null : new HallCode(row.parent()));
    }
}
