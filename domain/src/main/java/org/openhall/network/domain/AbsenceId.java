package org.openhall.network.domain;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The identity of a recorded absence. */
public record AbsenceId(UUID value) implements Identifier {

    public AbsenceId {
        if (value == null) {
            throw new InvalidValue("absenceId", "is required");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
