package org.openhall.servicecase.adapter.out.persistence;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Spring Data access to case rows; only the adapter beside it uses it. */
interface ServiceCaseRowRepository extends ListCrudRepository<ServiceCaseRow, UUID> {
}
