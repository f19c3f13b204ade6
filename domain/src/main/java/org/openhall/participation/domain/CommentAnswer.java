package org.openhall.participation.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The drafting department's answer to a published comment (意见答复): adopted, partly adopted or not
 * adopted, always with the reason — how it was taken up, or why not.
 */
@ValueObject
public record CommentAnswer(Adoption adoption, String reason, String answeredBy, Instant answeredAt) {

    static final int REASON_MAX = 5_000;

    public CommentAnswer {
        if (adoption == null) {
            throw new InvalidValue("adoption", "must be given");
        }
        reason = Texts.required("reason", reason, REASON_MAX);
        answeredBy = Texts.required("answeredBy", answeredBy, 64);
        if (answeredAt == null) {
            throw new InvalidValue("answeredAt", "must be given");
        }
    }
}
