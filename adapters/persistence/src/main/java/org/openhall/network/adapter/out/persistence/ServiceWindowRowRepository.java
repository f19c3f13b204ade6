package org.openhall.network.adapter.out.persistence;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Spring Data access to window rows; only the adapter beside it uses it. */
interface ServiceWindowRowRepository extends ListCrudRepository<ServiceWindowRow, String> {

    List<ServiceWindowRow> findAllByOrderByCode();

    List<ServiceWindowRow> findByHallOrderByCode(String hall);
}
