package org.openhall.network.adapter.out.persistence;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A stored hall of the service network with the items it handles. */
@Table("service_hall")
record ServiceHallRow(@Id String code, String name, String level, String parent, String address,
        String openingHours, @MappedCollection(idColumn = "hall") Set<ServiceHallItemRow> items) {
}
