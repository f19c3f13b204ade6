package org.openhall.participation.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.jmolecules.event.types.DomainEvent;
import org.openhall.participation.application.port.in.AdoptionReportView;
import org.openhall.participation.application.port.in.AnswerCommentCommand;
import org.openhall.participation.application.port.in.AnswerCommentUseCase;
import org.openhall.participation.application.port.in.CommentReceipt;
import org.openhall.participation.application.port.in.ConsultationQuery;
import org.openhall.participation.application.port.in.ContactView;
import org.openhall.participation.application.port.in.DraftSummaryView;
import org.openhall.participation.application.port.in.DraftView;
import org.openhall.participation.application.port.in.ModerateCommentCommand;
import org.openhall.participation.application.port.in.ModerateCommentUseCase;
import org.openhall.participation.application.port.in.ModerationDecision;
import org.openhall.participation.application.port.in.PublicCommentView;
import org.openhall.participation.application.port.in.PublishAdoptionReportUseCase;
import org.openhall.participation.application.port.in.PublishDecisionCommand;
import org.openhall.participation.application.port.in.PublishDecisionUseCase;
import org.openhall.participation.application.port.in.PublishDraftForCommentCommand;
import org.openhall.participation.application.port.in.PublishDraftForCommentUseCase;
import org.openhall.participation.application.port.in.RevealCommenterContactUseCase;
import org.openhall.participation.application.port.in.StaffCommentView;
import org.openhall.participation.application.port.in.StaffConsultationQuery;
import org.openhall.participation.application.port.in.SubmitCommentCommand;
import org.openhall.participation.application.port.in.SubmitCommentUseCase;
import org.openhall.participation.application.port.out.CommentRepository;
import org.openhall.participation.application.port.out.ContactDisclosureLog;
import org.openhall.participation.application.port.out.DraftDecisionRepository;
import org.openhall.participation.application.port.out.DraftFilter;
import org.openhall.participation.domain.AdoptionReport;
import org.openhall.participation.domain.Comment;
import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.CommentStatus;
import org.openhall.participation.domain.ContactDisclosure;
import org.openhall.participation.domain.ContactHolder;
import org.openhall.participation.domain.DraftDecision;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public consultation on draft decisions: publication, comments, moderation, answers, the adoption
 * report and the decision, and what the public and staff read of them.
 *
 * <p>Each step loads what it needs, checks that the caller acts for the drafting department, lets the
 * aggregates decide, and stores the result with its events in one transaction. A public read treats a
 * draft that has not opened yet as not there.
 */
