package org.openhall.participation.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;
import org.openhall.participation.domain.event.CommentSubmitted;
import org.openhall.participation.domain.problem.CommentAlreadyModerated;
import org.openhall.participation.domain.problem.CommentNotPublished;
import org.openhall.participation.domain.problem.CommentPeriodNotEnded;
import org.openhall.participation.domain.problem.DraftNotInExpectedState;
import org.openhall.participation.domain.problem.OutsideCommentPeriod;
import org.openhall.shared.domain.access.Actor;

/**
 * A comment from the public on a draft decision (公众意见): received during the comment period,
 * moderated (published, or rejected with the reason and kept), and — once the period is over —
 * answered adopted, partly adopted or not adopted, with the reason.
 *
 * <p>The draft it belongs to is handed in for every step, so that the period and the draft's
 * state are checked where they are kept.
 */
public final class Comment implements AggregateRoot<Comment, CommentId> {

    /** The longest comment taken, in characters: room for a reasoned opinion, not for an archive. */
    public static final int TEXT_MAX = 10_000;

    private final CommentId id;
    private final DraftDecisionId draftId;
    private final Commenter commenter;
    private final String text;
    private final Instant submittedAt;
    private final LocalDate submittedOn;
    private final long version;

    private CommentStatus status;
    private Moderation moderation;
    private CommentAnswer answer;

    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Comment(CommentSnapshot s) {
        this.id = s.id();
        this.draftId = s.draftId();
        this.commenter = s.commenter();
        this.text = s.text();
        this.submittedAt = s.submittedAt();
        this.submittedOn = s.submittedOn();
        this.status = s.status();
        this.moderation = s.moderation();
        this.answer = s.answer();
        this.version = s.version();
    }

    /** Rebuilds a stored comment; records no event. */
    public static Comment restore(CommentSnapshot snapshot) {
        return new Comment(snapshot);
    }

    /**
     * 提出意见: takes a comment on {@code draft}; it waits for moderation before the public sees it.
     *
     * @throws OutsideCommentPeriod when the draft takes no comments today
     */
    public static Comment submit(CommentId id, DraftDecision draft, Commenter commenter, String text, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        draft.requireAcceptsCommentsOn(today);
        Comment comment = new Comment(new CommentSnapshot(id, draft.getId(), commenter, text, now, today,
                CommentStatus.PENDING, null, null, 0));
        comment.pendingEvents.add(new CommentSubmitted(draft.getId().toString(), id.toString(), today, now));
        return comment;
    }

    /** 审核通过: shows the comment to the public (name masked). */
    public void publish(DraftDecision draft, Actor moderator, Clock clock) {
        moderate(draft, CommentStatus.PUBLISHED, null, moderator, clock);
    }

    /** 不予公开: keeps the comment from the public, with the reason; it stays on record. */
    public void reject(DraftDecision draft, String reason, Actor moderator, Clock clock) {
        moderate(draft, CommentStatus.REJECTED, reason, moderator, clock);
    }

    /**
     * 答复: answers a published comment. An answer may be corrected until the adoption report is
     * published; then it is final.
     *
     * @throws CommentPeriodNotEnded   while the comment period runs
     * @throws CommentNotPublished     for a pending or rejected comment
     * @throws DraftNotInExpectedState once the adoption report is out
     */
    public void answer(DraftDecision draft, Adoption adoption, String reason, Actor answeredBy, Clock clock) {
        requireOwnDraft(draft);
        Instant now = clock.instant();
        draft.requireAnswerable(LocalDate.ofInstant(now, clock.getZone()));
        if (status != CommentStatus.PUBLISHED) {
            throw new CommentNotPublished(status);
        }
        answer = new CommentAnswer(adoption, reason, answeredBy.username(), now);
    }

    private void moderate(DraftDecision draft, CommentStatus outcome, String reason, Actor moderator, Clock clock) {
        requireOwnDraft(draft);
        draft.requireModeratable();
        if (status != CommentStatus.PENDING) {
            throw new CommentAlreadyModerated(status);
        }
        moderation = new Moderation(outcome, reason, moderator.username(), clock.instant());
        status = outcome;
    }

    private void requireOwnDraft(DraftDecision draft) {
        if (!draft.getId().equals(draftId)) {
            throw new IllegalArgumentException("comment " + id + " is not on draft " + draft.getId());
        }
    }

    /** Hands out the events recorded since the comment was loaded and forgets them. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public CommentSnapshot snapshot() {
        return new CommentSnapshot(id, draftId, commenter, text, submittedAt, submittedOn, status, moderation, answer,
                version);
    }

    @Override
    public CommentId getId() {
        return id;
    }

    public DraftDecisionId draftId() {
        return draftId;
    }

    /** The full contact: for the staff's audited reveal only, never for a public view. */
    public Commenter commenter() {
        return commenter;
    }

    public String text() {
        return text;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public CommentStatus status() {
        return status;
    }

    public Optional<Moderation> moderation() {
        return Optional.ofNullable(moderation);
    }

    public Optional<CommentAnswer> answer() {
        return Optional.ofNullable(answer);
    }

    public long version() {
        return version;
    }
}
