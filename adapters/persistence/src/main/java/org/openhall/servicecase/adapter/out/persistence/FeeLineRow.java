package org.openhall.servicecase.adapter.out.persistence;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/** A fee the case's item version prescribes, and whether it was waived. */
@Table("case_fee_line")
record FeeLineRow(String name, BigDecimal catalogAmount, String basis, boolean waived, String waiverReason) {
}
