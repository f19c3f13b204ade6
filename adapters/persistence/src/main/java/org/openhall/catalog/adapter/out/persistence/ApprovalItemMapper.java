package org.openhall.catalog.adapter.out.persistence;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.LegalBasis;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * Maps an approval item to its rows. The way back goes through {@link ApprovalItem#restore}, so a
 * stored item is held to the same invariants as a newly registered one.
 */
@Mapper(config = PersistenceMapperConfig.class)
interface ApprovalItemMapper {

    // ApprovalItem exposes fluent accessors, which MapStruct does not read as properties by itself.
    @Mapping(target = "code", expression = "java(item.code().value())")
    @Mapping(target = "version", expression = "java(item.version())")
    @Mapping(target = "name", expression = "java(item.name())")
    @Mapping(target = "kind", expression = "java(item.kind())")
    @Mapping(target = "department", expression = "java(item.department().value())")
    @Mapping(target = "legalBasisLaw", expression = "java(item.legalBasis().law())")
    @Mapping(target = "legalBasisArticle", expression = "java(item.legalBasis().article())")
    @Mapping(target = "statutoryLimitAmount", expression = "java(item.statutoryLimit().amount())")
    @Mapping(target = "statutoryLimitUnit", expression = "java(item.statutoryLimit().unit())")
    @Mapping(target = "promisedLimitAmount", expression = "java(item.promisedLimit().amount())")
    @Mapping(target = "promisedLimitUnit", expression = "java(item.promisedLimit().unit())")
    @Mapping(target = "materials", expression = "java(toRows(item.materials()))")
    ApprovalItemRow toRow(ApprovalItem item);

    List<ApprovalItemMaterialRow> toRows(List<RequiredMaterial> materials);

    ApprovalItemMaterialRow toRow(RequiredMaterial material);

    RequiredMaterial toDomain(ApprovalItemMaterialRow row);

    List<RequiredMaterial> toDomain(List<ApprovalItemMaterialRow> rows);

    default ApprovalItem toDomain(ApprovalItemRow row) {
        return ApprovalItem.restore(new ApprovalItemCode(row.code()), row.version(), row.name(), row.kind(),
                new DepartmentCode(row.department()), new LegalBasis(row.legalBasisLaw(), row.legalBasisArticle()),
                new TimeLimit(row.statutoryLimitAmount(), row.statutoryLimitUnit()),
                new TimeLimit(row.promisedLimitAmount(), row.promisedLimitUnit()), toDomain(row.materials()));
    }
}
