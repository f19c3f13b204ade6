package org.openhall.catalog.adapter.out.persistence;

import java.util.List;

import org.openhall.catalog.domain.ItemKind;
import org.openhall.shared.domain.time.LimitUnit;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A stored approval item: its current version, with its materials in catalog order. */
@Table("approval_item")
record ApprovalItemRow(@Id String code, int version, String name, ItemKind kind, String department,
        String legalBasisLaw, String legalBasisArticle, int statutoryLimitAmount, LimitUnit statutoryLimitUnit,
        int promisedLimitAmount, LimitUnit promisedLimitUnit,
        @MappedCollection(idColumn = "item_code", keyColumn = "position") List<ApprovalItemMaterialRow> materials) {
}
