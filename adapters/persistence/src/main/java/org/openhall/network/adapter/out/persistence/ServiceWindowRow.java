package org.openhall.network.adapter.out.persistence;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A stored window with the items it handles and its A and B posts. */
@Table("service_window")
record ServiceWindowRow(@Id String code, String hall, String name, String kind, String department, String postA,
        String postB, @MappedCollection(idColumn = "window_code") Set<ServiceWindowItemRow> items) {
}
