package org.openhall.disclosure.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** One point of the correction notice. */
@Table("disclosure_correction_point")
record CorrectionPointRow(String text) {
}
