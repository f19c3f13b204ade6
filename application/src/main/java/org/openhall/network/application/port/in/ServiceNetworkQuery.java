package org.openhall.network.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.network.domain.HallCode;

/**
 * Reads the service network (服务网络): halls at three levels, their windows, and departments.
 * Halls, windows without their posts and departments are public information.
 */
@PrimaryPort
public interface ServiceNetworkQuery {

    /** All halls, the city centre first, then townships and villages, each by code. */
    List<HallView> halls();

    /**
     * One hall with its items (in code order) and windows (by code).
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound {@code hall.not-found}
     */
    HallDetailView hall(HallCode code);

    /**
     * Windows by code with their items and posts; of one hall when {@code hall} is given, else all.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound {@code hall.not-found} for an unknown hall
     */
    List<WindowView> windows(HallCode hall);

    /** Every department, by code. */
    List<DepartmentView> departments();
}
