package org.openhall.disclosure.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openhall.disclosure.adapter.in.web.RequestBodies.ChallengeBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.ConfirmationBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.ConsultationBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.CorrectionRequestBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.ExtensionBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.FeeBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.OpinionBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.OutcomeBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.ReasonBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.RegisterBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.ReplyBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.RequesterBody;
import org.openhall.disclosure.application.port.in.DisclosureRequestFilter;
import org.openhall.disclosure.application.port.in.DisclosureRequestQuery;
import org.openhall.disclosure.application.port.in.DisclosureRequestView;
import org.openhall.disclosure.application.port.in.ExtendReplyCommand;
import org.openhall.disclosure.application.port.in.HandleDisclosureRequestUseCase;
import org.openhall.disclosure.application.port.in.RegisterRequestCommand;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.request.DisclosureRequestId;
import org.openhall.disclosure.domain.request.ReplyContent;
import org.openhall.disclosure.domain.request.RequestStatus;
import org.openhall.disclosure.domain.request.Requester;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.openhall.shared.domain.identity.UnifiedSocialCreditCode;
import org.openhall.shared.domain.time.DeadlineExplanation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Requests for information (依申请公开) at the disclosure office. Every step answers with the request
 * as it now stands, its version as {@code ETag}; a refusal is a problem with a stable code (409 for a
 * step that clashes with the request, 422 for a missing field the law requires).
 */
@RestController
@RequestMapping(DisclosureRequestController.PATH)
@Tag(name = "Requests for information", description = "依申请公开: Regulations on Open Government Information Arts. 27–45")
public class DisclosureRequestController {

    static final String PATH = "/api/v1/disclosure/requests";

    private final HandleDisclosureRequestUseCase handle;
    private final DisclosureRequestQuery requests;
    private final ReplyLetterPdf letters;

    public DisclosureRequestController(HandleDisclosureRequestUseCase handle, DisclosureRequestQuery requests) {
        this.handle = handle;
        this.requests = requests;
        this.letters = new ReplyLetterPdf();
    }

    @PostMapping
    @Operation(summary = "Registers a request as it arrived (登记); the channel decides the day of receipt (Art. 31)")
    public ResponseEntity<DisclosureRequestView> register(Actor actor, @Valid @RequestBody RegisterBody body) {
        DisclosureRequestView view = handle.register(new RegisterRequestCommand(actor, requesterOf(body.requester()),
                body.description(), body.channel(), body.signedForOn()));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH + "/{id}")
                .buildAndExpand(view.id()).toUri();
        return ResponseEntity.created(location).eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping
    @Operation(summary = "Lists requests, newest first")
    public PageResponse<DisclosureRequestView> list(Actor actor, @RequestParam Optional<RequestStatus> status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(requests.list(actor, new DisclosureRequestFilter(status), new PageRequest(page, size)),
                v -> v);
    }

    @GetMapping("/overdue")
    @Operation(summary = "Running requests past their reply day (never those awaiting confirmation or correction)")
    public List<DisclosureRequestView> overdue(Actor actor) {
        return requests.overdue(actor);
    }

    @GetMapping("/{id}")
    public ResponseEntity<DisclosureRequestView> get(Actor actor, @PathVariable UUID id) {
        return respond(requests.get(actor, new DisclosureRequestId(id)));
    }

    @PostMapping("/{id}/receipt-confirmation")
    @Operation(summary = "Records the day receipt was confirmed (ordinary letter, online, fax; Art. 31)")
    public ResponseEntity<DisclosureRequestView> confirm(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody ConfirmationBody body) {
        return respond(handle.confirmReceipt(actor, new DisclosureRequestId(id), body.confirmedOn()));
    }

    @PostMapping("/{id}/correction-request")
    @Operation(summary = "Issues the one consolidated correction notice (补正, Art. 30)")
    public ResponseEntity<DisclosureRequestView> requestCorrection(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody CorrectionRequestBody body) {
        return respond(handle.requestCorrection(actor, new DisclosureRequestId(id), body.points(), body.dueOn()));
    }

    @PostMapping("/{id}/correction")
    @Operation(summary = "Records the corrected request, received today; the reply period starts afresh")
    public ResponseEntity<DisclosureRequestView> receiveCorrection(Actor actor, @PathVariable UUID id) {
        return respond(handle.receiveCorrection(actor, new DisclosureRequestId(id)));
    }

