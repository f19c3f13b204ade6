package org.openhall.servicecase.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.openhall.catalog.application.port.in.ApprovalItemLookup;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.network.application.port.in.WindowDuty;
import org.openhall.network.application.port.in.WindowDutyQuery;
import org.openhall.network.domain.DutyStatus;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.ServiceCaseSnapshot;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * The frame of every step on a stored case: load it within the caller's department and hall scope, name the
 * actor as the record should (B acting for A at the case's window), let the aggregate act, then
 * store the case, its transitions and events together.
 */
final class CaseWork {

    final ServiceCaseRepository cases;
    final ApprovalItemLookup catalog;
    final WorkingDayCalendarQuery calendars;
    final DomainEventPublisher events;
    final WindowDutyQuery duties;
    final CentreProfile centre;
    final Clock clock;

    CaseWork(ServiceCaseRepository cases, ApprovalItemLookup catalog, WorkingDayCalendarQuery calendars,
            DomainEventPublisher events, WindowDutyQuery duties, CentreProfile centre, Clock clock) {
        this.cases = cases;
        this.catalog = catalog;
        this.calendars = calendars;
        this.events = events;
        this.duties = duties;
        this.centre = centre;
        this.clock = clock.withZone(centre.zone());
    }

    /** Loads case {@code id} for {@code actor}, applies {@code step} and stores the result. */
    CaseView on(Actor actor, ServiceCaseId id, Consumer<Step> step) {
        ServiceCase serviceCase = load(actor, id);
        step.accept(new Step(serviceCase, atWindowOf(actor, serviceCase)));
        return store(serviceCase);
    }

    /** A case loaded for a step, and the actor as the record names them. */
    record Step(ServiceCase serviceCase, Actor actor) {
    }

    ServiceCase load(Actor actor, ServiceCaseId id) {
        ServiceCase serviceCase = cases.findById(id).orElseThrow(() -> new ResourceNotFound("case", id.toString()));
        CaseScope.require(actor, serviceCase);
        return serviceCase;
    }

    CaseView store(ServiceCase serviceCase) {
        var pendingEvents = serviceCase.pullEvents();
        ServiceCase stored = cases.save(serviceCase);
        CasesStoredInTransaction.remember(stored);
        events.publish(pendingEvents);
        return CaseViews.of(stored, calendar(), today());
    }

    /** The actor as the record names them at the case's window today: B acting for an absent A. */
    Actor atWindowOf(Actor actor, ServiceCase serviceCase) {
        if (serviceCase.window().isEmpty()) {
            return actor;
        }
        WindowDuty duty = duties.dutyOf(serviceCase.window().get(), today());
        if (duty.status() == DutyStatus.B_ACTING_FOR_A && actor.username().equals(duty.servedBy())) {
            return actor.inPlaceOf(duty.actingFor());
        }
        return actor;
    }

    /** The item version the case was received under: later versions do not change a running case. */
    ApprovalItem itemOf(ServiceCase serviceCase) {
        ServiceCaseSnapshot received = serviceCase.snapshot();
        return catalog.item(received.itemCode(), received.itemVersion());
    }

    WorkingDayCalendar calendar() {
        return calendars.calendarOf(centre.jurisdiction());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
