package org.openhall.complaint.application.service;

import java.time.Clock;
import java.util.function.BiConsumer;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.complaint.application.port.in.HandleTicketUseCase;
import org.openhall.complaint.application.port.in.ReportLateTicketsUseCase;
import org.openhall.complaint.application.port.in.TicketStep;
import org.openhall.complaint.application.port.in.TicketView;
import org.openhall.complaint.application.port.out.TicketRepository;
import org.openhall.complaint.domain.Satisfaction;
import org.openhall.complaint.domain.Ticket;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed loop after intake: loads the ticket, lets it decide, stores it with its new history
 * and publishes its events in one transaction, so that nothing is half-written after a refusal.
 */
@Application
public class TicketLoopService implements HandleTicketUseCase, ReportLateTicketsUseCase {

    /** Tickets the lateness sweep takes per transaction. */
    static final int SWEEP_BATCH = 500;

    private final TicketRepository tickets;
    private final DomainEventPublisher events;
    private final TicketSettings settings;

    public TicketLoopService(TicketRepository tickets, DomainEventPublisher events, TicketSettings settings) {
        this.tickets = tickets;
        this.events = events;
        this.settings = settings;
    }

    @Override
    @Transactional
    public TicketView dispatch(TicketStep step, String department) {
        if (department == null || department.isBlank()) {
            throw new InvalidValue("department", "must name the department the ticket goes to");
        }
        return change(step, (t, clock) -> t.dispatch(step.actor(), department.strip(), settings.limits(),
                settings.calendar(), clock));
    }

    @Override
    @Transactional
    public TicketView signIn(TicketStep step) {
        return change(step, (t, clock) -> t.signIn(step.actor(), clock));
    }

    @Override
    @Transactional
    public TicketView returnToDispatcher(TicketStep step, String reasons) {
        return change(step, (t, clock) -> t.returnToDispatcher(step.actor(), reasons, clock));
    }

    @Override
    @Transactional
    public TicketView recordHandling(TicketStep step, String note) {
        return change(step, (t, clock) -> t.recordHandling(step.actor(), note, clock));
    }

    @Override
    @Transactional
    public TicketView reply(TicketStep step, String text) {
        return change(step, (t, clock) -> t.reply(step.actor(), text, clock));
    }

    @Override
    @Transactional
    public TicketView supervise(TicketStep step, String note) {
        return change(step, (t, clock) -> t.supervise(step.actor(), note, clock));
    }

    @Override
    @Transactional
    public TicketView requestExtension(TicketStep step, int workingDays, String reason) {
        return change(step, (t, clock) -> t.requestExtension(step.actor(), workingDays, reason, settings.limits(),
                clock));
    }

    @Override
    @Transactional
    public TicketView approveExtension(TicketStep step) {
        return change(step, (t, clock) -> t.approveExtension(step.actor(), settings.calendar(), clock));
    }

    @Override
    @Transactional
    public TicketView complete(TicketStep step) {
        return change(step, (t, clock) -> t.complete(step.actor(), clock));
    }

    @Override
    @Transactional
    public TicketView followUp(TicketStep step, Satisfaction satisfaction, String note) {
        if (satisfaction == null) {
            throw new InvalidValue("satisfaction", "must be told: the citizen's satisfaction or NOT_REACHED");
        }
        return change(step, (t, clock) -> t.followUp(step.actor(), satisfaction, note, clock));
    }

    @Override
    @Transactional
    public TicketView close(TicketStep step, String note) {
        return change(step, (t, clock) -> t.close(step.actor(), note, clock));
    }

    @Override
    @Transactional
    public TicketView reopen(TicketStep step, String reason) {
        return change(step, (t, clock) -> t.reopen(step.actor(), reason, settings.limits(), settings.calendar(),
                clock));
    }

    @Override
    @Transactional
    public int reportLateTickets() {
        Clock clock = settings.clock();
        int reported = 0;
        for (Ticket ticket : tickets.lockLateCandidates(settings.today(), SWEEP_BATCH)) {
            if (ticket.reportLateness(clock)) {
                tickets.save(ticket);
                events.publish(ticket.pullEvents());
                reported++;
            }
        }
        return reported;
    }

    private TicketView change(TicketStep step, BiConsumer<Ticket, Clock> action) {
        Ticket ticket = tickets.findById(step.ticketId())
                .orElseThrow(() -> new ResourceNotFound("ticket", step.ticketId().toString()));
        if (step.expectedVersion() != null && step.expectedVersion() != ticket.snapshot().version()) {
            throw new ConcurrentUpdate("ticket", step.ticketId().toString());
        }
        action.accept(ticket, settings.clock());
        var pending = ticket.pullEvents();
        long version = tickets.save(ticket);
        events.publish(pending);
        return TicketViews.of(ticket, version, settings.today(), settings.centre().zone());
    }
}
