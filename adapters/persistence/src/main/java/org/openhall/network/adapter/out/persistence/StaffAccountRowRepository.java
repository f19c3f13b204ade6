package org.openhall.network.adapter.out.persistence;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Spring Data access to staff-account rows; only the adapter beside it uses it. */
interface StaffAccountRowRepository extends ListCrudRepository<StaffAccountRow, String> {

    List<StaffAccountRow> findAllByOrderByUsername();
}
