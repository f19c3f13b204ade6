package org.openhall.complaint.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openhall.complaint.adapter.in.web.TicketRequests.DispatchBody;
import org.openhall.complaint.adapter.in.web.TicketRequests.ExtensionBody;
import org.openhall.complaint.adapter.in.web.TicketRequests.FollowUpBody;
import org.openhall.complaint.adapter.in.web.TicketRequests.LatenessReport;
import org.openhall.complaint.adapter.in.web.TicketRequests.NoteBody;
import org.openhall.complaint.adapter.in.web.TicketRequests.OpenBody;
import org.openhall.complaint.adapter.in.web.TicketRequests.ReasonsBody;
import org.openhall.complaint.adapter.in.web.TicketRequests.ReopenBody;
import org.openhall.complaint.adapter.in.web.TicketRequests.ReplyBody;
import org.openhall.complaint.application.port.in.CallerTicketsQuery;
import org.openhall.complaint.application.port.in.HandleTicketUseCase;
import org.openhall.complaint.application.port.in.OpenTicketCommand;
import org.openhall.complaint.application.port.in.OpenTicketUseCase;
import org.openhall.complaint.application.port.in.ReportLateTicketsUseCase;
import org.openhall.complaint.application.port.in.TicketListFilter;
import org.openhall.complaint.application.port.in.TicketQuery;
import org.openhall.complaint.application.port.in.TicketStep;
import org.openhall.complaint.application.port.in.TicketSummaryView;
import org.openhall.complaint.application.port.in.TicketTransitionView;
import org.openhall.complaint.application.port.in.TicketView;
import org.openhall.complaint.domain.TicketClass;
import org.openhall.complaint.domain.TicketId;
import org.openhall.complaint.domain.TicketStatus;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The staff API of tickets (诉求工单) and their closed loop. Every step answers with the ticket as it now
 * stands, its version as {@code ETag}; a step sent with {@code If-Match} of an older version, or
 * overtaken by a concurrent change, is a 409 and changes nothing.
 */
@RestController
@RequestMapping(TicketController.PATH)
@Tag(name = "Tickets", description = "诉求工单: intake, dispatch, sign-in, reply, supervision, follow-up (国办发〔2020〕53号)")
public class TicketController {

    static final String PATH = "/api/v1/tickets";

    private final OpenTicketUseCase open;
    private final HandleTicketUseCase handle;
    private final ReportLateTicketsUseCase lateness;
    private final TicketQuery tickets;
    private final CallerTicketsQuery callers;

    public TicketController(OpenTicketUseCase open, HandleTicketUseCase handle, ReportLateTicketsUseCase lateness,
            TicketQuery tickets, CallerTicketsQuery callers) {
        this.open = open;
        this.handle = handle;
        this.lateness = lateness;
        this.tickets = tickets;
        this.callers = callers;
    }

    @PostMapping
    @Operation(summary = "Takes a ticket in (登记) from the window, hotline, SMS, portal or the 12345 centre")
    public ResponseEntity<TicketView> open(Actor actor, @RequestBody OpenBody b) {
        TicketSummaryView opened = open.open(new OpenTicketCommand(actor, b.channel(), b.ticketClass(), b.callerName(),
                b.callerPhone(), b.subject(), b.description(), b.relatedCaseNumber(), b.callId(),
                b.externalReference()));
        TicketView view = tickets.get(actor, TicketId.of(opened.id()));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH + "/{id}")
                .buildAndExpand(view.id()).toUri();
        return ResponseEntity.created(location).eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping
    @Operation(summary = "Lists tickets, newest first; department staff see their own department's")
    public PageResponse<TicketSummaryView> list(Actor actor, @RequestParam Optional<TicketStatus> status,
            @RequestParam Optional<String> department, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(tickets.list(actor, new TicketListFilter(status, department, overdue),
                new PageRequest(page, size)), v -> v);
    }

    @GetMapping("/classes")
    @Operation(summary = "The county's ticket classes with their limits in working days")
    public List<TicketClass> classes() {
        return tickets.classes();
    }

    @GetMapping("/by-phone")
    @Operation(summary = "The open tickets of a caller's number (the hotline's screen-pop)")
    public List<TicketSummaryView> byPhone(@RequestParam String phone) {
        return callers.openTicketsOf(new PhoneNumber(phone));
    }

