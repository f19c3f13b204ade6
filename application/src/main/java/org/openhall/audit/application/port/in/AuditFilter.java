package org.openhall.audit.application.port.in;

import java.time.Instant;

/**
 * Which audit records to read; every part is optional ({@code null}).
 *
 * @param actor  exactly this user name
 * @param object records whose object contains this text, e.g. a case id
 * @param action records whose action contains this text, e.g. {@code /acceptance} or {@code DELETE}
 * @param from   at or after this instant
 * @param to     before this instant
 */
public record AuditFilter(String actor, String object, String action, Instant from, Instant to) {

    public AuditFilter {
        actor = blankToNull(actor);
        object = blankToNull(object);
        action = blankToNull(action);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
