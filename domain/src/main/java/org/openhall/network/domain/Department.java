package org.openhall.network.domain;

import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * A government department of the county and whether it is stationed in the centre (进驻部门):
 * a stationed department serves at windows of the city centre; one that is not keeps its items
 * in its own offices, which is what the "three concentrations" figure (三集中) measures.
 */
public final class Department implements AggregateRoot<Department, DepartmentCode> {

    static final int MAX_NAME = 100;

    private final DepartmentCode code;
    private final String name;
    private final boolean stationed;

    private Department(DepartmentCode code, String name, boolean stationed) {
        if (code == null) {
            throw new InvalidValue("department.code", "must not be blank");
        }
        this.code = code;
        this.name = Text.required("department.name", name, MAX_NAME);
        this.stationed = stationed;
    }

    /** A department stationed in the centre. */
    public static Department of(DepartmentCode code, String name) {
        return new Department(code, name, true);
    }

    public static Department of(DepartmentCode code, String name, boolean stationed) {
        return new Department(code, name, stationed);
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

    /** Whether the department is stationed in the centre (已进驻). */
    public boolean stationed() {
        return stationed;
    }
}
