package org.openhall.servicecase.domain.consultation;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The identity of a consultation (咨询). */
public record ConsultationId(UUID value) implements Identifier {

    public ConsultationId {
        if (value == null) {
            throw new InvalidValue("consultationId", "must not be null");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
