package org.openhall.shared.domain.access;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The code of a department stationed in the service centre (进驻部门), e.g. {@code market-supervision}.
 *
 * <p>Invariant: 1 to 32 ASCII letters, digits, hyphens or underscores, so that it is safe in
 * URLs, file names and log lines.
 */
@ValueObject
public record DepartmentCode(String value) {

    public DepartmentCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("department", "must not be blank");
        }
        if (!value.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new InvalidValue("department", "must be 1 to 32 letters, digits, hyphens or underscores");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
