package org.openhall.complaint.application.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.complaint.application.port.in.CallerPhoneQuery;
import org.openhall.complaint.application.port.in.CallerTicketsQuery;
import org.openhall.complaint.application.port.in.PublicTicketFilter;
import org.openhall.complaint.application.port.in.PublicTicketView;
import org.openhall.complaint.application.port.in.PublicTicketsQuery;
import org.openhall.complaint.application.port.in.TicketListFilter;
import org.openhall.complaint.application.port.in.TicketQuery;
import org.openhall.complaint.application.port.in.TicketSummaryView;
import org.openhall.complaint.application.port.in.TicketTransitionView;
import org.openhall.complaint.application.port.in.TicketView;
import org.openhall.complaint.application.port.out.TicketRepository;
import org.openhall.complaint.domain.Ticket;
import org.openhall.complaint.domain.TicketClass;
import org.openhall.complaint.domain.TicketId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads tickets: staff views scoped by department, the hotline's screen-pop by phone, the caller's
 * phone for the rating side, and the public's Open311 views without personal data.
 */
@Application
public class TicketQueryService implements TicketQuery, CallerTicketsQuery, CallerPhoneQuery, PublicTicketsQuery {

    private final TicketRepository tickets;
    private final TicketSettings settings;

    public TicketQueryService(TicketRepository tickets, TicketSettings settings) {
        this.tickets = tickets;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public TicketView get(Actor actor, TicketId id) {
        Ticket ticket = load(id);
        requireInScope(actor, ticket);
        return TicketViews.of(ticket, ticket.snapshot().version(), settings.today(), settings.centre().zone());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<TicketSummaryView> list(Actor actor, TicketListFilter filter, PageRequest page) {
        TicketListFilter scoped = departmentOnly(actor)
                ? new TicketListFilter(filter.status(), Optional.of(actor.department().value()), filter.overdueOnly())
                : filter;
        return tickets.list(scoped, settings.today(), page).map(TicketViews::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TicketTransitionView> history(Actor actor, TicketId id) {
        requireInScope(actor, load(id));
        return tickets.history(id).stream().map(t -> TicketViews.transition(t, settings.centre().zone())).toList();
    }

    @Override
    public List<TicketClass> classes() {
        return settings.classes();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> phoneOf(String ticketId) {
        TicketId id;
        try {
            id = TicketId.of(ticketId);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
        return tickets.findById(id).map(t -> t.intake().caller().phone()).map(PhoneNumber::value);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TicketSummaryView> openTicketsOf(PhoneNumber phone) {
        return tickets.openOfPhone(phone.value()).stream().map(TicketViews::summary).toList();
    }

    @Override
    public List<TicketClass> services() {
        return settings.classes();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicTicketView> search(PublicTicketFilter filter) {
        PublicTicketFilter bounded = filter;
        if (filter.numbers().isEmpty() && filter.from() == null && filter.to() == null) {
            LocalDate today = settings.today();
            bounded = new PublicTicketFilter(List.of(), filter.classCodes(),
                    today.minus(PublicTicketFilter.DEFAULT_DAYS, ChronoUnit.DAYS).atStartOfDay(settings.centre().zone())
                            .toInstant(),
                    null, filter.resolved());
        }
        return tickets.search(bounded, PublicTicketFilter.MAX_RESULTS).stream()
                .map(t -> TicketViews.publicView(t, settings.centre().zone())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PublicTicketView get(String number) {
        return tickets.findByNumber(number).map(t -> TicketViews.publicView(t, settings.centre().zone()))
                .orElseThrow(() -> new ResourceNotFound("ticket", number));
    }

    private Ticket load(TicketId id) {
        return tickets.findById(id).orElseThrow(() -> new ResourceNotFound("ticket", id.toString()));
    }

    /** Department staff see their own department's tickets; everyone else who may read tickets sees all. */
    private static boolean departmentOnly(Actor actor) {
        return (actor.has(Role.DEPARTMENT_APPROVER) || actor.has(Role.DEPARTMENT_HEAD)) && !actor.has(Role.SUPERVISOR)
                && !actor.has(Role.HOTLINE_OPERATOR) && actor.department() != null;
    }

    private static void requireInScope(Actor actor, Ticket ticket) {
        if (departmentOnly(actor) && !actor.department().value().equals(ticket.department())) {
            throw new OutsideDepartmentScope(actor, ticket.department() == null ? actor.department()
                    : new DepartmentCode(ticket.department()));
        }
    }
}
