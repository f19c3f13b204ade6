package org.openhall.participation.domain;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The identity of a registration for a hearing (听证报名). */
public record RegistrationId(UUID value) implements Identifier {

    public RegistrationId {
        if (value == null) {
            throw new InvalidValue("registrationId", "must not be null");
        }
    }

    public static RegistrationId random() {
        return new RegistrationId(UUID.randomUUID());
    }

    public static RegistrationId of(String text) {
        try {
            return new RegistrationId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue("registrationId", "is not a valid id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
