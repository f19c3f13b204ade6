package org.openhall.participation.domain;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The identity of a hearing (听证会). */
public record HearingId(UUID value) implements Identifier {

    public HearingId {
        if (value == null) {
            throw new InvalidValue("hearingId", "must not be null");
        }
    }

    public static HearingId random() {
        return new HearingId(UUID.randomUUID());
    }

    public static HearingId of(String text) {
        try {
            return new HearingId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue("hearingId", "is not a valid id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