@Application
public class ConsultationService implements PublishDraftForCommentUseCase, SubmitCommentUseCase,
        ModerateCommentUseCase, AnswerCommentUseCase, PublishAdoptionReportUseCase, PublishDecisionUseCase,
        RevealCommenterContactUseCase, ConsultationQuery, StaffConsultationQuery {

    private static final String DRAFT = "decision-draft";
    private static final String COMMENT = "comment";

    private final DraftDecisionRepository drafts;
    private final CommentRepository comments;
    private final ContactDisclosureLog disclosures;
    private final WorkingDayCalendarQuery calendars;
    private final DomainEventPublisher events;
    private final CentreProfile centre;
    private final Clock clock;

    public ConsultationService(DraftDecisionRepository drafts, CommentRepository comments,
            ContactDisclosureLog disclosures, WorkingDayCalendarQuery calendars, DomainEventPublisher events,
            CentreProfile centre, Clock clock) {
        this.drafts = drafts;
        this.comments = comments;
        this.disclosures = disclosures;
        this.calendars = calendars;
        this.events = events;
        this.centre = centre;
        this.clock = clock.withZone(centre.zone());
    }

    @Override
    @Transactional
    public DraftView publish(PublishDraftForCommentCommand c) {
        DepartmentCode department = c.actor().department();
        if (department == null) {
            throw new InvalidValue("department", "a draft is published by a member of its drafting department");
        }
        DraftDecision draft = DraftDecision.publishForComment(DraftDecisionId.random(), department, c.content(),
                c.opensOn(), c.periodDays(), c.shorterPeriodReason(), c.actor(), calendar(), clock);
        return ParticipationViews.draft(store(draft), today());
    }

    @Override
    @Transactional
    public CommentReceipt submit(SubmitCommentCommand c) {
        DraftDecision draft = loadPublic(c.draftId());
        Comment comment = Comment.submit(CommentId.random(), draft, c.commenter(), c.text(), clock);
        List<DomainEvent> pending = comment.pullEvents();
        Comment stored = comments.save(comment);
        events.publish(pending);
        return new CommentReceipt(stored.getId().toString(), draft.getId().toString(),
                stored.commenter().name().masked(), stored.submittedOn(), stored.status());
    }

    @Override
    @Transactional
    public StaffCommentView moderate(ModerateCommentCommand c) {
        DraftDecision draft = loadForDepartment(c.actor(), c.draftId());
        Comment comment = loadComment(draft, c.commentId());
        if (c.decision() == ModerationDecision.PUBLISH) {
            comment.publish(draft, c.actor(), clock);
        } else {
            comment.reject(draft, c.reason(), c.actor(), clock);
        }
        return ParticipationViews.staffComment(comments.save(comment));
    }

    @Override
    @Transactional
    public StaffCommentView answer(AnswerCommentCommand c) {
        DraftDecision draft = loadForDepartment(c.actor(), c.draftId());
        Comment comment = loadComment(draft, c.commentId());
        comment.answer(draft, c.adoption(), c.reason(), c.actor(), clock);
        return ParticipationViews.staffComment(comments.save(comment));
    }

    @Override
    @Transactional
    public AdoptionReportView publishReport(Actor actor, DraftDecisionId draftId) {
        DraftDecision draft = loadForDepartment(actor, draftId);
        List<Comment> all = comments.findAllByDraft(draftId);
        AdoptionReport report = draft.publishAdoptionReport(all, actor, clock);
        DraftDecision stored = store(draft);
        return ParticipationViews.report(stored, report, published(all));
    }

    @Override
    @Transactional
    public DraftView publishDecision(PublishDecisionCommand c) {
        DraftDecision draft = loadForDepartment(c.actor(), c.draftId());
        draft.publishDecision(c.text(), c.actor(), clock);
        return ParticipationViews.draft(store(draft), today());
    }

    @Override
    @Transactional
    public ContactView revealCommenter(Actor actor, DraftDecisionId draftId, CommentId commentId) {
        DraftDecision draft = loadForDepartment(actor, draftId);
        Comment comment = loadComment(draft, commentId);
        disclosures.record(ContactDisclosure.of(ContactHolder.COMMENTER, commentId.toString(), actor, clock.instant()));
        var commenter = comment.commenter();
        return new ContactView(commenter.name().value(), commenter.phone() == null ? null : commenter.phone().value());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<DraftSummaryView> publicDrafts(PageRequest page) {
        LocalDate today = today();
        return drafts.findAll(new DraftFilter(Optional.empty(), Optional.of(today)), page)
                .map(d -> ParticipationViews.summary(d, today));
    }

    @Override
    @Transactional(readOnly = true)
    public DraftView publicDraft(DraftDecisionId id) {
        return ParticipationViews.draft(loadPublic(id), today());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PublicCommentView> publishedComments(DraftDecisionId id, PageRequest page) {
        DraftDecision draft = loadPublic(id);
        boolean reportPublished = draft.adoptionReport().isPresent();
        return comments.findByDraft(id, Optional.of(CommentStatus.PUBLISHED), page)
                .map(c -> ParticipationViews.publicComment(c, reportPublished));
    }

    @Override
    @Transactional(readOnly = true)
    public AdoptionReportView adoptionReport(DraftDecisionId id) {
        DraftDecision draft = loadPublic(id);
        AdoptionReport report = draft.adoptionReport()
                .orElseThrow(() -> new ResourceNotFound("adoption-report", id.toString()));
        return ParticipationViews.report(draft, report, published(comments.findAllByDraft(id)));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<DraftSummaryView> drafts(Actor actor, Optional<DepartmentCode> department, PageRequest page) {
        Optional<DepartmentCode> scoped = department;
        if (!seesEveryDepartment(actor)) {
            if (department.isPresent() && !department.get().equals(actor.department())) {
                throw new OutsideDepartmentScope(actor, department.get());
            }
            scoped = Optional.ofNullable(actor.department());
        }
        LocalDate today = today();
        return drafts.findAll(new DraftFilter(scoped, Optional.empty()), page)
                .map(d -> ParticipationViews.summary(d, today));
    }

    @Override
    @Transactional(readOnly = true)
    public DraftView draft(Actor actor, DraftDecisionId id) {
        return ParticipationViews.draft(loadForDepartment(actor, id), today());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<StaffCommentView> comments(Actor actor, DraftDecisionId id, Optional<CommentStatus> status,
            PageRequest page) {
        loadForDepartment(actor, id);
        return comments.findByDraft(id, status, page).map(ParticipationViews::staffComment);
    }

    /** A draft the public may see today: one that is not public yet is as good as not there. */
    private DraftDecision loadPublic(DraftDecisionId id) {
        DraftDecision draft = drafts.findById(id).orElseThrow(() -> new ResourceNotFound(DRAFT, id.toString()));
        if (!draft.isPublicOn(today())) {
            throw new ResourceNotFound(DRAFT, id.toString());
        }
        return draft;
    }

    private DraftDecision loadForDepartment(Actor actor, DraftDecisionId id) {
        DraftDecision draft = drafts.findById(id).orElseThrow(() -> new ResourceNotFound(DRAFT, id.toString()));
        if (!actor.mayActFor(draft.department())) {
            throw new OutsideDepartmentScope(actor, draft.department());
        }
        return draft;
    }

    /** The comment, if it is one on {@code draft}: a comment on another draft is not found under this one. */
    private Comment loadComment(DraftDecision draft, CommentId id) {
        return comments.findById(id).filter(c -> c.draftId().equals(draft.getId()))
                .orElseThrow(() -> new ResourceNotFound(COMMENT, id.toString()));
    }

    private static List<Comment> published(List<Comment> all) {
        return all.stream().filter(c -> c.status() == CommentStatus.PUBLISHED).toList();
    }

    /** Supervisors and administrators oversee every department; everyone else their own. */
    private static boolean seesEveryDepartment(Actor actor) {
        return actor.has(Role.SUPERVISOR) || actor.has(Role.ADMINISTRATOR);
    }

    private DraftDecision store(DraftDecision draft) {
        List<DomainEvent> pending = draft.pullEvents();
        DraftDecision stored = drafts.save(draft);
        events.publish(pending);
        return stored;
    }

    private WorkingDayCalendar calendar() {
        return calendars.calendarOf(centre.jurisdiction());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
