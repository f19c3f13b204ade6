package org.openhall.disclosure.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.disclosure.application.port.in.DisclosureRequestFilter;
import org.openhall.disclosure.application.port.in.DisclosureRequestQuery;
import org.openhall.disclosure.application.port.in.DisclosureRequestView;
import org.openhall.disclosure.application.port.in.DisclosureRoleRequired;
import org.openhall.disclosure.application.port.in.ExtendReplyCommand;
import org.openhall.disclosure.application.port.in.HandleDisclosureRequestUseCase;
import org.openhall.disclosure.application.port.in.RegisterRequestCommand;
import org.openhall.disclosure.application.port.in.ReplyLetterView;
import org.openhall.disclosure.application.port.out.DisclosureGuideRepository;
import org.openhall.disclosure.application.port.out.DisclosureRequestRepository;
import org.openhall.disclosure.application.port.out.DisclosureSequence;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.catalog.DisclosureGuide;
import org.openhall.disclosure.domain.problem.DisclosureConflict;
import org.openhall.disclosure.domain.request.ChallengeKind;
import org.openhall.disclosure.domain.request.ChallengeOutcome;
import org.openhall.disclosure.domain.request.DisclosureRequest;
import org.openhall.disclosure.domain.request.DisclosureRequestId;
import org.openhall.disclosure.domain.request.DisclosureRequestSnapshot;
import org.openhall.disclosure.domain.request.FeeScale;
import org.openhall.disclosure.domain.request.ReplyContent;
import org.openhall.disclosure.domain.request.RequestNumber;
import org.openhall.disclosure.domain.request.RequestStatus;
import org.openhall.disclosure.domain.request.Remedies;
import org.openhall.disclosure.domain.request.ThirdPartyOpinion;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.DeadlineExplanation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure office's handling of requests for information: every step loads the request, lets
 * the aggregate decide by the Regulations, then stores it with its audit records and events in one
 * transaction. Working days come from the centre's jurisdiction calendar.
 */
@Application
public class DisclosureRequestService implements HandleDisclosureRequestUseCase, DisclosureRequestQuery {

    private final DisclosureRequestRepository requests;
    private final DisclosureSequence sequence;
    private final DisclosureGuideRepository guides;
    private final WorkingDayCalendarQuery calendars;
    private final DomainEventPublisher events;
    private final CentreProfile centre;
    private final Clock clock;

    public DisclosureRequestService(DisclosureRequestRepository requests, DisclosureSequence sequence,
            DisclosureGuideRepository guides, WorkingDayCalendarQuery calendars, DomainEventPublisher events,
            CentreProfile centre, Clock clock) {
        this.requests = requests;
        this.sequence = sequence;
        this.guides = guides;
        this.calendars = calendars;
        this.events = events;
        this.centre = centre;
        this.clock = clock.withZone(centre.zone());
    }

    @Override
    @Transactional
    public DisclosureRequestView register(RegisterRequestCommand c) {
        requireOfficer(c.actor(), "register a request");
        int year = today().getYear();
        RequestNumber number = RequestNumber.of(centre.regionCode(), year,
                sequence.next("request:" + centre.regionCode() + ":" + year));
        DisclosureRequest request = DisclosureRequest.register(new DisclosureRequestId(UUID.randomUUID()), number,
                c.requester(), c.description(), c.channel(), c.signedForOn(), c.actor(), calendar(), clock);
        return store(request);
    }

    @Override
    @Transactional
    public DisclosureRequestView confirmReceipt(Actor actor, DisclosureRequestId id, LocalDate confirmedOn) {
        return change(actor, id, "confirm receipt", r -> r.confirmReceipt(confirmedOn, actor, calendar(), clock));
    }

    @Override
    @Transactional
    public DisclosureRequestView requestCorrection(Actor actor, DisclosureRequestId id, List<String> points,
            LocalDate applicantDueOn) {
        return change(actor, id, "request a correction",
                r -> r.requestCorrection(points, applicantDueOn, actor, calendar(), clock));
    }

    @Override
    @Transactional
    public DisclosureRequestView receiveCorrection(Actor actor, DisclosureRequestId id) {
        return change(actor, id, "receive a correction", r -> r.receiveCorrection(actor, calendar(), clock));
    }

    @Override
    @Transactional
    public DisclosureRequestView deemWithdrawn(Actor actor, DisclosureRequestId id) {
        return change(actor, id, "close a request", r -> r.deemWithdrawn(actor, clock));
    }

    @Override
    @Transactional
    public DisclosureRequestView withdraw(Actor actor, DisclosureRequestId id, String reason) {
        return change(actor, id, "close a request", r -> r.withdraw(reason, actor, clock));
    }

    @Override
    @Transactional
    public DisclosureRequestView consultThirdParty(Actor actor, DisclosureRequestId id, String thirdParty) {
        return change(actor, id, "consult a third party", r -> r.consultThirdParty(thirdParty, actor, calendar(), clock));
    }

    @Override
    @Transactional
    public DisclosureRequestView recordOpinion(Actor actor, DisclosureRequestId id, ThirdPartyOpinion opinion) {
        return change(actor, id, "record an opinion", r -> r.recordOpinion(opinion, actor, clock));
    }

    @Override
    @Transactional
    public DisclosureRequestView lapseConsultation(Actor actor, DisclosureRequestId id) {
        return change(actor, id, "record an opinion", r -> r.lapseConsultation(actor, clock));
    }

    @Override
    @Transactional
    public DisclosureRequestView extend(ExtendReplyCommand c) {
        return change(c.actor(), c.id(), "extend the reply period", r -> r.extend(c.workingDays(), c.approvedBy(),
                c.reason(), c.applicantNotifiedOn(), c.actor(), calendar(), clock));
    }

