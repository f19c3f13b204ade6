package org.openhall.catalog.adapter.in.web;

import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;
import org.openhall.catalog.application.port.in.ApprovalItemView;
import org.openhall.catalog.application.port.in.CatalogChangeView;
import org.openhall.catalog.application.port.in.CatalogDiffView;
import org.openhall.catalog.application.port.in.CatalogSnapshotView;
import org.openhall.catalog.application.port.in.ItemVersionSummaryView;
import org.openhall.catalog.application.port.in.ItemVersionView;
import org.openhall.catalog.application.port.in.ServiceGuideView;
import org.openhall.shared.adapter.in.web.WebMapperConfig;

/** The catalog's views as the API shows them. */
@Mapper(config = WebMapperConfig.class)
interface ApprovalItemResponseMapper {

    ApprovalItemResponseMapper INSTANCE = Mappers.getMapper(ApprovalItemResponseMapper.class);

    ApprovalItemResponse toResponse(ApprovalItemView view);

    ItemVersionResponse toResponse(ItemVersionView view);

    ItemVersionSummaryResponse toResponse(ItemVersionSummaryView view);

    ServiceGuideResponse toResponse(ServiceGuideView view);

    CatalogSnapshotResponse toResponse(CatalogSnapshotView view);

    CatalogDiffResponse toResponse(CatalogDiffView view);

    CatalogChangeResponse toResponse(CatalogChangeView view);
}