    @GetMapping("/{id}")
    public ResponseEntity<TicketView> get(Actor actor, @PathVariable UUID id) {
        return respond(tickets.get(actor, new TicketId(id)));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every step of the ticket with actor and time (留痕)")
    public List<TicketTransitionView> history(Actor actor, @PathVariable UUID id) {
        return tickets.history(actor, new TicketId(id));
    }

    @PostMapping("/{id}/dispatch")
    @Operation(summary = "派单: to a department, which signs it in within the county's limit")
    public ResponseEntity<TicketView> dispatch(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody DispatchBody b) {
        return respond(handle.dispatch(step(actor, id, ifMatch), b.department()));
    }

    @PostMapping("/{id}/sign-in")
    @Operation(summary = "签收 by the department")
    public ResponseEntity<TicketView> signIn(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(handle.signIn(step(actor, id, ifMatch)));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "退回 to the dispatcher, with the reasons")
    public ResponseEntity<TicketView> returnTicket(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReasonsBody b) {
        return respond(handle.returnToDispatcher(step(actor, id, ifMatch), b.reasons()));
    }

    @PostMapping("/{id}/handling")
    @Operation(summary = "办理: a note on the handling")
    public ResponseEntity<TicketView> handling(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody NoteBody b) {
        return respond(handle.recordHandling(step(actor, id, ifMatch), b.note()));
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "答复 to the citizen; stops the ticket's clock")
    public ResponseEntity<TicketView> reply(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReplyBody b) {
        return respond(handle.reply(step(actor, id, ifMatch), b.text()));
    }

    @PostMapping("/{id}/supervision")
    @Operation(summary = "督办: the supervisor presses the department")
    public ResponseEntity<TicketView> supervise(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody NoteBody b) {
        return respond(handle.supervise(step(actor, id, ifMatch), b.note()));
    }

    @PostMapping("/{id}/extension-request")
    @Operation(summary = "申请延期, on or before the due date")
    public ResponseEntity<TicketView> requestExtension(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ExtensionBody b) {
        return respond(handle.requestExtension(step(actor, id, ifMatch), b.workingDays(), b.reason()));
    }

    @PostMapping("/{id}/extension-approval")
    @Operation(summary = "批准延期, by the department head or a supervisor")
    public ResponseEntity<TicketView> approveExtension(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(handle.approveExtension(step(actor, id, ifMatch)));
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "办结: the centre accepts the reply")
    public ResponseEntity<TicketView> complete(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(handle.complete(step(actor, id, ifMatch)));
    }

    @PostMapping("/{id}/follow-up")
    @Operation(summary = "回访 with the satisfaction the citizen told; the ticket may be rated afterwards")
    public ResponseEntity<TicketView> followUp(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody FollowUpBody b) {
        return respond(handle.followUp(step(actor, id, ifMatch), b.satisfaction(), b.note()));
    }

    @PostMapping("/{id}/closing")
    @Operation(summary = "关闭, never before a reply")
    public ResponseEntity<TicketView> close(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) NoteBody b) {
        return respond(handle.close(step(actor, id, ifMatch), b == null ? null : b.note()));
    }

    @PostMapping("/{id}/reopening")
    @Operation(summary = "重办 within the county's reopen period")
    public ResponseEntity<TicketView> reopen(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReopenBody b) {
        return respond(handle.reopen(step(actor, id, ifMatch), b.reason()));
    }

    @PostMapping("/lateness-reports")
    @Operation(summary = "Reports late sign-ins and overdue tickets to supervision now (also run every night)")
    public LatenessReport reportLateness() {
        return new LatenessReport(lateness.reportLateTickets());
    }

    private static TicketStep step(Actor actor, UUID id, String ifMatch) {
        return new TicketStep(actor, new TicketId(id), version(ifMatch));
    }

    /** The version of an {@code If-Match} header: {@code "3"}, {@code 3} or {@code W/"3"}. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidValue("If-Match", "must be the ETag of the ticket, e.g. \"3\"");
        }
    }

    private static ResponseEntity<TicketView> respond(TicketView view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }
}
