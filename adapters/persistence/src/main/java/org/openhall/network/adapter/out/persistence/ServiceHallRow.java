package org.openhall.network.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A stored hall of the service network. */
@Table("service_hall")
record ServiceHallRow(@Id String code, String name, String level, String parent) {
}
