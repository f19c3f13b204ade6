package org.openhall.participation.adapter.out.persistence;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Spring Data access to registration rows; only the adapter beside it uses it. */
interface RegistrationRowRepository extends ListCrudRepository<RegistrationRow, UUID> {
}
