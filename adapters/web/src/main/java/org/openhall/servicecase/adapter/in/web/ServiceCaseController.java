package org.openhall.servicecase.adapter.in.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.servicecase.application.port.in.AcceptCaseCommand;
import org.openhall.servicecase.application.port.in.AcceptCaseUseCase;
import org.openhall.servicecase.application.port.in.CaseListFilter;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.CompleteCaseCommand;
import org.openhall.servicecase.application.port.in.CompleteCaseUseCase;
import org.openhall.servicecase.application.port.in.DeadlineKind;
import org.openhall.servicecase.application.port.in.RequestSupplementCommand;
import org.openhall.servicecase.application.port.in.RequestSupplementUseCase;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.in.SubmitApplicationCommand;
import org.openhall.servicecase.application.port.in.SubmitApplicationUseCase;
import org.openhall.servicecase.application.port.in.SupplyMaterialsCommand;
import org.openhall.servicecase.application.port.in.SupplyMaterialsUseCase;
import org.openhall.servicecase.domain.Agent;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.adapter.in.web.WebMessages;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.openhall.shared.domain.time.DeadlineExplanation;
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
 * Cases (办件) at the windows: receipt, the one-time notice, supply of materials, acceptance and
 * completion, and what staff read about them. Who may call what is decided by role in the security
 * rules; which department's cases a caller may touch is decided by the use cases.
 *
 * <p>Every response that carries a case carries its version as {@code ETag} too.
 */
@RestController
@RequestMapping(ServiceCaseController.PATH)
@Tag(name = "Cases", description = "Cases (办件) from receipt to completion")
public class ServiceCaseController {

    static final String PATH = "/api/v1/cases";

    private static final CaseResponseMapper MAPPER = CaseResponseMapper.INSTANCE;

    private final SubmitApplicationUseCase submit;
    private final RequestSupplementUseCase requestSupplement;
    private final SupplyMaterialsUseCase supplyMaterials;
    private final AcceptCaseUseCase accept;
    private final CompleteCaseUseCase complete;
    private final ServiceCaseQuery cases;
    private final DeadlineSummaries summaries;

    public ServiceCaseController(SubmitApplicationUseCase submit, RequestSupplementUseCase requestSupplement,
            SupplyMaterialsUseCase supplyMaterials, AcceptCaseUseCase accept, CompleteCaseUseCase complete,
            ServiceCaseQuery cases, WebMessages messages) {
        this.submit = submit;
        this.requestSupplement = requestSupplement;
        this.supplyMaterials = supplyMaterials;
        this.accept = accept;
        this.complete = complete;
        this.cases = cases;
        this.summaries = new DeadlineSummaries(messages);
    }

