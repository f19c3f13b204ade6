package org.openhall.servicecase.adapter.in.web;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.in.AcknowledgeReferralCommand;
import org.openhall.servicecase.application.port.in.AcknowledgeReferralUseCase;
import org.openhall.servicecase.application.port.in.AnswerConsultationCommand;
import org.openhall.servicecase.application.port.in.AnswerConsultationUseCase;
import org.openhall.servicecase.application.port.in.ConsultationListFilter;
import org.openhall.servicecase.application.port.in.ConsultationQuery;
import org.openhall.servicecase.application.port.in.ConsultationView;
import org.openhall.servicecase.application.port.in.ConvertConsultationToApplicationCommand;
import org.openhall.servicecase.application.port.in.ConvertConsultationToApplicationUseCase;
import org.openhall.servicecase.application.port.in.RecordConsultationCommand;
import org.openhall.servicecase.application.port.in.RecordConsultationUseCase;
import org.openhall.servicecase.application.port.in.ReferConsultationCommand;
import org.openhall.servicecase.application.port.in.ReferConsultationUseCase;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.consultation.ConsultationId;
import org.openhall.servicecase.domain.consultation.ConsultationState;
import org.openhall.servicecase.domain.consultation.Enquirer;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
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
 * Consultations at the centre (咨询) under first-contact responsibility (首问负责): recording, answer,
 * turning into an application, referral to the competent department (首问转办) and its
 * acknowledgement (签收). Named apart from decision openness' public-comment consultation. Which
 * department may act is decided by the use cases; every response carries the version as
 * {@code ETag}.
 */
@RestController
@RequestMapping(CaseConsultationController.PATH)
@Tag(name = "Consultations", description = "Enquiries (咨询) under first-contact responsibility (首问负责)")
public class CaseConsultationController {

    static final String PATH = "/api/v1/consultations";

    private final RecordConsultationUseCase record;
    private final AnswerConsultationUseCase answer;
    private final ConvertConsultationToApplicationUseCase convert;
    private final ReferConsultationUseCase refer;
    private final AcknowledgeReferralUseCase acknowledge;
    private final ConsultationQuery consultations;

    public CaseConsultationController(RecordConsultationUseCase record, AnswerConsultationUseCase answer,
            ConvertConsultationToApplicationUseCase convert, ReferConsultationUseCase refer,
            AcknowledgeReferralUseCase acknowledge, ConsultationQuery consultations) {
        this.record = record;
        this.answer = answer;
        this.convert = convert;
        this.refer = refer;
        this.acknowledge = acknowledge;
        this.consultations = consultations;
    }

    @PostMapping
    @Operation(summary = "Records an enquiry (咨询登记); the caller becomes responsible for it (首问负责)")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the consultation, ETag its version")
    public ResponseEntity<ConsultationView> record(Actor actor, @Valid @RequestBody RecordConsultationRequest request) {
        ConsultationView view = record.record(new RecordConsultationCommand(actor, request.channel(),
                new Enquirer(new PersonName(request.enquirer().name()), new PhoneNumber(request.enquirer().phone())),
                request.question(), blank(request.itemCode()) ? null : new ApprovalItemCode(request.itemCode())));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH + "/{id}")
                .buildAndExpand(view.id()).toUri();
        return ResponseEntity.created(location).eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping
    @Operation(summary = "Lists consultations, newest first",
            description = "A department's list holds what it answers for and what it referred on that is not "
                    + "acknowledged yet; mine=true keeps the open ones the caller is responsible for.")
    public PageResponse<ConsultationView> list(Actor actor, @RequestParam Optional<ConsultationState> state,
            @RequestParam Optional<String> department, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(consultations.list(actor,
                new ConsultationListFilter(state, department.map(DepartmentCode::new), mine),
                new PageRequest(page, size)), v -> v);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Shows one consultation")
    public ResponseEntity<ConsultationView> get(Actor actor, @PathVariable UUID id) {
        return respond(consultations.get(actor, new ConsultationId(id)));
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Answers the enquiry (答复) and closes it")
    public ResponseEntity<ConsultationView> answer(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody AnswerConsultationRequest request) {
        return respond(answer.answer(new AnswerConsultationCommand(actor, new ConsultationId(id), request.answer())));
    }

    @PostMapping("/{id}/application")
    @Operation(summary = "Receives the enquiry as an application (转申请)",
            description = "Creates the case as at the window, in the same transaction; the consultation names it.")
    public ResponseEntity<ConsultationView> application(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody ConsultationApplicationRequest request) {
        Applicant applicant = new Applicant(new PersonName(request.applicant().name()),
                new ResidentIdNumber(request.applicant().idNumber()), new PhoneNumber(request.applicant().phone()));
        return respond(convert.convert(new ConvertConsultationToApplicationCommand(actor, new ConsultationId(id),
                new ApprovalItemCode(request.itemCode()), applicant, Set.copyOf(request.materials()),
                blank(request.window()) ? null : new WindowCode(request.window()))));
    }

    @PostMapping("/{id}/referral")
    @Operation(summary = "Refers the enquiry to the competent department (首问转办)",
            description = "The caller stays responsible until that department acknowledges it.")
    public ResponseEntity<ConsultationView> refer(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody ReferConsultationRequest request) {
        return respond(refer.refer(new ReferConsultationCommand(actor, new ConsultationId(id),
                new DepartmentCode(request.department()), request.reason())));
    }

    @PostMapping("/{id}/referral/acknowledgement")
    @Operation(summary = "Acknowledges a referred enquiry (签收); the caller becomes responsible")
    public ResponseEntity<ConsultationView> acknowledge(Actor actor, @PathVariable UUID id) {
        return respond(acknowledge.acknowledge(new AcknowledgeReferralCommand(actor, new ConsultationId(id))));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Shows the consultation's record (留痕): every step, who took it and when")
    public IntakeHistoryResponse history(Actor actor, @PathVariable UUID id) {
        return new IntakeHistoryResponse(id.toString(), consultations.history(actor, new ConsultationId(id)));
    }

    private static ResponseEntity<ConsultationView> respond(ConsultationView view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
