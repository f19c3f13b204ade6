package org.openhall.network.application.port.out;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.ServiceWindow;
import org.openhall.network.domain.WindowCode;

/** Where the windows of the halls are kept, with their items and posts. */
@SecondaryPort
public interface ServiceWindowRepository {

    Optional<ServiceWindow> findByCode(WindowCode code);

    /** Every window, by code. */
    List<ServiceWindow> findAll();

    /** The windows of one hall, by code. */
    List<ServiceWindow> findByHall(HallCode hall);

    /** Stores a new window or replaces the stored one with the same code, items and posts included. */
    void save(ServiceWindow window);

    /** @return whether there was such a window */
    boolean delete(WindowCode code);
}
