package org.openhall.network.adapter.out.persistence;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data access to hall rows; only the adapter beside it uses it. */
interface ServiceHallRowRepository extends ListCrudRepository<ServiceHallRow, String> {

    /** City first, then townships, then villages; by code within a level. */
    @Query("SELECT * FROM service_hall ORDER BY CASE level WHEN 'CITY' THEN 0 WHEN 'TOWNSHIP' THEN 1 ELSE 2 END, code")
    List<ServiceHallRow> findAllInNetworkOrder();
}
