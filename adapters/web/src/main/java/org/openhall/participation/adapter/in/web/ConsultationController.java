package org.openhall.participation.adapter.in.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openhall.participation.application.port.in.CommentReceipt;
import org.openhall.participation.application.port.in.ConsultationQuery;
import org.openhall.participation.application.port.in.DraftView;
import org.openhall.participation.application.port.in.HearingQuery;
import org.openhall.participation.application.port.in.SubmitCommentCommand;
import org.openhall.participation.application.port.in.SubmitCommentUseCase;
import org.openhall.participation.domain.Commenter;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public consultation on draft decisions (重大行政决策草案公开征求意见), for everyone and without an
 * account: the drafts with their explanation and comment period, commenting, the published comments
 * and the adoption report. Names are shown masked (张*); phone numbers never.
 */
@RestController
@RequestMapping(ConsultationController.PATH)
@Tag(name = "Public consultation", description = "Draft decisions open for public comment (决策公开), public")
@SecurityRequirements
public class ConsultationController {

    static final String PATH = "/api/v1/participation/drafts";

    private static final ParticipationResponseMapper MAPPER = ParticipationResponseMapper.INSTANCE;

    private final ConsultationQuery consultations;
    private final SubmitCommentUseCase submit;
    private final HearingQuery hearings;

    public ConsultationController(ConsultationQuery consultations, SubmitCommentUseCase submit,
            HearingQuery hearings) {
        this.consultations = consultations;
        this.submit = submit;
        this.hearings = hearings;
    }

    @GetMapping
    @Operation(summary = "Lists the drafts published for comment, the most recently opened first")
    public PageResponse<DraftSummaryResponse> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(consultations.publicDrafts(new PageRequest(page, size)), MAPPER::toResponse);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Shows a draft with its explanation and comment period",
            description = "A period shorter than 30 days comes with its reason (shorterPeriodReason).")
    public ResponseEntity<DraftResponse> get(@PathVariable UUID id) {
        DraftView draft = consultations.publicDraft(new DraftDecisionId(id));
        return ResponseEntity.ok().eTag(Long.toString(draft.version())).body(MAPPER.toResponse(draft));
    }

    @PostMapping("/{id}/comments")
    @Operation(summary = "Comments on a draft (提出意见)",
            description = "Taken from the first to the last day of the comment period; outside it the answer is "
                    + "409 participation.outside-comment-period. The comment is shown once moderated.")
    @ApiResponse(responseCode = "201", description = "Taken; it waits for moderation")
    public ResponseEntity<CommentReceiptResponse> comment(@PathVariable UUID id,
            @Valid @RequestBody CommentRequest request) {
        Commenter commenter = new Commenter(new PersonName(request.name()),
                request.phone() == null || request.phone().isBlank() ? null : new PhoneNumber(request.phone()));
        CommentReceipt receipt = submit.submit(new SubmitCommentCommand(new DraftDecisionId(id), commenter,
                request.text()));
        return ResponseEntity.status(HttpStatus.CREATED).body(MAPPER.toResponse(receipt));
    }

    @GetMapping("/{id}/comments")
    @Operation(summary = "Lists the published comments on a draft, in the order they came in",
            description = "Names masked, no phone numbers. Answers appear with the adoption report.")
    public PageResponse<PublicCommentResponse> comments(@PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(consultations.publishedComments(new DraftDecisionId(id), new PageRequest(page, size)),
                MAPPER::toResponse);
    }

    @GetMapping("/{id}/adoption-report")
    @Operation(summary = "Shows the adoption report (意见采纳情况) of a draft",
            description = "404 adoption-report.not-found until it is published.")
    public AdoptionReportResponse adoptionReport(@PathVariable UUID id) {
        return MAPPER.toResponse(consultations.adoptionReport(new DraftDecisionId(id)));
    }

    @GetMapping("/{id}/hearings")
    @Operation(summary = "Lists the hearings on a draft, by hearing day")
    public List<HearingResponse> hearings(@PathVariable UUID id) {
        return hearings.hearingsOf(new DraftDecisionId(id)).stream().map(MAPPER::toResponse).toList();
    }
}
