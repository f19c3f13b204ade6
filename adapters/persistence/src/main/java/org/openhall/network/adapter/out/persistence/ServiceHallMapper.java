package org.openhall.network.adapter.out.persistence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.ServiceHall;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.domain.access.AdministrativeLevel;

/** Maps a hall to its rows; the way back goes through the domain factory and its invariants. */
@Mapper(config = PersistenceMapperConfig.class)
interface ServiceHallMapper {

    @Mapping(target = "code", expression = "java(hall.code().value())")
    @Mapping(target = "name", expression = "java(hall.name())")
    @Mapping(target = "level", expression = "java(hall.level().name())")
    @Mapping(target = "parent", expression = "java(hall.parent() == null ? null : hall.parent().value())")
    @Mapping(target = "address", expression = "java(hall.address())")
    @Mapping(target = "openingHours", expression = "java(hall.openingHours())")
    @Mapping(target = "items", expression = "java(itemRows(hall.items()))")
    ServiceHallRow toRow(ServiceHall hall);

    default ServiceHall toDomain(ServiceHallRow row) {
        List<ApprovalItemCode> items = row.items() == null ? List.of()
                : row.items().stream().map(i -> new ApprovalItemCode(i.itemCode())).toList();
        return ServiceHall.of(new HallCode(row.code()), row.name(), AdministrativeLevel.valueOf(row.level()),
                row.parent() == null ? null : new HallCode(row.parent()), row.address(), row.openingHours(), items);
    }

    default Set<ServiceHallItemRow> itemRows(List<ApprovalItemCode> items) {
        return items.stream().map(i -> new ServiceHallItemRow(i.value())).collect(Collectors.toSet());
    }
}
