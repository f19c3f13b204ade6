package org.openhall.network.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** One item a stored hall handles. */
@Table("service_hall_item")
record ServiceHallItemRow(String itemCode) {
}
