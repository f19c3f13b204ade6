package org.openhall.participation.domain;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The identity of a draft major administrative decision (重大行政决策草案). */
public record DraftDecisionId(UUID value) implements Identifier {

    public DraftDecisionId {
        if (value == null) {
            throw new InvalidValue("draftId", "must not be null");
        }
    }

    public static DraftDecisionId random() {
        return new DraftDecisionId(UUID.randomUUID());
    }

    public static DraftDecisionId of(String text) {
        try {
            return new DraftDecisionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue("draftId", "is not a valid id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
