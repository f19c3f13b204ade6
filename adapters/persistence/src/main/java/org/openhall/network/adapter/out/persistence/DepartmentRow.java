package org.openhall.network.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A stored department. */
@Table("department")
record DepartmentRow(@Id String code, String name, boolean stationed) {
}
