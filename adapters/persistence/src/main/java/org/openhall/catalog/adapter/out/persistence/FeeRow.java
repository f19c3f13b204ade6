package org.openhall.catalog.adapter.out.persistence;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/** One fee of a stored version, in yuan; its position is the key column. */
@Table("approval_item_version_fee")
record FeeRow(String name, BigDecimal amount, String basis) {
}
