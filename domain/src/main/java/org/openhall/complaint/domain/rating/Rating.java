package org.openhall.complaint.domain.rating;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * One rating (评价) of one service event on one channel. Immutable once given: staff can neither
 * change nor delete it; only a re-review may mark it {@link #excludedAs() excluded} from the figures,
 * and that decision is recorded on its own ({@link RatingAppeal}).
 *
 * @param serviceId  the {@link RatedService} rated
 * @param comment    what the rater wrote, or {@code null}
 * @param realName   whether the rater is known by name (a real-name bad rating needs a follow-up call)
 * @param recordedBy the staff member whose session recorded it (window, hotline), {@code null} when the
 *                   citizen gave it themselves
 * @param excludedAs why re-review left it out of the figures, or {@code null} while it counts
 */
@ValueObject
public record Rating(UUID id, UUID serviceId, RatingChannel channel, RatingLevel level, String comment,
        boolean realName, Instant ratedAt, String recordedBy, ExclusionGround excludedAs) {

    /** Longest comment kept, in characters. */
    public static final int MAX_COMMENT = 500;

    public Rating {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(ratedAt, "ratedAt");
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidValue("comment", "must not be longer than " + MAX_COMMENT + " characters");
        }
    }

    /** 差评. */
    public boolean bad() {
        return level.bad();
    }

    /** Whether the figures count it. */
    public boolean counted() {
        return excludedAs == null;
    }
}
