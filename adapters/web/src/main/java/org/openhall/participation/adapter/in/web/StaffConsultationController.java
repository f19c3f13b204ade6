package org.openhall.participation.adapter.in.web;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openhall.participation.application.port.in.AnnounceHearingCommand;
import org.openhall.participation.application.port.in.AnnounceHearingUseCase;
import org.openhall.participation.application.port.in.AnswerCommentCommand;
import org.openhall.participation.application.port.in.AnswerCommentUseCase;
import org.openhall.participation.application.port.in.DraftView;
import org.openhall.participation.application.port.in.HearingView;
import org.openhall.participation.application.port.in.ModerateCommentCommand;
import org.openhall.participation.application.port.in.ModerateCommentUseCase;
import org.openhall.participation.application.port.in.PublishAdoptionReportUseCase;
import org.openhall.participation.application.port.in.PublishDecisionCommand;
import org.openhall.participation.application.port.in.PublishDecisionUseCase;
import org.openhall.participation.application.port.in.PublishDraftForCommentCommand;
import org.openhall.participation.application.port.in.PublishDraftForCommentUseCase;
import org.openhall.participation.application.port.in.RevealCommenterContactUseCase;
import org.openhall.participation.application.port.in.StaffCommentView;
import org.openhall.participation.application.port.in.StaffConsultationQuery;
import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.CommentStatus;
import org.openhall.participation.domain.DraftContent;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.HearingAnnouncement;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.springframework.http.CacheControl;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The drafting department's side of a consultation (决策承办单位): publishing a draft for comment,
 * moderating and answering comments, publishing the adoption report and then the decision, and
 * announcing hearings. Department approvers act for their own department's drafts; supervisors read
 * every department's. Who may call what is decided by role in the security rules; which department's
 * drafts a caller may touch, by the use cases.
 */
@RestController
@RequestMapping(StaffConsultationController.PATH)
@Tag(name = "Consultation (staff)", description = "Drafting department: drafts, comments, adoption reports, decisions")
public class StaffConsultationController {

    static final String PATH = "/api/v1/participation/staff/drafts";

    private static final ParticipationResponseMapper MAPPER = ParticipationResponseMapper.INSTANCE;

    private final PublishDraftForCommentUseCase publish;
    private final ModerateCommentUseCase moderate;
    private final AnswerCommentUseCase answer;
    private final PublishAdoptionReportUseCase report;
    private final PublishDecisionUseCase decide;
    private final RevealCommenterContactUseCase reveal;
    private final AnnounceHearingUseCase announce;
    private final StaffConsultationQuery drafts;

    public StaffConsultationController(PublishDraftForCommentUseCase publish, ModerateCommentUseCase moderate,
            AnswerCommentUseCase answer, PublishAdoptionReportUseCase report, PublishDecisionUseCase decide,
            RevealCommenterContactUseCase reveal, AnnounceHearingUseCase announce, StaffConsultationQuery drafts) {
        this.publish = publish;
        this.moderate = moderate;
        this.answer = answer;
        this.report = report;
        this.decide = decide;
        this.reveal = reveal;
        this.announce = announce;
        this.drafts = drafts;
    }

