package org.openhall.servicecase.adapter.out.persistence;

import java.math.BigDecimal;

/** A fee the case's item version prescribes, and whether it was waived. */
record FeeLineRow(String name, BigDecimal catalogAmount, String basis, boolean waived, String waiverReason) {
}
