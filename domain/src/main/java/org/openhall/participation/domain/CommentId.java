package org.openhall.participation.domain;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The identity of a public comment (公众意见). */
public record CommentId(UUID value) implements Identifier {

    public CommentId {
        if (value == null) {
            throw new InvalidValue("commentId", "must not be null");
        }
    }

    public static CommentId random() {
        return new CommentId(UUID.randomUUID());
    }

    public static CommentId of(String text) {
        try {
            return new CommentId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue("commentId", "is not a valid id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
