package org.openhall.network.adapter.out.persistence;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Spring Data access to department rows; only the adapter beside it uses it. */
interface DepartmentRowRepository extends ListCrudRepository<DepartmentRow, String> {

    List<DepartmentRow> findAllByOrderByCode();
}
