package org.openhall.servicecase.application.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.openhall.servicecase.application.port.in.CaseSummaryView;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.TransitionView;
import org.openhall.servicecase.domain.CaseStatus;
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
        Deadline statutory = s.statutoryClock() == null ? null : s.statutoryClock().deadline(calendar);
        Deadline promised = s.promisedClock() == null ? null : s.promisedClock().deadline(calendar);
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
                s.completedOn(), s.version());
    }

    static CaseSummaryView summaryOf(ServiceCase c, WorkingDayCalendar calendar) {
        ServiceCaseSnapshot s = c.snapshot();
        LocalDate promisedDue = s.promisedClock() == null ? null : s.promisedClock().deadline(calendar).dueDate();
        return new CaseSummaryView(s.id().toString(), s.number().value(), s.itemCode().value(), s.itemName(),
                s.department().value(), s.applicant().name().masked(), s.status(), s.receivedOn(), promisedDue,
                s.version());
    }

    static TransitionView transitionOf(CaseTransition t, ZoneId zone) {
        return new TransitionView(t.sequence(), t.action(), t.from(), t.to(), t.actor(), t.actorDepartment(), t.actingFor(),
                t.at().atZone(zone).toOffsetDateTime(), t.note());
    }
}
