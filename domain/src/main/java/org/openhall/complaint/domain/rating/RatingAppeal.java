package org.openhall.complaint.domain.rating;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.openhall.complaint.domain.rating.problem.AppealAlreadyDecided;
import org.openhall.complaint.domain.rating.problem.AppealNotForGoodRating;
import org.openhall.shared.domain.InvalidValue;

/**
 * 申诉: the handling department asks that a bad rating be left out of the figures as malicious or mistaken;
 * a supervisor re-reviews it (复核). The rating itself is never changed by the appeal — an upheld appeal
 * marks it excluded, and this record (who asked, why, who decided, why) stays as its audit trail.
 */
@AggregateRoot
public final class RatingAppeal {

    @Identity
    private final UUID id;
    private final UUID ratingId;
    private final String department;
    private final ExclusionGround ground;
    private final String reason;
    private final String filedBy;
    private final Instant filedAt;
    private AppealDecision decision;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewNote;

    /** As stored; {@link #file} files a new one. */
    public RatingAppeal(UUID id, UUID ratingId, String department, ExclusionGround ground, String reason,
            String filedBy, Instant filedAt, AppealDecision decision, String reviewedBy, Instant reviewedAt,
            String reviewNote) {
        this.id = Objects.requireNonNull(id, "id");
        this.ratingId = Objects.requireNonNull(ratingId, "ratingId");
        this.department = Objects.requireNonNull(department, "department");
        this.ground = Objects.requireNonNull(ground, "ground");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.filedBy = Objects.requireNonNull(filedBy, "filedBy");
        this.filedAt = Objects.requireNonNull(filedAt, "filedAt");
        this.decision = decision;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
        this.reviewNote = reviewNote;
    }

    /** A department's appeal against {@code rating}: only a bad rating may be appealed, with a reason. */
    public static RatingAppeal file(UUID id, Rating rating, String department, ExclusionGround ground, String reason,
            String filedBy, Instant at) {
        if (!rating.bad()) {
            throw new AppealNotForGoodRating(rating.id());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValue("reason", "an appeal states why the rating is malicious or mistaken");
        }
        return new RatingAppeal(id, rating.id(), department, ground, reason.strip(), filedBy, at, null, null, null,
                null);
    }

    /**
     * 复核: decides the appeal once, with a note. Returns the ground to exclude the rating on when upheld.
     */
    public Optional<ExclusionGround> review(AppealDecision decision, String note, String by, Instant at) {
        if (this.decision != null) {
            throw new AppealAlreadyDecided(id, this.decision);
        }
        if (note == null || note.isBlank()) {
            throw new InvalidValue("note", "a re-review states its reasons");
        }
        this.decision = Objects.requireNonNull(decision, "decision");
        this.reviewNote = note.strip();
        this.reviewedBy = Objects.requireNonNull(by, "by");
        this.reviewedAt = Objects.requireNonNull(at, "at");
        return decision == AppealDecision.UPHELD ? Optional.of(ground) : Optional.empty();
    }

    public UUID id() {
        return id;
    }

    public UUID ratingId() {
        return ratingId;
    }

    public String department() {
        return department;
    }

    public ExclusionGround ground() {
        return ground;
    }

    public String reason() {
        return reason;
    }

    public String filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public AppealDecision decision() {
        return decision;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewNote() {
        return reviewNote;
    }
}
