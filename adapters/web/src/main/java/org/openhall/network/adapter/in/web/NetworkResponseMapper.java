package org.openhall.network.adapter.in.web;

import java.time.LocalDate;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.openhall.network.application.port.in.AbsenceView;
import org.openhall.network.application.port.in.DepartmentRates;
import org.openhall.network.application.port.in.HallDetailView;
import org.openhall.network.application.port.in.ItemRef;
import org.openhall.network.application.port.in.WindowDuty;
import org.openhall.network.application.port.in.WindowItemView;
import org.openhall.network.application.port.in.WindowView;
import org.openhall.shared.adapter.in.web.WebMapperConfig;

/**
 * The network's views as the API shows them. A window's posts are left out of every public
 * response: who staffs which window is internal.
 */
@Mapper(config = WebMapperConfig.class)
interface NetworkResponseMapper {

    NetworkResponseMapper INSTANCE = Mappers.getMapper(NetworkResponseMapper.class);

    @Mapping(target = "code", source = "hall.code")
    @Mapping(target = "name", source = "hall.name")
    @Mapping(target = "level", source = "hall.level")
    @Mapping(target = "parent", source = "hall.parent")
    @Mapping(target = "address", source = "hall.address")
    @Mapping(target = "openingHours", source = "hall.openingHours")
    HallDetailResponse toResponse(HallDetailView view);

    ItemResponse toResponse(ItemRef item);

    WindowResponse toResponse(WindowView window);

    @Mapping(target = "code", source = "item.code")
    @Mapping(target = "name", source = "item.name")
    WindowItemResponse toResponse(WindowItemView item);

    @Mapping(target = "window", source = "duty.window.value")
    WindowDutyResponse toResponse(WindowDuty duty, LocalDate date);

    AbsenceResponse toResponse(AbsenceView absence);

    @Mapping(target = "department", source = "department.value")
    DepartmentRatesResponse toResponse(DepartmentRates rates);
}
