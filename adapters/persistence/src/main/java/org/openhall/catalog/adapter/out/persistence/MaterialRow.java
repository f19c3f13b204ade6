package org.openhall.catalog.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** One material of a stored version; its position is the key column. */
@Table("approval_item_version_material")
record MaterialRow(String code, String name, boolean original, int copies, String requirement, String condition,
        String form, boolean supplyLaterAllowed, String sampleFormRef) {
}
