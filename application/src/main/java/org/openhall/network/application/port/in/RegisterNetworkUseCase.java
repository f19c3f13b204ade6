package org.openhall.network.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.network.domain.Department;

/** Adds halls and departments to the network, leaving existing ones as they are. */
@PrimaryPort
public interface RegisterNetworkUseCase {

    /**
     * @return {@code true} if added
     * @throws org.openhall.shared.application.problem.ResourceNotFound when the parent hall is unknown
     */
    boolean registerHallIfAbsent(RegisterHallCommand command);

    boolean registerDepartmentIfAbsent(Department department);
}
