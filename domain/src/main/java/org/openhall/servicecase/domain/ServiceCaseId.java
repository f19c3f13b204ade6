package org.openhall.servicecase.domain;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The technical identity of a case (办件). The citizen-facing number is {@link CaseNumber}. */
public record ServiceCaseId(UUID value) implements Identifier {

    public ServiceCaseId {
        if (value == null) {
            throw new InvalidValue("caseId", "must not be null");
        }
    }

    public static ServiceCaseId of(String text) {
        try {
            return new ServiceCaseId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("caseId", "is not a valid case id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
