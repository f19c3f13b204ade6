package org.openhall.complaint.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.identity.PhoneNumber;

/**
 * The citizen who raised the ticket (诉求人). Personal data: never shown to the public channels,
 * never put in problems or logs.
 *
 * @param name  the name the citizen gave, or {@code null} when anonymous
 * @param phone the number to call back, or {@code null} when none was given
 * @param email the e-mail address given on the portal, or {@code null}
 */
@ValueObject
public record Caller(String name, PhoneNumber phone, String email) {

    public Caller {
        name = blankToNull(name);
        email = blankToNull(email);
    }

    /** Whether the citizen gave their name (实名). */
    public boolean realName() {
        return name != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
