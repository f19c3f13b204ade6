package org.openhall.servicecase.adapter.in.web;

import java.util.Set;

import jakarta.validation.Valid;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.servicecase.application.port.in.PreApplicationStatusQuery;
import org.openhall.servicecase.application.port.in.PreApplicationStatusView;
import org.openhall.servicecase.application.port.in.ResubmitPreApplicationCommand;
import org.openhall.servicecase.application.port.in.ResubmitPreApplicationUseCase;
import org.openhall.servicecase.application.port.in.SubmitPreApplicationCommand;
import org.openhall.servicecase.application.port.in.SubmitPreApplicationUseCase;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.preapplication.PreApplicationReference;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
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
 * The citizen's side of online pre-applications (网上预申请), without an account: submit, check the
 * status and resubmit after corrections with the reference number and the last four digits of the
 * phone. A wrong pair is answered like an unknown reference (404).
 */
@RestController
@SecurityRequirements
@RequestMapping(PublicPreApplicationController.PATH)
@Tag(name = "Online pre-application", description = "Submit and follow a pre-application (网上预申请) without signing in")
public class PublicPreApplicationController {

    static final String PATH = "/api/v1/public/pre-applications";

    private final SubmitPreApplicationUseCase submit;
    private final ResubmitPreApplicationUseCase resubmit;
    private final PreApplicationStatusQuery status;

    public PublicPreApplicationController(SubmitPreApplicationUseCase submit, ResubmitPreApplicationUseCase resubmit,
            PreApplicationStatusQuery status) {
        this.submit = submit;
        this.resubmit = resubmit;
        this.status = status;
    }

    @PostMapping
    @Operation(summary = "Submits a pre-application; the answer carries the reference number to keep")
    @ApiResponse(responseCode = "201", description = "Taken; it waits for pre-review")
    public ResponseEntity<PreApplicationStatusView> submit(@Valid @RequestBody PreApplicationRequest request) {
        Applicant applicant = new Applicant(new PersonName(request.applicant().name()),
                new ResidentIdNumber(request.applicant().idNumber()), new PhoneNumber(request.applicant().phone()));
        return ResponseEntity.status(HttpStatus.CREATED).body(submit.submit(new SubmitPreApplicationCommand(
                new ApprovalItemCode(request.itemCode()), applicant, Set.copyOf(request.materials()),
                request.note())));
    }

    @GetMapping("/{reference}")
    @Operation(summary = "Shows the status of a pre-application to its applicant",
            description = "phoneLastFour: the last four digits of the phone number given when submitting.")
    public PreApplicationStatusView status(@PathVariable String reference, @RequestParam String phoneLastFour) {
        return status.status(new PreApplicationReference(reference), phoneLastFour);
    }

    @PostMapping("/{reference}/resubmission")
    @Operation(summary = "Resubmits after corrections; the pre-application goes back to pre-review")
    public PreApplicationStatusView resubmit(@PathVariable String reference,
            @Valid @RequestBody ResubmissionRequest request) {
        return resubmit.resubmit(new ResubmitPreApplicationCommand(new PreApplicationReference(reference),
                request.phoneLastFour(), Set.copyOf(request.materials()), request.note()));
    }
}