    @PostMapping
    @Operation(summary = "Publishes a draft decision of the caller's department for comment (公开征求意见)",
            description = "The period is at least 30 calendar days; a shorter one needs shorterPeriodReason, "
                    + "shown to the public (else 422 participation.comment-period-too-short).")
    @ApiResponse(responseCode = "201", description = "Published; Location names the draft, ETag its version")
    public ResponseEntity<DraftResponse> publish(Actor actor, @Valid @RequestBody PublishDraftRequest request) {
        DraftView draft = publish.publish(new PublishDraftForCommentCommand(actor,
                new DraftContent(request.title(), request.summary(), request.fullText(), request.explanation()),
                request.opensOn(), request.periodDays(), request.shorterPeriodReason()));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH + "/{id}")
                .buildAndExpand(draft.id()).toUri();
        return ResponseEntity.created(location).eTag(Long.toString(draft.version())).body(MAPPER.toResponse(draft));
    }

    @GetMapping
    @Operation(summary = "Lists drafts, scheduled ones included, the most recently opened first",
            description = "Approvers see their own department's; supervisors all, or one department's.")
    public PageResponse<DraftSummaryResponse> list(Actor actor, @RequestParam Optional<String> department,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(drafts.drafts(actor, department.map(DepartmentCode::new), new PageRequest(page, size)),
                MAPPER::toResponse);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Shows a draft")
    public ResponseEntity<DraftResponse> get(Actor actor, @PathVariable UUID id) {
        return respond(drafts.draft(actor, new DraftDecisionId(id)));
    }

    @GetMapping("/{id}/comments")
    @Operation(summary = "Lists every comment on a draft in the order they came in, optionally of one status",
            description = "Contacts are masked; the full contact is revealed one comment at a time.")
    public PageResponse<StaffCommentResponse> comments(Actor actor, @PathVariable UUID id,
            @RequestParam Optional<CommentStatus> status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(drafts.comments(actor, new DraftDecisionId(id), status, new PageRequest(page, size)),
                MAPPER::toResponse);
    }

    @PostMapping("/{id}/comments/{commentId}/moderation")
    @Operation(summary = "Publishes or rejects a pending comment (审核)",
            description = "A rejection needs its reason; the comment is kept, not shown.")
    public ResponseEntity<StaffCommentResponse> moderate(Actor actor, @PathVariable UUID id,
            @PathVariable UUID commentId, @Valid @RequestBody ModerationRequest request) {
        return respond(moderate.moderate(new ModerateCommentCommand(actor, new DraftDecisionId(id),
                new CommentId(commentId), request.decision(), request.reason())));
    }

    @PostMapping("/{id}/comments/{commentId}/answer")
    @Operation(summary = "Answers a published comment: adopted, partly adopted or not adopted, with the reason",
            description = "Only after the comment period (else 409 participation.comment-period-not-ended); may be "
                    + "corrected until the adoption report is published.")
    public ResponseEntity<StaffCommentResponse> answer(Actor actor, @PathVariable UUID id,
            @PathVariable UUID commentId, @Valid @RequestBody AnswerRequest request) {
        return respond(answer.answer(new AnswerCommentCommand(actor, new DraftDecisionId(id),
                new CommentId(commentId), request.adoption(), request.reason())));
    }

    @PostMapping("/{id}/comments/{commentId}/contact")
    @Operation(summary = "Reveals a commenter's full name and phone to the caller; the reveal is recorded")
    public ResponseEntity<ContactResponse> revealContact(Actor actor, @PathVariable UUID id,
            @PathVariable UUID commentId) {
        // Full personal data: no browser or proxy may keep it.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(
                MAPPER.toResponse(reveal.revealCommenter(actor, new DraftDecisionId(id), new CommentId(commentId))));
    }

    @PostMapping("/{id}/adoption-report")
    @Operation(summary = "Publishes the adoption report (意见采纳情况)",
            description = "After the comment period, once every comment is moderated and every published one "
                    + "answered (else 409 participation.comments-unanswered).")
    public AdoptionReportResponse publishReport(Actor actor, @PathVariable UUID id) {
        return MAPPER.toResponse(report.publishReport(actor, new DraftDecisionId(id)));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Publishes the decision made on the draft (公布决策)",
            description = "Refused with 409 participation.adoption-report-missing until the adoption report is "
                    + "published.")
    public ResponseEntity<DraftResponse> publishDecision(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody DecisionRequest request) {
        return respond(decide.publishDecision(new PublishDecisionCommand(actor, new DraftDecisionId(id),
                request.text())));
    }

    @PostMapping("/{id}/hearings")
    @Operation(summary = "Announces a hearing on the draft today (听证公告)",
            description = "The hearing day must keep the county's notice periods (else 422 "
                    + "participation.hearing-announcement-too-late or "
                    + "participation.hearing-registration-closes-too-late).")
    @ApiResponse(responseCode = "201", description = "Announced; Location names the hearing")
    public ResponseEntity<HearingResponse> announceHearing(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody AnnounceHearingRequest request) {
        HearingView hearing = announce.announce(new AnnounceHearingCommand(actor, new DraftDecisionId(id),
                new HearingAnnouncement(request.subject(), request.heldOn(), request.place(), request.seats(),
                        request.selectionMethod(), request.registrationClosesOn())));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(StaffHearingController.PATH + "/{id}").buildAndExpand(hearing.id()).toUri();
        return ResponseEntity.created(location).eTag(Long.toString(hearing.version()))
                .body(MAPPER.toResponse(hearing));
    }

    private static ResponseEntity<DraftResponse> respond(DraftView view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(MAPPER.toResponse(view));
    }

    private static ResponseEntity<StaffCommentResponse> respond(StaffCommentView view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(MAPPER.toResponse(view));
    }
}
