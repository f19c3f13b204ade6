package org.openhall.participation.adapter.out.persistence;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Spring Data access to draft rows; only the adapter beside it uses it. */
interface DraftRowRepository extends ListCrudRepository<DraftRow, UUID> {
}