    @PostMapping
    @Operation(summary = "Receives an application at the window (收件)",
            description = "Creates the case with the materials handed in.")
    @ApiResponse(responseCode = "201", description = "Received; Location names the new case, ETag its version")
    public ResponseEntity<CaseResponse> submit(Actor actor, @Valid @RequestBody SubmitCaseRequest request) {
        Applicant applicant = new Applicant(new PersonName(request.applicant().name()),
                new ResidentIdNumber(request.applicant().idNumber()), new PhoneNumber(request.applicant().phone()));
        SubmitCaseRequest.AgentRequest a = request.agent();
        Agent agent = a == null ? null : new Agent(new PersonName(a.name()), new ResidentIdNumber(a.idNumber()),
                new PhoneNumber(a.phone()), a.stationCode());
        CaseView view = submit.submit(new SubmitApplicationCommand(actor, new ApprovalItemCode(request.itemCode()),
                applicant, Set.copyOf(request.materials()),
                request.window() == null || request.window().isBlank() ? null : new WindowCode(request.window()),
                request.channel(), agent, request.preApplicationReference()));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH + "/{id}")
                .buildAndExpand(view.id()).toUri();
        return ResponseEntity.created(location).eTag(etagOf(view)).body(MAPPER.toResponse(view));
    }

    @GetMapping
    @Operation(summary = "Lists cases, newest first",
            description = "Clerks and approvers see their own department's cases; supervisors see all and may "
                    + "narrow the list to one department.")
    public PageResponse<CaseSummaryResponse> list(Actor actor, @RequestParam Optional<CaseStatus> status,
            @RequestParam Optional<String> department, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        CaseListFilter filter = new CaseListFilter(status, department.map(DepartmentCode::new));
        return PageResponse.of(cases.list(actor, filter, new PageRequest(page, size)), MAPPER::toResponse);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Shows one case")
    public ResponseEntity<CaseResponse> get(Actor actor, @PathVariable UUID id) {
        return respond(cases.get(actor, new ServiceCaseId(id)));
    }

    @PostMapping("/{id}/supplement-request")
    @Operation(summary = "Issues the one-time notice of missing or defective materials (一次性告知)",
            description = "What is missing is worked out from the item; the body adds what is defective. "
                    + "The answer is the case with the notice among its notices.")
    public ResponseEntity<CaseResponse> requestSupplement(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody(required = false) RequestSupplementRequest request) {
        RequestSupplementRequest body = request == null ? new RequestSupplementRequest(null) : request;
        return respond(requestSupplement.requestSupplement(
                new RequestSupplementCommand(actor, new ServiceCaseId(id), body.defects())));
    }

    @PostMapping("/{id}/materials")
    @Operation(summary = "Records the materials supplied after a notice (补正)")
    public ResponseEntity<CaseResponse> supplyMaterials(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody SupplyMaterialsRequest request) {
        return respond(supplyMaterials.supply(
                new SupplyMaterialsCommand(actor, new ServiceCaseId(id), Set.copyOf(request.materials()))));
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "Accepts the case (受理) and starts its time limits and the first step",
            description = "Optionally 容缺受理: the secondary materials still owed (only those the item allows to be "
                    + "supplied later), the applicant's commitment and a supply day no later than the promised due "
                    + "date (else 422 naming supplyBy).")
    public ResponseEntity<CaseResponse> accept(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody(required = false) CaseLifecycleRequests.AcceptanceRequest request) {
        if (request == null || request.deferredMaterials() == null || request.deferredMaterials().isEmpty()) {
            return respond(accept.accept(new AcceptCaseCommand(actor, new ServiceCaseId(id))));
        }
        return respond(accept.accept(new AcceptCaseCommand(actor, new ServiceCaseId(id), request.deferredMaterials(),
                request.commitment(), request.supplyBy())));
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "Completes the case as approved (办结), with an optional note",
            description = "Kept for existing clients: the same as POST decision with outcome APPROVED.")
    public ResponseEntity<CaseResponse> complete(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody(required = false) CompleteCaseRequest request) {
        String note = request == null ? null : request.note();
        return respond(complete.complete(new CompleteCaseCommand(actor, new ServiceCaseId(id), note)));
    }

    @GetMapping("/{id}/deadline")
    @Operation(summary = "Explains how a due date was reached, day by day",
            description = "kind=PROMISED (承诺期限, the default) or STATUTORY (法定期限). Only accepted cases "
                    + "have running limits.")
    public DeadlineExplanationResponse deadline(Actor actor, @PathVariable UUID id,
            @RequestParam(defaultValue = "PROMISED") DeadlineKind kind, Locale locale) {
        DeadlineExplanation explanation = cases.explainDeadline(actor, new ServiceCaseId(id), kind);
        return MAPPER.toResponse(id.toString(), kind, explanation, summaries.summarize(kind, explanation, locale));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Shows the case's record (留痕): every step, who took it and when")
    public CaseHistoryResponse history(Actor actor, @PathVariable UUID id) {
        return new CaseHistoryResponse(id.toString(),
                cases.history(actor, new ServiceCaseId(id)).stream().map(MAPPER::toResponse).toList());
    }

    private static ResponseEntity<CaseResponse> respond(CaseView view) {
        return ResponseEntity.ok().eTag(etagOf(view)).body(MAPPER.toResponse(view));
    }

    private static String etagOf(CaseView view) {
        return Long.toString(view.version());
    }
}
