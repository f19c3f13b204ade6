package org.openhall.servicecase.application.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.openhall.servicecase.application.port.in.CaseSummaryView;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.TransitionView;
import org.openhall.servicecase.domain.Agent;
import org.openhall.servicecase.domain.CasePause;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.Delivery;
import org.openhall.servicecase.domain.CaseTransition;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseSnapshot;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.Deadline;

/** Turns cases into the masked views staff see; deadlines are worked out against today's calendar. */
final class CaseViews {

    private CaseViews() {
    }

    static CaseView of(ServiceCase c, WorkingDayCalendar calendar, LocalDate today) {
        ServiceCaseSnapshot s = c.snapshot();
        // As of today: an open pause (special procedure) is assumed to end today, and says so.
        Deadline statutory = s.statutoryClock() == null ? null : s.statutoryClock().deadline(calendar, today);
        Deadline promised = s.promisedClock() == null ? null : s.promisedClock().deadline(calendar, today);
        CaseClock running = s.promisedClock();
        boolean open = s.status() == CaseStatus.ACCEPTED;
        Integer remaining = open && running != null ? running.remainingWorkingDays(today, calendar) : null;
        boolean overdue = open && running != null && running.isOverdue(today, calendar);
        boolean provisional = (statutory != null && statutory.provisional())
                || (promised != null && promised.provisional());
        String provisionalReason = statutory != null && statutory.provisional() ? statutory.provisionalReason()
                : promised != null && promised.provisional() ? promised.provisionalReason() : null;
        LocalDate noticeDeadline = s.status() == CaseStatus.SUBMITTED ? c.noticeDeadline(calendar) : null;
        List<CaseView.NoticeView> notices = s.notices().stream()
                .map(n -> new CaseView.NoticeView(n.submissionRound(), n.issuedOn(), n.issuedBy(),
                        n.items().stream().map(i -> new CaseView.NoticeLine(i.code(), i.name(), i.defect())).toList()))
                .toList();
        return new CaseView(s.id().toString(), s.number().value(), s.itemCode().value(), s.itemVersion(),
                s.itemName(), s.department().value(), s.applicant().name().masked(),
                s.applicant().idNumber().masked(), s.applicant().phone().masked(), s.status(), s.receivedAt(),
                s.receivedOn(), s.receivedBy(), s.submissionRound(), s.providedMaterials(), notices, noticeDeadline,
                s.acceptedOn(), statutory == null ? null : statutory.dueDate(),
                promised == null ? null : promised.dueDate(), provisional, provisionalReason, remaining, overdue,
                s.completedOn(), s.version(), s.channel(), agentOf(s.agent()), s.preApplicationReference(),
                s.deemed(), s.deferredSupply(), s.refusal(), s.withdrawal(), s.steps(), s.pauses(),
                s.pauses().stream().anyMatch(CasePause::isOpen), s.extension(), s.decision(), s.certificate(),
                masked(s.delivery()), s.fees(), s.transitionCount());
    }

    private static CaseView.AgentView agentOf(Agent agent) {
        return agent == null ? null : new CaseView.AgentView(agent.name().masked(), agent.idNumber().masked(),
                agent.phone().masked(), agent.stationCode());
    }

    /** Whoever collected a certificate is a person: staff see the name masked like the applicant's. */
    private static Delivery masked(Delivery d) {
        if (d == null || d.collectedBy() == null) {
            return d;
        }
        String name = d.collectedBy();
        String masked = name.codePointCount(0, name.length()) <= 1 ? "*"
                : new String(Character.toChars(name.codePointAt(0))) + "*".repeat(name.codePointCount(0, name.length()) - 1);
        return new Delivery(d.method(), d.deliveredOn(), d.recordedBy(), masked, d.idChecked(), d.byApplicant(),
                d.carrier(), d.trackingNumber());
    }

    static CaseSummaryView summaryOf(ServiceCase c, WorkingDayCalendar calendar, LocalDate today) {
        ServiceCaseSnapshot s = c.snapshot();
        LocalDate promisedDue = s.promisedClock() == null ? null
                : s.promisedClock().deadline(calendar, today).dueDate();
        return new CaseSummaryView(s.id().toString(), s.number().value(), s.itemCode().value(), s.itemName(),
                s.department().value(), s.applicant().name().masked(), s.status(), s.receivedOn(), promisedDue,
                s.version());
    }

    static TransitionView transitionOf(CaseTransition t, ZoneId zone) {
        return new TransitionView(t.sequence(), t.action(), t.from(), t.to(), t.actor(), t.actorDepartment(), t.actingFor(),
                t.at().atZone(zone).toOffsetDateTime(), t.note());
    }
}
