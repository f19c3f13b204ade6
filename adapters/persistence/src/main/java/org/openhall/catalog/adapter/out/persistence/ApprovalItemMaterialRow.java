package org.openhall.catalog.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** One material of a stored item; its position in the list is the key column. */
@Table("approval_item_material")
record ApprovalItemMaterialRow(String code, String name, boolean original, int copies, boolean mandatory) {
}
