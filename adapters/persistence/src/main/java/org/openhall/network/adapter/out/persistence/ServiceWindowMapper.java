package org.openhall.network.adapter.out.persistence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.HandledItem;
import org.openhall.network.domain.ServiceWindow;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.domain.access.DepartmentCode;

/** Maps a window to its rows; the way back goes through the domain factory and its invariants. */
@Mapper(config = PersistenceMapperConfig.class)
interface ServiceWindowMapper {

    @Mapping(target = "code", expression = "java(window.code().value())")
    @Mapping(target = "hall", expression = "java(window.hall().value())")
    @Mapping(target = "name", expression = "java(window.name())")
    @Mapping(target = "kind", expression = "java(window.kind().name())")
    @Mapping(target = "department",
            expression = "java(window.department() == null ? null : window.department().value())")
    @Mapping(target = "postA", expression = "java(window.postA().value())")
    @Mapping(target = "postB", expression = "java(window.postB() == null ? null : window.postB().value())")
    @Mapping(target = "items", expression = "java(itemRows(window.items()))")
    ServiceWindowRow toRow(ServiceWindow window);

    default ServiceWindow toDomain(ServiceWindowRow row) {
        List<HandledItem> items = row.items() == null ? List.of()
                : row.items().stream()
                        .map(i -> new HandledItem(new ApprovalItemCode(i.itemCode()), i.decidedAtWindow())).toList();
        return ServiceWindow.of(new WindowCode(row.code()), new HallCode(row.hall()), row.name(),
                WindowKind.valueOf(row.kind()), row.department() == null ? null : new DepartmentCode(row.department()),
                items, new StaffUsername(row.postA()), row.postB() == null ? null : new StaffUsername(row.postB()));
    }

    default Set<ServiceWindowItemRow> itemRows(List<HandledItem> items) {
        return items.stream().map(i -> new ServiceWindowItemRow(i.item().value(), i.decidedAtWindow()))
                .collect(Collectors.toSet());
    }
}
