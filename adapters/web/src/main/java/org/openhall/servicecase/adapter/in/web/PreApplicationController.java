package org.openhall.servicecase.adapter.in.web;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.in.InviteApplicantCommand;
import org.openhall.servicecase.application.port.in.InviteApplicantUseCase;
import org.openhall.servicecase.application.port.in.PreApplicationListFilter;
import org.openhall.servicecase.application.port.in.PreApplicationQuery;
import org.openhall.servicecase.application.port.in.PreApplicationView;
import org.openhall.servicecase.application.port.in.ReceivePreApplicationCommand;
import org.openhall.servicecase.application.port.in.ReceivePreApplicationUseCase;
import org.openhall.servicecase.application.port.in.RequestCorrectionsCommand;
import org.openhall.servicecase.application.port.in.RequestCorrectionsUseCase;
import org.openhall.servicecase.domain.preapplication.Appointment;
import org.openhall.servicecase.domain.preapplication.Correction;
import org.openhall.servicecase.domain.preapplication.PreApplicationId;
import org.openhall.servicecase.domain.preapplication.PreApplicationState;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The department's side of online pre-applications: pre-review (预审) — corrections or an
 * invitation — and receipt at the window. Department scope is decided by the use cases.
 */
@RestController
@RequestMapping(PreApplicationController.PATH)
@Tag(name = "Pre-applications", description = "Pre-review (预审) of online pre-applications and their receipt")
public class PreApplicationController {

    static final String PATH = "/api/v1/pre-applications";

    private final RequestCorrectionsUseCase corrections;
    private final InviteApplicantUseCase invite;
    private final ReceivePreApplicationUseCase receive;
    private final PreApplicationQuery preApplications;

    public PreApplicationController(RequestCorrectionsUseCase corrections, InviteApplicantUseCase invite,
            ReceivePreApplicationUseCase receive, PreApplicationQuery preApplications) {
        this.corrections = corrections;
        this.invite = invite;
        this.receive = receive;
        this.preApplications = preApplications;
    }

    @GetMapping
    @Operation(summary = "Lists pre-applications, most urgent pre-review first",
            description = "overdue=true keeps those still awaiting pre-review after their due day.")
    public PageResponse<PreApplicationView> list(Actor actor, @RequestParam Optional<PreApplicationState> state,
            @RequestParam Optional<String> department, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(preApplications.list(actor,
                new PreApplicationListFilter(state, department.map(DepartmentCode::new), overdue),
                new PageRequest(page, size)), v -> v);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Shows one pre-application")
    public ResponseEntity<PreApplicationView> get(Actor actor, @PathVariable UUID id) {
        return respond(preApplications.get(actor, new PreApplicationId(id)));
    }

    @PostMapping("/{id}/corrections")
    @Operation(summary = "Asks for corrections (预审补正), every one at once")
    public ResponseEntity<PreApplicationView> requestCorrections(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody CorrectionsRequest request) {
        return respond(corrections.requestCorrections(new RequestCorrectionsCommand(actor, new PreApplicationId(id),
                request.corrections().stream().map(p -> new Correction(p.materialCode(), p.what())).toList())));
    }

    @PostMapping("/{id}/invitation")
    @Operation(summary = "Passes pre-review and invites the applicant to a window (预约)",
            description = "The day must be a working day of the centre's calendar and not in the past.")
    public ResponseEntity<PreApplicationView> invite(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody InvitationRequest request) {
        return respond(invite.invite(new InviteApplicantCommand(actor, new PreApplicationId(id),
                new Appointment(request.date(), request.timeSlot(), new WindowCode(request.window())))));
    }

    @PostMapping("/{id}/receipt")
    @Operation(summary = "Receives the invited applicant at the window (收件)",
            description = "Creates the case with the declared materials the clerk confirms, in the same transaction.")
    public ResponseEntity<PreApplicationView> receive(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody PreApplicationReceiptRequest request) {
        return respond(receive.receive(new ReceivePreApplicationCommand(actor, new PreApplicationId(id),
                Set.copyOf(request.materials()),
                request.window() == null || request.window().isBlank() ? null : new WindowCode(request.window()))));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Shows the pre-application's record (留痕)")
    public IntakeHistoryResponse history(Actor actor, @PathVariable UUID id) {
        return new IntakeHistoryResponse(id.toString(), preApplications.history(actor, new PreApplicationId(id)));
    }

    private static ResponseEntity<PreApplicationView> respond(PreApplicationView view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }
}
