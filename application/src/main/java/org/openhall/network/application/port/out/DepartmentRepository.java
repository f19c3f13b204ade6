package org.openhall.network.application.port.out;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.network.domain.Department;
import org.openhall.shared.domain.access.DepartmentCode;

/** Where departments are kept. */
@SecondaryPort
public interface DepartmentRepository {

    Optional<Department> findByCode(DepartmentCode code);

    /** Every department, by code. */
    List<Department> findAll();

    void save(Department department);
}
