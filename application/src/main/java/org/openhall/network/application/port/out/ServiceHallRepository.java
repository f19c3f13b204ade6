package org.openhall.network.application.port.out;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.ServiceHall;
import org.openhall.shared.domain.access.AdministrativeLevel;

/** Where the halls of the network are kept. */
@SecondaryPort
public interface ServiceHallRepository {

    Optional<ServiceHall> findByCode(HallCode code);

    /**
     * The level of hall {@code code}, if it is stored. Every signed-in request asks it, so a store
     * should answer without loading the hall's items.
     */
    default Optional<AdministrativeLevel> levelOf(HallCode code) {
        return findByCode(code).map(ServiceHall::level);
    }

    /** Every hall, ordered by level (city, township, village) then code. */
    List<ServiceHall> findAll();

    void save(ServiceHall hall);
}
