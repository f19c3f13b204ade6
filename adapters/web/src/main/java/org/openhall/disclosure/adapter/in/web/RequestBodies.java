package org.openhall.disclosure.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openhall.disclosure.domain.request.ChallengeKind;
import org.openhall.disclosure.domain.request.ChallengeOutcome;
import org.openhall.disclosure.domain.request.DeliveryMode;
import org.openhall.disclosure.domain.request.ExcessiveHandling;
import org.openhall.disclosure.domain.request.FeeScale;
import org.openhall.disclosure.domain.request.IntakeChannel;
import org.openhall.disclosure.domain.request.ReplyType;
import org.openhall.disclosure.domain.request.RequesterKind;
import org.openhall.disclosure.domain.request.ThirdPartyOpinion;
import org.openhall.disclosure.domain.request.WithholdingGround;

/** The bodies the disclosure endpoints take; formats and rules are checked by the domain's values. */
final class RequestBodies {

    private RequestBodies() {
    }

    /** The applicant: {@code idNumber} for a natural person, {@code creditCode} for an organisation. */
    record RequesterBody(@NotNull RequesterKind kind, @NotBlank @Size(max = 200) String name,
            @Size(max = 18) String idNumber, @Size(max = 18) String creditCode, @Size(max = 20) String phone,
            @Size(max = 300) String address) {

        @Override
        public String toString() {
            return "RequesterBody[…]";
        }
    }

    /** 登记申请; {@code signedForOn} only for registered post. */
    record RegisterBody(@NotNull @Valid RequesterBody requester, @NotBlank @Size(max = 4000) String description,
            @NotNull IntakeChannel channel, LocalDate signedForOn) {
    }

    record ConfirmationBody(@NotNull LocalDate confirmedOn) {
    }

    record CorrectionRequestBody(@NotEmpty @Size(max = 50) List<@NotBlank String> points, @NotNull LocalDate dueOn) {
    }

    record ReasonBody(@NotBlank @Size(max = 1000) String reason) {
    }

    record ConsultationBody(@NotBlank @Size(max = 300) String thirdParty) {
    }

    record OpinionBody(@NotNull ThirdPartyOpinion opinion) {
    }

    /** 延期: approver, reason and notice day are checked by the domain, which names a missing one. */
    record ExtensionBody(int workingDays, String approvedBy, String reason, LocalDate applicantNotifiedOn) {
    }

    record FeeBody(FeeScale scale, Integer pages) {
    }

    /** 答复: the fields a type needs are checked by the domain, which names a missing one (422). */
    record ReplyBody(ReplyType type, String whereToFind, DeliveryMode delivery, String arrangement,
            WithholdingGround withholdingGround, String reasons, String legalBasis, String competentAgency,
            String competentAgencyContact, String earlierReply, String specialProcedure,
            ExcessiveHandling excessiveHandling, LocalDate deferredUntil) {
    }

    record ChallengeBody(@NotNull ChallengeKind kind, @NotNull LocalDate filedOn) {
    }

    record OutcomeBody(@NotNull ChallengeOutcome outcome, @NotNull LocalDate decidedOn) {
    }

    record AttachmentBody(@NotBlank String fileName, @NotBlank String mediaType, long sizeBytes, String text) {
    }

    /** A catalog entry as recorded or changed. */
    record EntryBody(@NotBlank @Size(max = 300) String title, @NotBlank String summary, String body,
            @NotBlank String category, @NotBlank String department, @NotNull LocalDate madeOn,
            List<@NotBlank String> personalNames, List<@Valid AttachmentBody> attachments) {
    }

    record CategoryBody(@NotBlank String code, @NotBlank String name, String description) {
    }

    /** A new version of the disclosure guide. */
    record GuideBody(@NotBlank String agencyName, @NotBlank String office, String address, String officeHours,
            String phone, String fax, String email, String website, @NotEmpty List<@Valid CategoryBody> categories,
            String applicationNotes, @NotNull LocalDate updatedOn) {
    }
}
