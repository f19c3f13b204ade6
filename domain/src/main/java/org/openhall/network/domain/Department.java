package org.openhall.network.domain;


import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.DepartmentCode;

/** A government department with a window in the centre (进驻部门). */
public final class Department implements AggregateRoot<Department, DepartmentCode> {

    private final DepartmentCode code;
    private final String name;

    private Department(DepartmentCode code, String name) {
        if (code == null) {
            throw new InvalidValue("department.code", "must not be blank");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValue("department.name", "must not be blank");
        }
        this.code = code;
        this.name = name.strip();
    }

    public static Department of(DepartmentCode code, String name) {
        return new Department(code, name);
    }

    @Override
    public DepartmentCode getId() {
        return code;
    }

    public DepartmentCode code() {
        return code;
    }

    public String name() {
        return name;
    }
}
