package org.openhall.notification.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The rendered message, signature included, needs more segments than the county allows. */
public final class MessageTooLong extends DomainProblem {

    public MessageTooLong(String templateKey, int length, int segments, int maxSegments) {
        super("sms.message-too-long", ProblemKind.UNPROCESSABLE,
                "SMS template " + templateKey + " renders " + length + " characters in " + segments
                        + " segments; at most " + maxSegments + " allowed",
                Map.of("template", templateKey, "length", length, "segments", segments, "maxSegments", maxSegments));
    }
}
