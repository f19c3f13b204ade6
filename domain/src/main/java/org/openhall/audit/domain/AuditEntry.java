package org.openhall.audit.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * What happened, as one audit record (审计记录) tells it before it is chained: who, when, from
 * where, which action on which object, with which result. Never the request's content: that may
 * hold personal data.
 *
 * @param occurredAt    when, to the microsecond (the precision PostgreSQL keeps)
 * @param offset        the offset of the centre's clock at that moment (+08:00 in China), kept
 *                      so that the record reads in local time as it was written
 * @param actor         the user name of who acted, {@code anonymous} when nobody signed in, or
 *                      {@code system:<job>} for a scheduled job
 * @param sourceAddress the client's network address, or {@code -} for a job
 * @param action        what was done, e.g. {@code POST /api/v1/cases/{id}/acceptance}
 * @param object        what it was done to: the path variables as {@code name=value} pairs, in
 *                      the order of the route; empty when the action names no object
 * @param result        {@code success}, or the refusal's problem code, or {@code http-<status>}
 */
@ValueObject
public record AuditEntry(Instant occurredAt, ZoneOffset offset, String actor, String sourceAddress, String action,
        String object, String result) {

    /** Longest accepted text of a field: a route or a code, never a document. */
    public static final int MAX_FIELD_LENGTH = 1000;

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(offset, "offset");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        actor = required("actor", actor);
        sourceAddress = required("sourceAddress", sourceAddress);
        action = required("action", action);
        object = object == null ? "" : limited("object", object);
        result = required("result", result);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "must not be blank");
        }
        return limited(field, value);
    }

    private static String limited(String field, String value) {
        if (value.length() > MAX_FIELD_LENGTH) {
            throw new InvalidValue(field, "must not be longer than " + MAX_FIELD_LENGTH + " characters");
        }
        return value;
    }
}
