package org.openhall.disclosure.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** A category of the guide. */
@Table("disclosure_guide_category")
record GuideCategoryRow(String code, String name, String description) {
}
