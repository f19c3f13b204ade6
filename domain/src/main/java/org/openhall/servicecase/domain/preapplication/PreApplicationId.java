package org.openhall.servicecase.domain.preapplication;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The technical identity of an online pre-application (网上预申请). The citizen holds its {@link PreApplicationReference}. */
public record PreApplicationId(UUID value) implements Identifier {

    public PreApplicationId {
        if (value == null) {
            throw new InvalidValue("preApplicationId", "must not be null");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
