package org.openhall.participation.adapter.out.persistence;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A selected representative of a stored hearing, by registration id. */
@Table("participation_hearing_representative")
record RepresentativeRow(UUID registrationId) {
}
