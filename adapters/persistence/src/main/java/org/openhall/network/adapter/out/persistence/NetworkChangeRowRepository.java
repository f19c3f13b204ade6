package org.openhall.network.adapter.out.persistence;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/**
 * Spring Data access to change-log rows; only the adapter beside it uses it. Deliberately no
 * save or delete: lines are inserted through the aggregate template and never touched again.
 */
interface NetworkChangeRowRepository extends Repository<NetworkChangeRow, Long> {

    List<NetworkChangeRow> findAllByOrderByIdDesc(Limit limit);
}
