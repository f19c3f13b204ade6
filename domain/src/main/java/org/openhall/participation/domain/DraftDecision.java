package org.openhall.participation.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;
import org.openhall.participation.domain.event.AdoptionReportPublished;
import org.openhall.participation.domain.event.DecisionPublished;
import org.openhall.participation.domain.event.DraftPublishedForComment;
import org.openhall.participation.domain.problem.AdoptionReportMissing;
import org.openhall.participation.domain.problem.CommentPeriodNotEnded;
import org.openhall.participation.domain.problem.CommentPeriodTooShort;
import org.openhall.participation.domain.problem.CommentsUnanswered;
import org.openhall.participation.domain.problem.DraftNotInExpectedState;
import org.openhall.participation.domain.problem.OutsideCommentPeriod;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * A draft major administrative decision published for public comment (重大行政决策草案公开征求意见),
 * from its publication through the adoption report to the decision.
 *
 * <p>The rules, from 《重大行政决策程序暂行条例》 (2019):
 * <ul>
 * <li>The draft is published with its explanation and the period for comments, in general at
 *     least 30 days; a shorter period states its reason publicly (Art. 15; see {@link CommentPeriod}).</li>
 * <li>Comments are taken during the period only (see {@link Comment}); they are answered once it
 *     has ended.</li>
 * <li>The adoption report (意见采纳情况) accounts for every comment; it is published before the
 *     decision, and the decision is not published without it.</li>
 * </ul>
 *
 * <p>Comments are aggregates of their own, so that many people can comment at once without
 * contending for this draft's version; the draft checks the period and the state, and compiles
 * the report from the comments handed to it.
 */
public final class DraftDecision implements AggregateRoot<DraftDecision, DraftDecisionId> {

    private final DraftDecisionId id;
    private final DepartmentCode department;
    private final DraftContent content;
    private final CommentPeriod period;
    private final Instant publishedAt;
    private final String publishedBy;
    private final long version;

    private DraftStatus status;
    private AdoptionReport adoptionReport;
    private PublishedDecision decision;

    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private DraftDecision(DraftDecisionSnapshot s) {
        this.id = s.id();
        this.department = s.department();
        this.content = s.content();
        this.period = s.period();
        this.publishedAt = s.publishedAt();
        this.publishedBy = s.publishedBy();
        this.status = s.status();
        this.adoptionReport = s.adoptionReport();
        this.decision = s.decision();
        this.version = s.version();
    }

    /** Rebuilds a stored draft; records no event. */
    public static DraftDecision restore(DraftDecisionSnapshot snapshot) {
        return new DraftDecision(snapshot);
    }

    /**
     * 公开征求意见: publishes {@code content} for comment, for {@code days} calendar days from
     * {@code opensOn} (today when not given; a later day schedules the publication).
     *
     * @throws CommentPeriodTooShort when the period is shorter than 30 days without a reason
     */
    public static DraftDecision publishForComment(DraftDecisionId id, DepartmentCode department, DraftContent content,
            LocalDate opensOn, int days, String shorterPeriodReason, Actor actor, WorkingDayCalendar calendar,
            Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate firstDay = opensOn == null ? today : opensOn;
        if (firstDay.isBefore(today)) {
            throw new InvalidValue("opensOn", "must not be in the past");
        }
        CommentPeriod period = CommentPeriod.of(firstDay, days, shorterPeriodReason, calendar);
        DraftDecision draft = new DraftDecision(new DraftDecisionSnapshot(id, department, content, period,
                DraftStatus.OPEN_FOR_COMMENT, now, actor.username(), null, null, 0));
        draft.pendingEvents.add(new DraftPublishedForComment(id.toString(), department.value(), content.title(),
                period.opensOn(), period.closesOn(), period.isShortened(), now));
        return draft;
    }

    /** Whether the public sees the draft on {@code day}: from its opening day on. */
    public boolean isPublicOn(LocalDate day) {
        return !period.opensOn().isAfter(day);
    }

    /** Whether a comment handed in on {@code day} is taken. */
    public boolean acceptsCommentsOn(LocalDate day) {
        return status == DraftStatus.OPEN_FOR_COMMENT && period.isOpenOn(day);
    }

