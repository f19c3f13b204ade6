package org.openhall.participation.adapter.out.persistence;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Spring Data access to hearing rows; only the adapter beside it uses it. */
interface HearingRowRepository extends ListCrudRepository<HearingRow, UUID> {
}
