package org.openhall.network.application.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.openhall.network.domain.Department;
import org.openhall.shared.domain.access.DepartmentCode;

/** A {@link DepartmentRepository} in memory, for tests of the use cases. */
public class InMemoryDepartmentRepository implements DepartmentRepository {

    private final Map<DepartmentCode, Department> departments = new ConcurrentHashMap<>();

    @Override
    public Optional<Department> findByCode(DepartmentCode code) {
        return Optional.ofNullable(departments.get(code));
    }

    @Override
    public List<Department> findAll() {
        return departments.values().stream().sorted(Comparator.comparing(d -> d.code().value())).toList();
    }

    @Override
    public void save(Department department) {
        departments.put(department.code(), department);
    }
}
