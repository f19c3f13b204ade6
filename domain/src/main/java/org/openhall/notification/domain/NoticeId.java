package org.openhall.notification.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/**
 * The identity of a notice (通知编号), also the idempotency key handed to the gateway. A notice made
 * from a case event takes a name-based UUID of (case id, event sequence, template key): the same
 * event delivered twice yields the same id, so it can never create a second notice.
 */
public record NoticeId(UUID value) implements Identifier {

    public NoticeId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of the notice that {@code templateKey} makes from the case event (caseId, sequence). */
    public static NoticeId forCaseEvent(String caseId, int sequence, String templateKey) {
        String name = "case-event:" + caseId + ":" + sequence + ":" + templateKey;
        return new NoticeId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    public static NoticeId parse(String text) {
        return new NoticeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
