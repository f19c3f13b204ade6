package org.openhall.catalog.adapter.in.web;

import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;
import org.openhall.catalog.application.port.in.ApprovalItemView;
import org.openhall.shared.adapter.in.web.WebMapperConfig;

/** The catalog's views as the API shows them. */
@Mapper(config = WebMapperConfig.class)
interface ApprovalItemResponseMapper {

    ApprovalItemResponseMapper INSTANCE = Mappers.getMapper(ApprovalItemResponseMapper.class);

    ApprovalItemResponse toResponse(ApprovalItemView view);
}
