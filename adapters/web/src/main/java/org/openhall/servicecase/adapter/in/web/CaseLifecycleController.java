package org.openhall.servicecase.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openhall.servicecase.adapter.in.web.CaseLifecycleRequests.CertificateRequest;
import org.openhall.servicecase.adapter.in.web.CaseLifecycleRequests.DecisionRequest;
import org.openhall.servicecase.adapter.in.web.CaseLifecycleRequests.DeliveryRequest;
import org.openhall.servicecase.adapter.in.web.CaseLifecycleRequests.ExtensionRequest;
import org.openhall.servicecase.adapter.in.web.CaseLifecycleRequests.FeeCharged;
import org.openhall.servicecase.adapter.in.web.CaseLifecycleRequests.FeeCollectionRequest;
import org.openhall.servicecase.adapter.in.web.CaseLifecycleRequests.FeeRefundRequest;
import org.openhall.servicecase.adapter.in.web.CaseLifecycleRequests.FeeWaiverRequest;
import org.openhall.servicecase.adapter.in.web.CaseLifecycleRequests.PauseRequest;
import org.openhall.servicecase.adapter.in.web.CaseLifecycleRequests.RefusalRequest;
import org.openhall.servicecase.adapter.in.web.CaseLifecycleRequests.StepCompletionRequest;
import org.openhall.servicecase.adapter.in.web.CaseLifecycleRequests.WithdrawalRequest;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.CollectFeesCommand;
import org.openhall.servicecase.application.port.in.CollectFeesUseCase;
import org.openhall.servicecase.application.port.in.CompleteCaseStepCommand;
import org.openhall.servicecase.application.port.in.CompleteCaseStepUseCase;
import org.openhall.servicecase.application.port.in.DecideCaseCommand;
import org.openhall.servicecase.application.port.in.DecideCaseUseCase;
import org.openhall.servicecase.application.port.in.DeliverCertificateCommand;
import org.openhall.servicecase.application.port.in.DeliverCertificateUseCase;
import org.openhall.servicecase.application.port.in.ExtendCaseDeadlineCommand;
import org.openhall.servicecase.application.port.in.ExtendCaseDeadlineUseCase;
import org.openhall.servicecase.application.port.in.IssueCertificateCommand;
import org.openhall.servicecase.application.port.in.IssueCertificateUseCase;
import org.openhall.servicecase.application.port.in.PauseCaseCommand;
import org.openhall.servicecase.application.port.in.PauseCaseUseCase;
import org.openhall.servicecase.application.port.in.RefundFeesCommand;
import org.openhall.servicecase.application.port.in.RefundFeesUseCase;
import org.openhall.servicecase.application.port.in.RefuseCaseCommand;
import org.openhall.servicecase.application.port.in.RefuseCaseUseCase;
import org.openhall.servicecase.application.port.in.ResumeCaseCommand;
import org.openhall.servicecase.application.port.in.ResumeCaseUseCase;
import org.openhall.servicecase.application.port.in.WaiveFeeCommand;
import org.openhall.servicecase.application.port.in.WaiveFeeUseCase;
import org.openhall.servicecase.application.port.in.WithdrawCaseCommand;
import org.openhall.servicecase.application.port.in.WithdrawCaseUseCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.money.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The lifecycle of a case after receipt (办件全流程): refusal, withdrawal, the procedure's steps,
 * special procedures, the extension, the decision, certificate, delivery and fees. Every answer is
 * the case as it now stands, its version as {@code ETag}; a step that does not fit the case's state
 * answers 409 {@code case.not-in-expected-state}.
 */
@RestController
@RequestMapping(ServiceCaseController.PATH + "/{id}")
@Tag(name = "Cases", description = "Cases (办件) from receipt to completion")
public class CaseLifecycleController {

    private final RefuseCaseUseCase refuse;
    private final WithdrawCaseUseCase withdraw;
    private final CompleteCaseStepUseCase steps;
    private final PauseCaseUseCase pause;
    private final ResumeCaseUseCase resume;
    private final ExtendCaseDeadlineUseCase extend;
    private final DecideCaseUseCase decide;
    private final IssueCertificateUseCase certificate;
    private final DeliverCertificateUseCase deliver;
    private final CollectFeesUseCase collect;
    private final WaiveFeeUseCase waive;
    private final RefundFeesUseCase refund;

    public CaseLifecycleController(RefuseCaseUseCase refuse, WithdrawCaseUseCase withdraw,
            CompleteCaseStepUseCase steps, PauseCaseUseCase pause, ResumeCaseUseCase resume,
            ExtendCaseDeadlineUseCase extend, DecideCaseUseCase decide, IssueCertificateUseCase certificate,
            DeliverCertificateUseCase deliver, CollectFeesUseCase collect, WaiveFeeUseCase waive,
            RefundFeesUseCase refund) {
        this.refuse = refuse;
        this.withdraw = withdraw;
        this.steps = steps;
        this.pause = pause;
        this.resume = resume;
        this.extend = extend;
        this.decide = decide;
        this.certificate = certificate;
        this.deliver = deliver;
        this.collect = collect;
        this.waive = waive;
        this.refund = refund;
    }

    @PostMapping("/refusal")
    @Operation(summary = "Refuses the application in writing (不予受理); the case closes")
    public ResponseEntity<CaseResponse> refuse(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody RefusalRequest r) {
        return respond(refuse.refuse(new RefuseCaseCommand(actor, new ServiceCaseId(id), r.legalBasis(), r.reason())));
    }

