package org.openhall.participation.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** A document sent to the participants of a stored hearing. */
@Table("participation_hearing_material")
record MaterialRow(String title, String content) {
}
