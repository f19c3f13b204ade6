package org.openhall.catalog.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** One procedure step of a stored version; its position is the key column. */
@Table("approval_item_version_step")
record StepRow(String name, String handlerRole, int limitWorkingDays, boolean special) {
}