    @PostMapping("/{id}/deemed-withdrawal")
    @Operation(summary = "Closes a request whose correction did not come by its deadline (视为放弃)")
    public ResponseEntity<DisclosureRequestView> deemWithdrawn(Actor actor, @PathVariable UUID id) {
        return respond(handle.deemWithdrawn(actor, new DisclosureRequestId(id)));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Records the applicant's withdrawal")
    public ResponseEntity<DisclosureRequestView> withdraw(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody ReasonBody body) {
        return respond(handle.withdraw(actor, new DisclosureRequestId(id), body.reason()));
    }

    @PostMapping("/{id}/consultations")
    @Operation(summary = "Consults a third party (Art. 32); the reply clock stands still meanwhile")
    public ResponseEntity<DisclosureRequestView> consult(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody ConsultationBody body) {
        return respond(handle.consultThirdParty(actor, new DisclosureRequestId(id), body.thirdParty()));
    }

    @PostMapping("/{id}/consultations/opinion")
    @Operation(summary = "Records the third party's opinion, received today")
    public ResponseEntity<DisclosureRequestView> opinion(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody OpinionBody body) {
        return respond(handle.recordOpinion(actor, new DisclosureRequestId(id), body.opinion()));
    }

    @PostMapping("/{id}/consultations/lapse")
    @Operation(summary = "Ends a consultation whose 15 working days ran out without an opinion")
    public ResponseEntity<DisclosureRequestView> lapse(Actor actor, @PathVariable UUID id) {
        return respond(handle.lapseConsultation(actor, new DisclosureRequestId(id)));
    }

    @PostMapping("/{id}/extension")
    @Operation(summary = "Extends the reply period once, by at most 20 working days (Art. 33)")
    public ResponseEntity<DisclosureRequestView> extend(Actor actor, @PathVariable UUID id,
            @RequestBody ExtensionBody body) {
        return respond(handle.extend(new ExtendReplyCommand(actor, new DisclosureRequestId(id), body.workingDays(),
                body.approvedBy(), body.reason(), body.applicantNotifiedOn())));
    }

    @PostMapping("/{id}/fee")
    @Operation(summary = "Assesses the processing fee by one scale (国办函〔2020〕109号)")
    public ResponseEntity<DisclosureRequestView> fee(Actor actor, @PathVariable UUID id, @RequestBody FeeBody body) {
        return respond(handle.assessFee(actor, new DisclosureRequestId(id), body.scale(), body.pages()));
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "Replies with one of the types of Arts. 35–37")
    public ResponseEntity<DisclosureRequestView> reply(Actor actor, @PathVariable UUID id, @RequestBody ReplyBody b) {
        ReplyContent content = new ReplyContent(b.type(), b.whereToFind(), b.delivery(), b.arrangement(),
                b.withholdingGround(), b.reasons(), b.legalBasis(), b.competentAgency(), b.competentAgencyContact(),
                b.earlierReply(), b.specialProcedure(), b.excessiveHandling(), b.deferredUntil());
        return respond(handle.reply(actor, new DisclosureRequestId(id), content));
    }

    @GetMapping(path = "/{id}/reply-letter", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The reply letter (答复书) as PDF")
    public ResponseEntity<byte[]> replyLetter(Actor actor, @PathVariable UUID id) {
        var letter = requests.replyLetter(actor, new DisclosureRequestId(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + letter.number() + ".pdf\"")
                .body(letters.render(letter));
    }

    @GetMapping("/{id}/deadline")
    @Operation(summary = "The reply period day by day, consultations shown as paused days")
    public DeadlineExplanation deadline(Actor actor, @PathVariable UUID id) {
        return requests.explainReplyDeadline(actor, new DisclosureRequestId(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The request's audit trail (留痕)")
    public List<AuditRecord> history(Actor actor, @PathVariable UUID id) {
        return requests.history(actor, new DisclosureRequestId(id));
    }

    @PostMapping("/{id}/challenges")
    @Operation(summary = "Records a reconsideration or lawsuit about the request")
    public ResponseEntity<DisclosureRequestView> challenge(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody ChallengeBody body) {
        return respond(handle.recordChallenge(actor, new DisclosureRequestId(id), body.kind(), body.filedOn()));
    }

    @PostMapping("/{id}/challenges/{number}/outcome")
    @Operation(summary = "Records the outcome of a reconsideration or lawsuit")
    public ResponseEntity<DisclosureRequestView> outcome(Actor actor, @PathVariable UUID id, @PathVariable int number,
            @Valid @RequestBody OutcomeBody body) {
        return respond(handle.decideChallenge(actor, new DisclosureRequestId(id), number, body.outcome(),
                body.decidedOn()));
    }

    private static Requester requesterOf(RequesterBody r) {
        return new Requester(r.kind(), r.name(), r.idNumber() == null ? null : new ResidentIdNumber(r.idNumber()),
                r.creditCode() == null ? null : new UnifiedSocialCreditCode(r.creditCode()),
                r.phone() == null || r.phone().isBlank() ? null : new PhoneNumber(r.phone()), r.address());
    }

    private static ResponseEntity<DisclosureRequestView> respond(DisclosureRequestView view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }
}