    /** @throws OutsideCommentPeriod unless comments are taken on {@code day} */
    void requireAcceptsCommentsOn(LocalDate day) {
        if (!acceptsCommentsOn(day)) {
            throw new OutsideCommentPeriod(period.opensOn(), period.closesOn());
        }
    }

    /** Comments are moderated until the adoption report closes the consultation. */
    void requireModeratable() {
        if (status != DraftStatus.OPEN_FOR_COMMENT) {
            throw new DraftNotInExpectedState(DraftAction.MODERATE_COMMENT, status);
        }
    }

    /** Comments are answered after the period and until the adoption report is published. */
    void requireAnswerable(LocalDate today) {
        if (status != DraftStatus.OPEN_FOR_COMMENT) {
            throw new DraftNotInExpectedState(DraftAction.ANSWER_COMMENT, status);
        }
        if (!period.hasEndedBy(today)) {
            throw new CommentPeriodNotEnded(period.closesOn());
        }
    }

    /** Hearings on the draft are announced until the decision is published. */
    void requireOpenForHearings() {
        if (status == DraftStatus.DECISION_PUBLISHED) {
            throw new DraftNotInExpectedState(DraftAction.ANNOUNCE_HEARING, status);
        }
    }

    /**
     * 公布意见采纳情况: publishes the account of {@code comments}, which must be every comment on this
     * draft. From now on no comment is moderated or answered any more.
     *
     * @throws CommentPeriodNotEnded while comments may still come in
     * @throws CommentsUnanswered    while a comment waits for moderation or an answer
     */
    public AdoptionReport publishAdoptionReport(List<Comment> comments, Actor actor, Clock clock) {
        if (status != DraftStatus.OPEN_FOR_COMMENT) {
            throw new DraftNotInExpectedState(DraftAction.PUBLISH_ADOPTION_REPORT, status);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (!period.hasEndedBy(today)) {
            throw new CommentPeriodNotEnded(period.closesOn());
        }
        for (Comment comment : comments) {
            if (!comment.draftId().equals(id)) {
                throw new IllegalArgumentException("comment " + comment.getId() + " is not on draft " + id);
            }
        }
        AdoptionReport report = AdoptionReport.compile(comments, today, actor.username());
        adoptionReport = report;
        status = DraftStatus.REPORT_PUBLISHED;
        pendingEvents.add(new AdoptionReportPublished(id.toString(), department.value(), today, report.received(),
                report.published(), report.adopted(), report.partlyAdopted(), report.notAdopted(), now));
        return report;
    }

    /**
     * 公布决策: publishes the decision made on the draft.
     *
     * @throws AdoptionReportMissing when the adoption report has not been published first
     */
    public void publishDecision(String text, Actor actor, Clock clock) {
        if (status == DraftStatus.DECISION_PUBLISHED) {
            throw new DraftNotInExpectedState(DraftAction.PUBLISH_DECISION, status);
        }
        if (adoptionReport == null) {
            throw new AdoptionReportMissing(id.toString());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        decision = new PublishedDecision(text, today, actor.username());
        status = DraftStatus.DECISION_PUBLISHED;
        pendingEvents.add(new DecisionPublished(id.toString(), department.value(), today, now));
    }

    /** Hands out the events recorded since the draft was loaded and forgets them. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public DraftDecisionSnapshot snapshot() {
        return new DraftDecisionSnapshot(id, department, content, period, status, publishedAt, publishedBy,
                adoptionReport, decision, version);
    }

    @Override
    public DraftDecisionId getId() {
        return id;
    }

    public DepartmentCode department() {
        return department;
    }

    public DraftContent content() {
        return content;
    }

    public CommentPeriod period() {
        return period;
    }

    public DraftStatus status() {
        return status;
    }

    public Optional<AdoptionReport> adoptionReport() {
        return Optional.ofNullable(adoptionReport);
    }

    public Optional<PublishedDecision> decision() {
        return Optional.ofNullable(decision);
    }

    public long version() {
        return version;
    }
}
