package org.openhall.complaint.application.service;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.complaint.application.port.in.OpenCallTicketCommand;
import org.openhall.complaint.application.port.in.OpenCallTicketUseCase;
import org.openhall.complaint.application.port.in.OpenTicketCommand;
import org.openhall.complaint.application.port.in.OpenTicketUseCase;
import org.openhall.complaint.application.port.in.TicketSummaryView;
import org.openhall.complaint.application.port.out.HotlineCallRepository;
import org.openhall.complaint.domain.TicketChannel;
import org.openhall.complaint.domain.hotline.HotlineCall;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a ticket from a hotline call and references it from the call, in one transaction: a
 * ticket whose call could not take it (a concurrent ticket, a concurrent event) is not kept.
 */
@Application
public class CallTicketService implements OpenCallTicketUseCase {

    private final HotlineCallRepository calls;
    private final OpenTicketUseCase tickets;

    public CallTicketService(HotlineCallRepository calls, OpenTicketUseCase tickets) {
        this.calls = calls;
        this.tickets = tickets;
    }

    @Override
    @Transactional
    public TicketSummaryView openFrom(OpenCallTicketCommand command) {
        HotlineCall call = HotlineCallViews.find(calls, command.callId());
        call.ensureNoTicket();
        // A callback number the operator typed wins: the presented one may be a switchboard's.
        String phone = command.callbackPhone() != null && !command.callbackPhone().isBlank()
                ? new PhoneNumber(command.callbackPhone()).value()
                : call.callerPhone().map(PhoneNumber::value).orElse(null);
        TicketSummaryView ticket = tickets.open(new OpenTicketCommand(command.actor(), TicketChannel.HOTLINE,
                command.ticketClass(), command.callerName(), phone, command.subject(), command.description(),
                command.relatedCaseNumber(), call.getId().value(), null));
        call.attachTicket(ticket.id());
        calls.save(call);
        return ticket;
    }
}
