package org.openhall.complaint.domain.rating;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * 整改答复: what the handling department found and did about a bad rating.
 *
 * @param text      the finding and the measures taken
 * @param repliedBy the user name of the department's staff member who replied
 */
@ValueObject
public record RectificationReply(String text, String repliedBy, Instant repliedAt) {

    public RectificationReply {
        Objects.requireNonNull(repliedAt, "repliedAt");
        if (text == null || text.isBlank()) {
            throw new InvalidValue("reply", "must not be blank");
        }
        text = text.strip();
        Objects.requireNonNull(repliedBy, "repliedBy");
    }
}
