package org.openhall.disclosure.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** The masked text of an attachment as last published; empty where it had none. */
@Table("disclosure_public_text")
record PublicTextRow(String text) {
}
