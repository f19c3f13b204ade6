package org.openhall.complaint.application.service;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.complaint.application.port.in.FileServiceRequestCommand;
import org.openhall.complaint.application.port.in.FileServiceRequestUseCase;
import org.openhall.complaint.application.port.in.OpenTicketCommand;
import org.openhall.complaint.application.port.in.OpenTicketUseCase;
import org.openhall.complaint.application.port.in.PublicTicketView;
import org.openhall.complaint.application.port.in.TicketSummaryView;
import org.openhall.complaint.application.port.out.TicketNumberSequence;
import org.openhall.complaint.application.port.out.TicketRepository;
import org.openhall.complaint.domain.Caller;
import org.openhall.complaint.domain.RelatedCase;
import org.openhall.complaint.domain.Ticket;
import org.openhall.complaint.domain.TicketAction;
import org.openhall.complaint.domain.TicketChannel;
import org.openhall.complaint.domain.TicketId;
import org.openhall.complaint.domain.TicketIntake;
import org.openhall.complaint.domain.TicketLocation;
import org.openhall.complaint.domain.TicketRoles;
import org.openhall.complaint.domain.problem.TicketRefused;
import org.openhall.complaint.domain.problem.TicketRoleRequired;
import org.openhall.servicecase.application.port.in.CaseHandlersQuery;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes tickets in (登记): from staff at the window or the hotline, and from citizens online. An
 * efficiency complaint names a case by its number; the ticket is linked to that case and to the
 * staff who acted on it.
 */
@Application
public class TicketIntakeService implements OpenTicketUseCase, FileServiceRequestUseCase {

    private final TicketRepository tickets;
    private final TicketNumberSequence numbers;
    private final CaseHandlersQuery caseHandlers;
    private final TicketSettings settings;

    public TicketIntakeService(TicketRepository tickets, TicketNumberSequence numbers, CaseHandlersQuery caseHandlers,
            TicketSettings settings) {
        this.tickets = tickets;
        this.numbers = numbers;
        this.caseHandlers = caseHandlers;
        this.settings = settings;
    }

    @Override
    @Transactional
    public TicketSummaryView open(OpenTicketCommand c) {
        if (!TicketRoles.mayTakeIn(c.actor())) {
            throw new TicketRoleRequired(TicketAction.OPEN, "HOTLINE_OPERATOR, CLERK");
        }
        TicketIntake intake = new TicketIntake(nextNumber(), settings.classOf(c.ticketClass()), c.channel(),
                new Caller(c.callerName(), phone(c.callerPhone()), null), c.subject(), c.description(), null,
                relatedCase(c.relatedCaseNumber()), blankToNull(c.callId()), blankToNull(c.externalReference()));
        Ticket ticket = Ticket.open(new TicketId(UUID.randomUUID()), intake, c.actor().username(),
                c.actor().department() == null ? null : c.actor().department().value(), settings.calendar(),
                settings.clock());
        tickets.save(ticket);
        return TicketViews.summary(ticket);
    }

    @Override
    @Transactional
    public PublicTicketView file(FileServiceRequestCommand c) {
        String name = join(c.lastName(), c.firstName());
        TicketIntake intake = new TicketIntake(nextNumber(), settings.classOf(c.serviceCode()), TicketChannel.PORTAL,
                new Caller(name, phone(c.phone()), c.email()), null, c.description(),
                new TicketLocation(c.address(), c.latitude(), c.longitude()), null, null, null);
        Ticket ticket = Ticket.open(new TicketId(UUID.randomUUID()), intake, TAKEN_BY, null, settings.calendar(),
                settings.clock());
        tickets.save(ticket);
        return TicketViews.publicView(ticket, settings.centre().zone());
    }

    private String nextNumber() {
        int year = settings.today().getYear();
        return "GD%d-%06d".formatted(year, numbers.next(year));
    }

    private RelatedCase relatedCase(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return null;
        }
        return caseHandlers.handlersOf(caseNumber.strip())
                .map(h -> new RelatedCase(h.caseId(), h.caseNumber(), h.department(), h.handlers()))
                .orElseThrow(() -> TicketRefused.unknownCase(caseNumber.strip()));
    }

    private static PhoneNumber phone(String text) {
        return text == null || text.isBlank() ? null : new PhoneNumber(text.strip());
    }

    private static String join(String lastName, String firstName) {
        String name = (blankToEmpty(lastName) + blankToEmpty(firstName)).strip();
        return name.isEmpty() ? null : name;
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