    @Override
    @Transactional
    public DisclosureRequestView assessFee(Actor actor, DisclosureRequestId id, FeeScale scale, Integer pages) {
        return change(actor, id, "assess a fee", r -> r.assessFee(scale,
                scale == FeeScale.PER_REQUEST ? ordinalOfMonth(r) : pages, actor, clock));
    }

    @Override
    @Transactional
    public DisclosureRequestView reply(Actor actor, DisclosureRequestId id, ReplyContent content) {
        return change(actor, id, "reply", r -> r.reply(content, actor, calendar(), clock));
    }

    @Override
    @Transactional
    public DisclosureRequestView recordChallenge(Actor actor, DisclosureRequestId id, ChallengeKind kind,
            LocalDate filedOn) {
        return change(actor, id, "record a challenge", r -> r.recordChallenge(kind, filedOn, actor, clock));
    }

    @Override
    @Transactional
    public DisclosureRequestView decideChallenge(Actor actor, DisclosureRequestId id, int challenge,
            ChallengeOutcome outcome, LocalDate decidedOn) {
        return change(actor, id, "record a challenge",
                r -> r.decideChallenge(challenge, outcome, decidedOn, actor, clock));
    }

    @Override
    @Transactional(readOnly = true)
    public DisclosureRequestView get(Actor actor, DisclosureRequestId id) {
        requireReader(actor);
        return RequestViews.of(load(id), calendar(), today());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<DisclosureRequestView> list(Actor actor, DisclosureRequestFilter filter, PageRequest page) {
        requireReader(actor);
        WorkingDayCalendar calendar = calendar();
        LocalDate today = today();
        return requests.findAll(filter, page).map(r -> RequestViews.of(r, calendar, today));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DisclosureRequestView> overdue(Actor actor) {
        requireReader(actor);
        WorkingDayCalendar calendar = calendar();
        LocalDate today = today();
        return requests.findRunning().stream().filter(r -> r.isOverdue(today, calendar))
                .map(r -> RequestViews.of(r, calendar, today))
                .sorted(Comparator.comparing(DisclosureRequestView::replyDueOn)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public DeadlineExplanation explainReplyDeadline(Actor actor, DisclosureRequestId id) {
        requireReader(actor);
        DisclosureRequest request = load(id);
        return request.replyClock()
                .orElseThrow(() -> DisclosureConflict.invalidState("EXPLAIN_DEADLINE", request.status().name()))
                .explain(calendar(), today());
    }

    @Override
    @Transactional(readOnly = true)
    public ReplyLetterView replyLetter(Actor actor, DisclosureRequestId id) {
        requireReader(actor);
        DisclosureRequest request = load(id);
        if (request.status() != RequestStatus.REPLIED) {
            throw DisclosureConflict.invalidState("REPLY_LETTER", request.status().name());
        }
        DisclosureRequestSnapshot s = request.snapshot();
        String agency = guides.current().map(DisclosureGuide::agencyName).orElse(centre.name());
        return new ReplyLetterView(agency, s.number().value(), s.requester().name(), s.requester().address(),
                s.description(), s.receivedOn(), s.correctedOn(), s.replyClock().extensionDays(), s.reply(),
                s.repliedOn(), Remedies.STATEMENT);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecord> history(Actor actor, DisclosureRequestId id) {
        requireReader(actor);
        load(id);
        return requests.history(id);
    }

    /**
     * The applicant's ordinal among their requests received in the calendar month of this one's
     * receipt (国办函〔2020〕109号: "同一申请人一个自然月内累计申请"), in order of receipt.
     */
    private int ordinalOfMonth(DisclosureRequest request) {
        LocalDate received = request.receivedOn()
                .orElseThrow(() -> DisclosureConflict.invalidState("ASSESS_FEE", request.status().name()));
        YearMonth month = YearMonth.from(received);
        List<DisclosureRequest> ofMonth = requests.findReceivedFrom(request.requester().identifier(),
                month.atDay(1), month.atEndOfMonth()).stream()
                .sorted(Comparator.comparing((DisclosureRequest r) -> r.receivedOn().orElseThrow())
                        .thenComparing(r -> r.snapshot().submittedAt()).thenComparing(r -> r.number().value()))
                .toList();
        for (int i = 0; i < ofMonth.size(); i++) {
            if (ofMonth.get(i).getId().equals(request.getId())) {
                return i + 1;
            }
        }
        return ofMonth.size() + 1;
    }

    private DisclosureRequestView change(Actor actor, DisclosureRequestId id, String action,
            Consumer<DisclosureRequest> step) {
        requireOfficer(actor, action);
        DisclosureRequest request = load(id);
        step.accept(request);
        return store(request);
    }

    private DisclosureRequestView store(DisclosureRequest request) {
        var pending = request.pullEvents();
        DisclosureRequest stored = requests.save(request);
        events.publish(pending);
        return RequestViews.of(stored, calendar(), today());
    }

    private DisclosureRequest load(DisclosureRequestId id) {
        return requests.findById(id).orElseThrow(() -> new ResourceNotFound("disclosure-request", id.toString()));
    }

    static void requireOfficer(Actor actor, String action) {
        if (!actor.has(Role.DISCLOSURE_OFFICER)) {
            throw new DisclosureRoleRequired(actor, action);
        }
    }

    static void requireReader(Actor actor) {
        if (!actor.has(Role.DISCLOSURE_OFFICER) && !actor.has(Role.SUPERVISOR)) {
            throw new DisclosureRoleRequired(actor, "read disclosure records");
        }
    }

    private WorkingDayCalendar calendar() {
        return calendars.calendarOf(centre.jurisdiction());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
