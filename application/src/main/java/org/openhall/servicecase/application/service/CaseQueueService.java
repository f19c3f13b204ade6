package org.openhall.servicecase.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.network.application.port.in.WindowDuty;
import org.openhall.network.application.port.in.WindowDutyQuery;
import org.openhall.network.domain.DutyStatus;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.in.CaseCountsView;
import org.openhall.servicecase.application.port.in.CaseQueueFilter;
import org.openhall.servicecase.application.port.in.CaseQueueQuery;
import org.openhall.servicecase.application.port.in.CaseQueueRowView;
import org.openhall.servicecase.application.port.in.QueueDeadline;
import org.openhall.servicecase.application.port.in.QueuePost;
import org.openhall.servicecase.application.port.out.CaseQueuePort;
import org.openhall.servicecase.application.port.out.CaseQueuePort.QueuedCase;
import org.openhall.servicecase.application.port.out.CaseQueuePort.Selection;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.TimeLimit;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work queues and counts per state. Who serves which window today comes from the A/B post duty
 * (AB岗工作制); deadlines that need the working-day calendar (the one-time notice, "due within N
 * working days") are worked out here and handed to the store as dates.
 */
@Application
public class CaseQueueService implements CaseQueueQuery {

    private final CaseQueuePort queues;
    private final WindowDutyQuery duties;
    private final WorkingDayCalendarQuery calendars;
    private final CentreProfile centre;
    private final Clock clock;

    public CaseQueueService(CaseQueuePort queues, WindowDutyQuery duties, WorkingDayCalendarQuery calendars,
            CentreProfile centre, Clock clock) {
        this.queues = queues;
        this.duties = duties;
        this.calendars = calendars;
        this.centre = centre;
        this.clock = clock.withZone(centre.zone());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CaseQueueRowView> clerkQueue(Actor actor, CaseQueueFilter filter, PageRequest page) {
        LocalDate today = today();
        Map<WindowCode, WindowDuty> served = new LinkedHashMap<>();
        for (WindowDuty duty : duties.dutiesOf(new StaffUsername(actor.username()), today)) {
            if (actor.username().equals(duty.servedBy())
                    && filter.window().map(w -> w.equals(duty.window())).orElse(true)) {
                served.put(duty.window(), duty);
            }
        }
        if (served.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        WorkingDayCalendar calendar = calendar();
        Selection selection = new Selection(served.keySet(), Optional.empty(), Optional.empty(),
                filter.status().map(Set::of).orElse(CaseStatus.OPEN), filter.itemCode(), filter.channel(),
                dueOnOrBefore(filter, calendar, today), received -> noticeDueOf(received, calendar));
        return queues.queue(selection, page).map(c -> rowOf(c, today, served.get(windowOf(c))));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CaseQueueRowView> approverQueue(Actor actor, CaseQueueFilter filter, PageRequest page) {
        LocalDate today = today();
        if (filter.status().isPresent() && filter.status().get() != CaseStatus.ACCEPTED) {
            // Only accepted cases have steps: nothing else waits for an approver.
            return Page.of(List.of(), page, 0);
        }
        WorkingDayCalendar calendar = calendar();
        Selection selection = new Selection(filter.window().map(Set::of).orElse(Set.of()),
                Optional.of(actor.department()), Optional.of(Role.DEPARTMENT_APPROVER), Set.of(CaseStatus.ACCEPTED),
                filter.itemCode(), filter.channel(), dueOnOrBefore(filter, calendar, today),
                received -> noticeDueOf(received, calendar));
        return queues.queue(selection, page).map(c -> rowOf(c, today, null));
    }

    @Override
    @Transactional(readOnly = true)
    public CaseCountsView counts(Actor actor, Optional<DepartmentCode> department) {
        Optional<DepartmentCode> scope = department;
        if (!(actor.has(Role.SUPERVISOR) || actor.has(Role.ADMINISTRATOR))) {
            if (department.isPresent() && !department.get().equals(actor.department())) {
                throw new OutsideDepartmentScope(actor, department.get());
            }
            scope = Optional.of(actor.department());
        }
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            byStatus.put(status, 0L);
        }
        long total = 0;
        long paused = 0;
        long overdue = 0;
        for (CaseQueuePort.StatusCount count : queues.countByStatus(scope, today())) {
            byStatus.put(count.status(), count.cases());
            total += count.cases();
            paused += count.paused();
            overdue += count.overdue();
        }
        return new CaseCountsView(scope.map(DepartmentCode::value).orElse(null), byStatus, total, paused, overdue);
    }

    /**
     * The last deadline a listed case may have: overdue means due before today (overdue from the
     * calendar day after the due date, Art. 82); "within N days" counts working days from today.
     */
    private static Optional<LocalDate> dueOnOrBefore(CaseQueueFilter filter, WorkingDayCalendar calendar,
            LocalDate today) {
        Optional<LocalDate> within = filter.dueWithinDays()
                .map(n -> CaseClock.start(today, TimeLimit.workingDays(n)).deadline(calendar).dueDate());
        if (!filter.overdueOnly()) {
            return within;
        }
        LocalDate yesterday = today.minusDays(1);
        return Optional.of(within.filter(d -> d.isBefore(yesterday)).orElse(yesterday));
    }

    /** Art. 32: the one-time notice within 5 working days of receipt, else deemed accepted. */
    private static LocalDate noticeDueOf(LocalDate receivedOn, WorkingDayCalendar calendar) {
        return CaseClock.start(receivedOn, ServiceCase.ONE_TIME_NOTICE_PERIOD).deadline(calendar).dueDate();
    }

    private static WindowCode windowOf(QueuedCase c) {
        return c.window() == null ? null : new WindowCode(c.window());
    }

    private static CaseQueueRowView rowOf(QueuedCase c, LocalDate today, WindowDuty duty) {
        QueueDeadline kind = null;
        if (c.dueOn() != null) {
            kind = c.status() != CaseStatus.ACCEPTED ? QueueDeadline.ONE_TIME_NOTICE
                    : c.dueOn().equals(c.currentStepDueOn()) ? QueueDeadline.STEP : QueueDeadline.PROMISED;
        }
        QueuePost post = duty == null ? null
                : duty.status() == DutyStatus.B_ACTING_FOR_A ? QueuePost.ACTING_FOR_A : QueuePost.A;
        return new CaseQueueRowView(c.id(), c.number(), c.itemCode(), c.itemName(), c.department(),
                new PersonName(c.applicantName()).masked(), c.status(), c.channel(), c.window(), c.receivedOn(),
                c.promisedDueOn(), c.dueOn(), kind, c.dueOn() != null && c.dueOn().isBefore(today), c.paused(),
                c.currentStepPosition(), c.currentStepRole() == null ? null : c.currentStepRole().name(), post,
                post == QueuePost.ACTING_FOR_A ? duty.actingFor() : null, c.version());
    }

    private WorkingDayCalendar calendar() {
        return calendars.calendarOf(centre.jurisdiction());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
