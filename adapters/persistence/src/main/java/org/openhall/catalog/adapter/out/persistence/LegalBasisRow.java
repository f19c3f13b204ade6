package org.openhall.catalog.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** One legal basis of a stored version; its position is the key column. */
@Table("approval_item_version_legal_basis")
record LegalBasisRow(String law, String article) {
}
