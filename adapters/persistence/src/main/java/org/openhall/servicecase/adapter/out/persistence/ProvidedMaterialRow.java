package org.openhall.servicecase.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** A material counted as handed in for a case, by the item's material code. */
@Table("service_case_material")
record ProvidedMaterialRow(String materialCode) {
}
