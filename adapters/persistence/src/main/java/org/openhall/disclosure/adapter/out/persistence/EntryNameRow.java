package org.openhall.disclosure.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** A name masked wherever the entry is public. */
@Table("disclosure_entry_name")
record EntryNameRow(String name) {
}
