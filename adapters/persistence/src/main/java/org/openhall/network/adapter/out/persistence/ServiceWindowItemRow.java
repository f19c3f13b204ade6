package org.openhall.network.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** One item a stored window handles, and whether it decides it on the spot. */
@Table("service_window_item")
record ServiceWindowItemRow(String itemCode, boolean decidedAtWindow) {
}
