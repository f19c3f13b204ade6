package org.openhall.network.adapter.out.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored line of the network's change log: the moment as an instant plus the offset of the
 * clock it was read from, so that it reads back exactly as it was written.
 */
@Table("network_change")
record NetworkChangeRow(@Id Long id, Instant at, int atOffsetSeconds, String actor, String action, String subject,
        @Column("object_key") String key, String details) {
}
