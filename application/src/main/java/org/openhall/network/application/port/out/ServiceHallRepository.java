package org.openhall.network.application.port.out;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.ServiceHall;

/** Where the halls of the network are kept. */
@SecondaryPort
public interface ServiceHallRepository {

    Optional<ServiceHall> findByCode(HallCode code);

    /** Every hall, ordered by level (city, township, village) then code. */
    List<ServiceHall> findAll();

    void save(ServiceHall hall);
}
