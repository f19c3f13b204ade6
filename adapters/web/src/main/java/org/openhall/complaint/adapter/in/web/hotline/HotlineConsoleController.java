package org.openhall.complaint.adapter.in.web.hotline;

import jakarta.validation.Valid;

import org.openhall.complaint.application.port.in.CallEventCommand;
import org.openhall.complaint.application.port.in.CallScreenPopQuery;
import org.openhall.complaint.application.port.in.CallScreenPopView;
import org.openhall.complaint.application.port.in.HotlineCallQuery;
import org.openhall.complaint.application.port.in.HotlineCallView;
import org.openhall.complaint.application.port.in.OpenCallTicketCommand;
import org.openhall.complaint.application.port.in.OpenCallTicketUseCase;
import org.openhall.complaint.application.port.in.ReceiveCallEventUseCase;
import org.openhall.complaint.application.port.in.TicketSummaryView;
import org.openhall.shared.domain.access.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The hotline operator's console (坐席工作台): reports the operator's calls as they happen and gets
 * the screen-pop back (来电弹屏: the caller's open cases and tickets), opens a ticket prefilled with
 * the call (来电登记), and reads call records. A console whose calls reach OpenHall through a CTI
 * webhook instead only reads the screen-pop.
 */
@RestController
@RequestMapping(HotlineConsoleController.PATH)
@Tag(name = "Hotline console", description = "热线坐席: screen-pop, tickets from calls, call records")
public class HotlineConsoleController {

    static final String PATH = "/api/v1/hotline/calls";

    private final ReceiveCallEventUseCase events;
    private final CallScreenPopQuery screenPops;
    private final HotlineCallQuery calls;
    private final OpenCallTicketUseCase tickets;

    public HotlineConsoleController(ReceiveCallEventUseCase events, CallScreenPopQuery screenPops,
            HotlineCallQuery calls, OpenCallTicketUseCase tickets) {
        this.events = events;
        this.screenPops = screenPops;
        this.calls = calls;
        this.tickets = tickets;
    }

    @PostMapping("/events")
    @Operation(summary = "Reports a call event of the signed-in operator; answers with the screen-pop",
            description = "RINGING starts the call with the presented number, ANSWERED records the operator as "
                    + "the agent, HUNG_UP ends the record (with the recording's reference). Repeats change nothing; "
                    + "an answer after the hang-up is 409 hotline.call-event-out-of-order.")
    public CallScreenPopView report(Actor actor, @Valid @RequestBody CallEventRequest body) {
        events.receive(new CallEventCommand(body.type(), body.callId(), body.callerNumber(), actor.username(), null,
                body.recording()));
        return screenPops.screenPop(body.callId());
    }

    @GetMapping("/{callId}")
    @Operation(summary = "The record of one call: start, answer, end, talk time, recording, ticket")
    public HotlineCallView call(@PathVariable String callId) {
        return calls.callOf(callId);
    }

    @GetMapping("/{callId}/screen-pop")
    @Operation(summary = "The screen-pop of a call: the caller's open cases and open tickets, masked")
    public CallScreenPopView screenPop(@PathVariable String callId) {
        return screenPops.screenPop(callId);
    }

    @PostMapping("/{callId}/ticket")
    @Operation(summary = "Opens a ticket from the call (channel HOTLINE, the caller's number, the call id)",
            description = "One ticket per call: a second is 409 hotline.call-has-ticket.")
    public ResponseEntity<TicketSummaryView> openTicket(Actor actor, @PathVariable String callId,
            @Valid @RequestBody CallTicketRequest body) {
        TicketSummaryView ticket = tickets.openFrom(new OpenCallTicketCommand(actor, callId, body.ticketClass(),
                body.callerName(), body.callbackPhone(), body.subject(), body.description(),
                body.relatedCaseNumber()));
        return ResponseEntity.status(HttpStatus.CREATED).body(ticket);
    }
}
