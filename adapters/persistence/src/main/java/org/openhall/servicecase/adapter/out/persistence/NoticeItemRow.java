package org.openhall.servicecase.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** One line of a stored one-time notice: a missing material, or a defective one with its defect. */
@Table("one_time_notice_item")
record NoticeItemRow(String materialCode, String materialName, String defect) {
}
