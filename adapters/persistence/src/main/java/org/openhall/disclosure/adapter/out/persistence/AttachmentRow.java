package org.openhall.disclosure.adapter.out.persistence;

import java.time.LocalDate;

import org.openhall.disclosure.domain.catalog.ReviewState;
import org.springframework.data.relational.core.mapping.Table;

/** An attachment's metadata and original text. */
@Table("disclosure_attachment")
record AttachmentRow(int number, String fileName, String mediaType, long sizeBytes, String text, ReviewState review,
        String reviewedBy, LocalDate reviewedOn) {
}