    @PostMapping("/withdrawal")
    @Operation(summary = "Records the applicant's withdrawal before the decision (撤回)")
    public ResponseEntity<CaseResponse> withdraw(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody WithdrawalRequest r) {
        return respond(withdraw.withdraw(new WithdrawCaseCommand(actor, new ServiceCaseId(id), r.reason())));
    }

    @PostMapping("/steps/{position}/completion")
    @Operation(summary = "Completes the step under way with the handler's opinion (环节办结)",
            description = "Only the step under way, by whoever holds its role in the case's department: window "
                    + "steps clerks, the others department approvers. The next step begins the same day.")
    public ResponseEntity<CaseResponse> completeStep(Actor actor, @PathVariable UUID id, @PathVariable int position,
            @Valid @RequestBody StepCompletionRequest r) {
        return respond(steps.completeStep(new CompleteCaseStepCommand(actor, new ServiceCaseId(id), position,
                r.opinion())));
    }

    @PostMapping("/pauses")
    @Operation(summary = "Starts a special procedure that stops both clocks (特别程序, Art. 45)",
            description = "Only with the written notice to the applicant: its reference and date.")
    public ResponseEntity<CaseResponse> pause(Actor actor, @PathVariable UUID id, @Valid @RequestBody PauseRequest r) {
        return respond(pause.pause(new PauseCaseCommand(actor, new ServiceCaseId(id), r.procedure(),
                r.noticeReference(), r.noticedOn())));
    }

    @PostMapping("/pauses/end")
    @Operation(summary = "Ends the special procedure today; the due dates move by the paused working days")
    public ResponseEntity<CaseResponse> resume(Actor actor, @PathVariable UUID id) {
        return respond(resume.resume(new ResumeCaseCommand(actor, new ServiceCaseId(id))));
    }

    @PostMapping("/extensions")
    @Operation(summary = "Grants the case's one extension (延期, Art. 42)",
            description = "At most 10 working days (15 for a 45-day joint handling), approved by the agency head, "
                    + "with the reasons and the day the applicant was told.")
    public ResponseEntity<CaseResponse> extend(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody ExtensionRequest r) {
        return respond(extend.extend(new ExtendCaseDeadlineCommand(actor, new ServiceCaseId(id), r.workingDays(),
                r.approvedBy(), r.reason(), r.applicantToldOn())));
    }

    @PostMapping("/decision")
    @Operation(summary = "Decides the case (办结): APPROVED, or DENIED with legal basis and reason",
            description = "Every step of the procedure must be completed and no special procedure under way.")
    public ResponseEntity<CaseResponse> decide(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody DecisionRequest r) {
        return respond(decide.decide(new DecideCaseCommand(actor, new ServiceCaseId(id), r.outcome(), r.legalBasis(),
                r.reason())));
    }

    @PostMapping("/certificate")
    @Operation(summary = "Records the certificate issued for an approved case (制证, Art. 44)")
    public ResponseEntity<CaseResponse> issueCertificate(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody CertificateRequest r) {
        return respond(certificate.issueCertificate(new IssueCertificateCommand(actor, new ServiceCaseId(id),
                r.certificateNumber())));
    }

    @PostMapping("/delivery")
    @Operation(summary = "Records the delivery of the certificate (送达): pickup at the window or mail")
    public ResponseEntity<CaseResponse> deliver(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody DeliveryRequest r) {
        return respond(deliver.deliver(new DeliverCertificateCommand(actor, new ServiceCaseId(id), r.method(),
                r.collectedBy(), r.idChecked(), r.byApplicant(), r.carrier(), r.trackingNumber())));
    }

    @PostMapping("/fees/collection")
    @Operation(summary = "Collects the case's fees once, under one receipt (一票制收费)",
            description = "A fee the catalog does not list for the item is refused (422 case.fee-not-in-catalog); "
                    + "collecting twice is a conflict (409).")
    public ResponseEntity<CaseResponse> collect(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody FeeCollectionRequest r) {
        Map<String, Money> amounts = new LinkedHashMap<>();
        for (FeeCharged fee : r.fees()) {
            amounts.merge(fee.name(), new Money(fee.amount()), Money::plus);
        }
        return respond(collect.collect(new CollectFeesCommand(actor, new ServiceCaseId(id), r.receiptNumber(),
                amounts)));
    }

    @PostMapping("/fees/waivers")
    @Operation(summary = "Waives one of the item's fees before collection (减免)")
    public ResponseEntity<CaseResponse> waive(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody FeeWaiverRequest r) {
        return respond(waive.waive(new WaiveFeeCommand(actor, new ServiceCaseId(id), r.feeName(), r.reason())));
    }

    @PostMapping("/fees/refund")
    @Operation(summary = "Refunds collected fees, once (退费)")
    public ResponseEntity<CaseResponse> refund(Actor actor, @PathVariable UUID id,
            @Valid @RequestBody FeeRefundRequest r) {
        return respond(refund.refund(new RefundFeesCommand(actor, new ServiceCaseId(id), new Money(r.amount()),
                r.reason())));
    }

    private static ResponseEntity<CaseResponse> respond(CaseView view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(CaseResponseMapper.INSTANCE.toResponse(view));
    }
}
