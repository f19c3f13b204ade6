package org.openhall.servicecase.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.servicecase.domain.DecisionOutcome;
import org.openhall.servicecase.domain.SpecialProcedure;

/** The bodies of the lifecycle steps of a case, one record per step. */
final class CaseLifecycleRequests {

    private CaseLifecycleRequests() {
    }

    /** 不予受理: both the legal basis and the reason are written down (Art. 38). */
    record RefusalRequest(@NotBlank @Size(max = 2000) String legalBasis, @NotBlank @Size(max = 2000) String reason) {
    }

    /** 撤回: the applicant's reason for withdrawing. */
    record WithdrawalRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** 受理, optionally 容缺受理: the secondary materials still owed, the commitment and the supply day. */
    record AcceptanceRequest(@Size(max = 50) List<@NotBlank String> deferredMaterials,
            @Size(max = 2000) String commitment, LocalDate supplyBy) {
    }

    /** 环节办结: the handler's opinion. */
    record StepCompletionRequest(@NotBlank @Size(max = 2000) String opinion) {
    }

    /** 特别程序: which procedure, and the written notice that told the applicant (Art. 45). */
    record PauseRequest(@NotNull SpecialProcedure procedure, @NotBlank @Size(max = 200) String noticeReference,
            @NotNull LocalDate noticedOn) {
    }

    /** 延期 (Art. 42): working days, the approving head, the reasons, and when the applicant was told. */
    record ExtensionRequest(@Min(1) @Max(15) int workingDays, @NotBlank @Size(max = 200) String approvedBy,
            @NotBlank @Size(max = 2000) String reason, @NotNull LocalDate applicantToldOn) {
    }

    /** 办结: APPROVED, or DENIED with legal basis and reason. */
    record DecisionRequest(@NotNull DecisionOutcome outcome, @Size(max = 2000) String legalBasis,
            @Size(max = 2000) String reason) {
    }

    /** 制证: the certificate's number. */
    record CertificateRequest(@NotBlank @Size(max = 64) String certificateNumber) {
    }

    /**
     * 送达: PICKUP with who collected it, whether their identity document was checked and whether it
     * was the applicant; or MAIL with carrier and tracking number.
     */
    record DeliveryRequest(@NotNull DeliveryMethod method, @Size(max = 100) String collectedBy, Boolean idChecked,
            Boolean byApplicant, @Size(max = 100) String carrier, @Size(max = 64) String trackingNumber) {

        /** Absent flags are false: a mailing checks no identity document. */
        DeliveryRequest {
            idChecked = Boolean.TRUE.equals(idChecked);
            byApplicant = Boolean.TRUE.equals(byApplicant);
        }

        @Override
        public String toString() {
            // The collector's name stays out of logs.
            return "DeliveryRequest[" + method + "]";
        }
    }

    /** 一票制收费: the receipt and every fee charged on it. */
    record FeeCollectionRequest(@NotBlank @Size(max = 64) String receiptNumber,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull FeeCharged> fees) {
    }

    /** One fee on the receipt: the catalog's name and the amount charged. */
    record FeeCharged(@NotBlank @Size(max = 200) String name, @NotNull BigDecimal amount) {
    }

    /** 减免: the fee waived and why. */
    record FeeWaiverRequest(@NotBlank @Size(max = 200) String feeName, @NotBlank @Size(max = 2000) String reason) {
    }

    /** 退费: the amount refunded and why. */
    record FeeRefundRequest(@NotNull BigDecimal amount, @NotBlank @Size(max = 2000) String reason) {
    }
}
