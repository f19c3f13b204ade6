package org.openhall.disclosure.domain.request;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/** The technical identity of a request for government information (政府信息公开申请). */
public record DisclosureRequestId(UUID value) implements Identifier {

    public DisclosureRequestId {
        if (value == null) {
            throw new InvalidValue("requestId", "must not be null");
        }
    }

    public static DisclosureRequestId of(String text) {
        try {
            return new DisclosureRequestId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("requestId", "is not a valid request id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
