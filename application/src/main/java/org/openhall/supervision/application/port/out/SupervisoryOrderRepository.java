package org.openhall.supervision.application.port.out;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.supervision.domain.SupervisoryOrder;

/** Supervisory orders (督办单) with their replies. */
@SecondaryPort
public interface SupervisoryOrderRepository {

    void add(SupervisoryOrder order);

    Optional<SupervisoryOrder> find(String id);

    /** @throws org.openhall.shared.application.problem.ConcurrentUpdate on a stale version */
    void update(SupervisoryOrder order);

    /** Every order, or one department's; newest first. */
    List<SupervisoryOrder> list(Optional<String> department);
}
